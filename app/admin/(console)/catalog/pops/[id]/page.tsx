import { kindItemPage } from '../../kind-pages';

const page = kindItemPage('pops');
export const metadata = page.metadata;
export default page.Page;
