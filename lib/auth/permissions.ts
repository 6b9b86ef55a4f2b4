/**
 * The one typed permission matrix. Every page, route handler, server action and service names the
 * permission it needs and checks it server-side with assertPermission().
 */

import { platformRoles, type Role } from '@/db/schema/roles';

// The role names live in a leaf module that the schema imports too (db/ never imports lib/auth).
export { platformRoles, roles, tenantRoles, type Role } from '@/db/schema/roles';

export const permissions = [
  'tenants.read',
  'tenants.write',
  'audit.read',
  'users.read',
  'users.write',
  /** Act as a customer user (super admin only: no other role lists it). */
  'users.impersonate',
  /** Move a user through the onboarding gate by hand (super admin only: no other role lists it). */
  'users.onboarding',
  'jobs.read',
  'jobs.write',
  'system.read',
  /** Acknowledge and resolve System Status alerts. */
  'system.write',
  'integrations.read',
  'integrations.write',
  'portal.use',
  'carrier.use',
  'api_keys.read',
  'api_keys.write',
  /** Outgoing webhook endpoints and their delivery log (lib/webhooks). */
  'webhooks.read',
  'webhooks.write',
  /** Customer accounts, categories and groups (lib/customers): read. */
  'customers.read',
  /** Create and change customer accounts (a tenant admin: its brand's; categories and groups: platform staff only). */
  'customers.write',
  /** The voice catalogue (POPs, tiers, codecs, ...); also API-key scopes. */
  'catalog.read',
  'catalog.write',
  /** Class 4 carriers, interconnects and services (lib/class4); a carrier user reads its own carrier only. */
  'class4.read',
  'class4.write',
  /** Rate plans (lib/rates): sell and buy plans, versions, rows, the rate lookup. */
  'rates.read',
  'rates.write',
] as const;
export type Permission = (typeof permissions)[number];

const matrix: Record<Role, readonly Permission[]> = {
  super_admin: permissions,
  support: ['tenants.read', 'audit.read', 'users.read', 'jobs.read', 'system.read', 'integrations.read', 'customers.read', 'catalog.read'],
  billing: ['tenants.read', 'audit.read', 'users.read', 'jobs.read', 'customers.read'],
  noc: ['tenants.read', 'jobs.read', 'jobs.write', 'system.read', 'system.write', 'integrations.read', 'integrations.write', 'catalog.read'],
  tenant_admin: ['users.read', 'users.write', 'audit.read', 'portal.use', 'api_keys.read', 'api_keys.write', 'webhooks.read', 'webhooks.write', 'customers.read', 'customers.write'],
  // customers.read reaches its own account only (lib/customers/access.ts).
  customer_admin: ['users.read', 'users.write', 'portal.use', 'api_keys.read', 'api_keys.write', 'webhooks.read', 'webhooks.write', 'customers.read'],
  customer_user: ['portal.use'],
  carrier_user: ['carrier.use', 'class4.read'],
};

/**
 * The platform acting on its own (lib/context.ts systemCtx): each has a name, recorded in the
 * audit log, and its own permission set below, as narrow as its work.
 */
export const systemActorNames = [
  /** scripts/create-super-admin.ts: the first super admin of an install. */
  'install',
  /** The demo job (Jobs page "Start demo job"): records its run. */
  'demo-jobs',
  /** Scheduled runs (/api/cron and the worker's scheduler) enqueueing their jobs. */
  'cron',
  /** The System Status collector and evaluator. */
  'monitoring',
  /** Pruning and reclaiming jobs. */
  'maintenance',
  /** The CDR sync from ConnexCS (the rating wave). */
  'cdr-sync',
  /** Provider webhooks (Brevo, QStash, ConnexCS). */
  'provider-webhooks',
  /** Outgoing webhook deliveries (lib/webhooks): records attempts, disables failing endpoints. */
  'webhooks',
  /** The catalogue's Trash retention: hard-deletes soft-deleted rows past it (catalog.purge-trash). */
  'catalog-trash',
  /** The ConnexCS sync (lib/sync): pushes our customer accounts and carriers, records each item's state. */
  'connexcs-sync',
  /** The route table check (lib/routing, job routing.check): evaluates a routing plan's entries and stores the findings. */
  'route-check',
  /** The deck import job (lib/rates/import): parses an uploaded deck into a draft version and its change set. */
  'rate-import',
] as const;
export type SystemActorName = (typeof systemActorNames)[number];

const systemMatrix: Record<SystemActorName, readonly Permission[]> = {
  install: ['users.write'],
  'demo-jobs': ['jobs.write'],
  cron: ['jobs.write'],
  monitoring: ['system.read', 'system.write'],
  maintenance: ['jobs.write'],
  'cdr-sync': [],
  'provider-webhooks': ['integrations.write'],
  webhooks: ['webhooks.read', 'webhooks.write'],
  'catalog-trash': ['catalog.read', 'catalog.write'],
  'connexcs-sync': ['class4.read', 'class4.write', 'customers.read'],
  'route-check': ['class4.read', 'class4.write'],
  'rate-import': ['rates.read', 'rates.write'],
};

export function systemCan(name: SystemActorName, permission: Permission): boolean {
  return systemMatrix[name].includes(permission);
}

export function isPlatformRole(role: Role): boolean {
  return (platformRoles as readonly Role[]).includes(role);
}

export function can(role: Role, permission: Permission): boolean {
  return matrix[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return matrix[role];
}
