import { kindItemPage } from '../../kind-pages';

const page = kindItemPage('voice-tiers');
export const metadata = page.metadata;
export default page.Page;
