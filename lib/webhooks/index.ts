/**
 * Outgoing webhooks' face for other domains: publishEvent in their own transaction, the event
 * registry. Route handlers and pages use the services under ./services.
 */
export { publishEvent } from './publish-event';
export { webhookEventTypes, webhookEventTypeNames, type WebhookEventType, type WebhookEventPayload } from './event-types';
