/** The webhooks API as the portal calls it (the public /api/v1 routes, with the session). Shapes: lib/webhooks/views.ts. */
export type WebhookEndpoint = {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: string | null;
  disabledAt: string | null;
  failureStreak: number;
  failingSince: string | null;
  createdAt: string;
};
export type WebhookAttempt = { id: string; attempt: number; statusCode: number | null; latencyMs: number; responseExcerpt: string | null; error: string | null; nextAttemptAt: string | null; createdAt: string };
export type WebhookDelivery = {
  id: string;
  eventId: string;
  eventType: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  nextAttemptAt: string | null;
  replayOf: string | null;
  createdAt: string;
  attemptLog: WebhookAttempt[];
};
export type EventTypeOption = { type: string; description: string };

export const webhookKeys = {
  all: ['webhook-endpoints'] as const,
  detail: (id: string) => ['webhook-endpoints', id] as const,
  deliveries: (id: string) => ['webhook-endpoints', id, 'deliveries'] as const,
};

export const webhookUrls = {
  list: '/api/v1/webhook-endpoints',
  detail: (id: string) => `/api/v1/webhook-endpoints/${id}`,
  rotate: (id: string) => `/api/v1/webhook-endpoints/${id}/rotate-secret`,
  test: (id: string) => `/api/v1/webhook-endpoints/${id}/test`,
  deliveries: (id: string) => `/api/v1/webhook-endpoints/${id}/deliveries`,
  replay: (id: string, deliveryId: string) => `/api/v1/webhook-endpoints/${id}/deliveries/${deliveryId}/replay`,
};

export const WEBHOOKS_PATH = '/settings/webhooks';

export function formatUtc(value: string | null): string {
  return value ? `${value.slice(0, 19).replace('T', ' ')} UTC` : '—';
}
