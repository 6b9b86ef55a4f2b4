import { describe, expect, it } from 'vitest';
import { makeQueryClient } from '@/components/providers';
import { ApiError } from '@/lib/api-client';
import { shouldRetryQuery } from './query-retry';

describe('shouldRetryQuery', () => {
  it('never retries a 4xx: the answer would be the same', () => {
    for (const status of [400, 401, 403, 404, 409, 415, 422, 429, 499]) {
      expect(shouldRetryQuery(0, new ApiError(status, 'x', 'x')), String(status)).toBe(false);
    }
  });

  it('retries network errors, 5xx and unreadable responses, at most twice', () => {
    for (const error of [new ApiError(0, 'network_error', 'x'), new ApiError(500, 'x', 'x'), new ApiError(503, 'x', 'x'), new TypeError('Failed to fetch'), new SyntaxError('Unexpected token <')]) {
      expect(shouldRetryQuery(0, error), String(error)).toBe(true);
      expect(shouldRetryQuery(1, error), String(error)).toBe(true);
      expect(shouldRetryQuery(2, error), String(error)).toBe(false);
    }
  });

  it('reads the status of any error object that carries one, and ignores a non-numeric one', () => {
    expect(shouldRetryQuery(0, Object.assign(new Error('x'), { status: 404 }))).toBe(false);
    expect(shouldRetryQuery(0, { status: '404' })).toBe(true);
    expect(shouldRetryQuery(0, null)).toBe(true);
  });
});

describe('the shared QueryClient', () => {
  async function attempts(error: unknown): Promise<number> {
    const client = makeQueryClient();
    let calls = 0;
    await client
      .fetchQuery({
        queryKey: ['probe'],
        retryDelay: 0,
        queryFn: () => {
          calls += 1;
          throw error;
        },
      })
      .catch(() => undefined);
    return calls;
  }

  it('asks once for a 404, so a missing record shows at once', async () => {
    expect(await attempts(new ApiError(404, 'not_found', 'Job 999999 not found'))).toBe(1);
  });

  it('asks three times in all for a 5xx or a network error', async () => {
    expect(await attempts(new ApiError(502, 'http_error', 'Bad gateway'))).toBe(3);
    expect(await attempts(new ApiError(0, 'network_error', 'offline'))).toBe(3);
  });
});
