import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import { readInPlatform, readInTenant, withPlatform, withTenant, type Tx } from '@/db/client';
import type { Permission, Role, SystemActorName } from './auth/permissions';
import { can, systemCan } from './auth/permissions';
import { ForbiddenError } from './errors';

/** A person: signed in, through an API key, or impersonated by a super admin. */
export type Actor = {
  kind?: 'user';
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** The tenant the actor belongs to (platform staff belong to the root tenant). */
  tenantId: string;
  /** Set while a super admin acts as this user. */
  impersonatorId?: string;
  /** True only for the sandbox development actor, never in production. */
  isDevelopmentActor?: boolean;
  /**
   * Set when the request is authenticated by an API key: the key's id and scopes. The actor may
   * then do only what both the role and the scopes allow.
   */
  apiKey?: { id: string; name: string; prefix: string; scopes: readonly Permission[] };
};

/**
 * The platform itself acting: a job, a cron run, a provider's webhook, the CDR sync, the install
 * script. Named (`cdr-sync`), with its own permission set (lib/auth/permissions.ts systemMatrix),
 * recorded in the audit log by kind and name, never as a fake user.
 */
export type SystemActor = { kind: 'system'; name: SystemActorName; tenantId: string | null };

/**
 * The database handle of the current scope: the open transaction and what it is scoped to. A
 * service handed a ctx with `db` runs in that transaction (tenantTx/platformTx join it), so
 * services called by services commit or roll back together.
 */
export type DbScope = { kind: 'tenant'; tenantId: string; tx: Tx } | { kind: 'platform'; tx: Tx };

/** What every service receives: who acts, for which tenant, and request metadata for the audit trail. */
export type Ctx = {
  actor: Actor;
  tenant: { id: string; slug: string };
  requestId: string;
  ip?: string;
  /** Set inside a transaction (tenantTx/platformTx): nested services join it. */
  db?: DbScope;
};

/** The context of a system actor (systemCtx()); services that jobs call accept AnyCtx. */
export type SystemCtx = Omit<Ctx, 'actor' | 'tenant'> & { actor: SystemActor; tenant: { id: string } | null };
export type AnyCtx = Ctx | SystemCtx;

/**
 * A context for the platform acting on its own: jobs, cron, provider webhooks, syncs, scripts.
 * With a tenant id it acts for that tenant; without one its audit events land on the root tenant
 * (recordAudit), unless a service names another tenant.
 */
export function systemCtx(name: SystemActorName, tenantId?: string): SystemCtx {
  return {
    actor: { kind: 'system', name, tenantId: tenantId ?? null },
    tenant: tenantId ? { id: tenantId } : null,
    requestId: `system:${name}:${crypto.randomUUID()}`,
  };
}

export function isSystemActor(actor: Actor | SystemActor): actor is SystemActor {
  return actor.kind === 'system';
}

/** Whether the actor's role grants the permission and, for an API key, the key's scopes include it. */
export function actorCan(actor: Actor | SystemActor, permission: Permission): boolean {
  if (isSystemActor(actor)) return systemCan(actor.name, permission);
  return can(actor.role, permission) && (!actor.apiKey || actor.apiKey.scopes.includes(permission));
}

/** The first line of every service: fails with 403 unless the actor's role (and API key scopes) grant the permission. */
export function assertPermission(ctx: AnyCtx, permission: Permission): void {
  const actor = ctx.actor;
  if (isSystemActor(actor)) {
    if (!systemCan(actor.name, permission)) throw new ForbiddenError(`The system actor ${actor.name} lacks the permission ${permission}`);
    return;
  }
  if (!can(actor.role, permission)) throw new ForbiddenError(`Missing permission ${permission}`);
  if (actor.apiKey && !actor.apiKey.scopes.includes(permission)) throw new ForbiddenError(`This API key lacks the scope ${permission}`);
}

// ---------------------------------------------------------------------------------------------
// Transactions that compose

type Want = { kind: 'tenant'; tenantId: string } | { kind: 'platform' };
const openScope = new AsyncLocalStorage<DbScope>();

/**
 * Transactions that have ended. The async context outlives them in callbacks scheduled inside
 * (timers, cached promises), and a ctx may escape its callback: neither may join an ended one.
 */
const ended = new WeakSet<Tx>();
const live = (scope: DbScope | undefined) => (scope && !ended.has(scope.tx) ? scope : undefined);

/** The transaction open in this async context, if any (Better Auth's adapter joins it: lib/auth/tenant-db.ts). */
export function openDbScope(): DbScope | undefined {
  return live(openScope.getStore());
}

const sameScope = (open: DbScope, want: Want) => open.kind === want.kind && (want.kind === 'platform' || (open.kind === 'tenant' && open.tenantId === want.tenantId));

/** Opens a transaction of the scope, made visible to nested calls (ctx.db and the async context). */
function open<T>(want: Want, fn: (scope: DbScope) => Promise<T>): Promise<T> {
  const body = async (tx: Tx) => {
    const scope: DbScope = want.kind === 'tenant' ? { kind: 'tenant', tenantId: want.tenantId, tx } : { kind: 'platform', tx };
    try {
      return await openScope.run(scope, () => fn(scope));
    } finally {
      ended.add(tx);
    }
  };
  return want.kind === 'tenant' ? withTenant(want.tenantId, body) : withPlatform(body);
}

