import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';

// Before anything reads config(): no sandbox development actor (a request without credentials must
// be a 401 here, as in production) and no trusted proxy (X-Forwarded-Host must be ignored).
vi.hoisted(() => {
  process.env.DEV_ACTOR = 'none';
  process.env.TRUSTED_PROXY = 'false';
});

const { proxy } = await import('@/proxy');
const { infraDb, withPlatform, withTenant } = await import('@/db/client');
const { createWebhookEndpoint } = await import('@/lib/webhooks/services/create-webhook-endpoint');
const { alerts, apiKeys, auditEvents, catalogPops, rateImports, syncItems, tenantDomains, users, webhookDeliveries, webhookEvents } = await import('@/db/schema');
const { createApiKey } = await import('@/lib/api-keys/services/create-api-key');
const { revokeApiKey } = await import('@/lib/api-keys/services/revoke-api-key');
const { generateApiKey } = await import('@/lib/api-keys/key-format');
const { impersonationCookieName, redeemImpersonationToken } = await import('@/lib/auth/impersonation');
const { permissionsOf } = await import('@/lib/auth/permissions');
const { HOSTS } = await import('@/tests/support/auth');
const { config } = await import('@/lib/config');
const { fillPattern, loadRouteRegistry, PUBLIC_ROUTES, UNWRAPPED_ROUTES } = await import('@/tests/support/route-registry');
const { insertJob } = await import('@/lib/jobs/queue');
const { startImpersonation } = await import('@/lib/users/services/start-impersonation');
const { createCustomerAccount, createCustomerGroup, listCustomerCategories } = await import('@/lib/customers');
const { createCarrier, createInterconnect, createService } = await import('@/lib/class4');
const { addRateRows, createDraftVersion, createImportRuleSet, createRatePlan, updateRatePlan } = await import('@/lib/rates');
const { createRouteGroup, createRoutingPlan, startRouteCheck, upsertRouteEntries } = await import('@/lib/routing');
const { createUser, ctxOf, setUserStatus, signInAs, tenantIdOf } = await import('./actors');

type RegisteredRoute = Awaited<ReturnType<typeof loadRouteRegistry>>[number];
type At = { host: string; portal: string; slug: string | null };

/**
 * The cross-tenant matrix, generated from the route registry: every route handler of the app is
 * called as the app serves it (through proxy() where the case allows, then the handler) by tenant
 * A (acme) with tenant B's (the root brand's) ids, without credentials, with dead credentials, and
 * with forged headers. Tenant B's rows must never change, never appear in a response, and every id
 * route must answer 403/404. A new route is in the matrix automatically; a new id segment fails
 * until it has a fixture below.
 */

const routes = await loadRouteRegistry();
const owner = postgres(inject('ownerUrl'), { max: 1, onnotice: () => {} });
const counts = { routes: 0, cases: 0, extra: 0 };

const CARRIER_HOST: At = { host: 'carrier.localhost:3000', portal: 'carrier', slug: null };

/** What a path segment before a dynamic segment names: a row of tenant B, or a name that is no row. */
type Family = { kind: 'row'; value: () => string } | { kind: 'name'; value: () => string | string[]; why: string };

type Fixtures = {
  rootId: string;
  acmeId: string;
  attacker: { id: string; cookie: string; key: string };
  /** A customer_admin of tenant A: the other tenant role that holds write permissions. */
  customerCookie: string;
  disabledCookie: Record<'admin' | 'customer', string>;
  revokedKey: string;
  expiredKey: string;
  rootImpersonationCookie: string;
  rootStaffCookie: string;
  rootUserCookie: string;
  categoryId: string;
  groupId: string;
  root: { customerAccountId: string; customerAccountNumber: string; customerCompany: string; userId: string; email: string; keyId: string; keyPrefix: string; keyName: string; domainId: string; domain: string; domainToken: string; jobId: number; auditId: string; grantId: string; alertId: string; webhookEndpointId: string; webhookDeliveryId: string; carrierId: string; carrierName: string; interconnectId: string; serviceId: string; syncItemId: string; ratePlanId: string; ratePlanVersionId: string; rateRowId: string; routingPlanId: string; routeEntryId: string; routeGroupId: string; routeCheckId: string; rateImportId: string; ruleSetId: string };
};
let fx: Fixtures;

