import { kindItemPage } from '../../kind-pages';

const page = kindItemPage('did-providers');
export const metadata = page.metadata;
export default page.Page;
