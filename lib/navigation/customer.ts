import type { PortalNav } from './types';

/** Customer portal navigation; modules arrive with their features (none is faked meanwhile). */
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
  ],
};