const FAMILIES: Record<string, Family> = {
  tenants: { kind: 'row', value: () => fx.rootId },
  domains: { kind: 'row', value: () => fx.root.domainId },
  jobs: { kind: 'row', value: () => String(fx.root.jobId) },
  users: { kind: 'row', value: () => fx.root.userId },
  impersonations: { kind: 'row', value: () => fx.root.grantId },
  audit: { kind: 'row', value: () => fx.root.auditId },
  keys: { kind: 'row', value: () => fx.root.keyId },
  alerts: { kind: 'row', value: () => fx.root.alertId },
  'webhook-endpoints': { kind: 'row', value: () => fx.root.webhookEndpointId },
  deliveries: { kind: 'row', value: () => fx.root.webhookDeliveryId },
  'customer-accounts': { kind: 'row', value: () => fx.root.customerAccountId },
  carriers: { kind: 'row', value: () => fx.root.carrierId },
  interconnects: { kind: 'row', value: () => fx.root.interconnectId },
  'carrier-services': { kind: 'row', value: () => fx.root.serviceId },
  items: { kind: 'row', value: () => fx.root.syncItemId },
  'rate-plans': { kind: 'row', value: () => fx.root.ratePlanId },
  'rate-plan-versions': { kind: 'row', value: () => fx.root.ratePlanVersionId },
  'rate-imports': { kind: 'row', value: () => fx.root.rateImportId },
  'rate-import-rule-sets': { kind: 'row', value: () => fx.root.ruleSetId },
  'rate-rows': { kind: 'row', value: () => fx.root.rateRowId },
  'routing-plans': { kind: 'row', value: () => fx.root.routingPlanId },
  'route-entries': { kind: 'row', value: () => fx.root.routeEntryId },
  'route-groups': { kind: 'row', value: () => fx.root.routeGroupId },
  'route-checks': { kind: 'row', value: () => fx.root.routeCheckId },
  'customer-categories': { kind: 'name', value: () => fx.categoryId, why: 'categories are platform-wide (every brand reads them); writes are platform staff only' },
  'customer-groups': { kind: 'name', value: () => fx.groupId, why: 'groups are platform-wide like their categories; writes are platform staff only' },
  integrations: { kind: 'name', value: () => 'brevo', why: 'an integration is platform configuration, named, not a tenant row' },
  cron: { kind: 'name', value: () => 'maintenance.prune-jobs', why: 'a job type; the endpoint authenticates by cron signature' },
  // The voice catalogue: platform rows with no tenant (staff-only routes on the admin host).
  ...Object.fromEntries(
    ['pops', 'voice-tiers', 'codecs', 'auth-methods', 'channel-plans', 'did-countries', 'did-providers'].map((k) => [
      k,
      { kind: 'name', value: () => '00000000-0000-4000-8000-00000000ca7a', why: 'a platform catalogue row: no tenant owns it, only platform staff reach it' } as Family,
    ]),
  ),
  '[...path]': { kind: 'name', value: () => ['matrix-probe', fx.root.userId], why: 'the JSON 404 for unknown API paths' },
};

/** Request bodies for write routes tenant A can reach, so that validation passes and the lookup runs. */
const BODIES: Record<string, Record<string, unknown> | (() => Record<string, unknown>)> = {
  // Tenant A may create keys: the injected tenantId/userId of tenant B must be ignored (the key lands in A, owned by A).
  'v1.keys.create': { name: 'matrix probe', scopes: ['portal.use'] },
  // Likewise an endpoint: it lands in A, owned by A.
  'v1.webhook_endpoints.create': { url: 'https://example.com/matrix-probe', eventTypes: ['user.created'] },
  'v1.webhook_endpoints.update': { description: 'matrix probe', enabled: false },
  // Tenant A may create accounts in its own brand only: the injected tenantId of tenant B must be refused.
  'v1.customer_accounts.create': () => ({ company: 'Matrix probe', billingContactName: 'Probe', billingEmail: 'probe@example.com', country: 'GB', billingCurrency: 'EUR', billingModel: 'prepaid', categoryId: fx.categoryId }),
  'v1.customer_accounts.update': { company: 'Matrix probe' },
  // A valid move target: the account lookup (tenant B's account) must answer before the category is checked.
  'v1.customer_accounts.move_preview': { categoryId: '00000000-0000-4000-8000-000000000000' },
  'v1.customer_accounts.move': { categoryId: '00000000-0000-4000-8000-000000000000' },
  // Tenant B's account as a customer-level target: a brand admin assigns to its own brand's accounts only (404).
  'v1.assignments.assign': () => ({ itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'customer', targetId: fx.root.customerAccountId, value: { enabled: false } }),
  'v1.customer_accounts.status': { status: 'suspended', reason: 'matrix probe' },
  'v1.customer_accounts.users.invite': { name: 'Matrix Probe', email: 'matrix-probe@example.com', role: 'customer_user' },
  // Categories and groups are platform-wide: a tenant admin's writes must be refused (403), not validated.
  'v1.customer_categories.create': { slug: 'matrix_probe', name: 'Matrix probe' },
  'v1.customer_categories.update': { name: 'Matrix probe' },
  'v1.customer_groups.create': () => ({ categoryId: fx.categoryId, name: 'Matrix probe' }),
  'v1.customer_groups.update': { name: 'Matrix probe' },
};

/**
 * Query strings for routes that take their input in the query (beyond a list's filters), so that
 * validation passes and the lookup runs: tenant B's account as a customer-level target. A brand
 * admin manages its own customers' assignments only: B's rows are invisible (empty list, 404).
 */
const QUERIES: Record<string, () => Record<string, string>> = {
  // The rate lookup of tenant B's plan: a valid number, so that the plan lookup runs (404 for A).
  'v1.rate_plans.rate': () => ({ number: '441234567890' }),
  // Route a number in tenant B's routing plan against B's own customer plan: valid, so that the plan lookup runs (404 for A).
  'v1.routing_plans.route': () => ({ number: '441234567890', customerRatePlanId: fx.root.ratePlanId }),
  'v1.assignments.list': () => ({ level: 'customer', targetId: fx.root.customerAccountId }),
  'v1.assignments.unassign': () => ({ itemType: 'portal_module', itemKey: 'cloud_pbx', level: 'customer', targetId: fx.root.customerAccountId }),
};

function familyOf(route: RegisteredRoute, position: number, catchAll: boolean): [string, Family] {
  const segments = route.pattern.split('/').filter(Boolean);
  const key = catchAll ? segments[position]! : segments[position - 1]!;
  const family = FAMILIES[key];
  if (!family) throw new Error(`No fixture for the dynamic segment after "${key}" in ${route.pattern}: add a tenant-B row (or a named value with a reason) to FAMILIES in tests/cross-tenant-matrix.test.ts`);
  return [key, family];
}

function paramsOf(route: RegisteredRoute): { params: Record<string, string | string[]>; idRoute: boolean } {
  const params: Record<string, string | string[]> = {};
  let idRoute = false;
  for (const seg of route.dynamic) {
    const [, family] = familyOf(route, seg.position, seg.catchAll);
    params[seg.name] = family.value();
    if (family.kind === 'row') idRoute = true;
  }
  return { params, idRoute };
}

