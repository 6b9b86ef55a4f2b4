import { kindListPage } from '../kind-pages';

const page = kindListPage('did-providers');
export const metadata = page.metadata;
export default page.Page;
