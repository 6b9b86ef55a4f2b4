import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id } from './columns';

/**
 * One row per call to an external system, written by the integration wrapper after the call.
 * Platform infrastructure (no tenant_id): it feeds the integrations health page and is pruned by a
 * retention job. Error text is redacted and truncated before it gets here.
 */
export const integrationCalls = pgTable(
  'integration_calls',
  {
    id: id(),
    integration: text('integration').notNull(),
    operation: text('operation').notNull(),
    ok: boolean('ok').notNull(),
    latencyMs: integer('latency_ms').notNull(),
    error: text('error'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index('integration_calls_integration_time_idx').on(t.integration, t.occurredAt),
    // Rows arrive in time order, so a BRIN index serves the retention delete (occurred_at < x across
    // every integration) for a few pages of index and almost no write cost.
    index('integration_calls_occurred_brin').using('brin', t.occurredAt),
  ],
);

export type IntegrationCall = typeof integrationCalls.$inferSelect;
