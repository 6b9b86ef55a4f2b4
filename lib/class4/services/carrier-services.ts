import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { carrierInterconnects, carriers, carrierServices, routingMethods, serviceStatuses, type CarrierRow, type CarrierServiceRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { class4Scope, class4WriteScope, type Class4Scope } from '../access';
import { RuleViolationError, withRuleErrors } from '../constraints';
import { createServiceSchema, idInputSchema, updateServiceSchema } from '../schemas';
import { serviceView, type ServiceView } from '../views';
import { loadCarrier } from './carriers';
import { loadInterconnect } from './interconnects';
import { assertCustomerPlan, assertRoutingPlan } from './plan-refs';

export async function loadService(tx: Tx, scope: Class4Scope, id: string, lock = false): Promise<CarrierServiceRow> {
  const query = tx.select().from(carrierServices).where(eq(carrierServices.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || (scope.kind === 'carrier' && row.carrierId !== scope.carrierId)) throw new NotFoundError('Service not found');
  return row;
}

const routeIc = alias(carrierInterconnects, 'route_ic');

async function detail(tx: Tx, row: CarrierServiceRow): Promise<ServiceView> {
  const [names] = await tx
    .select({ carrierName: carriers.name, interconnectName: carrierInterconnects.name, routeInterconnectName: routeIc.name })
    .from(carrierServices)
    .innerJoin(carriers, eq(carriers.id, carrierServices.carrierId))
    .innerJoin(carrierInterconnects, eq(carrierInterconnects.id, carrierServices.interconnectId))
    .leftJoin(routeIc, eq(routeIc.id, carrierServices.routeInterconnectId))
    .where(eq(carrierServices.id, row.id));
  return serviceView(row, { carrierName: names?.carrierName ?? '', interconnectName: names?.interconnectName ?? '', routeInterconnectName: names?.routeInterconnectName ?? null });
}

/** A carrier user does not learn the names of other carriers' interconnects its calls route to. */
function forScope(scope: Class4Scope, view: ServiceView): ServiceView {
  return scope.kind === 'carrier' ? { ...view, routeInterconnectId: null, routeInterconnectName: null } : view;
}

type ServiceShape = Pick<CarrierServiceRow, 'interconnectId' | 'customerRatePlanId' | 'ratePlanCurrency' | 'routingMethod' | 'routeInterconnectId' | 'routingPlanId' | 'minDigits' | 'maxDigits'>;

/** The service rules, each naming the conflicting record; the database refuses the same rows (constraints.ts). */
async function assertServiceRules(tx: Tx, scope: Class4Scope, carrier: CarrierRow, s: ServiceShape) {
  const ic = await tx.select().from(carrierInterconnects).where(eq(carrierInterconnects.id, s.interconnectId));
  const interconnect = ic[0];
  if (!interconnect || interconnect.tenantId !== carrier.tenantId) throw new NotFoundError('Interconnect not found');
  if (interconnect.carrierId !== carrier.id) {
    const [owner] = await tx.select({ name: carriers.name }).from(carriers).where(eq(carriers.id, interconnect.carrierId));
    throw new RuleViolationError('carrier_services_same_carrier', `interconnect ${interconnect.name} (${interconnect.id}) belongs to carrier ${owner?.name ?? interconnect.carrierId}, not ${carrier.name}`);
  }
  if (interconnect.direction !== 'ingress') throw new RuleViolationError('carrier_services_ingress_interconnect', `interconnect ${interconnect.name} (${interconnect.id}) is egress`);
  if ((s.customerRatePlanId === null) !== (s.ratePlanCurrency === null))
    throw new RuleViolationError('carrier_services_plan_currency', 'give the customer rating plan and its currency together');
  if (s.ratePlanCurrency && !carrier.currencies.includes(s.ratePlanCurrency))
    throw new RuleViolationError('carrier_services_plan_currency', `${s.ratePlanCurrency} is not a currency of carrier ${carrier.name} (${carrier.currencies.join(', ')})`);
  await assertCustomerPlan(tx, carrier, s.customerRatePlanId, s.ratePlanCurrency);
  if (s.routingMethod === 'interconnect') {
    if (!s.routeInterconnectId || s.routingPlanId) throw new RuleViolationError('carrier_services_routing_target', 'choose the egress interconnect to route to');
    const [target] = await tx.select().from(carrierInterconnects).where(and(eq(carrierInterconnects.id, s.routeInterconnectId), eq(carrierInterconnects.tenantId, carrier.tenantId)));
    if (!target) throw new NotFoundError('Route interconnect not found');
    if (target.direction !== 'egress') throw new RuleViolationError('carrier_services_route_egress', `interconnect ${target.name} (${target.id}) is ingress`);
  } else {
    if (!s.routingPlanId || s.routeInterconnectId) throw new RuleViolationError('carrier_services_routing_target', 'choose the routing plan');
    await assertRoutingPlan(tx, carrier, s.routingPlanId);
  }
  if (s.minDigits !== null && s.maxDigits !== null && s.minDigits > s.maxDigits)
    throw new ValidationError([{ path: 'minDigits', message: 'the minimum digit length is above the maximum' }]);
  void scope;
}

const eventPayload = (row: CarrierServiceRow) => ({ serviceId: row.id, carrierId: row.carrierId, interconnectId: row.interconnectId, name: row.name });

/** Creates a service on an ingress interconnect of the carrier. */
export async function createService({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createServiceSchema> }): Promise<ServiceView> {
  const scope = await class4WriteScope(ctx);
  const data = parseInput(createServiceSchema, input);
  return withRuleErrors(() =>
    scope.run(async (tx, ctx) => {
      const carrier = await loadCarrier(tx, scope, data.carrierId, true);
      await assertServiceRules(tx, scope, carrier, data);
      const [row] = await tx
        .insert(carrierServices)
        .values({ ...data, tenantId: carrier.tenantId })
        .returning();
      await recordAudit(tx, ctx, { entity: 'carrier_service', entityId: row!.id, action: 'create', after: row, tenantId: carrier.tenantId });
      await publishEvent(tx, ctx, 'service.created', eventPayload(row!), { tenantId: carrier.tenantId });
      return detail(tx, row!);
    }),
  );
}

export async function updateService({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateServiceSchema> }): Promise<ServiceView> {
  const scope = await class4WriteScope(ctx);
  const { id, ...changes } = parseInput(updateServiceSchema, input);
  return withRuleErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadService(tx, scope, id, true);
      const carrier = await loadCarrier(tx, scope, before.carrierId);
      const next = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as CarrierServiceRow;
      // Switching the routing method drops the other target unless both are given.
      if (changes.routingMethod === 'interconnect' && changes.routingPlanId === undefined) next.routingPlanId = null;
      if (changes.routingMethod === 'routing_plan' && changes.routeInterconnectId === undefined) next.routeInterconnectId = null;
      if (changes.customerRatePlanId === null) next.ratePlanCurrency = null;
      await assertServiceRules(tx, scope, carrier, next);
      const { id: _id, tenantId: _t, carrierId: _c, interconnectId: _i, createdAt: _ca, updatedAt: _ua, ...patch } = next;
      const [after] = await tx.update(carrierServices).set(patch).where(eq(carrierServices.id, id)).returning();
      await recordAudit(tx, ctx, { entity: 'carrier_service', entityId: id, action: 'update', before, after, tenantId: before.tenantId });
      await publishEvent(tx, ctx, 'service.updated', eventPayload(after!), { tenantId: before.tenantId });
      return detail(tx, after!);
    }),
  );
}

