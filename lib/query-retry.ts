/**
 * The shared QueryClient's retry rule. A 4xx is the server's answer (not found, forbidden, invalid
 * input) and stays the same however often it is asked, so it is shown at once; only failures that
 * may pass (the network, a 5xx, a response that could not be read) are retried, at most twice.
 */
export const MAX_QUERY_RETRIES = 2;

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const { status } = error as { status: unknown };
  return typeof status === 'number' ? status : undefined;
}

/**
 * True when a failed query should be asked again. TanStack passes the number of earlier failures
 * (0 after the first attempt failed), as for its numeric `retry`.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES) return false;
  const status = statusOf(error);
  // Status 0 is the client's "could not reach the server"; no status at all is a thrown fetch or parse error.
  if (status === undefined || status === 0) return true;
  return status >= 500;
}
