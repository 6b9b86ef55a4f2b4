import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../access';
import { rateLookupSchema } from '../schemas';
import { microToDecimal } from '../money';
import { loadPlan } from './load';

export type RateMatch = {
  planId: string;
  versionId: string;
  rowId: string;
  prefix: string;
  destination: string;
  currency: string;
  rateMicro: number;
  connectionFeeMicro: number;
  initialIncrement: number;
  subsequentIncrement: number;
  minimumChargeMicro: number;
  blocked: boolean;
  effectiveFrom: Date;
  effectiveTo: Date | null;
};

/** Every prefix of a digit string, longest first: "4420" -> ["4420", "442", "44", "4"]. */
export function prefixesOf(digits: string): string[] {
  return Array.from({ length: digits.length }, (_, i) => digits.slice(0, digits.length - i));
}

/**
 * The rate for a number at an instant: the longest prefix of the number among the rows of the
 * plan's published version effective at `at` (effective_from <= at < effective_to). One indexed
 * query: every prefix of the number in an array, longest first. null = no rate (the call is not
 * rated/routed); a blocked row is returned with blocked = true (the caller refuses the call).
 * For routing and rating (server side, inside the caller's transaction: no permission check).
 */
export async function rateFor(tx: Tx, planId: string, digits: string, at: Date): Promise<RateMatch | null> {
  if (!/^[0-9]{1,15}$/.test(digits)) return null;
  const rows = await tx.execute<{
    plan_id: string; version_id: string; row_id: string; prefix: string; destination: string; currency: string; rate_micro: string; connection_fee_micro: string;
    initial_increment: number; subsequent_increment: number; minimum_charge_micro: string; blocked: boolean; effective_from: string | Date; effective_to: string | Date | null;
  }>(sql`
    select p.id as plan_id, v.id as version_id, r.id as row_id, r.prefix, r.destination, p.currency, r.rate_micro, r.connection_fee_micro,
           r.initial_increment, r.subsequent_increment, r.minimum_charge_micro, r.blocked, r.effective_from, r.effective_to
      from rate_plans p
      join rate_plan_versions v on v.plan_id = p.id and v.status = 'published'
      join rate_plan_rows r on r.version_id = v.id
     where p.id = ${planId}
       and r.prefix in (${sql.join(prefixesOf(digits).map((x) => sql`${x}`), sql`, `)})
       and r.effective_from <= ${at.toISOString()}::timestamptz
       and (r.effective_to is null or r.effective_to > ${at.toISOString()}::timestamptz)
     order by length(r.prefix) desc
     limit 1`);
  const r = (rows as unknown as Array<Record<string, unknown>>)[0];
  if (!r) return null;
  return rateMatchOf(r);
}

/**
 * rateFor for many numbers of one plan at one instant, in one query (a lateral longest-prefix
 * lookup per number on the same index): the route table check prices a batch of prefixes per
 * supplier plan this way. Numbers that are not 1-15 digits, or have no rate, are absent from the map.
 */
export async function ratesFor(tx: Tx, planId: string, numbers: readonly string[], at: Date): Promise<Map<string, RateMatch>> {
  const digits = [...new Set(numbers.filter((d) => /^[0-9]{1,15}$/.test(d)))];
  const out = new Map<string, RateMatch>();
  if (!digits.length) return out;
  const rows = await tx.execute<Record<string, unknown>>(sql`
    select d.n as number, p.id as plan_id, v.id as version_id, r.id as row_id, r.prefix, r.destination, p.currency, r.rate_micro, r.connection_fee_micro,
           r.initial_increment, r.subsequent_increment, r.minimum_charge_micro, r.blocked, r.effective_from, r.effective_to
      from unnest(${`{${digits.join(',')}}`}::text[]) as d(n)
      join rate_plans p on p.id = ${planId}
      join rate_plan_versions v on v.plan_id = p.id and v.status = 'published'
      join lateral (
        select x.* from rate_plan_rows x
         where x.version_id = v.id
           and x.prefix = any(array(select left(d.n, k) from generate_series(1, length(d.n)) k))
           and x.effective_from <= ${at.toISOString()}::timestamptz
           and (x.effective_to is null or x.effective_to > ${at.toISOString()}::timestamptz)
         order by length(x.prefix) desc
         limit 1
      ) r on true`);
  for (const r of rows as unknown as Array<Record<string, unknown>>) {
    out.set(r.number as string, rateMatchOf(r));
  }
  return out;
}

/** The lookup as a service (API and admin "test a number"): rates.read, then rateFor in the plan's scope. */
export async function lookupRate({ ctx, input }: { ctx: Ctx; input: InputOf<typeof rateLookupSchema> }) {
  const scope = await ratesScope(ctx, 'rates.read');
  const data = parseInput(rateLookupSchema, input);
  const at = data.at ?? new Date();
  return scope.run(async (tx) => {
    await loadPlan(tx, data.planId);
    const match = await rateFor(tx, data.planId, data.number, at);
    return {
      number: data.number,
      at: at.toISOString(),
      match: match && {
        ...match,
        rate: microToDecimal(match.rateMicro),
        connectionFee: microToDecimal(match.connectionFeeMicro),
        minimumCharge: microToDecimal(match.minimumChargeMicro),
        effectiveFrom: match.effectiveFrom.toISOString(),
        effectiveTo: match.effectiveTo?.toISOString() ?? null,
      },
    };
  });
}

/** A matched row of the lookup queries (snake_case columns of raw SQL) as a RateMatch. */
function rateMatchOf(r: Record<string, unknown>): RateMatch {
  return {
    planId: r.plan_id as string,
    versionId: r.version_id as string,
    rowId: r.row_id as string,
    prefix: r.prefix as string,
    destination: r.destination as string,
    currency: r.currency as string,
    rateMicro: Number(r.rate_micro),
    connectionFeeMicro: Number(r.connection_fee_micro),
    initialIncrement: Number(r.initial_increment),
    subsequentIncrement: Number(r.subsequent_increment),
    minimumChargeMicro: Number(r.minimum_charge_micro),
    blocked: r.blocked as boolean,
    effectiveFrom: new Date(r.effective_from as string),
    effectiveTo: r.effective_to ? new Date(r.effective_to as string) : null,
  };
}