type Sent = { res: Response; text: string; forwarded?: Headers; requestText: string };

/** A browser sends the page's Origin on every write; route() refuses a write without it (tests/cross-site-writes.test.ts). */
function originOf(route: RegisteredRoute, host: string): Record<string, string> {
  return ['GET', 'HEAD', 'OPTIONS'].includes(route.method) ? {} : { origin: `http://${host}` };
}

function bodyOf(route: RegisteredRoute): string | undefined {
  if (!['POST', 'PUT', 'PATCH'].includes(route.method)) return undefined;
  const extra = route.spec ? BODIES[route.spec.key] : undefined;
  return JSON.stringify({ tenantId: fx.rootId, userId: fx.root.userId, ...(typeof extra === 'function' ? extra() : extra) });
}

function urlOf(route: RegisteredRoute, at: At, params: Record<string, string | string[]>): string {
  // Lists get tenant B's id as a filter: a list must never honour it across tenants.
  const extra = route.spec && QUERIES[route.spec.key] ? `&${new URLSearchParams(QUERIES[route.spec.key]!()).toString()}` : '';
  const query = route.method === 'GET' ? `?tenantId=${fx.rootId}&limit=100${extra}` : extra ? `?${extra.slice(1)}` : '';
  return `http://${at.host}${fillPattern(route.pattern, params)}${query}`;
}

/** Browser -> proxy() -> handler, exactly as Next runs them. */
async function viaProxy(route: RegisteredRoute, at: At, headers: Record<string, string>): Promise<Sent> {
  const { params } = paramsOf(route);
  const url = urlOf(route, at, params);
  const body = bodyOf(route);
  const raw = new Headers({ host: at.host, ...originOf(route, at.host), ...headers });
  if (body) raw.set('content-type', 'application/json');
  const proxied = await proxy(new NextRequest(url, { method: route.method, headers: raw }));
  const requestText = `${url} ${body ?? ''}`;
  const override = proxied.headers.get('x-middleware-override-headers');
  // The proxy answered by itself (unknown host): the handler never runs.
  if (override === null) return { res: proxied, text: await proxied.text(), requestText };
  // API paths pass through unchanged: no rewrite to another segment.
  expect(proxied.headers.get('x-middleware-rewrite')).toBeNull();
  const forwarded = new Headers();
  for (const name of override.split(',').filter(Boolean)) forwarded.set(name, proxied.headers.get(`x-middleware-request-${name}`) ?? '');
  const res = await route.handler(new NextRequest(url, { method: route.method, headers: forwarded, body }), { params: Promise.resolve(params) });
  return { res, text: await res.text(), forwarded, requestText };
}

/** As if a forged header got past the proxy: the handler must still refuse on its own. */
async function direct(route: RegisteredRoute, headers: Record<string, string>): Promise<Sent> {
  const { params } = paramsOf(route);
  const url = urlOf(route, HOSTS.acme, params);
  const body = bodyOf(route);
  const h = new Headers({ host: HOSTS.acme.host, 'x-request-id': randomUUID(), ...originOf(route, HOSTS.acme.host), ...headers });
  if (body) h.set('content-type', 'application/json');
  const res = await route.handler(new NextRequest(url, { method: route.method, headers: h, body }), { params: Promise.resolve(params) });
  return { res, text: await res.text(), requestText: `${url} ${body ?? ''}` };
}

function hostFor(route: RegisteredRoute): At {
  switch (route.spec?.portal) {
    case 'admin':
      return HOSTS.admin;
    case 'signup':
      return HOSTS.root;
    case 'carrier':
      return CARRIER_HOST;
    case undefined:
    case 'customer':
      return HOSTS.acme;
    default:
      throw new Error(`No host for portal ${route.spec?.portal} (${route.pattern}): add one to hostFor()`);
  }
}

function disabledCookieFor(route: RegisteredRoute): string {
  const portal = route.spec?.portal;
  if (portal === 'admin') return fx.disabledCookie.admin;
  if (portal === undefined || portal === 'customer') return fx.disabledCookie.customer;
  throw new Error(`No disabled-user session for portal ${portal} (${route.pattern}): add one to the fixtures`);
}

/** 404 when the route lives on another portal than the host's (route() answers before any auth). */
function portalMismatch(route: RegisteredRoute, portal: string): boolean {
  return Boolean(route.spec?.portal && route.spec.portal !== portal);
}

/** Strings of tenant B that tenant A never sent; none may appear in any response. */
function leakMarkers(requestText: string): string[] {
  const r = fx.root;
  return [fx.rootId, r.customerAccountId, r.customerCompany, r.userId, r.email, r.keyId, r.keyPrefix, r.keyName, r.domainId, r.domain, r.domainToken, r.auditId, r.grantId, r.alertId, r.webhookEndpointId, r.webhookDeliveryId, r.carrierId, r.carrierName, r.interconnectId, r.serviceId, r.ratePlanId, r.ratePlanVersionId, r.rateRowId, r.routingPlanId, r.routeEntryId, r.routeGroupId, r.routeCheckId, r.rateImportId, r.ruleSetId].filter(
    (m) => !requestText.includes(m),
  );
}

