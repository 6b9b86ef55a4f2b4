import postgres from 'postgres';

/**
 * The fake ConnexCS's own state, in its own PostgreSQL schema (default `fake_connexcs`), created by
 * the fake itself (never by the app's migrations). It plays the part of ConnexCS's servers: the
 * companies, cards, routing, payments, DIDs and the call log (every attempt; `POST cdr` serves the
 * connected ones, the statistics endpoint counts them all).
 */

export type Sql = postgres.Sql;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`fake ConnexCS: invalid schema name "${schema}"`);
  return schema;
}

export function connect(databaseUrl: string): Sql {
  return postgres(databaseUrl, { max: 4, onnotice: () => {}, idle_timeout: 30 });
}

/** Creates the schema and its tables when missing (idempotent: a restart keeps the state). */
export async function ensureSchema(sql: Sql, s: string, seed: number): Promise<number> {
  await sql.unsafe(`
    create schema if not exists ${s};
    create table if not exists ${s}.state (key text primary key, value jsonb not null);
    create table if not exists ${s}.company (
      id serial primary key,
      kind text not null check (kind in ('customer', 'provider')),
      name text not null,
      status text not null default 'Active',
      credit numeric(20, 6) not null default 0,
      debit_limit numeric(20, 6) not null default 0,
      currency text not null default 'USD',
      channels int,
      cps int,
      created_at timestamptz not null default now()
    );
    create table if not exists ${s}.switch_ip (
      id serial primary key,
      company_id int not null references ${s}.company(id) on delete cascade,
      ip text not null,
      tech_prefix text not null default '',
      direction text not null default 'ingress'
    );
    create table if not exists ${s}.card (
      id text primary key,
      company_id int not null references ${s}.company(id) on delete cascade,
      name text not null,
      direction text not null check (direction in ('customer', 'provider')),
      currency text not null default 'USD',
      strategy text not null default 'lcr',
      active_rev int not null default 0
    );
    create table if not exists ${s}.card_rule (
      card_id text not null references ${s}.card(id) on delete cascade,
      rev int not null,
      prefix text not null,
      name text not null default '',
      cost numeric(20, 6) not null,
      connect numeric(20, 6) not null default 0,
      mcd int not null default 1,
      pulse int not null default 1,
      status text not null default 'Active',
      primary key (card_id, rev, prefix)
    );
    create table if not exists ${s}.routing (
      id serial primary key,
      company_id int not null references ${s}.company(id) on delete cascade,
      card_id text not null references ${s}.card(id) on delete cascade,
      name text not null default '',
      unique (company_id, card_id)
    );
    create table if not exists ${s}.payment (
      id serial primary key,
      company_id int not null references ${s}.company(id) on delete cascade,
      amount numeric(20, 6) not null,
      currency text not null,
      description text not null default '',
      method text not null default 'API',
      status text not null default 'Completed',
      payment_time timestamptz not null default now()
    );
    create table if not exists ${s}.did (
      id serial primary key,
      did text not null unique,
      customer_id int references ${s}.company(id) on delete set null,
      package_id int
    );
    create table if not exists ${s}.call (
      seq bigint primary key,
      dt timestamp(0) not null,
      callid text not null,
      branch_idx int not null default 0,
      customer_id int,
      provider_id int,
      source_cli text not null,
      dest_number text not null,
      customer_card_dest_code text,
      customer_card_dest_name text,
      duration int not null,
      customer_duration int not null,
      customer_card_rate numeric(20, 6),
      customer_charge numeric(20, 6) not null,
      customer_card_currency text,
      provider_duration int not null,
      provider_card_rate numeric(20, 6),
      provider_charge numeric(20, 6) not null,
      provider_card_currency text,
      pdd_in int not null,
      pdd_out int not null,
      ring_duration int not null,
      sip_code int not null,
      sip_reason text not null,
      release_reason text not null,
      version int not null default 1
    );
    create index if not exists call_dt on ${s}.call (dt, seq);
    create index if not exists call_callid on ${s}.call (callid, branch_idx);
    -- A deterministic uniform number in (0, 1) from (seed, i, salt): the generator's only randomness
    -- (PostgreSQL's 64-bit integer hash: stable for a given PostgreSQL major version).
    create or replace function ${s}.u(seed bigint, i bigint, salt int) returns double precision
      language sql immutable parallel safe
      as $$ select (((hashint8extended(i * 64 + salt, seed) >> 16) & 281474976710655)::double precision + 0.5) / 281474976710656.0 $$;
  `);
  // The first start fixes the seed; a restart keeps it (the generated history must stay reproducible).
  await sql.unsafe(`insert into ${s}.state (key, value) values ('seed', $1::text::jsonb), ('next_seq', '0'::jsonb) on conflict (key) do nothing`, [JSON.stringify(seed)]);
  const [row] = await sql.unsafe<{ value: number }[]>(`select value from ${s}.state where key = 'seed'`);
  return Number(row!.value);
}

export async function getState<T>(sql: Sql, s: string, key: string): Promise<T | undefined> {
  const [row] = await sql.unsafe<{ value: T }[]>(`select value from ${s}.state where key = $1`, [key]);
  return row?.value;
}

