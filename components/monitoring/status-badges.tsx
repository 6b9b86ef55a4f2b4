import { Badge } from '@/components/ui/badge';
import type { AlertItem, BudgetStatus, HealthLevel, IntegrationStatusItem } from '@/lib/monitoring/types';

type Look = { variant: 'success' | 'warning' | 'destructive' | 'secondary' | 'outline' | 'info'; label: string };

const BUDGET: Record<BudgetStatus, Look> = {
  ok: { variant: 'success', label: 'Within budget' },
  warning: { variant: 'warning', label: 'Warning' },
  critical: { variant: 'destructive', label: 'Critical' },
  no_data: { variant: 'outline', label: 'No data' },
};

const HEALTH: Record<HealthLevel, Look> = {
  ok: { variant: 'success', label: 'Healthy' },
  warning: { variant: 'warning', label: 'Warning' },
  critical: { variant: 'destructive', label: 'Critical' },
};

const SEVERITY: Record<AlertItem['severity'], Look> = {
  warning: { variant: 'warning', label: 'Warning' },
  critical: { variant: 'destructive', label: 'Critical' },
};

const ALERT_STATUS: Record<AlertItem['status'], Look> = {
  open: { variant: 'info', label: 'Open' },
  acknowledged: { variant: 'secondary', label: 'Acknowledged' },
  resolved: { variant: 'outline', label: 'Resolved' },
};

const INTEGRATION: Record<IntegrationStatusItem['status'], Look> = {
  unknown: { variant: 'outline', label: 'No calls yet' },
  healthy: { variant: 'success', label: 'Healthy' },
  degraded: { variant: 'warning', label: 'Degraded' },
  failing: { variant: 'destructive', label: 'Failing' },
};

export function BudgetStatusBadge({ status }: { status: BudgetStatus }) {
  const look = BUDGET[status];
  return (
    <Badge variant={look.variant} data-testid="budget-status" data-status={status}>
      {look.label}
    </Badge>
  );
}

export function HealthBadge({ health }: { health: HealthLevel }) {
  const look = HEALTH[health];
  return (
    <Badge variant={look.variant} data-testid="module-health" data-health={health}>
      {look.label}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: AlertItem['severity'] }) {
  const look = SEVERITY[severity];
  return (
    <Badge variant={look.variant} data-testid="alert-severity" data-severity={severity}>
      {look.label}
    </Badge>
  );
}

export function AlertStatusBadge({ status }: { status: AlertItem['status'] }) {
  const look = ALERT_STATUS[status];
  return (
    <Badge variant={look.variant} data-testid="alert-status" data-status={status}>
      {look.label}
    </Badge>
  );
}

export function IntegrationStatusBadge({ status }: { status: IntegrationStatusItem['status'] }) {
  const look = INTEGRATION[status];
  return (
    <Badge variant={look.variant} data-testid="integration-status" data-status={status}>
      {look.label}
    </Badge>
  );
}
