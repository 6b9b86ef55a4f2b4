import { and, eq, sql } from 'drizzle-orm';
import { webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { config } from '@/lib/config';
import { assertPermission, systemCtx, tenantTx } from '@/lib/context';
import { sendEmail } from '@/lib/integrations/brevo';
import { webhookEndpointDisabledEmail } from '@/lib/integrations/brevo/templates';
import { logger } from '@/lib/logger';
import { getTenantRef, tenantPortalHost } from '@/lib/tenancy';
import { tenantMailTag } from '@/lib/tenancy/mail-tag';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';
import { getTenantSender } from '@/lib/tenancy/services/get-tenant-sender';
import { findUserContact } from '@/lib/users/contact';
import { enqueueDeliveryAttempt } from './publish-event';
import { DISABLE_AFTER_MS, retryDelayMs } from './schedule';
import { decryptSecret } from './secret-box';
import { postWebhook, type AttemptOutcome } from './send';
import { webhookHeaders } from './signature';

export const WEBHOOK_SETTINGS_PATH = '/settings/webhooks';

export type AttemptResult =
  | { kind: 'skipped'; reason: string }
  | { kind: 'sent'; outcome: AttemptOutcome; status: 'pending' | 'succeeded' | 'failed'; nextAttemptAt: Date | null; endpointDisabled: boolean };

/** The JSON body of an event, after the Standard Webhooks payload structure. */
export function eventBody(event: { type: string; payload: unknown; createdAt: Date }): string {
  return JSON.stringify({ type: event.type, timestamp: event.createdAt.toISOString(), data: event.payload });
}

/**
 * Runs attempt `attempt` of a delivery (the webhooks.deliver job): signs and sends the event, logs
 * the attempt, and on failure schedules the next attempt (schedule.ts) or, past the last one, marks
 * the delivery failed. When a delivery gives up and its endpoint has failed without a single
 * success for DISABLE_AFTER_MS, the endpoint is disabled and its owner emailed. A duplicate run of
 * an attempt already logged is skipped. `now` and `random` are seams for tests of the schedule.
 */
export async function deliverWebhookAttempt(
  input: { tenantId: string; deliveryId: string; attempt: number },
  opts: { now?: () => Date; random?: () => number } = {},
): Promise<AttemptResult> {
  const ctx = systemCtx('webhooks', input.tenantId);
  assertPermission(ctx, 'webhooks.write');
  const now = opts.now ?? (() => new Date());
  const loaded = await tenantTx(ctx, input.tenantId, async (tx) => {
    const [row] = await tx
      .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints, event: webhookEvents })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
      .where(eq(webhookDeliveries.id, input.deliveryId));
    if (!row) return null;
    if (row.delivery.status === 'pending' && !row.endpoint.enabled) {
      // Disabled since the event: the delivery ends here (a replay can send it once re-enabled).
      await tx.update(webhookDeliveries).set({ status: 'failed', nextAttemptAt: null, completedAt: now() }).where(eq(webhookDeliveries.id, input.deliveryId));
      return { ...row, skipped: 'the endpoint is disabled' };
    }
    return { ...row, skipped: null };
  });
  if (!loaded) return { kind: 'skipped', reason: 'the delivery no longer exists' };
  if (loaded.skipped) return { kind: 'skipped', reason: loaded.skipped };
  const { delivery, endpoint, event } = loaded;
  if (delivery.status !== 'pending' || delivery.attempts !== input.attempt - 1) return { kind: 'skipped', reason: `attempt ${input.attempt} is not due (status ${delivery.status}, ${delivery.attempts} attempts made)` };

  // The HTTP exchange runs outside any transaction: a slow receiver never holds a connection.
  const body = eventBody(event);
  const headers = webhookHeaders(decryptSecret(input.tenantId, endpoint.secretEncrypted), event.id, Math.floor(now().getTime() / 1000), body);
  const outcome = await postWebhook(endpoint.url, headers, body);
  const at = now();

  const result = await tenantTx(ctx, input.tenantId, async (tx) => {
    const [locked] = await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id)).for('update');
    if (!locked || locked.status !== 'pending' || locked.attempts !== input.attempt - 1) return null;
    const delay = outcome.ok ? null : retryDelayMs(input.attempt, opts.random);
    const nextAttemptAt = delay === null ? null : new Date(at.getTime() + delay);
    const status = outcome.ok ? 'succeeded' : nextAttemptAt ? 'pending' : 'failed';
    await tx.insert(webhookAttempts).values({
      tenantId: input.tenantId,
      deliveryId: delivery.id,
      attempt: input.attempt,
      statusCode: outcome.statusCode,
      latencyMs: outcome.latencyMs,
      responseExcerpt: outcome.responseExcerpt,
      error: outcome.error,
      nextAttemptAt,
      createdAt: at,
    });
    await tx
      .update(webhookDeliveries)
      .set({ status, attempts: input.attempt, lastStatusCode: outcome.statusCode, nextAttemptAt, completedAt: status === 'pending' ? null : at })
      .where(eq(webhookDeliveries.id, delivery.id));
    if (nextAttemptAt) await enqueueDeliveryAttempt(tx, input.tenantId, delivery.id, input.attempt + 1, nextAttemptAt);

    const [ep] = outcome.ok
      ? await tx.update(webhookEndpoints).set({ failureStreak: 0, failingSince: null }).where(eq(webhookEndpoints.id, endpoint.id)).returning()
      : await tx
          .update(webhookEndpoints)
          .set({ failureStreak: sql`${webhookEndpoints.failureStreak} + 1`, failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${at.toISOString()}::timestamptz)` })
          .where(eq(webhookEndpoints.id, endpoint.id))
          .returning();
    let endpointDisabled = false;
    if (status === 'failed' && ep!.enabled && ep!.failingSince && at.getTime() - ep!.failingSince.getTime() >= DISABLE_AFTER_MS) {
      const reason = `every delivery attempt failed for ${Math.round((at.getTime() - ep!.failingSince.getTime()) / 3600_000)} hours (${ep!.failureStreak} attempts in a row; last: ${outcome.error ?? 'no answer'})`;
      const [disabled] = await tx
        .update(webhookEndpoints)
        .set({ enabled: false, disabledReason: reason.slice(0, 500), disabledAt: at })
        .where(and(eq(webhookEndpoints.id, endpoint.id), eq(webhookEndpoints.enabled, true)))
        .returning({ id: webhookEndpoints.id });
      if (disabled) {
        endpointDisabled = true;
        await recordAudit(tx, ctx, { entity: 'webhook_endpoint', entityId: endpoint.id, action: 'disable', before: { enabled: true }, after: { enabled: false, disabledReason: reason }, tenantId: input.tenantId });
      }
    }
    return { status, nextAttemptAt, endpointDisabled, reason: endpointDisabled ? (await endpointReason(tx, endpoint.id)) : null } as const;
  });
  if (!result) return { kind: 'skipped', reason: `attempt ${input.attempt} was recorded by another run` };
  if (result.endpointDisabled && endpoint.ownerUserId) await emailOwner(input.tenantId, endpoint.ownerUserId, endpoint.id, endpoint.url, result.reason ?? '', at);
  return { kind: 'sent', outcome, status: result.status, nextAttemptAt: result.nextAttemptAt, endpointDisabled: result.endpointDisabled };
}

async function endpointReason(tx: Parameters<Parameters<typeof tenantTx>[2]>[0], id: string): Promise<string | null> {
  const [row] = await tx.select({ reason: webhookEndpoints.disabledReason }).from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row?.reason ?? null;
}

/** After the commit: the owner learns why the endpoint stopped receiving events. A failed email is logged, not retried. */
async function emailOwner(tenantId: string, ownerUserId: string, endpointId: string, url: string, reason: string, disabledAt: Date): Promise<void> {
  const ctx = systemCtx('webhooks', tenantId);
  try {
    const { owner, tenant, host } = await tenantTx(ctx, tenantId, async (_tx, ctx) => {
      const tenant = await getTenantRef(ctx, tenantId);
      return { owner: await findUserContact(ctx, tenantId, ownerUserId), tenant, host: await tenantPortalHost(ctx, tenant) };
    });
    if (!owner) return;
    const brand = await getPublicBranding(tenant.slug);
    const sender = await getTenantSender(tenant.slug);
    const email = webhookEndpointDisabledEmail({
      branding: { brandName: brand?.name ?? tenant.name, primaryColor: brand?.primaryColor ?? '', logoUrl: null, supportEmail: brand?.supportEmail ?? null },
      recipientName: owner.name,
      endpointUrl: url,
      reason,
      link: `${config().PUBLIC_SCHEME}://${host}${WEBHOOK_SETTINGS_PATH}`,
    });
    await sendEmail({
      ...(sender ? { from: { email: sender.email, ...(sender.name ? { name: sender.name } : {}) } } : {}),
      to: { email: owner.email, name: owner.name },
      ...email,
      tags: ['webhook-endpoint-disabled', tenantMailTag(tenant.slug)],
      // One email per disabling: a retried job does not send it twice.
      idempotencyKey: `webhook-disabled:${endpointId}:${disabledAt.getTime()}`,
    });
  } catch (err) {
    logger.error({ err, tenantId, endpointId }, 'could not email the owner of a disabled webhook endpoint');
  }
}

