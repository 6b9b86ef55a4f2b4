import type { Alert } from '@/db/schema/monitoring';
import type { AlertItem } from '../types';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toAlertItem(a: Alert): AlertItem {
  return {
    id: a.id,
    key: a.key,
    severity: a.severity,
    status: a.status,
    title: a.title,
    message: a.message,
    unit: a.unit,
    value: a.value,
    threshold: a.threshold,
    windowMinutes: a.windowMinutes,
    firstSeenAt: a.firstSeenAt.toISOString(),
    lastSeenAt: a.lastSeenAt.toISOString(),
    acknowledgedAt: iso(a.acknowledgedAt),
    acknowledgedBy: a.acknowledgedBy,
    resolvedAt: iso(a.resolvedAt),
    resolvedBy: a.resolvedBy,
  };
}
