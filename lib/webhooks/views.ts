import 'server-only';
import { getTableColumns } from 'drizzle-orm';
import { z } from 'zod';
import { webhookEndpoints, type WebhookAttemptRow, type WebhookDeliveryRow, type WebhookEndpointRow } from '@/db/schema';
import { isPlatformRole } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/context';

/** What the API, the portal and the audit trail show of an endpoint: everything but its secret. */
export type WebhookEndpointView = Omit<WebhookEndpointRow, 'secretEncrypted' | 'tenantId'>;
export type WebhookAttemptView = Omit<WebhookAttemptRow, 'tenantId' | 'deliveryId'>;
export type WebhookDeliveryView = Omit<WebhookDeliveryRow, 'tenantId'> & { eventType: string; attemptLog: WebhookAttemptView[] };

const { secretEncrypted: _secret, tenantId: _tenant, ...publicColumns } = getTableColumns(webhookEndpoints);
/** The columns a query may select for a view (never the encrypted secret). */
export const webhookEndpointPublicColumns = publicColumns;

export function toEndpointView(row: WebhookEndpointView & { secretEncrypted?: string; tenantId?: string }): WebhookEndpointView {
  const { secretEncrypted: _s, tenantId: _t, ...rest } = row;
  return rest;
}

/**
 * Tenant admins and platform staff manage every endpoint of the tenant; other roles (a customer
 * admin, until customer accounts exist) only the endpoints they registered.
 */
export function managesAllEndpoints(actor: Actor): boolean {
  return actor.role === 'tenant_admin' || isPlatformRole(actor.role);
}

// Response shapes for the OpenAPI document (timestamps as RFC 3339 strings on the wire).
const timestamp = z.iso.datetime({ offset: true });
export const webhookEndpointSchema = z
  .object({
    id: z.uuid(),
    ownerUserId: z.uuid().nullable(),
    customerAccountId: z.uuid().nullable(),
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(z.string()),
    enabled: z.boolean(),
    disabledReason: z.string().nullable(),
    disabledAt: timestamp.nullable(),
    failureStreak: z.int(),
    failingSince: timestamp.nullable(),
    createdBy: z.uuid().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'WebhookEndpoint' });
export const webhookEndpointWithSecretSchema = webhookEndpointSchema
  .extend({ secret: z.string().meta({ description: 'The signing secret (whsec_...): shown in this response only.', examples: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'] }) })
  .meta({ id: 'WebhookEndpointWithSecret' });
const attemptSchema = z.object({
  id: z.uuid(),
  attempt: z.int(),
  statusCode: z.int().nullable(),
  latencyMs: z.int(),
  responseExcerpt: z.string().nullable(),
  error: z.string().nullable(),
  nextAttemptAt: timestamp.nullable(),
  createdAt: timestamp,
});
export const webhookDeliverySchema = z
  .object({
    id: z.uuid(),
    endpointId: z.uuid(),
    eventId: z.uuid(),
    eventType: z.string(),
    status: z.enum(['pending', 'succeeded', 'failed']),
    attempts: z.int(),
    lastStatusCode: z.int().nullable(),
    nextAttemptAt: timestamp.nullable(),
    completedAt: timestamp.nullable(),
    replayOf: z.uuid().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    attemptLog: z.array(attemptSchema),
  })
  .meta({ id: 'WebhookDelivery' });
const pageInfo = z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.int() });
export const webhookEndpointPageSchema = z.object({ items: z.array(webhookEndpointSchema), pageInfo });
export const webhookDeliveryPageSchema = z.object({ items: z.array(webhookDeliverySchema), pageInfo });
export const webhookTestResultSchema = z.object({ eventId: z.uuid(), deliveryId: z.uuid() });
export const webhookEventTypeListSchema = z.object({ items: z.array(z.object({ type: z.string(), description: z.string() })) });

export function toAttemptView(row: WebhookAttemptRow): WebhookAttemptView {
  const { tenantId: _t, deliveryId: _d, ...rest } = row;
  return rest;
}
