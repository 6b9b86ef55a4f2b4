/**
 * The JSON shapes of the audit API, as the browser receives them (dates as ISO strings). Derived
 * from the services' results with type-only imports (see lib/tenancy/views.ts).
 */
import 'server-only';
import type { JsonListItem, JsonResult } from '@/lib/json';
import type { getAuditEvent } from './services/get-audit-event';
import type { listAuditEvents } from './services/list-audit-events';

/** GET /api/admin/audit: one row (the event without its before/after documents). */
export type AuditRow = JsonListItem<typeof listAuditEvents>;
/** GET /api/admin/audit/[id]: the event with its before/after documents. */
export type AuditEventData = JsonResult<typeof getAuditEvent>;
