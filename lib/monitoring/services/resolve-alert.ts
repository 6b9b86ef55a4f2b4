import type { Ctx } from '@/lib/context';
import type { AlertItem } from '../types';
import { changeAlert } from './change-alert';

/**
 * Closes an alert by hand. If the budget is still breached at the next evaluation, a new alert is
 * raised (and notified): resolving says "fixed", not "be quiet".
 */
export async function resolveAlert({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<AlertItem> {
  return changeAlert(ctx, input, 'resolve', () => ({ status: 'resolved', resolvedAt: new Date(), resolvedBy: ctx.actor.userId }));
}
