/**
 * The auth domain's public face for other domains' services: what they may call (in their own
 * transaction, through ctx.db) instead of reaching into auth's tables and helpers.
 */
export { endImpersonationGrantsOf } from './impersonation';
export { revokeAllSessions } from './revoke';
