'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Bell } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import { apiFetch } from '@/lib/api-client';
import type { NotificationList } from '@/lib/monitoring/types';
import { monitoringUrls, notificationKeys } from './api';
import { cn } from '@/lib/utils';
import { formatAgo } from './format';

const POLL_MS = 60_000;

const DOT: Record<string, string> = { critical: 'bg-destructive', warning: 'bg-warning', info: 'bg-info' };

/**
 * The empty panel's text. Only staff who see System Status are told about it: customers and other
 * roles cannot open that page, so it is not mentioned to them.
 */
export function emptyAlertsText(seesSystemStatus: boolean): string {
  return seesSystemStatus ? 'No alerts. Platform alerts appear here when System Status raises them.' : 'No alerts.';
}

/**
 * The header bell: the current user's latest notifications and the unread count. `enabled` is false
 * outside the admin portal and for roles that do not see System Status (nothing is fetched then,
 * and the panel says there are no alerts).
 */
export function NotificationsBell({ enabled }: { enabled: boolean }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: notificationKeys.all,
    queryFn: ({ signal }) => apiFetch<NotificationList>(monitoringUrls.notifications(10), { signal }),
    refetchInterval: POLL_MS,
    enabled,
  });
  const items = enabled ? (query.data?.items ?? []) : [];
  const unread = enabled ? (query.data?.unread ?? 0) : 0;
  const markRead = async (body: { ids: string[] } | { all: true }) => {
    try {
      await apiFetch(monitoringUrls.notificationsRead, { method: 'POST', body });
    } finally {
      await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    }
  };

  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={unread ? `Alerts, ${unread} unread` : 'Alerts'} data-testid="alerts-bell" className="relative">
          <Bell className="size-4" />
          {unread ? (
            <span
              className="absolute right-0.5 top-0.5 min-w-4 rounded-full bg-destructive px-1 text-[10px] font-medium leading-4 text-destructive-foreground"
              data-testid="alerts-unread"
              aria-hidden
            >
              {unread > 99 ? '99+' : unread}
            </span>
          ) : null}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-80 p-0 text-sm" data-testid="alerts-panel">
        <div className="flex items-center justify-between gap-2 border-b px-3 py-2">
          <p className="font-medium">Alerts</p>
          {unread ? (
            <Button type="button" variant="link" size="sm" className="h-auto p-0 text-xs" onClick={() => void markRead({ all: true })} data-testid="alerts-mark-all-read">
              Mark all read
            </Button>
          ) : null}
        </div>
        {items.length === 0 ? (
          <p className="px-3 py-3 text-muted-foreground">{emptyAlertsText(enabled)}</p>
        ) : (
          <ul className="max-h-80 divide-y overflow-y-auto" aria-label="Notifications">
            {items.map((n) => (
              <li key={n.id} data-testid="notification-item" data-read={n.read}>
                <Link
                  href={n.href ?? '/system/alerts'}
                  className="grid gap-0.5 px-3 py-2 hover:bg-accent focus-visible:bg-accent focus-visible:outline-none"
                  onClick={() => {
                    if (!n.read) void markRead({ ids: [n.id] });
                  }}
                >
                  <span className="flex items-center gap-2">
                    <span className={cn('size-2 shrink-0 rounded-full', n.read ? 'bg-transparent' : (DOT[n.severity] ?? 'bg-info'))} aria-hidden />
                    <span className={cn('truncate', !n.read && 'font-medium')}>{n.title}</span>
                    {!n.read ? <span className="sr-only">(unread)</span> : null}
                  </span>
                  <span className="line-clamp-2 pl-4 text-xs text-muted-foreground">{n.body}</span>
                  <span className="pl-4 text-xs text-muted-foreground">{formatAgo(n.createdAt)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {enabled ? (
          <div className="border-t px-3 py-2">
            <Link href="/system/alerts" className="text-xs text-primary underline-offset-4 hover:underline" data-testid="alerts-panel-all">
              All alerts
            </Link>
          </div>
        ) : null}
      </PopoverContent>
    </Popover>
  );
}
