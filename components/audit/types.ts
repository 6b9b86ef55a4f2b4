/** An audit event as the admin API sends it (the list leaves out before/after). */
export type AuditRow = {
  id: string;
  tenantId: string;
  tenantSlug: string;
  tenantName: string;
  actorId: string | null;
  actorRole: string;
  actorEmail: string | null;
  actorName: string | null;
  impersonatorId: string | null;
  impersonatorEmail: string | null;
  entity: string;
  entityId: string;
  action: string;
  requestId: string | null;
  ip: string | null;
  occurredAt: string;
};

export type AuditEventData = AuditRow & { before: unknown; after: unknown };

/** UTC to the second: audit events are read in sequence, and minutes are too coarse. */
export function formatUtcSeconds(value: string | null | undefined): string {
  if (!value) return '—';
  return `${new Date(value).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
