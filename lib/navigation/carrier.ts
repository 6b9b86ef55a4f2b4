import type { PortalNav } from './types';

/**
 * Carrier portal navigation. Until Class 4 lands it holds the carrier's own account: the profile
 * (company, account, users, whom to contact) and the sign-in security. Interconnects, rates,
 * traffic and statements arrive as modules with their features.
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
  ],
};
