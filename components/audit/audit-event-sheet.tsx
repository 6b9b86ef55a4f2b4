'use client';

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@/components/ui/sheet';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch } from '@/lib/api-client';
import type { AuditEventData } from '@/lib/audit/views';
import { auditKeys, auditUrls } from './api';
import { formatUtcSeconds } from './format';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-3 border-b border-border py-2 text-sm last:border-0">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-all">{children}</dd>
    </div>
  );
}

function Json({ label, value, testId }: { label: string; value: unknown; testId: string }) {
  return (
    <section className="min-w-0">
      <h3 className="mb-1.5 text-sm font-medium">{label}</h3>
      {value === null || value === undefined ? (
        <p className="rounded-md border border-dashed border-border p-3 text-sm text-muted-foreground" data-testid={testId}>
          Nothing recorded
        </p>
      ) : (
        // Focusable: keyboard users must be able to scroll a long document (axe scrollable-region-focusable).
        <pre tabIndex={0} aria-label={`${label} (JSON)`} className="max-h-[50vh] overflow-auto rounded-md border border-border bg-muted p-3 text-xs leading-5 outline-none focus-visible:ring-2 focus-visible:ring-ring" data-testid={testId}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </section>
  );
}

/** One audit event: who, what, when, from where, and its before/after documents side by side. */
export function AuditEventSheet({ id, onClose }: { id: string | null; onClose: () => void }) {
  const query = useQuery({ queryKey: auditKeys.event(id), queryFn: () => apiFetch<AuditEventData>(auditUrls.event(id!)), enabled: Boolean(id) });
  const event = query.data;
  return (
    <Sheet open={Boolean(id)} onOpenChange={(open) => !open && onClose()}>
      <SheetContent className="w-full overflow-y-auto sm:max-w-3xl" data-testid="audit-event-sheet">
        <SheetHeader>
          <SheetTitle>{event ? `${event.entity} · ${event.action}` : 'Audit event'}</SheetTitle>
          <SheetDescription>{event ? formatUtcSeconds(event.occurredAt) : 'Loading the event…'}</SheetDescription>
        </SheetHeader>
        <div className="space-y-5 px-4 pb-6">
          {query.isError ? (
            <ErrorState title="Could not load this event" message={query.error.message} onRetry={() => void query.refetch()} retrying={query.isFetching} size="sm" />
          ) : !event ? (
            <div className="space-y-2" aria-busy="true" aria-label="Loading event">
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} className="h-5 w-full" />
              ))}
            </div>
          ) : (
            <>
              <dl data-testid="audit-event-fields">
                <Field label="Tenant">{event.tenantName}</Field>
                <Field label="Actor">
                  {event.actorEmail ?? event.actorId ?? 'system'} <span className="text-muted-foreground">({event.actorRole.replace('_', ' ')})</span>
                </Field>
                {event.impersonatorId && (
                  <Field label="Impersonated by">
                    <span data-testid="audit-event-impersonator">{event.impersonatorEmail ?? event.impersonatorId}</span>
                  </Field>
                )}
                <Field label="Entity">
                  {event.entity} <code className="text-xs">{event.entityId}</code>
                </Field>
                <Field label="Action">{event.action}</Field>
                <Field label="Request">
                  <code className="text-xs">{event.requestId ?? '—'}</code>
                </Field>
                <Field label="IP address">{event.ip ?? '—'}</Field>
                <Field label="Event id">
                  <code className="text-xs">{event.id}</code>
                </Field>
              </dl>
              <div className="grid gap-4 md:grid-cols-2">
                <Json label="Before" value={event.before} testId="audit-event-before" />
                <Json label="After" value={event.after} testId="audit-event-after" />
              </div>
            </>
          )}
        </div>
      </SheetContent>
    </Sheet>
  );
}
