import { z } from 'zod';

/**
 * The typed registry of webhook event types: each domain adds its own events here as it lands
 * (name `<entity>.<past-tense verb>`, payload schema, one-line description). publishEvent is typed
 * by it, the endpoint form lists it, and subscriptions are validated against it.
 */
export const webhookEventTypes = {
  'user.created': {
    description: 'A user account was created (sign-up or invitation).',
    payload: z.object({ userId: z.uuid(), email: z.string(), role: z.string() }),
  },
  'api_key.created': {
    description: 'An API key was created.',
    payload: z.object({ apiKeyId: z.uuid(), name: z.string(), prefix: z.string(), scopes: z.array(z.string()) }),
  },
  'api_key.revoked': {
    description: 'An API key was revoked.',
    payload: z.object({ apiKeyId: z.uuid(), name: z.string(), prefix: z.string() }),
  },
  'tenant.domain.verified': {
    description: 'A custom domain of the tenant passed DNS verification.',
    payload: z.object({ domainId: z.uuid(), domain: z.string() }),
  },
  'sync.failed': {
    description: 'A push of a record to ConnexCS failed SYNC_ALERT_AFTER times in a row (it is still retried with backoff).',
    payload: z.object({ syncItemId: z.uuid(), entity: z.string(), entityId: z.uuid(), consecutiveFailures: z.number().int(), error: z.string() }),
  },
  'rate_plan.published': {
    description: 'A version of a rate plan was published (the previous published version is superseded).',
    payload: z.object({ ratePlanId: z.uuid(), versionId: z.uuid(), number: z.number().int(), kind: z.string(), currency: z.string(), rowCount: z.number().int(), supersededVersionId: z.uuid().nullable() }),
  },
  'route.plan.created': {
    description: 'A routing plan was created.',
    payload: z.object({ routingPlanId: z.uuid(), name: z.string(), status: z.string() }),
  },
  'route.plan.updated': {
    description: 'A routing plan was changed (name, status, margin floor).',
    payload: z.object({ routingPlanId: z.uuid(), name: z.string(), status: z.string() }),
  },
  'route.plan.deleted': {
    description: 'A routing plan was deleted with its entries and groups.',
    payload: z.object({ routingPlanId: z.uuid(), name: z.string(), status: z.string() }),
  },
  'route.entries.updated': {
    description: 'Route entries of a routing plan were written or deleted.',
    payload: z.object({ routingPlanId: z.uuid(), upserted: z.array(z.string()), deleted: z.array(z.string()) }),
  },
  'route.group.updated': {
    description: 'A route group (a named supplier list) was created, changed or deleted.',
    payload: z.object({ routingPlanId: z.uuid(), routeGroupId: z.uuid(), name: z.string(), action: z.enum(['created', 'updated', 'deleted']) }),
  },
  'route.check.completed': {
    description: 'A route table check of a routing plan finished (counts of prefixes with no route, a negative margin, a single supplier).',
    payload: z.object({ routingPlanId: z.uuid(), routeCheckId: z.uuid(), prefixes: z.number().int(), noRoute: z.number().int(), negativeMargin: z.number().int(), singleSupplier: z.number().int() }),
  },
  'carrier.created': {
    description: 'A Class 4 carrier was created.',
    payload: z.object({ carrierId: z.uuid(), name: z.string(), code: z.string(), type: z.string() }),
  },
  'carrier.updated': {
    description: 'A Class 4 carrier was updated.',
    payload: z.object({ carrierId: z.uuid(), name: z.string(), code: z.string(), type: z.string() }),
  },
  'carrier.deleted': {
    description: 'A Class 4 carrier was deleted.',
    payload: z.object({ carrierId: z.uuid(), name: z.string(), code: z.string(), type: z.string() }),
  },
  'interconnect.created': {
    description: 'An interconnect of a Class 4 carrier was created.',
    payload: z.object({ interconnectId: z.uuid(), carrierId: z.uuid(), name: z.string(), direction: z.string() }),
  },
  'interconnect.updated': {
    description: 'An interconnect of a Class 4 carrier was updated.',
    payload: z.object({ interconnectId: z.uuid(), carrierId: z.uuid(), name: z.string(), direction: z.string() }),
  },
  'interconnect.deleted': {
    description: 'An interconnect of a Class 4 carrier was deleted.',
    payload: z.object({ interconnectId: z.uuid(), carrierId: z.uuid(), name: z.string(), direction: z.string() }),
  },
  'service.created': {
    description: 'A service on an ingress interconnect of a Class 4 carrier was created.',
    payload: z.object({ serviceId: z.uuid(), carrierId: z.uuid(), interconnectId: z.uuid(), name: z.string() }),
  },
  'service.updated': {
    description: 'A service on an ingress interconnect of a Class 4 carrier was updated.',
    payload: z.object({ serviceId: z.uuid(), carrierId: z.uuid(), interconnectId: z.uuid(), name: z.string() }),
  },
  'service.deleted': {
    description: 'A service on an ingress interconnect of a Class 4 carrier was deleted.',
    payload: z.object({ serviceId: z.uuid(), carrierId: z.uuid(), interconnectId: z.uuid(), name: z.string() }),
  },
  'webhook.test': {
    description: 'A test event sent from the portal or the API ("Send test event").',
    payload: z.object({ endpointId: z.uuid(), message: z.string() }),
  },
} as const;

export type WebhookEventType = keyof typeof webhookEventTypes;
export type WebhookEventPayload<T extends WebhookEventType> = z.input<(typeof webhookEventTypes)[T]['payload']>;
export const webhookEventTypeNames = Object.keys(webhookEventTypes) as [WebhookEventType, ...WebhookEventType[]];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return Object.hasOwn(webhookEventTypes, value);
}
