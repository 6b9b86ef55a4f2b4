import { Badge } from '@/components/ui/badge';

const LOOK = {
  pending: { variant: 'secondary', label: 'Pending' },
  processing: { variant: 'info', label: 'Running' },
  completed: { variant: 'success', label: 'Completed' },
  retrying: { variant: 'warning', label: 'Retry scheduled' },
  failed: { variant: 'destructive', label: 'Failed' },
  cancelled: { variant: 'outline', label: 'Cancelled' },
} as const;

/** A job's state; a failed attempt with another one scheduled reads "Retry scheduled", not "Failed". */
export function JobStatusBadge({ status, willRetry = false }: { status: string; willRetry?: boolean }) {
  const key = status === 'failed' && willRetry ? 'retrying' : status;
  const look = LOOK[key as keyof typeof LOOK] ?? { variant: 'outline' as const, label: status };
  return (
    <Badge variant={look.variant} data-testid="job-status" data-status={key}>
      {look.label}
    </Badge>
  );
}
