import { kindListPage } from '../kind-pages';

const page = kindListPage('channel-plans');
export const metadata = page.metadata;
export default page.Page;