/** Everything of tenant B's fixtures that a route could change, read as the owner (no RLS). */
async function snapshot(): Promise<string> {
  const r = fx.root;
  const rows = await owner`
    select 'tenant' as k, row_to_json(t)::text as v from tenants t where t.id = ${fx.rootId}
    union all select 'user', row_to_json(u)::text from users u where u.id = ${r.userId}
    union all select 'key', row_to_json(k)::text from api_keys k where k.id = ${r.keyId}
    union all select 'domain', row_to_json(d)::text from tenant_domains d where d.id = ${r.domainId}
    union all select 'job', row_to_json(j)::text from job_queue j where j.id = ${r.jobId}
    union all select 'grant', row_to_json(g)::text from impersonation_grants g where g.id = ${r.grantId}
    union all select 'alert', row_to_json(a)::text from alerts a where a.id = ${r.alertId}
    union all select 'webhook-endpoint', row_to_json(w)::text from webhook_endpoints w where w.id = ${r.webhookEndpointId}
    union all select 'webhook-delivery', row_to_json(d)::text from webhook_deliveries d where d.id = ${r.webhookDeliveryId}
    union all select 'webhook-deliveries-of-b', count(*)::text from webhook_deliveries d where d.endpoint_id = ${r.webhookEndpointId}
    union all select 'customer-account', row_to_json(c)::text from customer_accounts c where c.id = ${r.customerAccountId}
    union all select 'category', row_to_json(c)::text from customer_categories c where c.id = ${fx.categoryId}
    union all select 'group', row_to_json(g)::text from customer_groups g where g.id = ${fx.groupId}
    union all select 'customer-accounts-in-b', count(*)::text from customer_accounts c where c.tenant_id = ${fx.rootId}
    union all select 'carrier', row_to_json(c)::text from carriers c where c.id = ${r.carrierId}
    union all select 'interconnect', row_to_json(i)::text from carrier_interconnects i where i.id = ${r.interconnectId}
    union all select 'carrier-service', row_to_json(s)::text from carrier_services s where s.id = ${r.serviceId}
    union all select 'rate-plan', row_to_json(p)::text from rate_plans p where p.id = ${r.ratePlanId}
    union all select 'rate-plan-version', row_to_json(v)::text from rate_plan_versions v where v.id = ${r.ratePlanVersionId}
    union all select 'rate-import', row_to_json(i)::text from rate_imports i where i.id = ${r.rateImportId}
    union all select 'rule-set', row_to_json(x)::text from rate_import_rule_sets x where x.id = ${r.ruleSetId}
    union all select 'rules-of-b', string_agg(row_to_json(x)::text, ',' order by x.rule) from rate_import_rules x where x.rule_set_id = ${r.ruleSetId}
    union all select 'rate-rows-of-b', string_agg(row_to_json(x)::text, ',' order by x.id) from rate_plan_rows x where x.version_id = ${r.ratePlanVersionId}
    union all select 'rate-plans-in-b', count(*)::text from rate_plans p where p.tenant_id = ${fx.rootId}
    union all select 'carriers-in-b', count(*)::text from carriers c where c.tenant_id = ${fx.rootId}
    union all select 'routing-plan', row_to_json(p)::text from routing_plans p where p.id = ${r.routingPlanId}
    union all select 'route-entries-of-b', string_agg(row_to_json(e)::text, ',' order by e.id) from route_entries e where e.plan_id = ${r.routingPlanId}
    union all select 'route-groups-of-b', string_agg(row_to_json(g)::text, ',' order by g.id) from route_groups g where g.plan_id = ${r.routingPlanId}
    union all select 'route-suppliers-of-b', count(*)::text from route_suppliers x where x.tenant_id = ${fx.rootId}
    union all select 'route-checks-of-b', count(*)::text from route_checks c where c.plan_id = ${r.routingPlanId}
    union all select 'routing-plans-in-b', count(*)::text from routing_plans p where p.tenant_id = ${fx.rootId}
    union all select 'sessions', count(*)::text from auth_sessions s where s.user_id = ${r.userId} and s.expires_at > now()
    union all select 'audit-on-b', count(*)::text from audit_events e where e.entity_id in (${r.userId}, ${r.keyId}, ${r.domainId}, ${String(r.jobId)}, ${r.grantId}, ${r.alertId})
    union all select 'audit-by-a-in-b', count(*)::text from audit_events e where e.tenant_id = ${fx.rootId} and e.actor_id in (select id from users where tenant_id = ${fx.acmeId})
    union all select 'keys-by-a-in-b', count(*)::text from api_keys k where k.tenant_id = ${fx.rootId} and k.created_by in (select id from users where tenant_id = ${fx.acmeId})
    union all select 'keys-of-b', count(*)::text from api_keys k where k.tenant_id = ${fx.rootId} and k.owner_user_id = ${r.userId}
    order by 1`;
  return JSON.stringify(rows);
}

