import { kindItemPage } from '../../kind-pages';

const page = kindItemPage('channel-plans');
export const metadata = page.metadata;
export default page.Page;
