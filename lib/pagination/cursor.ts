import { ValidationError } from '@/lib/errors';

/**
 * The opaque page cursor: base64url of JSON `{ v, id, d, s }`.
 * - v: the sort column's value of the boundary row, as PostgreSQL prints it (`col::text`), so
 *   timestamptz keeps its microseconds and numerics their exact digits;
 * - id: the boundary row's unique tiebreaker;
 * - d: which way to read from the boundary ('next' = after it, 'prev' = before it);
 * - s: the sort it was made for ('-createdAt'); a cursor is meaningless under another sort.
 */
export type CursorPayload = { v: string; id: string; d: 'next' | 'prev'; s: string };

export function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

const MAX_CURSOR_LENGTH = 2048;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function invalid(message: string): ValidationError {
  return new ValidationError([{ path: 'cursor', message }]);
}

export function decodeCursor(raw: string): CursorPayload {
  if (raw.length === 0 || raw.length > MAX_CURSOR_LENGTH || !BASE64URL.test(raw)) throw invalid('malformed cursor');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid('malformed cursor');
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid('malformed cursor');
  const { v, id, d, s } = parsed as Record<string, unknown>;
  if (typeof v !== 'string' || typeof id !== 'string' || id.length === 0 || (d !== 'next' && d !== 'prev') || typeof s !== 'string') {
    throw invalid('malformed cursor');
  }
  return { v, id, d, s };
}