beforeAll(async () => {
  expect(config().devActor).toBe('none');
  expect(config().TRUSTED_PROXY).toBe(false);
  const rootId = await tenantIdOf('didtron');
  const acmeId = await tenantIdOf('acme');
  const cookieOf = (b: { cookieHeader(): string }) => b.cookieHeader();

  // Tenant A (acme): the attacker, a tenant admin with a real session and an API key with every scope it may hold.
  const attacker = await createUser('acme', 'tenant_admin', 'attacker');
  const attackerCtx = await ctxOf(attacker, 'acme');
  const attackerKey = await createApiKey({ ctx: attackerCtx, input: { name: 'attacker', scopes: [...permissionsOf('tenant_admin')] } });
  const revoked = await createApiKey({ ctx: attackerCtx, input: { name: 'revoked', scopes: ['portal.use'] } });
  await revokeApiKey({ ctx: attackerCtx, input: { id: revoked.id } });
  const expired = await createApiKey({ ctx: attackerCtx, input: { name: 'expired', scopes: ['portal.use'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() } });
  await withTenant(acmeId, (tx) => tx.update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, expired.id)));

  const acmeCustomer = await createUser('acme', 'customer_admin', 'attacker-customer');
  const disabledAcme = await createUser('acme', 'tenant_admin', 'disabled');
  const disabledStaff = await createUser('didtron', 'super_admin', 'disabled-staff');
  const [attackerB, customerB, disabledAcmeB, disabledStaffB] = await Promise.all([
    signInAs(attacker, HOSTS.acme),
    signInAs(acmeCustomer, HOSTS.acme),
    signInAs(disabledAcme, HOSTS.acme),
    signInAs(disabledStaff, HOSTS.admin),
  ]);
  await setUserStatus(disabledAcme, 'disabled');
  await setUserStatus(disabledStaff, 'disabled');

  // Tenant B (the root brand): one row per route family.
  const victim = await createUser('didtron', 'customer_admin', 'victim');
  const staff = await createUser('didtron', 'super_admin', 'staff');
  const victimKey = await createApiKey({ ctx: await ctxOf(victim, 'didtron'), input: { name: `victim-${randomUUID().slice(0, 8)}`, scopes: ['portal.use'] } });
  const [audit] = await withPlatform((tx) => tx.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.entityId, victimKey.id)));
  const domain = `matrix-${randomUUID().slice(0, 8)}.example.com`;
  const [domainRow] = await withPlatform((tx) => tx.insert(tenantDomains).values({ tenantId: rootId, domain, verificationToken: `didtron-verify=${randomUUID()}` }).returning());
  // Far in the future, so that no worker of another test file picks it up.
  const job = await insertJob(infraDb(), { type: 'demo.long', payload: { batches: 1, itemsPerBatch: 1, delayMs: 0 }, maxAttempts: 1, timeoutMs: null, tags: ['matrix'], runAt: new Date(Date.now() + 365 * 86_400_000) });
  const now = new Date();
  const [alert] = await infraDb()
    .insert(alerts)
    .values({ key: `matrix-${randomUUID()}`, severity: 'warning', title: 'Matrix fixture', message: 'fixture', metric: 'matrix', unit: 'ms', value: 1, threshold: 0, windowMinutes: 5, firstSeenAt: now, lastSeenAt: now })
    .returning({ id: alerts.id });
  // A live impersonation of the victim (root brand), redeemed: its cookie is a real credential at the root brand only.
  const grant = await startImpersonation({ ctx: await ctxOf(staff, 'didtron'), input: { id: victim.id, reason: 'cross-tenant matrix' } });
  const redeemed = await redeemImpersonationToken(new URL(grant.url).searchParams.get('token')!, rootId);
  expect(redeemed).not.toBeNull();
  // A webhook endpoint of the victim with one logged delivery (inserted without a job: no worker may change it).
  const hook = await createWebhookEndpoint({ ctx: await ctxOf(victim, 'didtron'), input: { url: 'https://example.com/matrix-victim', eventTypes: ['user.created'] } });
  const [hookEvent] = await withPlatform((tx) => tx.insert(webhookEvents).values({ tenantId: rootId, type: 'user.created', payload: { userId: victim.id } }).returning());
  const [hookDelivery] = await withPlatform((tx) => tx.insert(webhookDeliveries).values({ tenantId: rootId, endpointId: hook.id, eventId: hookEvent!.id, status: 'failed', attempts: 8 }).returning());
  const [staffB, victimB] = await Promise.all([signInAs(staff, HOSTS.admin), signInAs(victim, HOSTS.rootPortal)]);
  const staffCtx = await ctxOf(staff, 'didtron');
  const { items: categories } = await listCustomerCategories({ ctx: staffCtx });
  const category = categories[0]!;
  const group = await createCustomerGroup({ ctx: staffCtx, input: { categoryId: category.id, name: `Matrix ${randomUUID().slice(0, 8)}` } });
  const victimAccount = await createCustomerAccount({
    ctx: staffCtx,
    input: { tenantId: rootId, company: `Victim Co ${randomUUID().slice(0, 8)}`, billingContactName: 'Victim', billingEmail: victim.email, country: 'GB', billingCurrency: 'EUR', billingModel: 'prepaid', categoryId: category.id, groupId: group.id },
  });
  // The victim belongs to it, so that its own reads (the owner control) succeed.
  await withTenant(rootId, (tx) => tx.update(users).set({ customerAccountId: victimAccount.id }).where(eq(users.id, victim.id)));
  // A Class 4 carrier of tenant B with an ingress interconnect and a service.
  const [pop] = await withPlatform((tx) => tx.insert(catalogPops).values({ name: 'Matrix POP', code: `MX${randomUUID().slice(0, 6).toUpperCase()}`, region: 'europe' }).returning());
  const victimCarrier = await createCarrier({ ctx: staffCtx, input: { tenantId: rootId, name: `Victim Carrier ${randomUUID().slice(0, 8)}`, code: `V${randomUUID().slice(0, 8).toUpperCase()}`, type: 'customer', primaryCurrency: 'EUR' } });
  const victimIc = await createInterconnect({ ctx: staffCtx, input: { carrierId: victimCarrier.id, direction: 'ingress', name: 'Victim in', popId: pop!.id, addresses: ['192.0.2.77'] } });
  const victimRouted = await createRoutingPlan({ ctx: staffCtx, input: { tenantId: rootId, name: `Victim routed ${randomUUID().slice(0, 8)}` } });
  const victimSvc = await createService({ ctx: staffCtx, input: { carrierId: victimCarrier.id, interconnectId: victimIc.id, name: 'Victim service', routingMethod: 'routing_plan', routingPlanId: victimRouted.id } });
  // A rate plan of tenant B with a draft version and one row.
  const victimPlan = await createRatePlan({ ctx: staffCtx, input: { tenantId: rootId, name: `Victim plan ${randomUUID().slice(0, 8)}`, kind: 'sell', currency: 'EUR' } });
  const victimDraft = await createDraftVersion({ ctx: staffCtx, input: { planId: victimPlan.id } });
  const [victimRow] = await addRateRows({ ctx: staffCtx, input: { versionId: victimDraft.id, rows: [{ prefix: '44', destination: 'Victim UK', rate: '0.01', effectiveFrom: '2026-01-01T00:00:00Z' }] } });
  // A routing plan of tenant B with a group (a supplier with a plan), an entry using it and a check.
  const victimSupplier = await createCarrier({ ctx: staffCtx, input: { tenantId: rootId, name: `Victim Supplier ${randomUUID().slice(0, 8)}`, code: `W${randomUUID().slice(0, 8).toUpperCase()}`, type: 'supplier', primaryCurrency: 'EUR' } });
  // An egress interconnect is costed by a buy plan in one of its carrier's currencies.
  const victimBuyPlan = await createRatePlan({ ctx: staffCtx, input: { tenantId: rootId, name: `Victim buy ${randomUUID().slice(0, 8)}`, kind: 'buy', currency: 'EUR' } });
  // Its supplier import rule set (tenant B's).
  const victimRuleSet = await createImportRuleSet({ ctx: staffCtx, input: { tenantId: rootId, name: `Victim rules ${randomUUID().slice(0, 8)}` } });
  await updateRatePlan({ ctx: staffCtx, input: { id: victimBuyPlan.id, importRuleSetId: victimRuleSet.id } });
  const victimOut = await createInterconnect({ ctx: staffCtx, input: { carrierId: victimSupplier.id, direction: 'egress', name: 'Victim out', popId: pop!.id, supplierRatePlanId: victimBuyPlan.id } });
  const victimRouting = await createRoutingPlan({ ctx: staffCtx, input: { tenantId: rootId, name: `Victim routing ${randomUUID().slice(0, 8)}` } });
  const victimGroup = await createRouteGroup({ ctx: staffCtx, input: { planId: victimRouting.id, name: 'Victim group', suppliers: [{ interconnectId: victimOut.id }] } });
  const { items: [victimEntry] } = await upsertRouteEntries({ ctx: staffCtx, input: { planId: victimRouting.id, entries: [{ prefix: '44', method: 'lcr', groupId: victimGroup.id }] } });
  const victimCheck = await startRouteCheck({ ctx: staffCtx, input: { planId: victimRouting.id, customerRatePlanId: victimPlan.id } });
  const [victimImport] = await withPlatform((tx) =>
    tx
      .insert(rateImports)
      .values({ tenantId: rootId, planId: victimPlan.id, fileName: 'victim.csv', fileKey: 'rate-imports/victim.csv', fileBytes: 1, options: { mapping: {}, delimiter: 'auto', encoding: 'auto', dateOrder: 'auto', defaultEffectiveFrom: null } })
      .returning({ id: rateImports.id }),
  );
  // The carrier's writes queued its ConnexCS push: tenant B's sync item.
  const [victimSync] = await withPlatform((tx) => tx.select({ id: syncItems.id }).from(syncItems).where(eq(syncItems.entityId, victimCarrier.id)));

  fx = {
    rootId,
    acmeId,
    attacker: { id: attacker.id, cookie: cookieOf(attackerB), key: attackerKey.key },
    customerCookie: cookieOf(customerB),
    disabledCookie: { admin: cookieOf(disabledStaffB), customer: cookieOf(disabledAcmeB) },
    revokedKey: revoked.key,
    expiredKey: expired.key,
    rootImpersonationCookie: `${impersonationCookieName()}=${redeemed!.secret}`,
    rootStaffCookie: cookieOf(staffB),
    rootUserCookie: cookieOf(victimB),
    categoryId: category.id,
    groupId: group.id,
    root: {
      customerAccountId: victimAccount.id,
      customerAccountNumber: victimAccount.accountNumber,
      customerCompany: victimAccount.company,
      userId: victim.id,
      email: victim.email,
      keyId: victimKey.id,
      keyPrefix: victimKey.prefix,
      keyName: victimKey.name,
      domainId: domainRow!.id,
      domain,
      domainToken: domainRow!.verificationToken,
      jobId: job.id,
      auditId: audit!.id,
      grantId: grant.grantId,
      alertId: alert!.id,
      webhookEndpointId: hook.id,
      webhookDeliveryId: hookDelivery!.id,
      carrierId: victimCarrier.id,
      carrierName: victimCarrier.name,
      interconnectId: victimIc.id,
      serviceId: victimSvc.id,
      syncItemId: victimSync!.id,
      ratePlanId: victimPlan.id,
      ratePlanVersionId: victimDraft.id,
      rateRowId: victimRow!.id,
      routingPlanId: victimRouting.id,
      routeEntryId: victimEntry!.id,
      routeGroupId: victimGroup.id,
      routeCheckId: victimCheck.id,
      rateImportId: victimImport!.id,
      ruleSetId: victimRuleSet.id,
    },
  };
}, 120_000);