export async function setState(sql: Sql, s: string, key: string, value: unknown): Promise<void> {
  await sql.unsafe(`insert into ${s}.state (key, value) values ($1, $2::text::jsonb) on conflict (key) do update set value = excluded.value`, [key, JSON.stringify(value)]);
}

/** SIP failure mix of a wholesale route: [code, reason, release reason, cumulative share]. */
const FAILURES: Array<[number, string, string, number]> = [
  [486, 'Busy Here', 'USER_BUSY', 0.3],
  [480, 'Temporarily Unavailable', 'NO_USER_RESPONSE', 0.5],
  [487, 'Request Terminated', 'ORIGINATOR_CANCEL', 0.7],
  [404, 'Not Found', 'UNALLOCATED_NUMBER', 0.8],
  [503, 'Service Unavailable', 'NORMAL_TEMPORARY_FAILURE', 0.9],
  [408, 'Request Timeout', 'RECOVERY_ON_TIMER_EXPIRE', 0.95],
  [403, 'Forbidden', 'CALL_REJECTED', 0.98],
  [502, 'Bad Gateway', 'NETWORK_OUT_OF_ORDER', 1],
];

function failureCase(column: 'code' | 'reason' | 'release'): string {
  const idx = column === 'code' ? 0 : column === 'reason' ? 1 : 2;
  const whens = FAILURES.map((f) => `when c.uf < ${f[3]} then ${idx === 0 ? f[0] : `'${f[idx]}'`}`).join(' ');
  return `case ${whens} else ${idx === 0 ? FAILURES.at(-1)![0] : `'${FAILURES.at(-1)![idx]}'`} end`;
}

/** Billed seconds of a call on a card rule: up to the whole second, then MCD, then Pulse steps. */
const billed = (ms: string, mcd: string, pulse: string) =>
  `(case when ${ms} <= 0 then 0 when ceil(${ms} / 1000.0) <= ${mcd} then ${mcd} else ${mcd} + ceil((ceil(${ms} / 1000.0) - ${mcd}) / greatest(${pulse}, 1)::numeric)::int * greatest(${pulse}, 1) end)`;

