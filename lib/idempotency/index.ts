import { createHash, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { withPlatform, withTenant, type Tx } from '@/db/client';
import { idempotencyRequests } from '@/db/schema';
import { AppError } from '@/lib/errors';

/**
 * Idempotent POSTs on /api/v1 (Stripe's semantics), run by route() (lib/http/route.ts):
 * - the first request with an `Idempotency-Key` claims a row (the unique index on tenant, caller
 *   and key decides who is first) and runs; its response is stored in the handler's own
 *   transaction, so the effect and the stored response commit together or not at all;
 * - a repeat with the same method, path and body gets the stored status and body with
 *   `Idempotent-Replayed: true`; with anything else it is a 422 `idempotency_key_reused`;
 * - a repeat while the first still runs waits up to WAIT_MS for its response, then answers 409
 *   `idempotency_request_in_progress`. It never runs the request a second time.
 * Kept for 24 hours (the row's expires_at), then purged (maintenance.purge-idempotency).
 */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
export const MAX_KEY_LENGTH = 255;
/** How long a concurrent duplicate waits for the first request's response before its 409. */
export const WAIT_MS = 5_000;
const POLL_MS = 50;
/**
 * A claim still in progress after this long whose row nobody has locked belongs to a request that
 * died (its transaction, and with it any effect, rolled back): the next request may take it over.
 */
export const STALE_CLAIM_SECONDS = 30;
/** Response headers a replay repeats; everything else is per response (request id, rate limits). */
const KEPT_HEADERS = ['content-type', 'cache-control', 'location'];
const PRINTABLE = /^[\x20-\x7e]+$/;

export class IdempotencyError extends AppError {}

/** The header's value, validated (1-255 printable ASCII characters), or null when absent. */
export function idempotencyKeyOf(headers: Headers): string | null {
  const value = headers.get(IDEMPOTENCY_HEADER);
  if (value === null) return null;
  if (!value.length || value.length > MAX_KEY_LENGTH || !PRINTABLE.test(value)) {
    throw new IdempotencyError(400, 'invalid_idempotency_key', `The Idempotency-Key header must be 1 to ${MAX_KEY_LENGTH} printable ASCII characters`);
  }
  return value;
}

/** SHA-256 of method, path (with query) and the raw body: what "the same request" means. */
export function requestFingerprint(method: string, pathWithQuery: string, body: string): string {
  return createHash('sha256').update(`${method.toUpperCase()}\n${pathWithQuery}\n`).update(body).digest('hex');
}

export type IdempotentRequest = { tenantId: string; principal: string; key: string; fingerprint: string; method: string; path: string };
type Claim = { id: string; token: string };
type Stored = { status: number; body: string; headers: Record<string, string> };

/** What the request's own transaction does with its claim: lock it first, store the response last. */
export type ClaimInTx = {
  /** Locks the claim row for this transaction; a 409 if the claim was taken over meanwhile. */
  lock(tx: Tx): Promise<void>;
  /** Stores the response in this transaction (the effect's) and returns a fresh copy to send. */
  store(tx: Tx, response: Response): Promise<Response>;
};

/**
 * Runs `execute` once per (tenant, caller, key). `execute` opens the transaction the effect is made
 * in, calls `lock(tx)` first and `store(tx, response)` last, inside it (a handler's thrown 4xx is
 * stored by `settleError` instead: its transaction rolled back, so there is no effect to tie it
 * to). `omit` names top-level JSON fields kept out of storage and replays.
 */
export async function runIdempotent(
  request: IdempotentRequest,
  execute: (claim: ClaimInTx) => Promise<Response>,
  onError: (error: unknown) => Response,
  omit: readonly string[] = [],
): Promise<Response> {
  const claim = await claimOrReplay(request);
  if (claim instanceof Response) return claim;
  const taken = () => new IdempotencyError(409, 'idempotency_request_in_progress', 'Another request with this Idempotency-Key took over: retry to get its response');
  const lock = async (tx: Tx) => {
    const rows = await tx.execute(sql`
      select 1 from idempotency_requests where id = ${claim.id} and claim_token = ${claim.token} and state = 'in_progress' for update`);
    if (!(rows as unknown as unknown[]).length) throw taken();
  };
  const store = async (tx: Tx, response: Response) => {
    const stored = await snapshot(response, omit);
    // The claim row is locked until this transaction ends: a waiting duplicate cannot take it over.
    const done = await tx
      .update(idempotencyRequests)
      .set({ state: 'completed', responseStatus: stored.status, responseBody: stored.body, responseHeaders: stored.headers, completedAt: sql`now()` })
      .where(and(eq(idempotencyRequests.id, claim.id), eq(idempotencyRequests.claimToken, claim.token), eq(idempotencyRequests.state, 'in_progress')))
      .returning({ id: idempotencyRequests.id });
    if (!done.length) throw taken();
    return new Response(await response.clone().arrayBuffer(), response);
  };
  try {
    return await execute({ lock, store });
  } catch (error) {
    const response = onError(error);
    await settleError(request.tenantId, claim, response, omit);
    return response;
  }
}

/**
 * A handler that failed: its transaction rolled back. A 4xx is the request's answer (Stripe keeps
 * them) and is stored; a 5xx releases the key so the client can retry the same request.
 */
async function settleError(tenantId: string, claim: Claim, response: Response, omit: readonly string[]): Promise<void> {
  const mine = and(eq(idempotencyRequests.id, claim.id), eq(idempotencyRequests.claimToken, claim.token), eq(idempotencyRequests.state, 'in_progress'));
  if (response.status >= 500) {
    await withTenant(tenantId, (tx) => tx.delete(idempotencyRequests).where(mine));
    return;
  }
  const stored = await snapshot(response, omit);
  await withTenant(tenantId, (tx) =>
    tx.update(idempotencyRequests).set({ state: 'completed', responseStatus: stored.status, responseBody: stored.body, responseHeaders: stored.headers, completedAt: sql`now()` }).where(mine),
  );
}

async function claimOrReplay(request: IdempotentRequest): Promise<Claim | Response> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const token = randomUUID();
    const outcome = await withTenant(request.tenantId, async (tx) => {
      const [claimed] = await tx
        .insert(idempotencyRequests)
        .values({ ...request, claimToken: token })
        .onConflictDoNothing({ target: [idempotencyRequests.tenantId, idempotencyRequests.principal, idempotencyRequests.key] })
        .returning({ id: idempotencyRequests.id });
      if (claimed) return { id: claimed.id, token };
      const [row] = await tx
        .select()
        .from(idempotencyRequests)
        .where(and(eq(idempotencyRequests.tenantId, request.tenantId), eq(idempotencyRequests.principal, request.principal), eq(idempotencyRequests.key, request.key)));
      if (!row) return 'retry' as const; // released (a 5xx) or purged between the two statements
      if (row.fingerprint !== request.fingerprint) {
        throw new IdempotencyError(422, 'idempotency_key_reused', 'This Idempotency-Key was used with a different request (method, path or body): use a new key for a new request', {
          method: row.method,
          path: row.path,
        });
      }
      if (row.expiresAt.getTime() <= Date.now()) {
        // Expired but not yet purged: the key is free again.
        await tx.delete(idempotencyRequests).where(eq(idempotencyRequests.id, row.id));
        return 'retry' as const;
      }
      if (row.state === 'completed') return replay({ status: row.responseStatus!, body: row.responseBody ?? '', headers: row.responseHeaders ?? {} });
      return takeOverStale(tx, row.id);
    });
    if (outcome instanceof Response || (typeof outcome === 'object' && outcome)) return outcome;
    if (outcome === 'wait') {
      if (Date.now() >= deadline) {
        throw new IdempotencyError(409, 'idempotency_request_in_progress', 'A request with this Idempotency-Key is still in progress: retry in a moment to get its response');
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

/** Takes over a stale claim that no live transaction holds (SKIP LOCKED), else waits. */
async function takeOverStale(tx: Tx, id: string): Promise<Claim | 'wait'> {
  const token = randomUUID();
  const rows = await tx.execute<{ id: string }>(sql`
    update idempotency_requests set claim_token = ${token}, claimed_at = now()
    where id = (
      select id from idempotency_requests
      where id = ${id} and state = 'in_progress' and claimed_at < now() - make_interval(secs => ${STALE_CLAIM_SECONDS})
      for update skip locked
    )
    returning id`);
  const row = (rows as unknown as Array<{ id: string }>)[0];
  return row ? { id: row.id, token } : 'wait';
}

function replay(stored: Stored): Response {
  return new Response(stored.status === 204 ? null : stored.body, { status: stored.status, headers: { ...stored.headers, [REPLAYED_HEADER]: 'true' } });
}

async function snapshot(response: Response, omit: readonly string[]): Promise<Stored> {
  let body = await response.clone().text();
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  if (omit.length && headers['content-type']?.includes('json')) {
    try {
      const parsed = JSON.parse(body) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        for (const field of omit) delete (parsed as Record<string, unknown>)[field];
        body = JSON.stringify(parsed);
      }
    } catch {
      // Not JSON after all: stored as sent.
    }
  }
  return { status: response.status, body, headers };
}

/** Deletes records past their 24 hours (maintenance.purge-idempotency), in batches. */
export async function purgeExpiredIdempotency(batch = 5_000): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await withPlatform(async (tx) => {
      const rows = await tx.execute(sql`
        delete from idempotency_requests where id in (
          select id from idempotency_requests where expires_at <= now() limit ${batch}
        ) returning 1`);
      return (rows as unknown as unknown[]).length;
    });
    total += deleted;
    if (deleted < batch) return total;
  }
}
