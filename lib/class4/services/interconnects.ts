import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { carrierInterconnectAddresses, carrierInterconnects, carriers, carrierServices, catalogPops, interconnectDirections, interconnectStatuses, type CarrierInterconnectRow, type CarrierRow } from '@/db/schema';
import { directionFitsType } from '@/db/schema/class4-values';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { class4Scope, class4WriteScope, type Class4Scope } from '../access';
import { cidrsOverlap } from '../cidr';
import { RuleViolationError, withRuleErrors } from '../constraints';
import { createInterconnectSchema, idInputSchema, updateInterconnectSchema } from '../schemas';
import { interconnectView, type InterconnectView } from '../views';
import { loadCarrier } from './carriers';
import { assertSupplierPlan } from './plan-refs';
import { queueSyncPush } from '@/lib/sync/outbox';

export async function loadInterconnect(tx: Tx, scope: Class4Scope, id: string, lock = false): Promise<CarrierInterconnectRow> {
  const query = tx.select().from(carrierInterconnects).where(eq(carrierInterconnects.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || (scope.kind === 'carrier' && row.carrierId !== scope.carrierId)) throw new NotFoundError('Interconnect not found');
  return row;
}

async function assertPop(tx: Tx, popId: string) {
  const [pop] = await tx.select({ id: catalogPops.id }).from(catalogPops).where(and(eq(catalogPops.id, popId), sql`${catalogPops.deletedAt} is null`));
  if (!pop) throw new ValidationError([{ path: 'popId', message: 'choose a POP of the catalogue' }]);
}

/**
 * The address rules, checked before the write so the message names the conflicting record
 * (the exclusion constraints refuse the same writes when this is bypassed):
 * - no overlap with another carrier's ingress addresses on the POP;
 * - no overlap with an ingress address of the same tech prefix on the POP (another interconnect, or this list).
 */
async function assertAddressRules(tx: Tx, ic: { id: string | null; tenantId: string; carrierId: string; popId: string; techPrefix: string; direction: string }, addresses: string[]) {
  if (ic.direction !== 'ingress') return;
  for (let i = 0; i < addresses.length; i++)
    for (let j = i + 1; j < addresses.length; j++)
      if (cidrsOverlap(addresses[i]!, addresses[j]!))
        throw new RuleViolationError('carrier_interconnect_addresses_tech_prefix_unique', `${addresses[i]} and ${addresses[j]} of this interconnect overlap`);
  for (const network of addresses) {
    const [clash] = await tx
      .select({ network: sql<string>`${carrierInterconnectAddresses.network}::text`, carrierId: carrierInterconnectAddresses.carrierId, carrierName: carriers.name, interconnectId: carrierInterconnects.id, interconnectName: carrierInterconnects.name, techPrefix: carrierInterconnectAddresses.techPrefix })
      .from(carrierInterconnectAddresses)
      .innerJoin(carrierInterconnects, eq(carrierInterconnects.id, carrierInterconnectAddresses.interconnectId))
      .innerJoin(carriers, eq(carriers.id, carrierInterconnectAddresses.carrierId))
      .where(
        and(
          eq(carrierInterconnectAddresses.tenantId, ic.tenantId),
          eq(carrierInterconnectAddresses.popId, ic.popId),
          eq(carrierInterconnectAddresses.direction, 'ingress'),
          sql`${carrierInterconnectAddresses.network} && ${network}::cidr`,
          ic.id ? ne(carrierInterconnectAddresses.interconnectId, ic.id) : undefined,
          sql`(${carrierInterconnectAddresses.carrierId} <> ${ic.carrierId} or ${carrierInterconnectAddresses.techPrefix} = ${ic.techPrefix})`,
        ),
      )
      .limit(1);
    if (!clash) continue;
    if (clash.carrierId !== ic.carrierId)
      throw new RuleViolationError('carrier_interconnect_addresses_no_overlap', `${network} overlaps ${clash.network} of carrier ${clash.carrierName}, interconnect ${clash.interconnectName} (${clash.interconnectId})`);
    throw new RuleViolationError(
      'carrier_interconnect_addresses_tech_prefix_unique',
      `${network} with tech prefix ${clash.techPrefix === '' ? '(none)' : clash.techPrefix} is already used by interconnect ${clash.interconnectName} (${clash.interconnectId})`,
    );
  }
}

async function replaceAddresses(tx: Tx, row: CarrierInterconnectRow, addresses: string[]) {
  await tx.delete(carrierInterconnectAddresses).where(eq(carrierInterconnectAddresses.interconnectId, row.id));
  if (addresses.length)
    await tx.insert(carrierInterconnectAddresses).values(
      addresses.map((network) => ({ tenantId: row.tenantId, interconnectId: row.id, carrierId: row.carrierId, popId: row.popId, techPrefix: row.techPrefix, direction: row.direction, network })),
    );
}

async function addressesOf(tx: Tx, id: string): Promise<string[]> {
  const rows = await tx
    .select({ network: sql<string>`${carrierInterconnectAddresses.network}::text` })
    .from(carrierInterconnectAddresses)
    .where(eq(carrierInterconnectAddresses.interconnectId, id))
    .orderBy(asc(carrierInterconnectAddresses.network));
  return rows.map((r) => r.network);
}

async function detail(tx: Tx, row: CarrierInterconnectRow): Promise<InterconnectView> {
  const [names] = await tx
    .select({ carrierName: carriers.name, popName: catalogPops.name })
    .from(carriers)
    .leftJoin(catalogPops, eq(catalogPops.id, row.popId))
    .where(eq(carriers.id, row.carrierId));
  const [services] = await tx.select({ n: count() }).from(carrierServices).where(eq(carrierServices.interconnectId, row.id));
  return interconnectView(row, { addresses: await addressesOf(tx, row.id), carrierName: names?.carrierName ?? '', popName: names?.popName ?? null, serviceCount: services?.n ?? 0 });
}

function assertDirection(carrier: CarrierRow, direction: 'ingress' | 'egress') {
  if (!directionFitsType(carrier.type, direction)) throw new RuleViolationError('carrier_interconnects_direction_fits_type', `carrier ${carrier.name} is a ${carrier.type} carrier, so it cannot have an ${direction} interconnect`);
}

const eventPayload = (row: CarrierInterconnectRow) => ({ interconnectId: row.id, carrierId: row.carrierId, name: row.name, direction: row.direction });

/** Creates an interconnect of a carrier (direction fitting the carrier's type) with its addresses. */
export async function createInterconnect({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createInterconnectSchema> }): Promise<InterconnectView> {
  const scope = await class4WriteScope(ctx);
  const { addresses, ...data } = parseInput(createInterconnectSchema, input);
  if (data.supplierRatePlanId && data.direction !== 'egress') throw new RuleViolationError('carrier_interconnects_supplier_plan_egress', 'this is an ingress interconnect');
  return withRuleErrors(() =>
    scope.run(async (tx, ctx) => {
      const carrier = await loadCarrier(tx, scope, data.carrierId, true);
      assertDirection(carrier, data.direction);
      await assertSupplierPlan(tx, carrier, data.supplierRatePlanId);
      await assertPop(tx, data.popId);
      await assertAddressRules(tx, { id: null, tenantId: carrier.tenantId, carrierId: carrier.id, popId: data.popId, techPrefix: data.techPrefix, direction: data.direction }, addresses);
      const [row] = await tx
        .insert(carrierInterconnects)
        .values({ ...data, tenantId: carrier.tenantId })
        .returning();
      await replaceAddresses(tx, row!, addresses);
      await recordAudit(tx, ctx, { entity: 'interconnect', entityId: row!.id, action: 'create', after: { ...row, addresses }, tenantId: carrier.tenantId });
      await publishEvent(tx, ctx, 'interconnect.created', eventPayload(row!), { tenantId: carrier.tenantId });
      await queueSyncPush(tx, { tenantId: carrier.tenantId, entity: 'carrier', entityId: carrier.id });
      return detail(tx, row!);
    }),
  );
}

/** Changes an interconnect; `addresses`, when given, replaces the list. A direction change must fit the carrier and its services. */
export async function updateInterconnect({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateInterconnectSchema> }): Promise<InterconnectView> {
  const scope = await class4WriteScope(ctx);
  const { id, addresses, ...changes } = parseInput(updateInterconnectSchema, input);
  return withRuleErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadInterconnect(tx, scope, id, true);
      const carrier = await loadCarrier(tx, scope, before.carrierId);
      const next = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as CarrierInterconnectRow;
      if (next.direction !== before.direction) {
        assertDirection(carrier, next.direction);
        const [onIt] = await tx.select({ id: carrierServices.id, name: carrierServices.name }).from(carrierServices).where(eq(carrierServices.interconnectId, id)).limit(1);
        if (onIt && next.direction === 'egress') throw new RuleViolationError('carrier_services_ingress_interconnect', `service ${onIt.name} (${onIt.id}) is on this interconnect`);
        const [routed] = await tx.select({ id: carrierServices.id, name: carrierServices.name }).from(carrierServices).where(eq(carrierServices.routeInterconnectId, id)).limit(1);
        if (routed && next.direction === 'ingress') throw new RuleViolationError('carrier_services_route_egress', `service ${routed.name} (${routed.id}) routes to this interconnect`);
      }
      if (next.supplierRatePlanId && next.direction !== 'egress') throw new RuleViolationError('carrier_interconnects_supplier_plan_egress', `interconnect ${before.name} is ingress`);
      if (next.supplierRatePlanId !== before.supplierRatePlanId) await assertSupplierPlan(tx, carrier, next.supplierRatePlanId);
      if (next.popId !== before.popId) await assertPop(tx, next.popId);
      const list = addresses ?? (await addressesOf(tx, id));
      await assertAddressRules(tx, { id, tenantId: before.tenantId, carrierId: before.carrierId, popId: next.popId, techPrefix: next.techPrefix, direction: next.direction }, list);
      const { id: _id, tenantId: _t, carrierId: _c, createdAt: _ca, updatedAt: _ua, ...patch } = next;
      const [after] = await tx.update(carrierInterconnects).set(patch).where(eq(carrierInterconnects.id, id)).returning();
      if (addresses) await replaceAddresses(tx, after!, addresses);
      await recordAudit(tx, ctx, { entity: 'interconnect', entityId: id, action: 'update', before, after: addresses ? { ...after, addresses } : after, tenantId: before.tenantId });
      await publishEvent(tx, ctx, 'interconnect.updated', eventPayload(after!), { tenantId: before.tenantId });
      await queueSyncPush(tx, { tenantId: before.tenantId, entity: 'carrier', entityId: before.carrierId });
      return detail(tx, after!);
    }),
  );
}

