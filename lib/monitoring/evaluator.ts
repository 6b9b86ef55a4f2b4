import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { infraDb, withPlatform } from '@/db/client';
import { alerts, type Alert, type SloBudget } from '@/db/schema/monitoring';
import { config } from '@/lib/config';
import { sendEmail } from '@/lib/integrations/brevo';
import { platformAlertEmail } from '@/lib/integrations/brevo/templates';
import { describeError } from '@/lib/integrations/redact';
import { logger } from '@/lib/logger';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { portalUrl } from '@/lib/tenancy/portal-url';
import { tenantMailTag } from '@/lib/tenancy/mail-tag';
import { ROOT_TENANT_SLUG } from '@/lib/tenancy/resolve-host';
import { describeBreach, judge, listBudgets, type MinuteValue } from './budgets';
import { createNotification, systemStatusAudience } from './notify';
import { floorMinute, lineId, MINUTE_MS, readSnapshots } from './snapshots';

export const ALERTS_HREF = '/system/alerts';

export type EvaluateResult = {
  asOf: string;
  evaluated: number;
  noData: string[];
  raised: string[];
  escalated: string[];
  resolved: string[];
  emailed: string[];
  emailFailures: string[];
};

/** Serialises evaluations: two runs of the same minute (a retry, a manual run) never interleave. */
const EVALUATION_LOCK = 727_301;

async function rootTenantId(): Promise<string> {
  const root = await lookupSlug(ROOT_TENANT_SLUG);
  if (!root) throw new Error('The root tenant is missing: run the seed.');
  return root.tenantId;
}

/** The per-minute values of every budget's series, grouped by line. */
async function budgetValues(budgets: readonly SloBudget[], asOf: Date): Promise<Map<string, MinuteValue[]>> {
  const longest = Math.max(1, ...budgets.map((b) => Math.max(b.windowMinutes, b.sustainedMinutes)));
  const lines = [...new Map(budgets.map((b) => [lineId(b.metric, b.series), { metric: b.metric, series: b.series }])).values()];
  const rows = await readSnapshots(lines, new Date(asOf.getTime() - longest * MINUTE_MS), asOf);
  const byLine = new Map<string, MinuteValue[]>();
  for (const r of rows) {
    const id = lineId(r.metric, r.series);
    const list = byLine.get(id) ?? [];
    list.push({ minute: r.minute.getTime(), value: r.value });
    byLine.set(id, list);
  }
  return byLine;
}

function notificationFor(budget: SloBudget, alert: Pick<Alert, 'id' | 'severity' | 'message'>, tenantId: string) {
  return {
    tenantId,
    audienceRoles: systemStatusAudience(),
    severity: alert.severity,
    title: `${alert.severity === 'critical' ? 'Critical' : 'Warning'}: ${budget.label}`,
    body: alert.message,
    href: ALERTS_HREF,
    sourceKey: `alert:${alert.id}:${alert.severity}`,
  } as const;
}

/**
 * One evaluation (the monitoring.evaluate job, every minute): judges every enabled budget over its
 * window at `at`'s minute and, in one transaction, raises a new alert (one active alert per key),
 * updates or escalates the active one, or resolves it once the value is back within budget. A new
 * alert and an escalation to critical also create an in-app notification for System Status staff.
 * After the commit, every active alert not yet emailed at its severity is emailed to
 * OPS_ALERT_EMAIL through Brevo, with an idempotency key per alert and severity, so a retry after a
 * crash never sends twice; a failed send is retried at the next evaluation.
 */
