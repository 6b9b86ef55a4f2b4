import { and, asc, eq, sql } from 'drizzle-orm';
import { ratePlanRows } from '@/db/schema';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { microToDecimal } from '../money';
import { customerPlanOf } from './customer-plan';
import { parseWhen, whenFilter } from './list-my-rates';

const PAGE = 1000;
const HEADER = 'prefix,destination,rate_per_minute,connection_fee,initial_increment,subsequent_increment,minimum_charge,effective_from,effective_to,blocked,currency\n';

/** A CSV cell: quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The caller's rates (current or upcoming) as CSV, streamed a page of 1000 rows at a time (keyset
 * on prefix, effective_from, id): memory stays flat whatever the plan's size. Each page is its own
 * short transaction; a published version never changes, so the pages read one consistent deck.
 * The plan is resolved (and access checked) before the first byte: a customer without a plan gets 404.
 */
export async function exportMyRates({ ctx, input }: { ctx: Ctx; input: URLSearchParams }): Promise<{ filename: string; stream: ReadableStream<Uint8Array> }> {
  assertPermission(ctx, 'portal.use');
  const when = parseWhen(input);
  const mine = await tenantTx(ctx, ctx.tenant.id, (tx, ctx) => customerPlanOf(tx, ctx));
  if (!mine) throw new NotFoundError('No rate plan is assigned to your account');
  const encoder = new TextEncoder();
  let after: { prefix: string; from: Date; id: string } | null = null;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(HEADER));
        return;
      }
      const cursor = after;
      const rows = await tenantTx(ctx, ctx.tenant.id, (tx) =>
        tx
          .select()
          .from(ratePlanRows)
          .where(
            and(
              eq(ratePlanRows.versionId, mine.versionId),
              whenFilter(when),
              cursor ? sql`(${ratePlanRows.prefix}, ${ratePlanRows.effectiveFrom}, ${ratePlanRows.id}) > (${cursor.prefix}, ${cursor.from.toISOString()}::timestamptz, ${cursor.id}::uuid)` : undefined,
            ),
          )
          .orderBy(asc(ratePlanRows.prefix), asc(ratePlanRows.effectiveFrom), asc(ratePlanRows.id))
          .limit(PAGE),
      );
      if (rows.length === 0) {
        controller.close();
        return;
      }
      const last = rows[rows.length - 1]!;
      after = { prefix: last.prefix, from: last.effectiveFrom, id: last.id };
      const lines = rows.map((r) =>
        [
          r.prefix,
          csvCell(r.destination),
          microToDecimal(r.rateMicro),
          microToDecimal(r.connectionFeeMicro),
          String(r.initialIncrement),
          String(r.subsequentIncrement),
          microToDecimal(r.minimumChargeMicro),
          r.effectiveFrom.toISOString(),
          r.effectiveTo?.toISOString() ?? '',
          r.blocked ? 'true' : 'false',
          mine.plan.currency,
        ].join(','),
      );
      controller.enqueue(encoder.encode(`${lines.join('\n')}\n`));
      if (rows.length < PAGE) controller.close();
    },
  });
  const slug = mine.plan.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'rates';
  return { filename: `${slug}-${when}.csv`, stream };
}
