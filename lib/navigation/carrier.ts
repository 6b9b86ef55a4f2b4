import type { PortalNav } from './types';

/**
 * Carrier portal navigation: the carrier's own account (profile, sign-in security) and, read-only,
 * its Class 4 record (interconnects, balances). Rates, traffic and statements arrive as modules
 * with their features.
 */
export const carrierNav: PortalNav = {
  portal: 'carrier',
  segment: 'carrier',
  modules: [
    {
      key: 'account',
      label: 'Account',
      icon: 'briefcase',
      items: [
        { key: 'profile', label: 'Carrier profile', href: '/', permission: 'carrier.use' },
        { key: 'security', label: 'Security', href: '/security', permission: 'carrier.use' },
      ],
    },
    {
      key: 'class4',
      label: 'Interconnection',
      icon: 'globe',
      items: [
        { key: 'interconnects', label: 'Interconnects', href: '/interconnects', permission: 'class4.read' },
        { key: 'balances', label: 'Balances', href: '/balances', permission: 'class4.read' },
      ],
    },
  ],
};
