import { kindListPage } from '../kind-pages';

const page = kindListPage('codecs');
export const metadata = page.metadata;
export default page.Page;
