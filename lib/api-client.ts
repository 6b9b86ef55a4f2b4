/** Browser-side calls to our route handlers; errors keep the server's code and field problems. */
export type ApiProblem = { path: string; message: string; row?: number };

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly problems: ApiProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function apiFetch<T>(url: string, init?: { method?: string; body?: unknown; signal?: AbortSignal }): Promise<T> {
  const method = init?.method ?? 'GET';
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      // Writes are JSON, with or without a body: route() answers 415 to any other declared type.
      headers: init?.body !== undefined || !['GET', 'HEAD'].includes(method.toUpperCase()) ? { 'content-type': 'application/json' } : undefined,
      body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: init?.signal,
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the server. Check your connection and try again.');
  }
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : null;
  if (!res.ok) {
    const error = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    const problems = Array.isArray(error?.details) ? (error.details as ApiProblem[]) : [];
    throw new ApiError(res.status, error?.code ?? 'http_error', error?.message ?? `Request failed (${res.status})`, problems);
  }
  return json as T;
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
