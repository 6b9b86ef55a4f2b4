'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { PageHeader } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { apiFetch } from '@/lib/api-client';
import { formatUtc, webhookKeys, webhookUrls, WEBHOOKS_PATH, type WebhookDelivery, type WebhookEndpoint } from './api';
import { SecretReveal } from './secret-reveal';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-4 border-b border-border py-2.5 text-sm last:border-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

const onError = (error: unknown) => toast.error(error instanceof Error ? error.message : 'Something went wrong');

export function WebhookEndpointDetail({ id, canWrite }: { id: string; canWrite: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const endpoint = useQuery({ queryKey: webhookKeys.detail(id), queryFn: ({ signal }) => apiFetch<WebhookEndpoint>(webhookUrls.detail(id), { signal }) });
  const deliveries = useQuery({
    queryKey: webhookKeys.deliveries(id),
    queryFn: ({ signal }) => apiFetch<{ items: WebhookDelivery[] }>(`${webhookUrls.deliveries(id)}?limit=50`, { signal }),
    refetchInterval: (q) => (q.state.data?.items.some((d) => d.status === 'pending') ? 3_000 : false),
  });
  const [confirm, setConfirm] = useState<'delete' | 'rotate' | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: webhookKeys.detail(id) }).then(() => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(id) }));

  const toggle = useMutation({
    mutationFn: (enabled: boolean) => apiFetch<WebhookEndpoint>(webhookUrls.detail(id), { method: 'PATCH', body: { enabled } }),
    onSuccess: async (e) => {
      toast.success(e.enabled ? 'Endpoint enabled' : 'Endpoint disabled');
      await refresh();
    },
    onError,
  });
  const test = useMutation({
    mutationFn: () => apiFetch<{ deliveryId: string }>(webhookUrls.test(id), { method: 'POST' }),
    onSuccess: async () => {
      toast.success('Test event queued');
      await refresh();
    },
    onError,
  });
  const replay = useMutation({
    mutationFn: (deliveryId: string) => apiFetch<{ deliveryId: string }>(webhookUrls.replay(id, deliveryId), { method: 'POST' }),
    onSuccess: async () => {
      toast.success('Delivery queued again');
      await refresh();
    },
    onError,
  });

  if (endpoint.isPending) {
    return (
      <div className="grid gap-3 p-6" data-testid="webhook-detail-loading">
        <Skeleton className="h-8 w-1/2" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }
  if (endpoint.isError) return <ErrorState className="m-6" message={endpoint.error.message} onRetry={() => void endpoint.refetch()} data-testid="webhook-detail-error" />;
  const e = endpoint.data;

  return (
    <>
      <PageHeader breadcrumbs={[{ label: 'Developers' }, { label: 'Webhooks', href: WEBHOOKS_PATH }, { label: 'Endpoint' }]} title={e.url} description={e.description || undefined} />
      <div className="grid gap-6 p-6" data-testid="webhook-detail">
        {canWrite ? (
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={() => test.mutate()} disabled={!e.enabled || test.isPending} data-testid="webhook-send-test">
              Send test event
            </Button>
            <Button size="sm" variant="outline" onClick={() => toggle.mutate(!e.enabled)} disabled={toggle.isPending} data-testid="webhook-toggle">
              {e.enabled ? 'Disable' : 'Enable'}
            </Button>
            <Button size="sm" variant="outline" onClick={() => setConfirm('rotate')} data-testid="webhook-rotate">
              Rotate secret
            </Button>
            <Button size="sm" variant="destructive" onClick={() => setConfirm('delete')} data-testid="webhook-delete">
              Delete
            </Button>
          </div>
        ) : null}
        <dl className="rounded-md border border-border px-4">
          <Field label="Status">
            {e.enabled ? <Badge variant="secondary">Enabled</Badge> : <Badge variant="destructive">Disabled</Badge>}
            {e.disabledReason ? <span className="ml-2 text-muted-foreground" data-testid="webhook-disabled-reason">{e.disabledReason}</span> : null}
          </Field>
          <Field label="Events">{e.eventTypes.join(', ')}</Field>
          <Field label="Failures in a row">{e.failureStreak}</Field>
          <Field label="Created">{formatUtc(e.createdAt)}</Field>
        </dl>
        <section aria-labelledby="webhook-deliveries-heading" className="grid gap-2">
          <h2 id="webhook-deliveries-heading" className="text-base font-semibold">
            Deliveries
          </h2>
          {deliveries.isPending ? (
            <Skeleton className="h-24 w-full" data-testid="webhook-deliveries-loading" />
          ) : deliveries.isError ? (
            <ErrorState message={deliveries.error.message} onRetry={() => void deliveries.refetch()} data-testid="webhook-deliveries-error" />
          ) : deliveries.data.items.length === 0 ? (
            <EmptyState size="sm" title="No deliveries yet" description="Events sent to this endpoint appear here with every attempt." data-testid="webhook-deliveries-empty" />
          ) : (
            <Table data-testid="webhook-deliveries">
              <TableHeader>
                <TableRow>
                  <TableHead>Event</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Attempts</TableHead>
                  <TableHead>Created</TableHead>
                  <TableHead>
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {deliveries.data.items.map((d) => (
                  <TableRow key={d.id} data-testid="webhook-delivery-row">
                    <TableCell>
                      <code className="text-xs">{d.eventType}</code>
                    </TableCell>
                    <TableCell>
                      <Badge variant={d.status === 'failed' ? 'destructive' : d.status === 'succeeded' ? 'secondary' : 'outline'} data-testid="webhook-delivery-status">
                        {d.status}
                      </Badge>
                      {d.nextAttemptAt ? <span className="ml-2 text-xs text-muted-foreground">next {formatUtc(d.nextAttemptAt)}</span> : null}
                    </TableCell>
                    <TableCell>
                      <ul className="grid gap-1 text-xs">
                        {d.attemptLog.map((a) => (
                          <li key={a.id}>
                            #{a.attempt} · {a.statusCode ?? 'no answer'} · {a.latencyMs} ms{a.error ? ` · ${a.error}` : ''}
                            {a.responseExcerpt ? <pre className="mt-0.5 max-w-md overflow-hidden whitespace-pre-wrap break-all text-muted-foreground">{a.responseExcerpt.slice(0, 200)}</pre> : null}
                          </li>
                        ))}
                      </ul>
                    </TableCell>
                    <TableCell className="whitespace-nowrap">{formatUtc(d.createdAt)}</TableCell>
                    <TableCell>
                      {canWrite && d.status !== 'pending' ? (
                        <Button size="sm" variant="outline" disabled={!e.enabled || replay.isPending} onClick={() => replay.mutate(d.id)} data-testid="webhook-replay">
                          Replay
                        </Button>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      </div>
      <ConfirmDialog
        open={confirm === 'delete'}
        onOpenChange={(o) => setConfirm(o ? 'delete' : null)}
        title="Delete this endpoint?"
        description="No more events are sent to it, and its delivery log is deleted. This cannot be undone."
        confirmLabel="Delete endpoint"
        variant="destructive"
        data-testid="webhook-delete-confirm"
        onConfirm={async () => {
          try {
            await apiFetch(webhookUrls.detail(id), { method: 'DELETE' });
            await queryClient.invalidateQueries({ queryKey: webhookKeys.all });
            toast.success('Endpoint deleted');
            router.push(WEBHOOKS_PATH);
          } catch (error) {
            onError(error);
            throw error;
          }
        }}
      />
      <ConfirmDialog
        open={confirm === 'rotate'}
        onOpenChange={(o) => setConfirm(o ? 'rotate' : null)}
        title="Rotate the signing secret?"
        description="The current secret stops working at once: update your receiver with the new one."
        confirmLabel="Rotate secret"
        data-testid="webhook-rotate-confirm"
        onConfirm={async () => {
          try {
            const rotated = await apiFetch<{ secret: string }>(webhookUrls.rotate(id), { method: 'POST' });
            setSecret(rotated.secret);
          } catch (error) {
            onError(error);
            throw error;
          }
        }}
      />
      <Dialog open={secret !== null} onOpenChange={(o) => !o && setSecret(null)}>
        <DialogContent className="sm:max-w-lg">
          <DialogHeader>
            <DialogTitle>New signing secret</DialogTitle>
            <DialogDescription>{e.url}</DialogDescription>
          </DialogHeader>
          {secret ? <SecretReveal secret={secret} /> : null}
          <DialogFooter>
            <Button onClick={() => setSecret(null)} data-testid="webhook-rotate-done">
              Done
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
