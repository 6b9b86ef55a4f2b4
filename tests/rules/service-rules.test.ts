import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkServices, serviceFolders } from './service-rules';

/**
 * Writes that are deliberately not audited, or whose permission is not a matrix entry, each with
 * its reason. A new entry here needs a decision (docs/DECISIONS.md), not a shrug.
 */
const EXCEPTIONS: Record<string, string> = {
  'pullFromConnexcs:audit-in-transaction': 'the scheduled ConnexCS pull (system actor) records itself as a sync_runs row (counts and every finding) and flags conflicts on their sync items; a person resolving a conflict is audited (resolveSyncConflict)',
  'pushSyncItem:audit-in-transaction': 'the ConnexCS push job (system actor) records each attempt on its sync item (status, attempts, error, value sent): the item is the record; the write that caused the push was audited',
  'markNotificationsRead:audit-in-transaction': 'per-user read marks on notifications: personal UI state, not a change to audit',
  'endImpersonation:permission-first': 'only the impersonated session itself may end it: the first statement requires ctx.actor.impersonatorId',
};

const head = `import { z } from 'zod';\n`;

describe('service rules (permission first, audit in the transaction)', () => {
  it('every service of lib/<domain>/services that writes keeps them', () => {
    const violations = serviceFolders(path.resolve(import.meta.dirname, '../..')).flatMap(({ files }) => checkServices(files, EXCEPTIONS));
    expect(violations).toEqual([]);
  });

  it('every exception is still needed (a fixed service leaves the list)', () => {
    const all = serviceFolders(path.resolve(import.meta.dirname, '../..')).flatMap(({ files }) => checkServices(files));
    expect(all.map((v) => `${v.service}:${v.rule}`).sort()).toEqual(Object.keys(EXCEPTIONS).sort());
  });

  it('fails on a planted service that writes without checking a permission first', () => {
    const planted = `${head}
export async function renameThing({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const { id } = parseInput(z.object({ id: z.uuid() }), input);
  assertPermission(ctx, 'tenants.write');
  return platformTx(ctx, async (tx) => {
    await tx.update(things).set({ name: 'x' }).where(eq(things.id, id));
    await recordAudit(tx, ctx, { entity: 'tenant', entityId: id, action: 'update' });
  });
}`;
    expect(checkServices({ 'lib/planted/services/rename-thing.ts': planted })).toEqual([
      expect.objectContaining({ service: 'renameThing', rule: 'permission-first' }),
    ]);
  });

  it('fails on a planted service that writes and records no audit event, or records it outside its transaction', () => {
    const silent = `${head}
export async function deleteThing({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  assertPermission(ctx, 'tenants.write');
  await platformTx(ctx, (tx) => tx.delete(things).where(eq(things.id, input.id)));
}`;
    const outside = `${head}
export async function addThing({ ctx, input }: { ctx: Ctx; input: { name: string } }) {
  const scope = userScope(ctx, 'users.write');
  const row = await scope.run((tx) => tx.insert(things).values({ name: input.name }).returning());
  await platformTx(ctx, async () => {});
  await recordAudit(db, ctx, { entity: 'user', entityId: row.id, action: 'invite' });
}`;
    const raw = `${head}
export async function touchThing({ ctx }: { ctx: Ctx; input: unknown }) {
  assertPermission(ctx, 'system.write');
  await tenantTx(ctx, ctx.tenant.id, (tx) => tx.execute(sql\`update things set seen = now()\`));
}`;
    expect(checkServices({ 'a.ts': silent, 'b.ts': outside, 'c.ts': raw })).toEqual([
      expect.objectContaining({ service: 'deleteThing', rule: 'audit-in-transaction', message: 'deleteThing writes but records no audit event' }),
      expect.objectContaining({ service: 'addThing', rule: 'audit-in-transaction', message: 'addThing records its audit event outside its transaction' }),
      expect.objectContaining({ service: 'touchThing', rule: 'audit-in-transaction' }),
    ]);
  });

  it('follows a shared body in the same folder (acknowledge/resolve -> changeAlert) and ignores reads', () => {
    const shared = `${head}
export async function changeThing(ctx: Ctx, id: string) {
  assertPermission(ctx, 'system.write');
  return platformTx(ctx, async (tx) => {
    await tx.update(things).set({ seen: true });
    await recordAudit(tx, ctx, { entity: 'alert', entityId: id, action: 'resolve' });
  });
}`;
    const caller = `${head}
export async function resolveThing({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  return changeThing(ctx, input.id);
}
export async function listThings({ ctx }: { ctx: Ctx; input: unknown }) {
  return platformTx(ctx, (tx) => tx.select().from(things));
}`;
    expect(checkServices({ 'change-thing.ts': shared, 'resolve-thing.ts': caller })).toEqual([]);
    // The same caller without the shared body's check is caught.
    expect(checkServices({ 'change-thing.ts': shared.replace("assertPermission(ctx, 'system.write');", ''), 'resolve-thing.ts': caller })).toEqual([
      expect.objectContaining({ service: 'resolveThing', rule: 'permission-first' }),
    ]);
  });
});
