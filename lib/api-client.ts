/**
 * Browser-side calls to our route handlers. Every failure is one error class, ApiError, which keeps
 * the server's error envelope (`{ error: { code, message, details, requestId } }`, lib/http/route.ts)
 * or says plainly what went wrong when there is none (network down, a proxy's HTML 502 page).
 */
export type ApiProblem = { path: string; message: string; row?: number };

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    /** The envelope's `details`: field problems for a 422, whatever the code documents otherwise. */
    public readonly details?: unknown,
    public readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field problems (a 422's details); empty for other errors. */
  get problems(): ApiProblem[] {
    return Array.isArray(this.details) ? (this.details as ApiProblem[]) : [];
  }

  /** A refusal the same request will get again (4xx): not worth retrying. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

export const NETWORK_ERROR_MESSAGE = 'Could not reach the server. Check your connection and try again.';

/** Wraps fetch's own failure (offline, refused, DNS); an abort stays an AbortError for TanStack Query. */
export async function fetchOrNetworkError(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (e) {
    if ((e as Error | undefined)?.name === 'AbortError') throw e;
    throw new ApiError(0, 'network_error', NETWORK_ERROR_MESSAGE);
  }
}

type Envelope = { error?: { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown } };

/**
 * Reads a response of our API: its JSON on success (null for an empty body), an ApiError from the
 * error envelope otherwise. A body that is not JSON (a load balancer's HTML error page, a truncated
 * answer) becomes an ApiError naming the status, never a SyntaxError.
 */
export async function readApiResponse(res: Response): Promise<unknown> {
  const text = await res.text().catch(() => '');
  let json: unknown = null;
  let isJson = true;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      isJson = false;
    }
  }
  if (!res.ok) {
    const error = isJson && typeof json === 'object' && json !== null ? (json as Envelope).error : undefined;
    if (error && typeof error.message === 'string') {
      return Promise.reject(
        new ApiError(res.status, typeof error.code === 'string' ? error.code : 'http_error', error.message, error.details, typeof error.requestId === 'string' ? error.requestId : undefined),
      );
    }
    const what = `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    const message = isJson ? `The server answered ${what}.` : `The server answered ${what} without a readable error. Try again in a moment.`;
    return Promise.reject(new ApiError(res.status, 'http_error', message));
  }
  if (!isJson) return Promise.reject(new ApiError(res.status, 'bad_response', 'The server sent an unexpected response.'));
  return json;
}

export async function apiFetch<T>(url: string, init?: { method?: string; body?: unknown; signal?: AbortSignal }): Promise<T> {
  const method = init?.method ?? 'GET';
  const res = await fetchOrNetworkError(url, {
    method,
    // Writes are JSON, with or without a body: route() answers 415 to any other declared type.
    headers: init?.body !== undefined || !['GET', 'HEAD'].includes(method.toUpperCase()) ? { 'content-type': 'application/json' } : undefined,
    body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
    signal: init?.signal,
  });
  return (await readApiResponse(res)) as T;
}

/** Puts server-side field problems onto react-hook-form fields; returns the ones it could not place. */
export function applyFieldErrors(error: unknown, setError: (name: never, e: { message: string }) => void, fields: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : 'Something went wrong';
  const unplaced: string[] = [];
  for (const p of error.problems) {
    if (fields.includes(p.path)) setError(p.path as never, { message: p.message });
    else unplaced.push(`${p.path}: ${p.message}`);
  }
  if (error.problems.length === 0) return error.message;
  return unplaced.length ? unplaced.join('; ') : null;
}

/**
 * Uploads a file as the raw request body (a route that declares `uploadTypes`), reporting upload
 * progress (fetch cannot: XMLHttpRequest's upload events can), and reads the answer like apiFetch.
 */
export function uploadFile<T>(url: string, file: Blob, { contentType, onProgress, signal }: { contentType: string; onProgress?: (sent: number, total: number) => void; signal?: AbortSignal }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', contentType);
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new ApiError(0, 'network_error', NETWORK_ERROR_MESSAGE));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    xhr.onload = () => {
      const res = new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status, statusText: xhr.statusText });
      readApiResponse(res).then((json) => resolve(json as T), reject);
    };
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
