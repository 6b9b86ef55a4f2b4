import { count, desc, eq } from 'drizzle-orm';
import { ratePlanRows, ratePlanVersions } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../access';
import { idInputSchema } from '../schemas';
import { ratePlanVersionView, ratePlanView, type RatePlanVersionView, type RatePlanView } from '../views';
import { loadPlan, loadVersion } from './load';

/** A plan with its versions, newest first (a plan keeps few versions; each with its row count). */
export async function getRatePlan({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<RatePlanView & { versions: RatePlanVersionView[] }> {
  const scope = await ratesScope(ctx, 'rates.read');
  const { id } = parseInput(idInputSchema, input);
  return scope.run(async (tx) => {
    const plan = await loadPlan(tx, id);
    const versions = await tx
      .select({ v: ratePlanVersions, rows: count(ratePlanRows.id) })
      .from(ratePlanVersions)
      .leftJoin(ratePlanRows, eq(ratePlanRows.versionId, ratePlanVersions.id))
      .where(eq(ratePlanVersions.planId, id))
      .groupBy(ratePlanVersions.id)
      .orderBy(desc(ratePlanVersions.number))
      .limit(500);
    return { ...ratePlanView(plan), versions: versions.map((r) => ratePlanVersionView(r.v, r.rows)) };
  });
}

/** One version of a plan. */
export async function getRatePlanVersion({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<RatePlanVersionView> {
  const scope = await ratesScope(ctx, 'rates.read');
  const { id } = parseInput(idInputSchema, input);
  return scope.run(async (tx) => {
    const version = await loadVersion(tx, id);
    const [n] = await tx.select({ n: count() }).from(ratePlanRows).where(eq(ratePlanRows.versionId, id));
    return ratePlanVersionView(version, n?.n ?? 0);
  });
}