/** Deletes an interconnect and its services; refused while another carrier's service routes to it. */
export async function deleteInterconnect({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<{ id: string }> {
  const scope = await class4WriteScope(ctx);
  const { id } = parseInput(idInputSchema, input);
  return withRuleErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadInterconnect(tx, scope, id, true);
      const [routed] = await tx.select({ id: carrierServices.id, name: carrierServices.name }).from(carrierServices).where(eq(carrierServices.routeInterconnectId, id)).limit(1);
      if (routed) throw new RuleViolationError('carrier_services_route_egress', `service ${routed.name} (${routed.id}) routes to this interconnect: change it first`);
      const services = await tx.delete(carrierServices).where(eq(carrierServices.interconnectId, id)).returning();
      await tx.delete(carrierInterconnects).where(eq(carrierInterconnects.id, id));
      for (const s of services) {
        await recordAudit(tx, ctx, { entity: 'carrier_service', entityId: s.id, action: 'delete', before: s, tenantId: before.tenantId });
        await publishEvent(tx, ctx, 'service.deleted', { serviceId: s.id, carrierId: s.carrierId, interconnectId: s.interconnectId, name: s.name }, { tenantId: before.tenantId });
      }
      await recordAudit(tx, ctx, { entity: 'interconnect', entityId: id, action: 'delete', before, tenantId: before.tenantId });
      await publishEvent(tx, ctx, 'interconnect.deleted', eventPayload(before), { tenantId: before.tenantId });
      await queueSyncPush(tx, { tenantId: before.tenantId, entity: 'carrier', entityId: before.carrierId });
      return { id };
    }),
  );
}

