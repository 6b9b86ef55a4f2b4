import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { ImportRuleKind } from '@/db/schema/rates-values';
import { unscaleDecimal } from '@/lib/exact-decimal';
import type { StoredRule } from './schemas';

export type BreachCounts = { alert: number; reject: number; block: number };

const rateText = (column: SQL) => sql`trim_scale(${column}::numeric / 1000000)::text`;
const when = sql`to_char(effective_from at time zone 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC'`;

/**
 * What each rule finds among the staged rows `d` (each with its live rate `old_rate`, null when the
 * prefix is new) and how it says why. Thresholds are compared as integers: a change limit of 25.00 %
 * (2500 bp) is breached when (new - old) * 10000 > 2500 * old.
 */
function breachesOf(kind: ImportRuleKind, rule: StoredRule, receivedAt: Date): SQL {
  const received = sql`${receivedAt.toISOString()}::timestamptz`;
  const days = rule.threshold ?? 0;
  const notice = sql`effective_from < ${received} + make_interval(days => ${days}::int)`;
  const arrived = sql`to_char(${received} at time zone 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC'`;
  const change = sql`${rateText(sql`old_rate`)} || ' -> ' || ${rateText(sql`rate_micro`)}`;
  const percent = sql`round(abs(rate_micro - old_rate) * 100::numeric / old_rate, 2)::text || ' %'`;
  const limit = `${unscaleDecimal(rule.threshold ?? 0, 2)} %`;
  const allowed = rule.allowed ?? [];
  const select = (where: SQL, detail: SQL) => sql`select row, prefix, ${kind}::text as rule, ${rule.action}::text as action, ${detail} as detail from d where ${where}`;
  const tooSoon = (what: SQL) => sql`${what} || ' effective ' || ${when} || ': less than ' || ${days}::int || ' days after the deck arrived (' || ${arrived} || ')'`;
  switch (kind) {
    case 'increase_notice':
      return select(sql`old_rate is not null and rate_micro > old_rate and ${notice}`, tooSoon(sql`'increase ' || ${change}`));
    case 'decrease_notice':
      return select(sql`old_rate is not null and rate_micro < old_rate and ${notice}`, tooSoon(sql`'decrease ' || ${change}`));
    case 'new_notice':
      return select(sql`old_rate is null and ${notice}`, tooSoon(sql`'new code'`));
    case 'max_increase':
      return select(sql`old_rate > 0 and (rate_micro - old_rate) * 10000 > ${rule.threshold ?? 0}::bigint * old_rate`, sql`'increase ' || ${change} || ' is +' || ${percent} || ', above the maximum of ' || ${limit}::text`);
    case 'max_decrease':
      return select(sql`old_rate > 0 and (old_rate - rate_micro) * 10000 > ${rule.threshold ?? 0}::bigint * old_rate`, sql`'decrease ' || ${change} || ' is -' || ${percent} || ', above the maximum of ' || ${limit}::text`);
    case 'initial_increments':
      return select(sql`not (initial_increment = any(${`{${allowed.join(',')}}`}::int[]))`, sql`'initial increment ' || initial_increment || ' s is not one of ' || ${allowed.join(', ')}::text || ' s'`);
    case 'subsequent_increments':
      return select(sql`not (subsequent_increment = any(${`{${allowed.join(',')}}`}::int[]))`, sql`'subsequent increment ' || subsequent_increment || ' s is not one of ' || ${allowed.join(', ')}::text || ' s'`);
  }
}

/**
 * Checks the staged deck rows (temporary table `deck_rows`) against a supplier import rule set
 * (issue 13 item 4; Digitalk's Business Rules) and applies each breach's action:
 *   alert  - the row is imported and listed;
 *   reject - the row stays out; a prefix left with no row keeps its live row (the rate does not
 *            change, it is not removed);
 *   block  - the row is imported blocked (calls to it are refused).
 * When a row breaches several rules, reject wins over block. Every breach is recorded
 * (rate_import_breaches). All in the import's transaction, set-wise (one statement per step).
 */
export async function applyImportRules(
  tx: Tx,
  { tenantId, importId, liveVersionId, receivedAt, rules }: { tenantId: string; importId: string; liveVersionId: string | null; receivedAt: Date; rules: Record<ImportRuleKind, StoredRule> },
): Promise<BreachCounts> {
  const active = (Object.entries(rules) as Array<[ImportRuleKind, StoredRule]>).filter(([, r]) => r.action !== 'none');
  const counts: BreachCounts = { alert: 0, reject: 0, block: 0 };
  if (!active.length) return counts;
  await tx.execute(sql`
    create temporary table live_rates on commit drop as
      select distinct on (prefix) prefix, destination, rate_micro, connection_fee_micro, initial_increment, subsequent_increment, effective_from, blocked
        from rate_plan_rows where version_id = ${liveVersionId}::uuid order by prefix, effective_from desc`);
  await tx.execute(sql`create index on live_rates (prefix)`);
  await tx.execute(sql`analyze live_rates`);
  const found = await tx.execute<{ action: keyof BreachCounts; n: number }>(sql`
    with d as (
      select d.row, d.prefix, d.rate_micro, d.initial_increment, d.subsequent_increment, d.effective_from, l.rate_micro as old_rate
        from deck_rows d left join live_rates l on l.prefix = d.prefix
    ), b as (${sql.join(
      active.map(([kind, rule]) => breachesOf(kind, rule, receivedAt)),
      sql` union all `,
    )}), ins as (
      insert into rate_import_breaches (tenant_id, import_id, row, prefix, rule, action, detail)
      select ${tenantId}, ${importId}, row, prefix, rule, action, left(detail, 500) from b
      returning action
    ) select action, count(*)::int as n from ins group by action`);
  for (const f of found) counts[f.action] = Number(f.n);
  if (counts.reject) {
    await tx.execute(sql`delete from deck_rows d using rate_import_breaches b where b.import_id = ${importId} and b.action = 'reject' and d.row = b.row`);
    // A rejected change keeps the live rate: the prefix's live row goes into the draft unchanged
    // (unless the deck has another, accepted row for it).
    await tx.execute(sql`
      insert into deck_rows (row, prefix, destination, rate_micro, connection_fee_micro, initial_increment, subsequent_increment, effective_from, flag, blocked)
      select distinct on (l.prefix) b.row, l.prefix, l.destination, l.rate_micro, l.connection_fee_micro, l.initial_increment, l.subsequent_increment, l.effective_from, 'kept', l.blocked
        from rate_import_breaches b join live_rates l on l.prefix = b.prefix
       where b.import_id = ${importId} and b.action = 'reject' and not exists (select 1 from deck_rows d where d.prefix = b.prefix)
       order by l.prefix, b.row`);
  }
  if (counts.block)
    await tx.execute(sql`update deck_rows d set blocked = true from rate_import_breaches b where b.import_id = ${importId} and b.action = 'block' and d.row = b.row and d.flag is distinct from 'kept'`);
  return counts;
}
