'use client';

import { useListQuery } from '@/components/data-table';
import { AuditEventsTable } from '@/components/audit/audit-events-table';
import { auditKeys, auditUrls } from '@/components/audit/api';
import type { AuditRow } from '@/lib/audit/views';

/** Everything done by, as, or to this user, from the audit trail. */
export function UserActivity({ userId }: { userId: string }) {
  const list = useListQuery<AuditRow>({
    queryKey: auditKeys.user(userId),
    endpoint: auditUrls.forUser(userId),
    defaults: { sort: '-occurredAt', limit: 10 },
    paramPrefix: 'a.',
  });
  return (
    <AuditEventsTable
      label="Activity"
      list={list}
      toolbar={{ search: { placeholder: 'Search entity id…', label: 'Search activity by entity id' } }}
      empty={{ title: 'No activity yet', description: 'Changes by, as, or to this user appear here.' }}
      data-testid="activity-table"
    />
  );
}
