import type { Ctx } from '@/lib/context';
import type { AlertItem } from '../types';
import { changeAlert } from './change-alert';

/**
 * Someone is on it: the alert stays active (the evaluator still updates and resolves it) but is
 * marked acknowledged, by whom and when. Acknowledging twice changes nothing; a resolved alert is a 409.
 */
export async function acknowledgeAlert({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<AlertItem> {
  return changeAlert(ctx, input, 'acknowledge', (alert) =>
    alert.status === 'acknowledged' ? null : { status: 'acknowledged', acknowledgedAt: new Date(), acknowledgedBy: ctx.actor.userId },
  );
}