afterAll(async () => {
  console.info(
    `cross-tenant matrix: ${counts.routes} route handlers × up to 16 cases = ${counts.cases} requests through the handlers` +
      ` (+ ${counts.extra} requests on Better Auth's handler and the proxy alone)`,
  );
  await owner.end();
});

type Expectation = number[] | 'any';
type Case = { name: string; send: () => Promise<Sent>; expect: Expectation | ((a1: number) => Expectation) };

const FORGED = (path: string) => ({
  'x-tenant-slug': 'didtron',
  'x-tenant-id': '00000000-0000-4000-8000-000000000000',
  'x-tenant-uuid': '00000000-0000-4000-8000-000000000000',
  'x-portal': 'admin',
  'x-portal-override': 'admin',
  'x-forwarded-host': HOSTS.admin.host,
  'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware',
  'x-middleware-rewrite': '/admin',
  'x-request-id': 'forged-request-id',
  'x-didtron-path': '/forged',
  'x-didtron-actor': 'super_admin',
  'x-original-path': path,
});

function casesFor(route: RegisteredRoute): Case[] {
  const { idRoute } = paramsOf(route);
  const isPublic = route.spec?.permission === 'public';
  const isCron = route.pattern.startsWith('/api/cron/');
  const isV1 = route.pattern.startsWith('/api/v1/');
  const at = hostFor(route);
  const onAcme = portalMismatch(route, 'customer') ? [404] : null;
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
  const attackerCookie = { cookie: fx.attacker.cookie };
  // What tenant A may get when it reaches a route with tenant B's ids: refused or not found.
  const aReach: Expectation = idRoute ? [403, 404] : 'any';

  const cases: Case[] = [
    { name: 'A1 tenant A session on its own host, tenant B ids', send: () => viaProxy(route, HOSTS.acme, attackerCookie), expect: onAcme ?? aReach },
    { name: 'C1 forged tenant/portal/forwarded-host/middleware headers through proxy()', send: () => viaProxy(route, HOSTS.acme, { ...attackerCookie, ...FORGED(route.pattern) }), expect: (a1) => [a1] },
    { name: 'B1 no credentials', send: () => viaProxy(route, at, {}), expect: [401] },
    {
      name: 'C4 unknown host claiming a tenant in X-Forwarded-Host',
      send: () => viaProxy(route, { host: 'evil.example.com', portal: 'none', slug: null }, { ...attackerCookie, 'x-forwarded-host': HOSTS.acme.host }),
      // The load balancer's health probe is answered on any host (it names no tenant); everything else is 404 before any handler.
      expect: route.pattern === '/api/health' ? 'any' : [404],
    },
  ];
  if (isPublic && !isCron) {
    // Public routes: no permission to break, but nothing of tenant B may change or show.
    for (const c of cases) if (c.name.startsWith('B1') || c.name.startsWith('A1')) c.expect = 'any';
    return cases;
  }
  cases.push(
    { name: 'A2 tenant A session on the admin host', send: () => viaProxy(route, HOSTS.admin, attackerCookie), expect: portalMismatch(route, 'admin') ? [404] : [401] },
    { name: 'A3 tenant A session on tenant B host', send: () => viaProxy(route, HOSTS.rootPortal, attackerCookie), expect: onAcme ?? [401] },
    { name: 'A4 tenant A API key on its own host, tenant B ids', send: () => viaProxy(route, HOSTS.acme, bearer(fx.attacker.key)), expect: onAcme ?? (isV1 ? aReach : [401]) },
    { name: 'A5 tenant A customer_admin session, tenant B ids', send: () => viaProxy(route, HOSTS.acme, { cookie: fx.customerCookie }), expect: onAcme ?? aReach },
    { name: 'B2 disabled user', send: () => viaProxy(route, at, { cookie: disabledCookieFor(route) }), expect: [401] },
    { name: 'B3 revoked API key', send: () => viaProxy(route, at, bearer(fx.revokedKey)), expect: [401] },
    { name: 'B4 expired API key', send: () => viaProxy(route, at, bearer(fx.expiredKey)), expect: [401] },
    { name: 'B5 unknown API key', send: () => viaProxy(route, at, bearer(generateApiKey('test').key)), expect: [401] },
    { name: 'B6 forged impersonation cookie', send: () => viaProxy(route, at, { cookie: `${impersonationCookieName()}=${'x'.repeat(43)}` }), expect: [401] },
    { name: "B7 tenant B's live impersonation cookie on tenant A host", send: () => viaProxy(route, HOSTS.acme, { cookie: fx.rootImpersonationCookie }), expect: onAcme ?? [401] },
    {
      name: 'C2 x-tenant-slug of tenant B past the proxy',
      send: () => direct(route, { 'x-portal': 'customer', 'x-tenant-slug': 'didtron', ...attackerCookie }),
      expect: onAcme ?? [401],
    },
    {
      name: 'C3 x-portal: admin past the proxy',
      send: () => direct(route, { 'x-portal': 'admin', 'x-tenant-slug': 'acme', ...attackerCookie }),
      expect: portalMismatch(route, 'admin') ? [404] : [403],
    },
  );
  if (isCron) for (const c of cases) if (!c.name.startsWith('C4')) c.expect = [401];
  return cases;
}

