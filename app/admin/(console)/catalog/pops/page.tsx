import { kindListPage } from '../kind-pages';

const page = kindListPage('pops');
export const metadata = page.metadata;
export default page.Page;
