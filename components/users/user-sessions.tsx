'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { apiFetch } from '@/lib/api-client';
import type { UserSessionsData } from '@/lib/users/views';
import { userKeys, userUrls } from './api';


/** The user's recent sign-ins (live or ended) and the impersonations of them. */
export function UserSessions({ userId, canImpersonate }: { userId: string; canImpersonate: boolean }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: userKeys.sessions(userId), queryFn: () => apiFetch<UserSessionsData>(userUrls.sessions(userId)) });
  const revoke = useMutation({
    mutationFn: (grantId: string) => apiFetch(userUrls.impersonationGrant(userId, grantId), { method: 'DELETE' }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.detail(userId) });
      toast.success('Impersonation ended');
    },
    onError: (e) => toast.error(e.message),
  });

  if (query.isError) return <ErrorState title="Could not load the sessions" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} data-testid="sessions-error" />;
  if (!query.data) {
    return (
      <div className="space-y-2" aria-busy="true" aria-label="Loading sessions">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-8 w-full" />
        ))}
      </div>
    );
  }
  const { sessions, impersonations } = query.data;
  return (
    <div className="space-y-8">
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-sm font-semibold">
          Sign-ins <span className="font-normal text-muted-foreground">(latest 50)</span>
        </h2>
        {sessions.length === 0 ? (
          <EmptyState size="sm" title="No sign-ins yet" description="Sessions appear here once the user signs in." data-testid="sessions-empty" />
        ) : (
          <Table data-testid="sessions-table" aria-label="Sign-ins">
            <TableHeader>
              <TableRow>
                <TableHead>State</TableHead>
                <TableHead>Signed in</TableHead>
                <TableHead>Last active</TableHead>
                <TableHead>Expires</TableHead>
                <TableHead>IP address</TableHead>
                <TableHead>Device</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sessions.map((s) => (
                <TableRow key={s.id} data-testid={`session-${s.id}`}>
                  <TableCell>{s.live ? <Badge variant="success">Live</Badge> : <Badge variant="secondary">Ended</Badge>}</TableCell>
                  <TableCell>{formatUtc(s.createdAt)}</TableCell>
                  <TableCell>{formatUtc(s.updatedAt)}</TableCell>
                  <TableCell>{formatUtc(s.expiresAt)}</TableCell>
                  <TableCell>{s.ipAddress ?? '—'}</TableCell>
                  <TableCell className="max-w-64 truncate" title={s.userAgent ?? undefined}>
                    {s.userAgent ?? '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section aria-labelledby="impersonations-heading" className="space-y-3">
        <h2 id="impersonations-heading" className="text-sm font-semibold">
          Impersonations
        </h2>
        {impersonations.length === 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="impersonations-empty">
            Nobody has acted as this user.
          </p>
        ) : (
          <Table data-testid="impersonations-table" aria-label="Impersonations">
            <TableHeader>
              <TableRow>
                <TableHead>State</TableHead>
                <TableHead>By</TableHead>
                <TableHead>Reason</TableHead>
                <TableHead>Started</TableHead>
                <TableHead>Ends</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {impersonations.map((g) => (
                <TableRow key={g.id} data-testid={`impersonation-${g.id}`}>
                  <TableCell>{g.live ? <Badge variant="warning">Live</Badge> : <Badge variant="secondary">{g.endReason ? g.endReason.replace('_', ' ') : 'Expired'}</Badge>}</TableCell>
                  <TableCell>{g.impersonatorEmail ?? 'Platform staff'}</TableCell>
                  <TableCell>{g.reason ?? '—'}</TableCell>
                  <TableCell>{formatUtc(g.createdAt)}</TableCell>
                  <TableCell>{formatUtc(g.endedAt ?? g.expiresAt)}</TableCell>
                  <TableCell className="text-right">
                    {g.live && canImpersonate && (
                      <Button size="sm" variant="outline" disabled={revoke.isPending} onClick={() => revoke.mutate(g.id)} data-testid={`revoke-impersonation-${g.id}`}>
                        End now
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
