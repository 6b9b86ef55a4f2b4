import type { PortalNav } from './types';

/** Super-admin portal navigation. Add a module only together with its pages. */
export const adminNav: PortalNav = {
  portal: 'admin',
  segment: 'admin',
  modules: [
    {
      key: 'tenants',
      label: 'Tenants',
      icon: 'building',
      items: [
        { key: 'tenants', label: 'Tenants', href: '/tenants', permission: 'tenants.read' },
        { key: 'domains', label: 'Custom Domains', href: '/domains', permission: 'tenants.read' },
      ],
    },
    {
      key: 'jobs',
      label: 'Jobs',
      icon: 'server',
      items: [
        { key: 'jobs', label: 'Jobs', href: '/jobs', permission: 'jobs.read' },
        { key: 'schedules', label: 'Schedules', href: '/jobs/schedules', permission: 'jobs.read' },
      ],
    },
  ],
};
