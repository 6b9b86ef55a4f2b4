import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { integrationNames, type IntegrationName } from '../names';
import { getIntegration } from '../registry';
import { callIntegrationSettled } from '../wrapper';

export type ConnectionTestResult = {
  integration: IntegrationName;
  ok: boolean;
  latencyMs: number;
  /** Redacted, truncated error text when the test failed. */
  error: string | null;
  usesFake: boolean;
};

const inputSchema = z.object({ integration: z.enum(integrationNames) });

/**
 * Runs the integration's read-only connection test through the wrapper (so it counts in the health
 * figures) and audits who tested what and the outcome. The external call happens before, not inside,
 * the transaction: a slow upstream must not hold a database connection.
 */
export async function testIntegrationConnection({ ctx, input }: { ctx: Ctx; input: { integration: string } }): Promise<ConnectionTestResult> {
  assertPermission(ctx, 'integrations.write');
  const { integration } = inputSchema.parse(input);
  const info = getIntegration(integration);
  const outcome = await callIntegrationSettled(integration, 'testConnection', info.testConnection);
  const result: ConnectionTestResult = {
    integration,
    ok: outcome.ok,
    latencyMs: outcome.latencyMs,
    error: outcome.ok ? null : outcome.errorText,
    usesFake: info.usesFake,
  };
  await platformTx(ctx, (tx) => recordAudit(tx, ctx, { entity: 'integration', entityId: integration, action: 'test_connection', after: result }));
  return result;
}
