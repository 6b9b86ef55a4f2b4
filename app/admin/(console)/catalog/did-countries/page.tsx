import { kindListPage } from '../kind-pages';

const page = kindListPage('did-countries');
export const metadata = page.metadata;
export default page.Page;
