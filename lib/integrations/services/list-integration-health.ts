import { assertPermission, type Ctx } from '@/lib/context';
import { getIntegrationHealth, type IntegrationHealth } from '../health';

/** The integrations health page: per integration, last success/failure and the last 15 minutes. */
export async function listIntegrationHealth({ ctx }: { ctx: Ctx; input?: Record<string, never> }): Promise<IntegrationHealth[]> {
  assertPermission(ctx, 'integrations.read');
  return getIntegrationHealth();
}
