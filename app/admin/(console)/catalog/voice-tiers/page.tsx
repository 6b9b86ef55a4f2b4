import { kindListPage } from '../kind-pages';

const page = kindListPage('voice-tiers');
export const metadata = page.metadata;
export default page.Page;
