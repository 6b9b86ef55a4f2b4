import 'server-only';
import { getTableColumns } from 'drizzle-orm';
import { apiKeys, type ApiKeyRow } from '@/db/schema';
import { isPlatformRole, permissions, type Permission } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/context';

export type ApiKeyStatus = 'active' | 'revoked' | 'expired';

/** What the API and the audit trail show of a key: everything but its hash. */
export type ApiKeyView = Omit<ApiKeyRow, 'hash' | 'tenantId'> & { status: ApiKeyStatus };

const { hash: _hash, ...publicColumns } = getTableColumns(apiKeys);
/** The columns a query may select for a view (never the hash). */
export const apiKeyPublicColumns = publicColumns;

export function apiKeyStatus(row: Pick<ApiKeyRow, 'revokedAt' | 'expiresAt'>, now = new Date()): ApiKeyStatus {
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** Strips the hash even when handed a whole row (a view goes into responses and the audit trail). */
export function toApiKeyView(row: Omit<ApiKeyRow, 'hash'> & { hash?: string }): ApiKeyView {
  const { tenantId: _tenantId, hash: _hash, ...rest } = row;
  return { ...rest, status: apiKeyStatus(row) };
}

/** Stored scopes that are still permissions (a renamed permission must not linger as a grant). */
export function knownScopes(scopes: readonly string[]): Permission[] {
  return scopes.filter((s): s is Permission => (permissions as readonly string[]).includes(s));
}

/**
 * Tenant admins and platform staff manage every key of the tenant; other roles only their own
 * (until customer accounts exist, a customer_admin of one customer must not see another's keys).
 */
export function managesAllKeys(actor: Actor): boolean {
  return actor.role === 'tenant_admin' || isPlatformRole(actor.role);
}