export async function getInterconnect({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<InterconnectView> {
  const scope = await class4Scope(ctx, 'class4.read');
  const { id } = parseInput(idInputSchema, input);
  return scope.run(async (tx) => detail(tx, await loadInterconnect(tx, scope, id)));
}

export const interconnectListSpec = defineListSpec<'name' | 'createdAt', 'carrier' | 'direction' | 'status'>({
  sortable: { name: carrierInterconnects.name, createdAt: carrierInterconnects.createdAt },
  defaultSort: 'name',
  filters: {
    carrier: { column: carrierInterconnects.carrierId, schema: z.uuid({ error: 'must be a carrier id' }) },
    direction: { column: carrierInterconnects.direction, values: interconnectDirections },
    status: { column: carrierInterconnects.status, values: interconnectStatuses },
  },
  searchColumns: [carrierInterconnects.name, carrierInterconnects.techPrefix],
});

/** Interconnects (keyset), filtered by carrier / direction / status; a carrier user sees its own carrier's. */
export async function listInterconnects({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  const scope = await class4Scope(ctx, 'class4.read');
  const query = parseListQuery(input, interconnectListSpec);
  const confine = scope.kind === 'carrier' ? eq(carrierInterconnects.carrierId, scope.carrierId) : undefined;
  const page = await scope.run((tx) =>
    paginate(query, { id: carrierInterconnects.id }, (k) =>
      tx
        .select({
          row: carrierInterconnects,
          carrierName: carriers.name,
          popName: catalogPops.name,
          addresses: sql<string[]>`coalesce((select array_agg(a.network::text order by a.network) from carrier_interconnect_addresses a where a.interconnect_id = ${carrierInterconnects.id}), '{}')`,
          serviceCount: sql<number>`(select count(*)::int from carrier_services s where s.interconnect_id = ${carrierInterconnects.id})`,
          ...k.select,
        })
        .from(carrierInterconnects)
        .innerJoin(carriers, eq(carriers.id, carrierInterconnects.carrierId))
        .leftJoin(catalogPops, eq(catalogPops.id, carrierInterconnects.popId))
        .where(and(confine, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
  return { ...page, items: page.items.map((i) => interconnectView(i.row, { addresses: i.addresses, carrierName: i.carrierName, popName: i.popName, serviceCount: i.serviceCount })) };
}
