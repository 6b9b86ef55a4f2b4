import { kindItemPage } from '../../kind-pages';

const page = kindItemPage('auth-methods');
export const metadata = page.metadata;
export default page.Page;
