import { portalModules } from '@/lib/portal-modules/modules';
import type { PortalNav } from './types';

/**
 * Customer portal navigation: every module of the registry (lib/portal-modules/modules.ts). What
 * one customer sees is this list filtered by the assignment engine (customerNavFor in
 * lib/portal-modules/access.ts), on the server.
 */
export const customerNav: PortalNav = {
  portal: 'customer',
  segment: 'portal/[tenant]',
  modules: portalModules.map(({ key, label, icon, items }) => ({ key, label, icon, items: [...items] as PortalNav['modules'][number]['items'] })),
};
