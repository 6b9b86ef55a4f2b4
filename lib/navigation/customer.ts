import { portalModules } from '@/lib/portal-modules/modules';
import type { PortalNav } from './types';

/**
 * Customer portal navigation. Two kinds of modules: the account's product modules, from the portal
 * module registry (lib/portal-modules/modules.ts), which the assignment engine filters per account
 * (customerNavFor in lib/portal-modules/access.ts); and role modules such as a reseller admin's
 * customer accounts, which navForRole filters by permission. Both filters run on the server.
 */
export const customerNav: PortalNav = {
  portal: 'customer',
  segment: 'portal/[tenant]',
  modules: [
    ...portalModules.map(({ key, label, icon, items }) => ({ key, label, icon, items: [...items] as PortalNav['modules'][number]['items'] })),
    {
      key: 'rates',
      label: 'Rates',
      icon: 'coins',
      items: [{ key: 'my-rates', label: 'Rates', href: '/rates', permission: 'portal.use' }],
    },
    {
      key: 'developers',
      label: 'Developers',
      icon: 'plug',
      items: [{ key: 'webhooks', label: 'Webhooks', href: '/settings/webhooks', permission: 'webhooks.read' }],
    },
    {
      key: 'customers',
      label: 'Customers',
      icon: 'briefcase',
      // A reseller's tenant admin manages its brand's customer accounts here.
      items: [{ key: 'customer-accounts', label: 'Customer accounts', href: '/customers', permission: 'customers.write' }],
    },
  ],
};
