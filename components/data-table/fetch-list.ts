import type { ListState } from './list-state';
import { toEndpointParams } from './list-state';

/** Mirror of lib/pagination's PageInfo (kept separate: that module is server-only). */
export type PageInfo = { nextCursor: string | null; prevCursor: string | null; limit: number };
export type ListResponse<T> = { items: T[]; pageInfo: PageInfo };

/** A failed list request, carrying the API's `{ error: { code, message, details } }`. */
export class ListQueryError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
    public readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ListQueryError';
  }
}

function isListResponse(body: unknown): body is ListResponse<unknown> {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as { items?: unknown; pageInfo?: unknown };
  return Array.isArray(b.items) && typeof b.pageInfo === 'object' && b.pageInfo !== null;
}

export async function fetchList<T>(endpoint: string, state: ListState, signal?: AbortSignal): Promise<ListResponse<T>> {
  const url = `${endpoint}${endpoint.includes('?') ? '&' : '?'}${toEndpointParams(state).toString()}`;
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin', signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ListQueryError(0, 'network_error', 'Could not reach the server. Check your connection and try again.');
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // handled below: a non-JSON body is an error whatever the status
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string; details?: unknown; requestId?: string } } | null)?.error;
    throw new ListQueryError(res.status, err?.code ?? 'http_error', err?.message ?? `The server answered ${res.status}.`, err?.details, err?.requestId);
  }
  if (!isListResponse(body)) throw new ListQueryError(res.status, 'bad_response', 'The server sent an unexpected response.');
  return body as ListResponse<T>;
}