/** Tenant B's own authorised user reads the fixture: proves the 404s above come from isolation, not from broken fixtures. */
async function ownerControl(route: RegisteredRoute): Promise<Sent | null> {
  if (route.method !== 'GET' || !paramsOf(route).idRoute || route.spec?.permission === 'public') return null;
  const portal = route.spec?.portal;
  // Class 4 reads serve the admin console and the carrier portal alike: their owner here is platform staff.
  if (portal === 'admin' || (portal === undefined && route.spec?.permission === 'class4.read')) return viaProxy(route, HOSTS.admin, { cookie: fx.rootStaffCookie });
  if (portal === undefined || portal === 'customer') return viaProxy(route, HOSTS.rootPortal, { cookie: fx.rootUserCookie });
  return null;
}

const matrixRoutes = routes.filter((r) => !(r.file in UNWRAPPED_ROUTES));

describe('cross-tenant matrix', () => {
  it('covers every route handler of the app', () => {
    expect(matrixRoutes.length).toBeGreaterThan(20);
    expect([...new Set(routes.filter((r) => r.file in UNWRAPPED_ROUTES).map((r) => r.file))]).toEqual(Object.keys(UNWRAPPED_ROUTES));
    for (const r of matrixRoutes) expect(r.spec, `${r.method} ${r.pattern} has no spec`).not.toBeNull();
  });

  for (const route of matrixRoutes) {
    it(`${route.method} ${route.pattern} [${route.spec?.key}]`, async () => {
      const cases = casesFor(route);
      const before = await snapshot();
      let a1: number | undefined;
      for (const c of cases) {
        const sent = await c.send();
        counts.cases++;
        const status = sent.res.status;
        const label = `${route.method} ${route.pattern} ${c.name}: ${status} ${sent.text.slice(0, 300)}`;
        if (c.name.startsWith('A1')) a1 = status;
        const expected = typeof c.expect === 'function' ? c.expect(a1!) : c.expect;
        if (expected === 'any') expect(status, label).toBeLessThan(500);
        else expect(expected, label).toContain(status);
        if (status === 422 && c.name.startsWith('A')) {
          throw new Error(`${label}\nValidation ran before the lookup: add a valid body for ${route.spec?.key} to BODIES so that the matrix reaches the tenant check`);
        }
        for (const marker of leakMarkers(sent.requestText)) expect(sent.text.includes(marker), `${label}\nleaks tenant B's ${marker}`).toBe(false);
        if (status >= 200 && status < 300 && sent.text.startsWith('{')) {
          const body = JSON.parse(sent.text) as { items?: Array<{ tenantId?: string }> };
          for (const item of body.items ?? []) if (item.tenantId !== undefined) expect(item.tenantId, `${label}\nlists a row of another tenant`).toBe(fx.acmeId);
        }
        if (c.name.startsWith('C1') && sent.forwarded) {
          // The proxy dropped every forged internal header and set its own from the real host (the
          // health probe is passed on before host resolution, so it carries none of them).
          const health = route.pattern === '/api/health';
          const sentUrl = new URL(urlOf(route, HOSTS.acme, paramsOf(route).params));
          expect(sent.forwarded.get('x-tenant-slug'), label).toBe(health ? null : 'acme');
          expect(sent.forwarded.get('x-tenant-uuid'), label).toBe(health ? null : fx.acmeId);
          expect(sent.forwarded.get('x-portal'), label).toBe(health ? null : 'customer');
          expect(sent.forwarded.get('x-didtron-path'), label).toBe(health ? null : `${sentUrl.pathname}${sentUrl.search}`);
          expect(sent.forwarded.get('x-request-id'), label).toMatch(/^[0-9a-f-]{36}$/);
          for (const name of ['x-tenant-id', 'x-portal-override', 'x-middleware-subrequest', 'x-middleware-rewrite', 'x-didtron-actor']) {
            expect(sent.forwarded.has(name), `${label}\nforwarded ${name}`).toBe(false);
          }
        }
      }
      const control = await ownerControl(route);
      if (control) {
        counts.cases++;
        expect(control.res.status, `${route.method} ${route.pattern} owner control: ${control.text.slice(0, 300)}`).toBeLessThan(300);
      }
      expect(await snapshot(), `${route.method} ${route.pattern} changed tenant B's rows`).toBe(before);
      counts.routes++;
    });
  }
});

