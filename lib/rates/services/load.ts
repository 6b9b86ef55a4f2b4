import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { ratePlans, ratePlanVersions, type RatePlanRow, type RatePlanVersionRow } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { RateRuleError } from '../constraints';

export async function loadPlan(tx: Tx, id: string, lock = false): Promise<RatePlanRow> {
  const query = tx.select().from(ratePlans).where(eq(ratePlans.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('Rate plan not found');
  return row;
}

export async function loadVersion(tx: Tx, id: string, lock = false): Promise<RatePlanVersionRow> {
  const query = tx.select().from(ratePlanVersions).where(eq(ratePlanVersions.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('Rate plan version not found');
  return row;
}

/** The version, locked, which must be a draft (the service's half of the immutability rule). */
export async function loadDraft(tx: Tx, id: string): Promise<RatePlanVersionRow> {
  const version = await loadVersion(tx, id, true);
  if (version.status !== 'draft') throw new RateRuleError('rate_plan_versions_immutable', `version ${version.number} (${version.id}) is ${version.status}`);
  return version;
}
