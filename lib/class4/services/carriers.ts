import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { carrierBalances, carrierContacts, carrierInterconnects, carriers, carrierServices, carrierStatuses, carrierTypes, carrierUsers, customerAccounts, users, type CarrierRow } from '@/db/schema';
import { directionFitsType } from '@/db/schema/class4-values';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { getTenantRef } from '@/lib/tenancy';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { class4Scope, class4WriteScope, type Class4Scope } from '../access';
import { RuleViolationError, withRuleErrors } from '../constraints';
import { createCarrierSchema, idInputSchema, linkCarrierUsersSchema, updateCarrierSchema, type ContactInput } from '../schemas';
import { balanceView, carrierView, contactView, type CarrierDetailView, type CarrierView } from '../views';
import { queueSyncPush } from '@/lib/sync/outbox';

/** Loads a carrier the scope may see (optionally locked), else 404. */
export async function loadCarrier(tx: Tx, scope: Class4Scope, id: string, lock = false): Promise<CarrierRow> {
  const query = tx.select().from(carriers).where(eq(carriers.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || (scope.kind === 'carrier' && row.id !== scope.carrierId)) throw new NotFoundError('Carrier not found');
  return row;
}

async function replaceContacts(tx: Tx, carrier: CarrierRow, contacts: ContactInput[]) {
  await tx.delete(carrierContacts).where(eq(carrierContacts.carrierId, carrier.id));
  if (contacts.length)
    await tx.insert(carrierContacts).values(contacts.map((c) => ({ tenantId: carrier.tenantId, carrierId: carrier.id, kind: c.kind, name: c.name, email: c.email ?? null, phone: c.phone ?? null })));
}

async function assertCustomerAccount(tx: Tx, tenantId: string, accountId: string | null) {
  if (!accountId) return;
  const [row] = await tx.select({ id: customerAccounts.id }).from(customerAccounts).where(and(eq(customerAccounts.id, accountId), eq(customerAccounts.tenantId, tenantId)));
  if (!row) throw new ValidationError([{ path: 'customerAccountId', message: 'choose a customer account of the carrier’s brand' }]);
}

const eventPayload = (row: CarrierRow) => ({ carrierId: row.id, name: row.name, code: row.code, type: row.type });

/** Creates a carrier in a brand (platform staff; default the current brand), with its contacts. */
export async function createCarrier({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createCarrierSchema> }): Promise<CarrierView> {
  const scope = await class4WriteScope(ctx);
  const data = parseInput(createCarrierSchema, input);
  const tenantId = data.tenantId ?? ctx.tenant.id;
  const currencies = [data.primaryCurrency, ...data.extraCurrencies.filter((c) => c !== data.primaryCurrency)];
  if (new Set(currencies).size !== currencies.length) throw new ValidationError([{ path: 'extraCurrencies', message: 'a currency is listed twice' }]);
  return withRuleErrors(() =>
    scope.run(async (tx, ctx) => {
      await getTenantRef(ctx, tenantId).catch(() => {
        throw new ValidationError([{ path: 'tenantId', message: 'choose an existing brand' }]);
      });
      await assertCustomerAccount(tx, tenantId, data.customerAccountId);
      const [row] = await tx
        .insert(carriers)
        .values({
          tenantId,
          name: data.name,
          code: data.code,
          type: data.type,
          status: data.status,
          primaryCurrency: data.primaryCurrency,
          currencies,
          creditLimitMinor: data.creditLimitMinor,
          supplierCreditLimitMinor: data.supplierCreditLimitMinor,
          lowBalanceAlertMinor: data.lowBalanceAlertMinor,
          exposureAlertMinor: data.exposureAlertMinor,
          exposureLimitMinor: data.exposureLimitMinor,
          maxChannels: data.maxChannels,
          maxCps: data.maxCps,
          customerAccountId: data.customerAccountId,
          notes: data.notes,
        })
        .returning();
      await replaceContacts(tx, row!, data.contacts);
      await recordAudit(tx, ctx, { entity: 'carrier', entityId: row!.id, action: 'create', after: { ...row, contacts: data.contacts }, tenantId });
      await publishEvent(tx, ctx, 'carrier.created', eventPayload(row!), { tenantId });
      await queueSyncPush(tx, { tenantId, entity: 'carrier', entityId: row!.id });
      return carrierView(row!);
    }),
  );
}

/** The currencies in use (a balance row, or a service's rating plan): never removed. */
async function usedCurrencies(tx: Tx, carrierId: string): Promise<Set<string>> {
  const balances = await tx.select({ c: carrierBalances.currency }).from(carrierBalances).where(eq(carrierBalances.carrierId, carrierId));
  const plans = await tx.selectDistinct({ c: carrierServices.ratePlanCurrency }).from(carrierServices).where(eq(carrierServices.carrierId, carrierId));
  return new Set([...balances.map((b) => b.c), ...plans.map((p) => p.c).filter((c): c is string => !!c)]);
}

/** Changes a carrier; fields left out stay. `contacts`, when given, replaces the list. */
export async function updateCarrier({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateCarrierSchema> }): Promise<CarrierView> {
  const scope = await class4WriteScope(ctx);
  const { id, contacts, extraCurrencies, ...changes } = parseInput(updateCarrierSchema, input);
  return withRuleErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadCarrier(tx, scope, id, true);
      const next = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as CarrierRow;
      const extras = extraCurrencies ?? before.currencies.slice(1);
      next.currencies = [next.primaryCurrency, ...extras.filter((c) => c !== next.primaryCurrency)];
      if (new Set(next.currencies).size !== next.currencies.length) throw new ValidationError([{ path: 'extraCurrencies', message: 'a currency is listed twice' }]);
      if (next.currencies.length > 4) throw new ValidationError([{ path: 'extraCurrencies', message: 'a carrier has its primary currency and at most 3 more' }]);
      const removed = before.currencies.filter((c) => !next.currencies.includes(c));
      if (removed.length) {
        const used = await usedCurrencies(tx, id);
        const kept = removed.find((c) => used.has(c));
        if (kept) throw new RuleViolationError('carriers_currency_kept', `${kept} has balances or rating plans on carrier ${before.name}`);
      }
      if (next.type !== before.type) {
        const list = await tx.select({ id: carrierInterconnects.id, name: carrierInterconnects.name, direction: carrierInterconnects.direction }).from(carrierInterconnects).where(eq(carrierInterconnects.carrierId, id));
        const clash = list.find((i) => !directionFitsType(next.type, i.direction));
        if (clash) throw new RuleViolationError('carriers_type_fits_interconnects', `${clash.direction} interconnect ${clash.name} (${clash.id})`);
      }
      if (next.customerAccountId !== before.customerAccountId) await assertCustomerAccount(tx, before.tenantId, next.customerAccountId);
      const [after] = await tx
        .update(carriers)
        .set({
          name: next.name,
          code: next.code,
          type: next.type,
          status: next.status,
          primaryCurrency: next.primaryCurrency,
          currencies: next.currencies,
          creditLimitMinor: next.creditLimitMinor,
          supplierCreditLimitMinor: next.supplierCreditLimitMinor,
          lowBalanceAlertMinor: next.lowBalanceAlertMinor,
          exposureAlertMinor: next.exposureAlertMinor,
          exposureLimitMinor: next.exposureLimitMinor,
          maxChannels: next.maxChannels,
          maxCps: next.maxCps,
          customerAccountId: next.customerAccountId,
          notes: next.notes,
        })
        .where(eq(carriers.id, id))
        .returning();
      if (contacts) await replaceContacts(tx, after!, contacts);
      await recordAudit(tx, ctx, { entity: 'carrier', entityId: id, action: 'update', before, after: contacts ? { ...after, contacts } : after, tenantId: before.tenantId });
      await publishEvent(tx, ctx, 'carrier.updated', eventPayload(after!), { tenantId: before.tenantId });
      await queueSyncPush(tx, { tenantId: before.tenantId, entity: 'carrier', entityId: id });
      return carrierView(after!);
    }),
  );
}

