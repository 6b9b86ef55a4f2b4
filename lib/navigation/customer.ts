import type { PortalNav } from './types';

/**
 * Customer portal navigation; modules arrive with their features (none is faked meanwhile). The
 * portal layout shows each item only to roles holding its permission (navForRole).
 */
export const customerNav: PortalNav = {
  portal: 'customer',
  segment: 'portal/[tenant]',
  modules: [
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
