import { kindItemPage } from '../../kind-pages';

const page = kindItemPage('codecs');
export const metadata = page.metadata;
export default page.Page;