/** Deletes a carrier without interconnects (their deletion comes first, each confirmed); contacts, balances and user links go with it. */
export async function deleteCarrier({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<{ id: string }> {
  const scope = await class4WriteScope(ctx);
  const { id } = parseInput(idInputSchema, input);
  return withRuleErrors(() =>
    scope.run(async (tx, ctx) => {
      const before = await loadCarrier(tx, scope, id, true);
      const [first] = await tx.select({ id: carrierInterconnects.id, name: carrierInterconnects.name }).from(carrierInterconnects).where(eq(carrierInterconnects.carrierId, id)).orderBy(asc(carrierInterconnects.name)).limit(1);
      if (first) throw new RuleViolationError('carrier_interconnects_carrier_fk', `delete interconnect ${first.name} (${first.id}) first`);
      await tx.delete(carriers).where(eq(carriers.id, id));
      await recordAudit(tx, ctx, { entity: 'carrier', entityId: id, action: 'delete', before, tenantId: before.tenantId });
      await publishEvent(tx, ctx, 'carrier.deleted', eventPayload(before), { tenantId: before.tenantId });
      await queueSyncPush(tx, { tenantId: before.tenantId, entity: 'carrier', entityId: id });
      return { id };
    }),
  );
}

/** One carrier with contacts, balances (net exposure and alerts), linked users and counts. */
export async function getCarrier({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<CarrierDetailView> {
  const scope = await class4Scope(ctx, 'class4.read');
  const { id } = parseInput(idInputSchema, input);
  return scope.run(async (tx) => {
    const row = await loadCarrier(tx, scope, id);
    const contacts = await tx.select().from(carrierContacts).where(eq(carrierContacts.carrierId, id)).orderBy(asc(carrierContacts.kind), asc(carrierContacts.name));
    const balances = await tx.select().from(carrierBalances).where(eq(carrierBalances.carrierId, id)).orderBy(asc(carrierBalances.currency));
    const linked = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(carrierUsers)
      .innerJoin(users, eq(users.id, carrierUsers.userId))
      .where(eq(carrierUsers.carrierId, id))
      .orderBy(asc(users.name))
      .limit(100);
    const [ic] = await tx.select({ n: count() }).from(carrierInterconnects).where(eq(carrierInterconnects.carrierId, id));
    const [sv] = await tx.select({ n: count() }).from(carrierServices).where(eq(carrierServices.carrierId, id));
    return {
      ...carrierView(row),
      contacts: contacts.map(contactView),
      balances: balances.map((b) => balanceView(b, row)),
      users: linked,
      counts: { interconnects: ic?.n ?? 0, services: sv?.n ?? 0 },
    };
  });
}

export const carrierListSpec = defineListSpec<'name' | 'createdAt' | 'code', 'type' | 'status' | 'tenant'>({
  sortable: { name: carriers.name, createdAt: carriers.createdAt, code: carriers.code },
  defaultSort: 'name',
  filters: {
    type: { column: carriers.type, values: carrierTypes },
    status: { column: carriers.status, values: carrierStatuses },
    tenant: { column: carriers.tenantId, schema: z.uuid({ error: 'must be a tenant id' }) },
  },
  searchColumns: [carriers.name, carriers.code],
});

/** Carriers by name (keyset): every brand's for platform staff, its own for a carrier user. */
export async function listCarriers({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  const scope = await class4Scope(ctx, 'class4.read');
  const query = parseListQuery(input, carrierListSpec);
  const confine = scope.kind === 'carrier' ? eq(carriers.id, scope.carrierId) : undefined;
  const page = await scope.run((tx) =>
    paginate(query, { id: carriers.id }, (k) =>
      tx
        .select({
          row: carriers,
          interconnects: sql<number>`(select count(*)::int from carrier_interconnects i where i.carrier_id = ${carriers.id})`,
          services: sql<number>`(select count(*)::int from carrier_services s where s.carrier_id = ${carriers.id})`,
          ...k.select,
        })
        .from(carriers)
        .where(and(confine, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
  return { ...page, items: page.items.map((i) => ({ ...carrierView(i.row), interconnectCount: i.interconnects, serviceCount: i.services })) };
}

/** Links carrier users (role carrier_user, same brand) to the carrier: the list replaces the links. */
export async function linkCarrierUsers({ ctx, input }: { ctx: Ctx; input: InputOf<typeof linkCarrierUsersSchema> }): Promise<{ userIds: string[] }> {
  const scope = await class4WriteScope(ctx);
  const { id, userIds } = parseInput(linkCarrierUsersSchema, input);
  const wanted = [...new Set(userIds)];
  return withRuleErrors(() =>
    scope.run(async (tx, ctx) => {
      const carrier = await loadCarrier(tx, scope, id, true);
      const found = wanted.length
        ? await tx
            .select({ id: users.id, role: users.role })
            .from(users)
            .where(and(eq(users.tenantId, carrier.tenantId), inArray(users.id, wanted)))
        : [];
      wanted.forEach((u, i) => {
        const user = found.find((f) => f.id === u);
        if (!user) throw new ValidationError([{ path: `userIds.${i}`, message: 'choose a user of the carrier’s brand' }]);
        if (user.role !== 'carrier_user') throw new ValidationError([{ path: `userIds.${i}`, message: 'only carrier users can be linked to a carrier' }]);
      });
      const before = await tx.select({ userId: carrierUsers.userId }).from(carrierUsers).where(eq(carrierUsers.carrierId, id));
      await tx.delete(carrierUsers).where(eq(carrierUsers.carrierId, id));
      // A user acts for one carrier: linking here moves it from another.
      if (wanted.length) {
        await tx.delete(carrierUsers).where(inArray(carrierUsers.userId, wanted));
        await tx.insert(carrierUsers).values(wanted.map((userId) => ({ tenantId: carrier.tenantId, carrierId: id, userId })));
      }
      await recordAudit(tx, ctx, { entity: 'carrier', entityId: id, action: 'users.link', before: before.map((b) => b.userId), after: wanted, tenantId: carrier.tenantId });
      await publishEvent(tx, ctx, 'carrier.updated', eventPayload(carrier), { tenantId: carrier.tenantId });
      return { userIds: wanted };
    }),
  );
}
