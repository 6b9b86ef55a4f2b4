import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * API key format: `dtk_<live|test>_<8 chars>_<43 chars>`. The first part (the prefix) is public: it
 * is shown in lists and finds the row. The rest is 32 random bytes (base64url). `test` keys are
 * minted in sandbox mode, so a sandbox key is recognisable and never mistaken for a production one.
 */
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const KEY_PATTERN = /^(dtk_(?:live|test)_[a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

export type KeyMode = 'live' | 'test';
export type GeneratedKey = { key: string; prefix: string; hash: string };

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(mode: KeyMode): GeneratedKey {
  let id = '';
  for (let i = 0; i < 8; i++) id += PREFIX_ALPHABET[randomInt(PREFIX_ALPHABET.length)];
  const prefix = `dtk_${mode}_${id}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** The prefix of a well-formed key, or null (a malformed key never reaches the database). */
export function apiKeyPrefix(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** Constant-time comparison of a presented key with a stored hash. */
export function apiKeyMatches(key: string, storedHash: string): boolean {
  const presented = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
