import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import path from 'node:path';
import postgres from 'postgres';

export const APP_ROLE = 'didtron_app';
/** Tables the app role may only insert into and read: their history is evidence. */
export const APPEND_ONLY_TABLES = ['audit_events'] as const;
const MIGRATION_LOCK = 727_274;

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Brings a database to the current schema as its owner, then (idempotently, on every start):
 * the app role that owns nothing and cannot bypass RLS, its grants, FORCE RLS with the tenant
 * policy on every table that has tenant_id, and the updated_at trigger on every table that has
 * updated_at. Deriving the last two from the catalog means a new table cannot be forgotten.
 */
export async function migrateDatabase(ownerUrl: string, appPassword: string): Promise<void> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle(sql), { migrationsFolder: path.resolve(process.cwd(), 'drizzle') });

    await sql.unsafe(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$;`);
    await sql.unsafe(`ALTER ROLE ${APP_ROLE} WITH LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${literal(appPassword)}`);
    await sql.unsafe(`
      GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${APP_ROLE};
      ${APPEND_ONLY_TABLES.map((t) => `REVOKE UPDATE, DELETE, TRUNCATE ON ${t} FROM ${APP_ROLE};`).join('\n')}
    `);

    const tenantTables = await sql<{ table_name: string }[]>`
      select c.table_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'`;
    for (const { table_name } of tenantTables) await enforceRls(sql, table_name, 'tenant_id');
    // The tenants table is keyed by the tenant itself.
    await enforceRls(sql, 'tenants', 'id');

    const stamped = await sql<{ table_name: string }[]>`
      select c.table_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and c.column_name = 'updated_at' and t.table_type = 'BASE TABLE'`;
    for (const { table_name } of stamped) {
      await sql.unsafe(
        `CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON "${table_name}" FOR EACH ROW EXECUTE FUNCTION set_updated_at()`,
      );
    }
  } finally {
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => {});
    await sql.end();
  }
}

async function enforceRls(sql: postgres.Sql, table: string, column: string) {
  // Scalar subqueries run once per query (init-plans) instead of per row, and give the planner an
  // estimate it can use: without them it assumes the filter keeps 0.5 % of rows and seq-scans.
  const predicate = `${column} = (select app_current_tenant()) OR (select app_is_platform())`;
  await sql.unsafe(`
    ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY;
    ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS tenant_isolation ON "${table}";
    CREATE POLICY tenant_isolation ON "${table}" USING (${predicate}) WITH CHECK (${predicate});
  `);
}
