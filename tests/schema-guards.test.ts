import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { APPEND_ONLY_TABLES, APP_ROLE } from '@/db/migrate';

/**
 * Derived from the live catalog after migration, so a table added later is checked too: every table
 * with tenant_id has RLS enabled AND forced, every table with updated_at has the trigger, and the app
 * role owns nothing and cannot bypass RLS.
 */
const owner = postgres(inject('ownerUrl'), { max: 1, onnotice: () => {} });
afterAll(() => owner.end());

describe('schema guards', () => {
  it('enables and forces RLS on every table that has tenant_id', async () => {
    const tables = await owner<{ table_name: string; enabled: boolean; forced: boolean; policies: number }[]>`
      select c.relname as table_name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`;
    expect(tables.length).toBeGreaterThanOrEqual(2);
    const bad = tables.filter((t) => !t.enabled || !t.forced || t.policies === 0).map((t) => t.table_name);
    expect(bad, `tables with tenant_id lacking enabled+forced RLS or a policy: ${bad.join(', ')}`).toEqual([]);
  });

  it('puts the set_updated_at trigger on every table with updated_at', async () => {
    const missing = await owner<{ table_name: string }[]>`
      select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'updated_at' and not a.attisdropped)
        and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'set_updated_at')`;
    expect(missing.map((m) => m.table_name)).toEqual([]);
  });

  it('gives the app role no ownership, no superuser and no RLS bypass', async () => {
    const [role] = await owner<{ rolsuper: boolean; rolbypassrls: boolean }[]>`select rolsuper, rolbypassrls from pg_roles where rolname = ${APP_ROLE}`;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await owner`select relname from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = ${APP_ROLE}`;
    expect(owned).toHaveLength(0);
  });

  it('keeps append-only tables append-only for the app role', async () => {
    for (const table of APPEND_ONLY_TABLES) {
      const [p] = await owner<{ upd: boolean; del: boolean; ins: boolean }[]>`
        select has_table_privilege(${APP_ROLE}, ${table}, 'UPDATE') as upd, has_table_privilege(${APP_ROLE}, ${table}, 'DELETE') as del,
               has_table_privilege(${APP_ROLE}, ${table}, 'INSERT') as ins`;
      expect(p).toEqual({ upd: false, del: false, ins: true });
    }
  });

  it('stores every timestamp column as timestamptz', async () => {
    const naive = await owner<{ table_name: string; column_name: string }[]>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and data_type = 'timestamp without time zone'`;
    expect(naive).toEqual([]);
  });
});
