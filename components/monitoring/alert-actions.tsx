'use client';

import { useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { apiFetch } from '@/lib/api-client';
import type { AlertItem } from '@/lib/monitoring/types';
import { monitoringUrls, notificationKeys, systemKeys } from './api';

/** Acknowledge / Resolve for one active alert, each behind a confirmation; refreshes every System Status query. */
export function AlertActions({ alert, size = 'sm' }: { alert: Pick<AlertItem, 'id' | 'title' | 'status'>; size?: 'sm' | 'default' }) {
  const queryClient = useQueryClient();
  if (alert.status === 'resolved') return null;
  const run = async (action: 'acknowledge' | 'resolve') => {
    try {
      await apiFetch(monitoringUrls.alertAction(alert.id, action), { method: 'POST' });
      toast.success(action === 'acknowledge' ? `Acknowledged: ${alert.title}` : `Resolved: ${alert.title}`);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : 'The alert could not be changed');
      throw error;
    } finally {
      await queryClient.invalidateQueries({ queryKey: systemKeys.all });
      await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    }
  };
  return (
    <span className="flex gap-2">
      {alert.status === 'open' ? (
        <ConfirmDialog
          trigger={
            <Button type="button" variant="outline" size={size} data-testid={`alert-ack-${alert.id}`}>
              Acknowledge
            </Button>
          }
          title="Acknowledge this alert?"
          description={`"${alert.title}" stays active until it is back within budget, marked as being handled by you.`}
          confirmLabel="Acknowledge"
          variant="default"
          onConfirm={() => run('acknowledge')}
          data-testid="confirm-acknowledge"
        />
      ) : null}
      <ConfirmDialog
        trigger={
          <Button type="button" variant="outline" size={size} data-testid={`alert-resolve-${alert.id}`}>
            Resolve
          </Button>
        }
        title="Resolve this alert?"
        description={`"${alert.title}" is closed now. If the budget is still breached at the next evaluation, a new alert is raised.`}
        confirmLabel="Resolve"
        variant="default"
        onConfirm={() => run('resolve')}
        data-testid="confirm-resolve"
      />
    </span>
  );
}
