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
      key: 'customers',
      label: 'Customers',
      icon: 'briefcase',
      items: [
        { key: 'customers', label: 'Customers', href: '/customers', permission: 'customers.read' },
        { key: 'customer-categories', label: 'Categories', href: '/customers/categories', permission: 'customers.read' },
        { key: 'customer-groups', label: 'Groups', href: '/customers/groups', permission: 'customers.read' },
        { key: 'module-assignments', label: 'Module assignments', href: '/assignments', permission: 'customers.read' },
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
    {
      key: 'users',
      label: 'Users & Roles',
      icon: 'users',
      items: [
        { key: 'users', label: 'Users', href: '/users', permission: 'users.read' },
        { key: 'roles', label: 'Roles', href: '/users/roles', permission: 'users.read' },
      ],
    },
    {
      key: 'catalog',
      label: 'Voice catalogue',
      icon: 'phone',
      items: [
        { key: 'catalog-pops', label: 'POPs', href: '/catalog/pops', permission: 'catalog.read' },
        { key: 'catalog-voice-tiers', label: 'Voice tiers', href: '/catalog/voice-tiers', permission: 'catalog.read' },
        { key: 'catalog-codecs', label: 'Codecs', href: '/catalog/codecs', permission: 'catalog.read' },
        { key: 'catalog-auth-methods', label: 'Auth methods', href: '/catalog/auth-methods', permission: 'catalog.read' },
        { key: 'catalog-channel-plans', label: 'Channel/CPS plans', href: '/catalog/channel-plans', permission: 'catalog.read' },
        { key: 'catalog-did-countries', label: 'DID countries', href: '/catalog/did-countries', permission: 'catalog.read' },
        { key: 'catalog-did-providers', label: 'DID providers', href: '/catalog/did-providers', permission: 'catalog.read' },
        { key: 'catalog-trash', label: 'Trash', href: '/catalog/trash', permission: 'catalog.read' },
      ],
    },
    {
      key: 'class4',
      label: 'Class 4',
      icon: 'globe',
      items: [
        { key: 'class4-carriers', label: 'Carriers', href: '/class4/carriers', permission: 'class4.read' },
        { key: 'class4-routing', label: 'Routing plans', href: '/class4/routing', permission: 'class4.read' },
        { key: 'class4-route-a-number', label: 'Route a number', href: '/class4/routing/route-a-number', permission: 'class4.read' },
        { key: 'class4-sync', label: 'Sync Status', href: '/class4/sync', permission: 'class4.read' },
      ],
    },
    {
      key: 'rates',
      label: 'Rates',
      icon: 'coins',
      items: [
        { key: 'rate-plans', label: 'Rate plans', href: '/rates/plans', permission: 'rates.read' },
        { key: 'rate-import-rules', label: 'Import rules', href: '/rates/rules', permission: 'rates.read' },
      ],
    },
    {
      key: 'audit',
      label: 'Audit Logs',
      icon: 'scroll',
      items: [{ key: 'audit', label: 'Audit Logs', href: '/audit', permission: 'audit.read' }],
    },
    {
      key: 'system',
      label: 'System',
      icon: 'activity',
      items: [
        { key: 'system-status', label: 'System Status', href: '/system', permission: 'system.read' },
        { key: 'alerts', label: 'Alerts', href: '/system/alerts', permission: 'system.read' },
        { key: 'integrations', label: 'Integrations', href: '/integrations', permission: 'integrations.read' },
      ],
    },
    {
      key: 'experience',
      label: 'Experience Manager',
      icon: 'book',
      items: [{ key: 'component-library', label: 'Component Library', href: '/experience/components', permission: 'system.read' }],
    },
  ],
};
