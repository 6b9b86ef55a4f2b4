import { randomBytes } from 'node:crypto';
import { and, asc, desc, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, withPlatform } from '@/db/client';
import { tenantStatuses, tenants } from '@/db/schema';
import { ValidationError } from '@/lib/errors';
import { decodeCursor, defineListSpec, encodeCursor, escapeLike, keysetPage, parseListQuery, type Page } from './index';

/**
 * Keyset pagination against the real tenants table, as the app role inside withPlatform. Every row
 * of this file carries a unique slug prefix so that concurrent test files never disturb the walk.
 */
const prefix = `kp-${randomBytes(4).toString('hex')}`;
const ROWS = 60;

const spec = defineListSpec({
  sortable: { createdAt: tenants.createdAt, name: tenants.name, slug: tenants.slug },
  defaultSort: '-createdAt',
  filters: { status: { column: tenants.status, values: tenantStatuses } },
  searchColumns: [tenants.slug, tenants.name],
});

type TenantRow = typeof tenants.$inferSelect;

function params(p: Record<string, string | number | null | undefined>): URLSearchParams {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined) sp.set(k, String(v));
  return sp;
}

async function page(p: Record<string, string | number | null | undefined>, s = spec): Promise<Page<TenantRow>> {
  const query = parseListQuery(params(p), s);
  return withPlatform((tx) => keysetPage(tx, { table: tenants, query }));
}

/** The oracle: the same rows ordered by ORDER BY col, id in plain SQL. */
async function expectedOrder(column: keyof typeof spec.sortable, direction: 'asc' | 'desc', status?: string): Promise<string[]> {
  const col = spec.sortable[column];
  const rows = await withPlatform((tx) =>
    tx
      .select({ id: tenants.id })
      .from(tenants)
      .where(and(like(tenants.slug, `${prefix}-%`), status ? sql`${tenants.status} = ${status}` : undefined))
      .orderBy(...(direction === 'asc' ? [asc(col), asc(tenants.id)] : [desc(col), desc(tenants.id)])),
  );
  return rows.map((r) => r.id);
}

function expectValidation(fn: () => unknown, param: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ValidationError);
  expect((caught as ValidationError).problems.map((p) => p.path)).toContain(param);
}

async function expectValidationAsync(fn: () => Promise<unknown>, param: string): Promise<void> {
  const caught = await fn().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(caught).toBeInstanceOf(ValidationError);
  expect((caught as ValidationError).problems.map((p) => p.path)).toContain(param);
}

beforeAll(async () => {
  const values = Array.from({ length: ROWS }, (_, i) => {
    // 0-19 share one exact timestamp; 20-39 differ only by microseconds inside one millisecond;
    // 40-59 are spread over seconds. JS Dates (milliseconds) cannot tell 20-39 apart.
    const createdAt =
      i < 20
        ? '2031-01-01 00:00:00.123456+00'
        : i < 40
          ? `2031-01-02 00:00:00.5000${String(i - 20).padStart(2, '0')}+00`
          : `2031-01-03 00:00:${String(i - 40).padStart(2, '0')}.000000+00`;
    return {
      slug: `${prefix}-${String(i).padStart(2, '0')}`,
      // Names repeat (sorting by name needs the id tiebreaker) and hold LIKE wildcards literally.
      name: i === 7 ? `${prefix} 100% pure` : i === 8 ? `${prefix} 100x pure` : i === 9 ? `${prefix} a_b` : i === 10 ? `${prefix} axb` : `${prefix} Tenant ${i % 6}`,
      status: i % 5 === 0 ? ('suspended' as const) : ('active' as const),
      createdAt: sql`${createdAt}::timestamptz`,
    };
  });
  await withPlatform((tx) => tx.insert(tenants).values(values));
});

afterAll(async () => {
  await withPlatform((tx) => tx.delete(tenants).where(like(tenants.slug, `${prefix}-%`)));
  await closeDb();
});