/** The one statement that generates a window's calls: $1 seed, $2 first seq, $3 count, $4 from, $5 cps. */
export function generationSql(s: string): string {
  return `
      with ch as (
        select (row_number() over (order by r.company_id, cr.prefix, r.card_id) - 1)::int as k,
               r.company_id as customer_id, comp.status as customer_status,
               cr.prefix, cr.name as dest_name, cr.cost as c_cost, cr.connect as c_connect, cr.mcd as c_mcd, cr.pulse as c_pulse, cd.currency as c_cur,
               p.provider_id, p.cost as p_cost, p.connect as p_connect, p.mcd as p_mcd, p.pulse as p_pulse, p.currency as p_cur,
               0.30 + 0.45 * ${s}.u($1, hashtext(cr.prefix)::bigint, 99) as asr
        from ${s}.routing r
        join ${s}.company comp on comp.id = r.company_id and comp.kind = 'customer'
        join ${s}.card cd on cd.id = r.card_id
        join ${s}.card_rule cr on cr.card_id = cd.id and cr.rev = cd.active_rev and cr.status = 'Active'
        left join lateral (
          select pc.company_id as provider_id, pr.cost, pr.connect, pr.mcd, pr.pulse, pc.currency
          from ${s}.card pc
          join ${s}.card_rule pr on pr.card_id = pc.id and pr.rev = pc.active_rev and pr.status = 'Active'
          join ${s}.company pco on pco.id = pc.company_id and pco.status = 'Active'
          where pc.direction = 'provider' and cr.prefix like pr.prefix || '%'
          order by length(pr.prefix) desc, pr.cost, pc.company_id
          limit 1
        ) p on true
      ),
      n as (select count(*)::int as c from ch),
      -- Materialized: each random number is computed once per call, not once per reference.
      g as materialized (
        select i,
               least(n.c - 1, floor(${s}.u($1, i, 1) * n.c))::int as k, ${s}.u($1, i, 2) as ua, ${s}.u($1, i, 3) as uf,
               sqrt(-2 * ln(${s}.u($1, i, 4))) * cos(2 * pi() * ${s}.u($1, i, 5)) as zd,
               sqrt(-2 * ln(${s}.u($1, i, 6))) * cos(2 * pi() * ${s}.u($1, i, 7)) as zp,
               ${s}.u($1, i, 8) as un, ${s}.u($1, i, 9) as ur
        from generate_series($2::bigint, $2::bigint + $3::bigint - 1) as i cross join n
      ),
      c as materialized (
        select g.i, ch.*, g.uf, g.zp, g.un, g.ur,
               case when ch.customer_status <> 'Active' then 'blocked'
                    when ch.provider_id is null then 'noroute'
                    when g.ua < ch.asr then 'answered' else 'failed' end as outcome,
               least(7200000, greatest(1000, round(exp(ln(45000) + 1.1 * g.zd))))::int as talk_ms
        from g join ch on ch.k = g.k -- an equi-join: hashed, not a scan of ch per call
      ),
      ins as (
        insert into ${s}.call (seq, dt, callid, branch_idx, customer_id, provider_id, source_cli, dest_number,
          customer_card_dest_code, customer_card_dest_name, duration, customer_duration, customer_card_rate, customer_charge,
          customer_card_currency, provider_duration, provider_card_rate, provider_charge, provider_card_currency,
          pdd_in, pdd_out, ring_duration, sip_code, sip_reason, release_reason)
        select c.i,
               $4::timestamp + make_interval(secs => ((c.i - $2::bigint) / $5::int)::int),
               md5($1::text || ':call:' || c.i::text) || '@fake.connexcs',
               0,
               c.customer_id,
               case when c.outcome in ('answered', 'failed') then c.provider_id end,
               '1' || lpad((floor(c.un * 1e9))::bigint::text, 10, '0'),
               c.prefix || lpad((floor(c.ur * 1e7))::bigint::text, greatest(0, 12 - length(c.prefix)), '0'),
               c.prefix, c.dest_name,
               case when c.outcome = 'answered' then c.talk_ms else 0 end,
               case when c.outcome = 'answered' then ${billed('c.talk_ms', 'c.c_mcd', 'c.c_pulse')} else 0 end,
               c.c_cost,
               case when c.outcome = 'answered' then round(c.c_cost * ${billed('c.talk_ms', 'c.c_mcd', 'c.c_pulse')} / 60.0 + c.c_connect, 4) else 0 end,
               c.c_cur,
               case when c.outcome = 'answered' then ${billed('c.talk_ms', 'c.p_mcd', 'c.p_pulse')} else 0 end,
               case when c.outcome in ('answered', 'failed') then c.p_cost end,
               case when c.outcome = 'answered' then round(c.p_cost * ${billed('c.talk_ms', 'c.p_mcd', 'c.p_pulse')} / 60.0 + c.p_connect, 4) else 0 end,
               c.p_cur,
               case when c.outcome in ('blocked', 'noroute') then 0 else least(15000, round(exp(ln(2500) + 0.5 * c.zp)))::int + 40 end,
               case when c.outcome in ('blocked', 'noroute') then 0 else least(15000, round(exp(ln(2500) + 0.5 * c.zp)))::int end,
               case when c.outcome = 'answered' then 2 + floor(c.uf * 20)::int
                    when c.outcome = 'failed' then floor(c.uf * 30)::int else 0 end,
               case c.outcome when 'answered' then 200 when 'blocked' then 403 when 'noroute' then 503 else ${failureCase('code')} end,
               case c.outcome when 'answered' then 'OK' when 'blocked' then 'Forbidden' when 'noroute' then 'Service Unavailable' else ${failureCase('reason')} end,
               case c.outcome when 'answered' then 'NORMAL_CLEARING' when 'blocked' then 'CALL_REJECTED' when 'noroute' then 'NO_ROUTE_DESTINATION' else ${failureCase('release')} end
        from c
        returning sip_code
      )
      select count(*)::int as attempts, (count(*) filter (where sip_code = 200))::int as connected from ins
  `;
}

export type GenerateResult = { attempts: number; connected: number; firstSeq: number };

/**
 * Generates the calls of [from, to) at `cps` attempts per second in ONE insert ... select over
 * generate_series: every customer with a routed card places calls to its card's prefixes, each sent
 * to the cheapest provider rule matching the number (LCR). Per destination answer ratio (30-75 %),
 * log-normal durations (median 45 s, long tail, capped at 2 h), log-normal PDD, a realistic mix of
 * SIP failure codes; a blocked customer's attempts fail with 403, a number with no provider with 503.
 * Same seed, same pushed entities, same window: the same calls.
 */
export async function generateCalls(sql: Sql, s: string, seed: number, from: Date, to: Date, cps: number): Promise<GenerateResult> {
  const seconds = Math.floor((to.getTime() - from.getTime()) / 1000);
  const count = Math.max(0, seconds * cps);
  return sql.begin(async (tx) => {
    await tx.unsafe(`select pg_advisory_xact_lock(hashtext($1))`, [`${s}.generate`]);
    const [state] = await tx.unsafe<{ value: number }[]>(`select value from ${s}.state where key = 'next_seq'`);
    const firstSeq = Number(state?.value ?? 0);
    if (count === 0) return { attempts: 0, connected: 0, firstSeq };
    const [result] = await tx.unsafe<{ attempts: number; connected: number }[]>(
      generationSql(s),
      [seed, firstSeq, count, toSqlTimestamp(from), cps],
    );
    const attempts = result?.attempts ?? 0;
    // Nothing routed yet: no calls, and the sequence does not move (the same window can be generated later).
    if (attempts > 0) await tx.unsafe(`update ${s}.state set value = to_jsonb($1::bigint) where key = 'next_seq'`, [firstSeq + count]);
    return { attempts, connected: result?.connected ?? 0, firstSeq };
  });
}

/** 'YYYY-MM-DD HH:MM:SS' in UTC, the form ConnexCS uses for `dt`. */
export function toSqlTimestamp(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return d.toISOString().slice(0, 19).replace('T', ' ');
}
