import { and, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import { customerAccounts } from '@/db/schema';
import { escapeLike } from '@/lib/pagination';

const HEX_PREFIX = /^[0-9a-f-]+$/i;
/** Shorter hex prefixes match too many ids to be what someone pasted. */
const MIN_ID_PREFIX = 4;

/**
 * The uuid range an id prefix covers ("3f2a9c" -> 3f2a9c00-0000-... .. 3f2a9cff-ffff-...): a range
 * on the primary key, so the prefix search is an index range scan instead of a cast and a scan.
 */
export function idPrefixRange(q: string): { low: string; high: string } | null {
  if (!HEX_PREFIX.test(q)) return null;
  const hex = q.replace(/-/g, '').toLowerCase();
  if (hex.length < MIN_ID_PREFIX || hex.length > 32) return null;
  const fmt = (h: string) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return { low: fmt(hex.padEnd(32, '0')), high: fmt(hex.padEnd(32, 'f')) };
}

/**
 * Customer search: "contains" on company, billing email and account number, each served by its
 * pg_trgm GIN index (drizzle/0015_customers_search.sql; a BitmapOr of the three), or the id range.
 */
export function customerSearch(q: string): SQL {
  const pattern = `%${escapeLike(q)}%`;
  const parts: SQL[] = [ilike(customerAccounts.company, pattern), ilike(customerAccounts.billingEmail, pattern), ilike(customerAccounts.accountNumber, pattern)];
  const range = idPrefixRange(q);
  if (range) parts.push(and(gte(customerAccounts.id, range.low), lte(customerAccounts.id, range.high))!);
  return or(...parts)!;
}
