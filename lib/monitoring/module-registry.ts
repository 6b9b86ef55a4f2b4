import type { JobType } from '@/lib/jobs/catalog';
import { integrationNames, type IntegrationName } from '@/lib/integrations/names';

/**
 * What each platform module owns, for System Status: its admin pages, its API (URL prefix and the
 * route-spec keys its handlers declare, which is how the route wrapper's latency samples are
 * attributed), its job types and the external systems it calls. A module's health is the worst of
 * its endpoints' latency and errors, its jobs' failures and stuck runs, and its integrations'
 * health. module-registry.test.ts fails when a job type or an integration belongs to no module.
 */
export type ModuleDefinition = {
  key: string;
  label: string;
  description: string;
  /** Admin portal pages (nav hrefs). */
  routes: readonly string[];
  apiPrefix: string;
  /** Route-spec key prefixes of the module's handlers (e.g. `admin.tenants.`). */
  endpointPrefixes: readonly string[];
  jobTypes: readonly JobType[];
  integrations: readonly IntegrationName[];
};

export const moduleRegistry: readonly ModuleDefinition[] = [
  {
    key: 'tenants',
    label: 'Tenants',
    description: 'Resellers (white-label brands), their branding and custom domains.',
    routes: ['/tenants', '/domains'],
    apiPrefix: '/api/admin/tenants',
    endpointPrefixes: ['admin.tenants.', 'admin.domains.'],
    jobTypes: [],
    integrations: [],
  },
  {
    key: 'identity',
    label: 'Identity',
    description: 'Sign-in, sessions, two-factor authentication, verification and password-reset emails.',
    routes: ['/security'],
    apiPrefix: '/api/auth',
    endpointPrefixes: ['auth.'],
    jobTypes: [],
    integrations: ['brevo'],
  },
  {
    key: 'users',
    label: 'Users & Roles',
    description: 'Staff and tenant users, invitations, roles, sessions and impersonation.',
    routes: ['/users', '/users/roles'],
    apiPrefix: '/api/admin/users',
    endpointPrefixes: ['admin.users.', 'impersonation.'],
    jobTypes: [],
    integrations: ['brevo'],
  },
  {
    key: 'audit',
    label: 'Audit Log',
    description: 'The append-only record of every staff change.',
    routes: ['/audit'],
    apiPrefix: '/api/admin/audit',
    endpointPrefixes: ['admin.audit.'],
    jobTypes: [],
    integrations: [],
  },
  {
    key: 'public-api',
    label: 'Public API',
    description: 'The REST API for customers (API keys, idempotency, outgoing webhooks), /api/v1.',
    routes: [],
    apiPrefix: '/api/v1',
    endpointPrefixes: ['v1.'],
    jobTypes: ['maintenance.purge-idempotency', 'webhooks.deliver'],
    integrations: [],
  },
  {
    key: 'voice-catalogue',
    label: 'Voice catalogue',
    description: 'POPs, voice tiers, codecs, auth methods, channel plans, DID countries and providers, and their Trash.',
    routes: ['/catalog/pops'],
    apiPrefix: '/api/v1/catalog',
    endpointPrefixes: ['v1.catalog.'],
    jobTypes: ['catalog.purge-trash'],
    integrations: [],
  },
  {
    key: 'class4',
    label: 'Class 4',
    description: 'Carriers, their interconnects and services (the Digitalk model), with the rules the database enforces; ConnexCS is their softswitch.',
    routes: ['/class4/carriers', '/class4/routing'],
    apiPrefix: '/api/v1/carriers',
    endpointPrefixes: ['v1.carriers.', 'v1.interconnects.', 'v1.carrier_services.', 'v1.sync_items.', 'v1.sync_runs.', 'v1.routing_plans.', 'v1.route_entries.', 'v1.route_groups.', 'v1.route_checks.'],
    jobTypes: ['sync.push', 'sync.pull', 'routing.check'],
    integrations: ['connexcs'],
  },
  {
    key: 'rates',
    label: 'Rates',
    description: 'Rate plans: customer (sell) and supplier (buy) plans, immutable published versions, rows, the longest-prefix rate lookup and deck imports (change sets).',
    routes: ['/rates/plans'],
    apiPrefix: '/api/v1/rate-plans',
    endpointPrefixes: ['v1.rate_plans.', 'v1.rate_plan_versions.', 'v1.rate_rows.', 'v1.rates.', 'v1.rate_imports.'],
    jobTypes: ['rates.import-deck'],
    integrations: [],
  },
  {
    key: 'jobs',
    label: 'Jobs',
    description: 'The job queue, its worker and the cron schedules.',
    routes: ['/jobs', '/jobs/schedules'],
    apiPrefix: '/api/admin/jobs',
    endpointPrefixes: ['admin.jobs.', 'cron.'],
    jobTypes: ['demo.long', 'demo.poison', 'maintenance.reclaim-stuck', 'maintenance.prune-jobs'],
    integrations: [],
  },
  {
    key: 'system',
    label: 'System Status',
    description: 'Metrics, budgets, alerts and notifications; the Redis port housekeeping.',
    routes: ['/system', '/system/alerts'],
    apiPrefix: '/api/admin/system',
    endpointPrefixes: ['admin.system.', 'admin.notifications.', 'health.', 'status.', 'api.'],
    jobTypes: ['monitoring.collect', 'monitoring.evaluate', 'monitoring.prune', 'maintenance.redis-sweep'],
    integrations: ['r2', 'brevo'],
  },
  {
    key: 'integrations',
    label: 'Integrations',
    description: 'Every external system: configuration, health, connection tests.',
    routes: ['/integrations'],
    apiPrefix: '/api/admin/integrations',
    endpointPrefixes: ['admin.integrations.'],
    jobTypes: ['maintenance.prune-integration-calls'],
    integrations: integrationNames,
  },
];

/** The module owning a route-spec key (longest matching prefix), if any. */
export function moduleOfEndpoint(endpoint: string): ModuleDefinition | undefined {
  let best: ModuleDefinition | undefined;
  let length = -1;
  for (const m of moduleRegistry) {
    for (const p of m.endpointPrefixes) {
      if (endpoint.startsWith(p) && p.length > length) {
        best = m;
        length = p.length;
      }
    }
  }
  return best;
}
