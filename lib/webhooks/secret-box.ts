import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { config } from '@/lib/config';

/**
 * Signing secrets at rest. A webhook secret must be read back to sign each delivery, so unlike an
 * API key it cannot be hashed: it is encrypted with AES-256-GCM under a key derived (HKDF) from
 * BETTER_AUTH_SECRET and the tenant id, the way Better Auth encrypts 2FA secrets with a per-tenant
 * secret. A database dump alone reveals no secret, and one tenant's ciphertext does not decrypt
 * under another's key.
 */
const VERSION = 'v1';

function keyFor(tenantId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', config().betterAuthSecret, tenantId, 'didtron:webhooks:signing-secret', 32));
}

/** A Standard Webhooks secret: `whsec_` and base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export function encryptSecret(tenantId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(tenantId), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

export function decryptSecret(tenantId: string, stored: string): string {
  const [version, iv, tag, data] = stored.split('.');
  if (version !== VERSION || !iv || !tag || !data) throw new Error('unknown webhook secret format');
  const decipher = createDecipheriv('aes-256-gcm', keyFor(tenantId), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