/**
 * Runs fn in the open transaction under another scope: the transaction-local settings that RLS
 * reads are switched for fn and restored after it, so a tenant service called inside a platform
 * service still sees only its tenant, and both commit or roll back together. The nested service
 * must be awaited before the caller queries again (services do not run concurrently in one
 * transaction).
 */
async function switchScope<T>(open: DbScope, want: Want, fn: (scope: DbScope) => Promise<T>): Promise<T> {
  const tx = open.tx;
  const set = (s: Want) => tx.execute(sql`select set_config('app.tenant_id', ${s.kind === 'tenant' ? s.tenantId : ''}, true), set_config('app.platform', ${s.kind === 'platform' ? 'on' : ''}, true)`);
  await set(want);
  const scope: DbScope = want.kind === 'tenant' ? { kind: 'tenant', tenantId: want.tenantId, tx } : { kind: 'platform', tx };
  try {
    return await openScope.run(scope, () => fn(scope));
  } finally {
    await set(open);
  }
}

function inScope<C extends AnyCtx, T>(ctx: C, want: Want, fn: (tx: Tx, ctx: C) => Promise<T>): Promise<T> {
  // ctx.db first; the async context covers a caller that passed its outer ctx on.
  const current = live(ctx.db) ?? openDbScope();
  const withDb = (scope: DbScope) => fn(scope.tx, scope === ctx.db ? ctx : { ...ctx, db: scope });
  if (!current) return open(want, withDb);
  if (sameScope(current, want)) return withDb(current);
  return switchScope(current, want, withDb);
}

/**
 * The one way a service reaches tenant data: a transaction scoped to the tenant (RLS sees only its
 * rows), joining the caller's transaction when the ctx carries one (ctx.db). fn receives the
 * transaction and a ctx whose db is it: pass that ctx to the services it calls.
 */
export function tenantTx<C extends AnyCtx, T>(ctx: C, tenantId: string, fn: (tx: Tx, ctx: C) => Promise<T>): Promise<T> {
  return inScope(ctx, { kind: 'tenant', tenantId }, fn);
}

/** The cross-tenant path for platform staff and system actors (after a platform permission), joining like tenantTx. */
export function platformTx<C extends AnyCtx, T>(ctx: C, fn: (tx: Tx, ctx: C) => Promise<T>): Promise<T> {
  return inScope(ctx, { kind: 'platform' }, fn);
}

/** Joins the open transaction of the tenant, else opens one (Better Auth's adapter, which has no ctx). */
export function joinTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const current = openDbScope();
  if (current && sameScope(current, { kind: 'tenant', tenantId })) return fn(current.tx);
  return open({ kind: 'tenant', tenantId }, (scope) => fn(scope.tx));
}

/**
 * One read scoped to the tenant (a single statement: `(tx) => tx.select()...`): in the open
 * transaction of the tenant when there is one, else in its own transaction sent in one round trip
 * (db/client.ts readInTenant). For per-request reads with no ctx yet (the session's user).
 */
export function tenantRead<R>(tenantId: string, read: (tx: Tx) => PromiseLike<R>): Promise<R> {
  const current = openDbScope();
  if (current && sameScope(current, { kind: 'tenant', tenantId })) return Promise.resolve(read(current.tx));
  return readInTenant(tenantId, read);
}

/**
 * One read (a single statement: `(tx) => tx.select()...`) in the scope of tenantTx/platformTx, for
 * a service whose work is that one read (a list page): in the caller's transaction when ctx or the
 * async context carries one (switching scope like tenantTx), else in its own transaction sent in
 * one round trip (BEGIN, scope, statement, COMMIT pipelined: db/client.ts readInTenant).
 */
function readIn<C extends AnyCtx, R>(ctx: C, want: Want, read: (tx: Tx) => PromiseLike<R>): Promise<R> {
  const current = live(ctx.db) ?? openDbScope();
  if (!current) return want.kind === 'tenant' ? readInTenant(want.tenantId, read) : readInPlatform(read);
  if (sameScope(current, want)) return Promise.resolve(read(current.tx));
  return switchScope(current, want, (scope) => Promise.resolve(read(scope.tx)));
}

/** tenantTx for a single read: see readIn. */
export function tenantReadTx<C extends AnyCtx, R>(ctx: C, tenantId: string, read: (tx: Tx) => PromiseLike<R>): Promise<R> {
  return readIn(ctx, { kind: 'tenant', tenantId }, read);
}

/** platformTx for a single read (after a platform permission check): see readIn. */
export function platformReadTx<C extends AnyCtx, R>(ctx: C, read: (tx: Tx) => PromiseLike<R>): Promise<R> {
  return readIn(ctx, { kind: 'platform' }, read);
}

/**
 * The caller's open transaction, for a domain's exported helper that reads or writes as part of
 * the calling service (no permission check of its own: the calling service checked). Without one
 * it opens a platform transaction.
 */
export function callerTx<C extends AnyCtx, T>(ctx: C, fn: (tx: Tx, ctx: C) => Promise<T>): Promise<T> {
  const current = live(ctx.db) ?? openDbScope();
  if (current) return fn(current.tx, current === ctx.db ? ctx : { ...ctx, db: current });
  return platformTx(ctx, fn);
}