describe('keyset pagination over tenants', () => {
  const cases = (['createdAt', 'name', 'slug'] as const).flatMap((key) => (['asc', 'desc'] as const).map((dir) => [key, dir] as const));

  it.each(cases)('walks forward then backward by %s %s, visiting every row exactly once in order', async (key, dir) => {
    const expected = await expectedOrder(key, dir);
    expect(expected).toHaveLength(ROWS);
    const sort = dir === 'asc' ? key : `-${key}`;
    const limit = 7;

    const forward: Page<TenantRow>[] = [];
    let cursor: string | null = null;
    do {
      const p = await page({ sort, limit, q: prefix, cursor });
      forward.push(p);
      expect(p.pageInfo.limit).toBe(limit);
      expect(p.pageInfo.prevCursor === null).toBe(forward.length === 1);
      cursor = p.pageInfo.nextCursor;
      expect(forward.length).toBeLessThan(20); // no endless loop
    } while (cursor);

    const forwardIds = forward.flatMap((p) => p.items.map((r) => r.id));
    expect(forwardIds).toEqual(expected);
    expect(new Set(forwardIds).size).toBe(ROWS);
    expect(forward.map((p) => p.items.length)).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 4]);

    // Backward from the last page: every earlier page again, identical to the forward one.
    const backward: Page<TenantRow>[] = [forward[forward.length - 1]!];
    cursor = backward[0]!.pageInfo.prevCursor;
    while (cursor) {
      const p = await page({ sort, limit, q: prefix, cursor });
      backward.unshift(p);
      cursor = p.pageInfo.prevCursor;
      expect(backward.length).toBeLessThan(20);
    }
    expect(backward.map((p) => p.items.map((r) => r.id))).toEqual(forward.map((p) => p.items.map((r) => r.id)));
    // Having come back to page 1, its next cursor leads to page 2 again.
    expect(backward[0]!.pageInfo.prevCursor).toBeNull();
    const again = await page({ sort, limit, q: prefix, cursor: backward[0]!.pageInfo.nextCursor });
    expect(again.items.map((r) => r.id)).toEqual(forward[1]!.items.map((r) => r.id));
  });

  it('keeps microseconds in timestamp cursors, so rows in the same millisecond are neither skipped nor repeated', async () => {
    const expected = await expectedOrder('createdAt', 'asc');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const p = await page({ sort: 'createdAt', limit: 3, q: prefix, cursor });
      seen.push(...p.items.map((r) => r.id));
      cursor = p.pageInfo.nextCursor;
      if (cursor) expect(decodeCursor(cursor).v).toMatch(/^2031-01-0\d \d\d:\d\d:\d\d(\.\d{1,6})?\+00$/);
    } while (cursor);
    expect(seen).toEqual(expected);
    // A page boundary inside the microsecond group really carries the microseconds.
    const inGroup = await page({ sort: 'createdAt', limit: 23, q: prefix });
    expect(decodeCursor(inGroup.pageInfo.nextCursor!).v).toBe('2031-01-02 00:00:00.500002+00');
  });

  it('applies an allow-listed filter together with the cursor', async () => {
    const expected = await expectedOrder('slug', 'asc', 'suspended');
    expect(expected).toHaveLength(12);
    const first = await page({ sort: 'slug', limit: 5, q: prefix, status: 'suspended' });
    const second = await page({ sort: 'slug', limit: 5, q: prefix, status: 'suspended', cursor: first.pageInfo.nextCursor });
    const third = await page({ sort: 'slug', limit: 5, q: prefix, status: 'suspended', cursor: second.pageInfo.nextCursor });
    expect([...first.items, ...second.items, ...third.items].map((r) => r.id)).toEqual(expected);
    expect(third.pageInfo.nextCursor).toBeNull();
    expect([...first.items, ...second.items, ...third.items].every((r) => r.status === 'suspended')).toBe(true);
  });

  it('uses the default sort and limit when none is given', async () => {
    const query = parseListQuery(params({}), spec);
    expect(query.limit).toBe(25);
    expect(query.sort).toMatchObject({ key: 'createdAt', direction: 'desc', value: '-createdAt' });
    const p = await page({ q: prefix });
    expect(p.items.map((r) => r.id)).toEqual((await expectedOrder('createdAt', 'desc')).slice(0, 25));
  });

  it('searches case-insensitively with % and _ taken literally', async () => {
    const percent = await page({ q: '100% PURE' });
    expect(percent.items.map((r) => r.name)).toEqual([`${prefix} 100% pure`]);
    const underscore = await page({ q: `${prefix} A_B` });
    expect(underscore.items.map((r) => r.name)).toEqual([`${prefix} a_b`]);
    const nothing = await page({ q: `${prefix}%` });
    expect(nothing.items).toEqual([]);
    expect(nothing.pageInfo).toEqual({ nextCursor: null, prevCursor: null, limit: 25 });
    expect(escapeLike('a\\b%c_d')).toBe('a\\\\b\\%c\\_d');
  });

  it('clamps limit to the maximum', async () => {
    expect(parseListQuery(params({ limit: 1000 }), spec).limit).toBe(100);
    expect(parseListQuery(params({ limit: 1000 }), { ...spec, maxLimit: 50 }).limit).toBe(50);
    expect(parseListQuery(params({}), { ...spec, defaultLimit: 500, maxLimit: 50 }).limit).toBe(50);
    const p = await page({ limit: 1000, q: prefix });
    expect(p.pageInfo.limit).toBe(100);
    expect(p.items).toHaveLength(ROWS);
    const small = await page({ limit: 1000, q: prefix }, { ...spec, maxLimit: 10 });
    expect(small.items).toHaveLength(10);
    expect(small.pageInfo.nextCursor).not.toBeNull();
  });

  it('refuses a bad limit, sort or filter, naming the parameter', () => {
    for (const limit of ['0', '-3', 'abc', '2.5']) expectValidation(() => parseListQuery(params({ limit }), spec), 'limit');
    for (const sort of ['password', '-password', '--name', 'createdAt;drop table tenants', 'constructor', '__proto__']) {
      expectValidation(() => parseListQuery(params({ sort }), spec), 'sort');
    }
    expectValidation(() => parseListQuery(params({ status: 'deleted' }), spec), 'status');
    expectValidation(() => parseListQuery(params({ q: 'x'.repeat(201) }), spec), 'q');
    // Several problems are reported together.
    try {
      parseListQuery(params({ limit: 'x', sort: 'nope', status: 'nope' }), spec);
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).problems.map((p) => p.path).sort()).toEqual(['limit', 'sort', 'status']);
      expect((e as ValidationError).status).toBe(422);
    }
    // Unknown parameters are not this parser's business.
    expect(() => parseListQuery(params({ tab: 'billing', page: '3' }), spec)).not.toThrow();
  });

  it('refuses control characters in q and in a free-form filter, naming the parameter (NUL made the query fail: a 500)', () => {
    const freeForm = defineListSpec({ ...spec, filters: { name: { column: tenants.name } } });
    for (const c of ['\u0000', '\u0001', '\u001b', '\u007f', '\t', '\n']) {
      expectValidation(() => parseListQuery(params({ q: `a${c}b` }), spec), 'q');
      expectValidation(() => parseListQuery(params({ name: `a${c}b` }), freeForm), 'name');
    }
  });

  it('refuses a malformed or foreign cursor, naming the parameter', async () => {
    const valid = (await page({ sort: 'name', limit: 2, q: prefix })).pageInfo.nextCursor!;
    const forged = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url');
    for (const cursor of ['not a cursor!', 'abc', forged([1, 2]), forged({ v: 'x', id: 'y' }), forged({ v: 1, id: 'y', d: 'next', s: 'name' }), 'x'.repeat(3000)]) {
      expectValidation(() => parseListQuery(params({ sort: 'name', cursor }), spec), 'cursor');
    }
    // A cursor of one sort order used with another.
    expectValidation(() => parseListQuery(params({ sort: 'slug', cursor: valid }), spec), 'cursor');
    // Well-formed cursors whose values the columns refuse: a 422, never a 500 from PostgreSQL.
    const id = decodeCursor(valid).id;
    await expectValidationAsync(() => page({ sort: 'createdAt', cursor: encodeCursor({ v: 'yesterday', id, d: 'next', s: 'createdAt' }) }), 'cursor');
    await expectValidationAsync(() => page({ sort: 'createdAt', cursor: encodeCursor({ v: '2031-13-45 99:00:00+00', id, d: 'next', s: 'createdAt' }) }), 'cursor');
    await expectValidationAsync(() => page({ sort: 'name', cursor: encodeCursor({ v: 'x', id: 'not-a-uuid', d: 'prev', s: 'name' }) }), 'cursor');
  });

  it('refuses a nullable sort column in the spec (keyset comparisons skip NULLs)', () => {
    expect(() => parseListQuery(params({}), { sortable: { logo: tenants.logoUrl }, defaultSort: 'logo' })).toThrow(/must be NOT NULL/);
  });
});