export async function evaluateAlerts(options: { at?: Date } = {}): Promise<EvaluateResult> {
  const at = options.at ?? new Date();
  const asOf = floorMinute(at);
  const budgets = await listBudgets();
  const values = await budgetValues(budgets, asOf);
  const tenantId = await rootTenantId();
  const result: EvaluateResult = { asOf: asOf.toISOString(), evaluated: budgets.length, noData: [], raised: [], escalated: [], resolved: [], emailed: [], emailFailures: [] };

  await withPlatform(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${EVALUATION_LOCK})`);
    const active = await tx.select().from(alerts).where(ne(alerts.status, 'resolved')).for('update');
    const activeByKey = new Map(active.map((a) => [a.key, a]));
    for (const budget of budgets) {
      const verdict = judge(budget, values.get(lineId(budget.metric, budget.series)) ?? [], asOf);
      const current = activeByKey.get(budget.key);
      if (verdict.status === 'no_data' || verdict.value === null) {
        result.noData.push(budget.key);
        continue;
      }
      if (verdict.status === 'ok') {
        if (!current) continue;
        await tx
          .update(alerts)
          .set({ status: 'resolved', resolvedAt: at, resolvedBy: null, value: verdict.value, lastSeenAt: asOf })
          .where(eq(alerts.id, current.id));
        result.resolved.push(budget.key);
        continue;
      }
      const severity = verdict.status;
      const threshold = verdict.threshold!;
      const message = describeBreach(budget, severity, verdict.value, threshold);
      if (!current) {
        const [created] = await tx
          .insert(alerts)
          .values({
            key: budget.key,
            severity,
            status: 'open',
            title: budget.label,
            message,
            metric: budget.metric,
            series: budget.series,
            unit: budget.unit,
            value: verdict.value,
            threshold,
            windowMinutes: budget.sustainedMinutes || budget.windowMinutes,
            firstSeenAt: asOf,
            lastSeenAt: asOf,
          })
          .returning();
        await createNotification(tx, notificationFor(budget, created!, tenantId));
        result.raised.push(budget.key);
        continue;
      }
      const escalated = current.severity === 'warning' && severity === 'critical';
      await tx
        .update(alerts)
        .set({ severity, message, value: verdict.value, threshold, lastSeenAt: asOf })
        .where(eq(alerts.id, current.id));
      if (escalated) {
        await createNotification(tx, notificationFor(budget, { id: current.id, severity, message }, tenantId));
        result.escalated.push(budget.key);
      }
    }
  });

  await emailPendingAlerts(result);
  return result;
}

/** Active alerts whose ops email has not gone out at their current severity (new, or escalated). */
async function emailPendingAlerts(result: EvaluateResult): Promise<void> {
  const db = infraDb();
  const pending = await db
    .select()
    .from(alerts)
    .where(and(ne(alerts.status, 'resolved'), or(isNull(alerts.emailedSeverity), and(eq(alerts.severity, 'critical'), eq(alerts.emailedSeverity, 'warning')))));
  if (pending.length === 0) return;
  const to = config().OPS_ALERT_EMAIL;
  const link = portalUrl('admin', ALERTS_HREF);
  for (const alert of pending) {
    const email = platformAlertEmail({
      severity: alert.severity,
      title: alert.title,
      message: alert.message,
      link,
      details: [`First seen ${alert.firstSeenAt.toISOString()}, last seen ${alert.lastSeenAt.toISOString()} (UTC).`],
    });
    try {
      // Platform mail belongs to the root brand (its sandbox mail viewer on pbx.<root> shows it).
      await sendEmail({ to, ...email, tags: ['platform-alert', alert.severity, tenantMailTag(ROOT_TENANT_SLUG)], idempotencyKey: `alert:${alert.id}:${alert.severity}` });
      // Only if the severity is still the one just emailed (a concurrent escalation gets its own email).
      await db
        .update(alerts)
        .set({ emailedSeverity: alert.severity, emailedAt: new Date() })
        .where(and(eq(alerts.id, alert.id), eq(alerts.severity, alert.severity)));
      result.emailed.push(alert.key);
    } catch (error) {
      logger.error({ alert: alert.key, alertId: alert.id, error: describeError(error) }, 'could not email a platform alert; retrying at the next evaluation');
      result.emailFailures.push(alert.key);
    }
  }
}
