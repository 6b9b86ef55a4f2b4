import { kindListPage } from '../kind-pages';

const page = kindListPage('auth-methods');
export const metadata = page.metadata;
export default page.Page;
