import { kindItemPage } from '../../kind-pages';

const page = kindItemPage('did-countries');
export const metadata = page.metadata;
export default page.Page;
