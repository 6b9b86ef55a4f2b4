import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rateImportRules, rateImportRuleSets, type RateImportRuleSetRow } from '@/db/schema';
import type { ImportRuleKind } from '@/db/schema/rates-values';
import { NotFoundError } from '@/lib/errors';
import { withDefaults, type StoredRule } from '../schemas';

export async function loadRuleSet(tx: Tx, id: string, lock = false): Promise<RateImportRuleSetRow> {
  const query = tx.select().from(rateImportRuleSets).where(eq(rateImportRuleSets.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('Import rule set not found');
  return row;
}

/** Writes the given rules of a set (each replaces the stored one). */
export async function writeRules(tx: Tx, set: RateImportRuleSetRow, rules: Partial<Record<ImportRuleKind, StoredRule>>): Promise<void> {
  const values = (Object.entries(rules) as Array<[ImportRuleKind, StoredRule]>).map(([rule, r]) => ({ tenantId: set.tenantId, ruleSetId: set.id, rule, action: r.action, threshold: r.threshold, allowed: r.allowed }));
  if (!values.length) return;
  await tx
    .insert(rateImportRules)
    .values(values)
    .onConflictDoUpdate({ target: [rateImportRules.ruleSetId, rateImportRules.rule], set: { action: sql`excluded.action`, threshold: sql`excluded.threshold`, allowed: sql`excluded.allowed` } });
}

/** Every rule of a set (a kind without a row reads as its default). */
export async function rulesOf(tx: Tx, setId: string): Promise<Record<ImportRuleKind, StoredRule>> {
  return withDefaults(await tx.select().from(rateImportRules).where(eq(rateImportRules.ruleSetId, setId)));
}
