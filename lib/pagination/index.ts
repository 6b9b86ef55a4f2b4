/**
 * Server-side keyset pagination for every list endpoint. Server-only: never import it from a
 * client component (it pulls in drizzle and lib/errors).
 */
export { decodeCursor, encodeCursor, type CursorPayload } from './cursor';
export { DEFAULT_LIMIT, MAX_LIMIT, defineListSpec, escapeLike, parseListQuery, type FilterSpec, type ListQuery, type ListQuerySpec } from './parse-list-query';
export { listQuerySchema } from './list-query-schema';
export { KEYSET_ID, KEYSET_VALUE, keysetClauses, keysetPage, paginate, type KeysetClauses, type KeysetFields, type Page, type PageInfo } from './keyset';
