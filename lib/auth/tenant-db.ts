import type { DBAdapter, DBAdapterInstance } from 'better-auth';
import type { Tx } from '@/db/client';
import { joinTenant, openDbScope } from '@/lib/context';

/**
 * Tenant scoping for Better Auth's database access.
 *
 * Better Auth knows nothing of tenants. Each tenant gets its own Better Auth instance whose Drizzle
 * adapter is handed `tenantScopedDb(tenantId)`: a stand-in for the Drizzle database that only works
 * inside a transaction opened with that tenant set (`withTenant`), so row-level security limits
 * every query to the tenant (a lookup by email can never see another tenant's user) and the
 * tenant_id column default fills inserts. `scopeAdapterToTenant` wraps every adapter operation in
 * such a transaction, joining the current one when the same tenant already has one open.
 */

/**
 * Runs fn inside a transaction scoped to the tenant, joining the open one for that tenant (the
 * one mechanism of lib/context.ts: services' tenantTx/platformTx register their transaction there).
 */
export const inTenant = joinTenant;

/**
 * The database object given to Better Auth's Drizzle adapter. Property access resolves to the
 * tenant's open transaction; `transaction()` opens one. Any other use outside a transaction is a
 * programming error and throws instead of running a query without a tenant.
 */
export function tenantScopedDb(tenantId: string): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        const current = openDbScope();
        if (current?.kind === 'tenant' && current.tenantId === tenantId) {
          const value: unknown = Reflect.get(current.tx, prop);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current.tx) : value;
        }
        if (prop === 'transaction') return (fn: (tx: Tx) => Promise<unknown>) => joinTenant(tenantId, fn);
        if (typeof prop === 'symbol' || prop === 'then') return undefined;
        throw new Error(`auth database used outside a tenant transaction (.${prop})`);
      },
    },
  );
}

const OPERATIONS = ['create', 'findOne', 'findMany', 'count', 'update', 'updateMany', 'delete', 'deleteMany', 'consumeOne', 'incrementOne'] as const;

/** Wraps every operation of the adapter Better Auth builds in a transaction scoped to the tenant. */
export function scopeAdapterToTenant(tenantId: string, base: DBAdapterInstance): DBAdapterInstance {
  return (options) => {
    const adapter = base(options);
    // The adapter object is mutated, not copied: Better Auth keys its schema check on its identity.
    const methods = adapter as unknown as Record<(typeof OPERATIONS)[number], ((args: unknown) => Promise<unknown>) | undefined>;
    for (const name of OPERATIONS) {
      const original = methods[name]?.bind(adapter);
      if (original) methods[name] = (args: unknown) => inTenant(tenantId, () => original(args));
    }
    return adapter as DBAdapter;
  };
}
