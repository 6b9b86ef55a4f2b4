import { z } from 'zod';
import { permissions } from '@/lib/auth/permissions';
import type { Json } from '@/lib/json';
import { opaqueId, timestamp } from '@/lib/openapi/conventions';
import type { WhoAmI } from './services/who-am-i';
import type { ApiKeyView } from './views';

/**
 * The JSON shapes of the /api/v1 key and identity operations, as zod schemas for the OpenAPI
 * document. Each is checked against the type the service returns (the `Same` assertions below), so
 * a service that changes its answer breaks the build until the published contract follows.
 */

const EXAMPLE_KEY = {
  id: '0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90',
  ownerUserId: '7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a',
  customerAccountId: null,
  name: 'Billing export',
  prefix: 'dtk_test_k7h2m9qa',
  scopes: ['portal.use'],
  createdBy: '7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a',
  lastUsedAt: null,
  revokedAt: null,
  expiresAt: null,
  allowedIps: ['203.0.113.0/24'],
  rateLimitPerMinute: 600,
  createdAt: '2026-12-01T09:30:00.000Z',
  updatedAt: '2026-12-01T09:30:00.000Z',
  status: 'active',
} as const;

export const scopeSchema = z.enum(permissions).meta({ id: 'Scope', description: 'A permission a key may carry; never more than its owner\'s role has' });

export const apiKeySchema = z
  .object({
    id: opaqueId(),
    ownerUserId: opaqueId(),
    customerAccountId: opaqueId().nullable(),
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the key, shown to tell keys apart' }),
    scopes: z.array(z.string()).meta({ description: 'Permissions (see Scope)' }),
    createdBy: opaqueId(),
    lastUsedAt: timestamp().nullable(),
    revokedAt: timestamp().nullable(),
    expiresAt: timestamp().nullable(),
    allowedIps: z.array(z.string()).meta({ description: 'CIDR blocks (IPv4 or IPv6) the key is accepted from; empty: from anywhere' }),
    rateLimitPerMinute: z.int().meta({ description: 'Requests a minute this key may make (fixed window); over it the API answers 429 with Retry-After' }),
    createdAt: timestamp(),
    updatedAt: timestamp(),
    status: z.enum(['active', 'revoked', 'expired']),
  })
  .meta({ id: 'ApiKey', description: 'An API key, without its secret', examples: [EXAMPLE_KEY] });

export const createdApiKeySchema = apiKeySchema
  .extend({ key: z.string().meta({ description: 'The full key: shown in this response only, store it now' }) })
  .meta({ id: 'CreatedApiKey', description: 'A new API key, with its secret (shown once)', examples: [{ ...EXAMPLE_KEY, key: 'dtk_test_k7h2m9qa_3q2-7wAbCdEfGhIjKlMnOpQrStUvWxYz0123456789abc' }] });

export const whoAmISchema = z
  .object({
    tenant: z.object({ id: opaqueId(), slug: z.string() }),
    user: z.object({ id: opaqueId(), email: z.string(), name: z.string(), role: z.string() }),
    key: z.object({ id: opaqueId(), name: z.string(), prefix: z.string(), scopes: z.array(scopeSchema) }).nullable().meta({ description: 'The key this request was authenticated with; null for a browser session' }),
    permissions: z.array(scopeSchema).meta({ description: "What this caller may do: the role's permissions, narrowed to the key's scopes" }),
  })
  .meta({
    id: 'WhoAmI',
    examples: [
      {
        tenant: { id: '3c2b1a09-8f7e-4d6c-9b5a-493827161504', slug: 'didtron' },
        user: { id: '7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a', email: 'ops@example.com', name: 'Ops', role: 'customer_admin' },
        key: { id: '0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90', name: 'Billing export', prefix: 'dtk_test_k7h2m9qa', scopes: ['portal.use'] },
        permissions: ['portal.use'],
      },
    ],
  });

/** Compile-time equality: `true` only when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [Same<z.output<typeof apiKeySchema>, Json<ApiKeyView>>, Same<z.output<typeof whoAmISchema>, Json<WhoAmI>>] = [true, true];
void checks;
