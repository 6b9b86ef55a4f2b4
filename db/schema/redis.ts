import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const redisKinds = ['string', 'hash'] as const;

/**
 * The keyspace of the Postgres-backed Redis port (lib/redis/postgres-adapter.ts), the embedded
 * default when no Upstash is configured. One table, like Redis's one keyspace: a key holds a string
 * (`value`) or a hash (`fields`, a JSON object of strings). Never canonical data.
 *
 * UNLOGGED (migration 0004_redis_kv_unlogged, drizzle cannot express it): no WAL, emptied after a
 * crash, like a Redis without persistence. No tenant_id: infrastructure, outside RLS.
 * A row past expires_at is invisible to every read and deleted by sweepExpired().
 */
export const redisKv = pgTable(
  'redis_kv',
  {
    key: text('key').primaryKey(),
    kind: text('kind', { enum: redisKinds }).notNull(),
    value: text('value'),
    fields: jsonb('fields').$type<Record<string, string>>(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [
    index('redis_kv_expires_idx').on(t.expiresAt).where(sql`${t.expiresAt} is not null`),
    check(
      'redis_kv_kind_shape',
      sql`(${t.kind} = 'string' and ${t.value} is not null and ${t.fields} is null) or (${t.kind} = 'hash' and ${t.fields} is not null and ${t.value} is null)`,
    ),
  ],
);

export type RedisKvRow = typeof redisKv.$inferSelect;