describe("Better Auth's handler (allow-listed: not built with route())", () => {
  const auth = routes.find((r) => r.file === 'app/api/auth/[...all]/route.ts' && r.method === 'GET')!;
  const send = async (at: At, headers: Record<string, string>, bypass = false) => {
    counts.extra++;
    const url = `http://${at.host}/api/auth/get-session`;
    let forwarded = new Headers({ host: at.host, ...headers });
    if (!bypass) {
      const proxied = await proxy(new NextRequest(url, { headers: forwarded }));
      forwarded = new Headers();
      for (const name of proxied.headers.get('x-middleware-override-headers')!.split(',')) forwarded.set(name, proxied.headers.get(`x-middleware-request-${name}`)!);
    }
    const res = await auth.handler(new NextRequest(url, { headers: forwarded }), { params: Promise.resolve({ all: ['get-session'] }) });
    return (await res.json()) as { user?: { id: string } } | null;
  };

  it('serves the session of the host\'s tenant only, whatever the forged headers say', async () => {
    expect((await send(HOSTS.acme, { cookie: fx.attacker.cookie }))?.user?.id).toBe(fx.attacker.id);
    expect((await send(HOSTS.acme, { cookie: fx.attacker.cookie, ...FORGED('/api/auth/get-session') }))?.user?.id).toBe(fx.attacker.id);
    expect(await send(HOSTS.rootPortal, { cookie: fx.attacker.cookie })).toBeNull();
    expect(await send(HOSTS.admin, { cookie: fx.attacker.cookie })).toBeNull();
    expect(await send(HOSTS.acme, { cookie: fx.attacker.cookie, 'x-forwarded-host': HOSTS.rootPortal.host })).not.toBeNull();
    // Past the proxy, a forged tenant finds no session either.
    expect(await send(HOSTS.acme, { cookie: fx.attacker.cookie, 'x-portal': 'customer', 'x-tenant-slug': 'didtron', 'x-request-id': randomUUID() }, true)).toBeNull();
    expect(await send(HOSTS.acme, { cookie: fx.rootUserCookie })).toBeNull();
  });
});

describe('public routes are reviewed', () => {
  it('lists each public route with a reason', () => {
    for (const r of matrixRoutes.filter((x) => x.spec?.permission === 'public')) expect(PUBLIC_ROUTES[r.spec!.key], r.spec!.key).toBeTruthy();
  });
});
