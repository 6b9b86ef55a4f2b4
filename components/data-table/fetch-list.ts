import { ApiError, fetchOrNetworkError, readApiResponse } from '@/lib/api-client';
import type { ListState } from './list-state';
import { toEndpointParams } from './list-state';

/** Mirror of lib/pagination's PageInfo (kept separate: that module is server-only). */
export type PageInfo = { nextCursor: string | null; prevCursor: string | null; limit: number };
export type ListResponse<T> = { items: T[]; pageInfo: PageInfo };

function isListResponse(body: unknown): body is ListResponse<unknown> {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as { items?: unknown; pageInfo?: unknown };
  return Array.isArray(b.items) && typeof b.pageInfo === 'object' && b.pageInfo !== null;
}

/** One page of a list endpoint; failures are ApiError (lib/api-client.ts), like every other API call. */
export async function fetchList<T>(endpoint: string, state: ListState, signal?: AbortSignal): Promise<ListResponse<T>> {
  const url = `${endpoint}${endpoint.includes('?') ? '&' : '?'}${toEndpointParams(state).toString()}`;
  const res = await fetchOrNetworkError(url, { headers: { accept: 'application/json' }, credentials: 'same-origin', signal });
  const body = await readApiResponse(res);
  if (!isListResponse(body)) throw new ApiError(res.status, 'bad_response', 'The server sent an unexpected response.');
  return body as ListResponse<T>;
}