export async function deleteService({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<{ id: string }> {
  const scope = await class4WriteScope(ctx);
  const { id } = parseInput(idInputSchema, input);
  return scope.run(async (tx, ctx) => {
    const before = await loadService(tx, scope, id, true);
    await tx.delete(carrierServices).where(eq(carrierServices.id, id));
    await recordAudit(tx, ctx, { entity: 'carrier_service', entityId: id, action: 'delete', before, tenantId: before.tenantId });
    await publishEvent(tx, ctx, 'service.deleted', eventPayload(before), { tenantId: before.tenantId });
    return { id };
  });
}

export async function getService({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<ServiceView> {
  const scope = await class4Scope(ctx, 'class4.read');
  const { id } = parseInput(idInputSchema, input);
  return scope.run(async (tx) => {
    const row = await loadService(tx, scope, id);
    await loadInterconnect(tx, scope, row.interconnectId);
    return forScope(scope, await detail(tx, row));
  });
}

export const serviceListSpec = defineListSpec<'name' | 'createdAt', 'carrier' | 'interconnect' | 'status' | 'routingMethod'>({
  sortable: { name: carrierServices.name, createdAt: carrierServices.createdAt },
  defaultSort: 'name',
  filters: {
    carrier: { column: carrierServices.carrierId, schema: z.uuid({ error: 'must be a carrier id' }) },
    interconnect: { column: carrierServices.interconnectId, schema: z.uuid({ error: 'must be an interconnect id' }) },
    status: { column: carrierServices.status, values: serviceStatuses },
    routingMethod: { column: carrierServices.routingMethod, values: routingMethods },
  },
  searchColumns: [carrierServices.name],
});

/** Services (keyset), filtered by carrier / interconnect / status / routing method. */
export async function listServices({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  const scope = await class4Scope(ctx, 'class4.read');
  const query = parseListQuery(input, serviceListSpec);
  const confine = scope.kind === 'carrier' ? eq(carrierServices.carrierId, scope.carrierId) : undefined;
  const page = await scope.run((tx) =>
    paginate(query, { id: carrierServices.id }, (k) =>
      tx
        .select({ row: carrierServices, carrierName: carriers.name, interconnectName: carrierInterconnects.name, routeInterconnectName: sql<string | null>`${routeIc.name}`, ...k.select })
        .from(carrierServices)
        .innerJoin(carriers, eq(carriers.id, carrierServices.carrierId))
        .innerJoin(carrierInterconnects, eq(carrierInterconnects.id, carrierServices.interconnectId))
        .leftJoin(routeIc, eq(routeIc.id, carrierServices.routeInterconnectId))
        .where(and(confine, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
  return { ...page, items: page.items.map((i) => forScope(scope, serviceView(i.row, { carrierName: i.carrierName, interconnectName: i.interconnectName, routeInterconnectName: i.routeInterconnectName }))) };
}
