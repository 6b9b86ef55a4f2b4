'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { apiFetch } from '@/lib/api-client';
import { monitoringUrls, platformStatusKeys, systemKeys } from '@/components/monitoring/api';
import type { OverallStatus } from '@/lib/monitoring/overall-status';
import type { HealthLevel, PlatformStatus as PublicStatus, SystemStatus } from '@/lib/monitoring/types';
import { cn } from '@/lib/utils';

const POLL_MS = 60_000;
const SYSTEM_STATUS_HREF = '/system';

export type HeaderStatus = { label: string; tone: HealthLevel | 'unknown' };

/** Staff: the worst active alert or module by name, as System Status shows it. */
export function staffStatusText(overall: OverallStatus): HeaderStatus {
  if (overall.cause) {
    const severity = overall.level === 'critical' ? 'Critical' : 'Warning';
    const what = overall.cause.kind === 'module' ? `${overall.cause.title} module` : overall.cause.title;
    const more = overall.issues - 1;
    return { label: `${severity}: ${what}${more > 0 ? ` (+${more} more)` : ''}`, tone: overall.level };
  }
  // Nothing is wrong as far as anyone knows, but the figures are old: say that, not "operational".
  if (overall.stale) return { label: 'Metrics not current', tone: 'unknown' };
  return { label: 'All systems operational', tone: 'ok' };
}

/** Everyone else: the same level in plain words, naming nothing they cannot open. */
export function publicStatusText(level: HealthLevel): HeaderStatus {
  if (level === 'critical') return { label: 'Service disruption', tone: 'critical' };
  if (level === 'warning') return { label: 'Some services degraded', tone: 'warning' };
  return { label: 'All systems operational', tone: 'ok' };
}

const DOT: Record<HeaderStatus['tone'], string> = {
  ok: 'bg-emerald-500',
  warning: 'bg-amber-500',
  critical: 'bg-destructive',
  unknown: 'bg-muted-foreground/40',
};

/**
 * The header's platform status, from the same source as System Status: staff who may see System
 * Status read its own query (same key, so the page and the header never disagree) and get a link
 * to it; everyone else reads the public level (/api/status) with no link and no names.
 */
export function PlatformStatus({ staff }: { staff: boolean }) {
  const full = useQuery({
    queryKey: systemKeys.status,
    queryFn: ({ signal }) => apiFetch<SystemStatus>(monitoringUrls.systemStatus, { signal }),
    refetchInterval: POLL_MS,
    enabled: staff,
  });
  const level = useQuery({
    queryKey: platformStatusKeys.all,
    queryFn: ({ signal }) => apiFetch<PublicStatus>(monitoringUrls.publicStatus, { signal }),
    refetchInterval: POLL_MS,
    enabled: !staff,
  });
  const query = staff ? full : level;
  const status = staff ? (full.data ? staffStatusText(full.data.overall) : null) : level.data ? publicStatusText(level.data.level) : null;
  const label = status?.label ?? (query.isError ? 'Status unavailable' : 'Checking status');
  const tone = status?.tone ?? 'unknown';
  return (
    <span className="hidden min-w-0 items-center gap-1.5 text-xs text-muted-foreground sm:flex" data-testid="health-status" data-level={tone} role="status">
      <span className={cn('size-2 shrink-0 rounded-full', DOT[tone])} aria-hidden />
      {staff ? (
        <Link href={SYSTEM_STATUS_HREF} className="max-w-72 truncate underline-offset-4 hover:text-foreground hover:underline" title={`${label}: open System Status`} data-testid="health-status-link">
          {label}
          <span className="sr-only">, open System Status</span>
        </Link>
      ) : (
        <span className="max-w-72 truncate">{label}</span>
      )}
    </span>
  );
}
