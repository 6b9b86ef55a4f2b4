import { headers as requestHeaders } from 'next/headers';
import { z } from 'zod';
import type { Permission } from '@/lib/auth/permissions';
import { assertPermission, type Ctx } from '@/lib/context';
import { AppError, ValidationError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { parseInput } from '@/lib/validation';
import { getCtx, getOnboardingCtx, requestMeta } from './request-context';
import { assertSameOrigin } from './same-origin';

export type ActionResult<T extends object> = ({ ok: true } & T) | { ok: false; message: string };

export type ActionSpec<S extends z.ZodType> = {
  /** Names the action in logs, like a route's key. */
  key: string;
  permission: Permission;
  /** The input's schema: the action parses with it (no casts), as route handlers parse their bodies. */
  input: S;
  /** 'allow-onboarding' only for the onboarding wizard's own steps (lib/http/request-context.ts). */
  gate?: 'require-onboarded' | 'allow-onboarding';
  /** Runs after the origin check and before the context is resolved (its AppError becomes the result). */
  precondition?: (headers: Headers) => Promise<void>;
};

/**
 * The server action counterpart of route(). Its input is whatever the caller sent (a server action
 * is a public endpoint), so it is typed unknown and parsed with the spec's schema. Like route(): the same origin check as a cookie-authenticated write,
 * the same context and permission, the input parsed with its schema, errors mapped to a message
 * (an AppError's own, a generic one for anything else, which is logged), and one log line per call
 * with key, outcome, duration, tenant, role and request id. Server actions remain the exception
 * (docs/DECISIONS.md): only the onboarding wizard uses one.
 */
export function action<S extends z.ZodType, T extends object>(
  spec: ActionSpec<S>,
  handler: (args: { ctx: Ctx; input: z.infer<S>; headers: Headers }) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (raw) => {
    const started = performance.now();
    const h = await requestHeaders();
    const meta = requestMeta(h);
    let ctx: Ctx | undefined;
    let result: ActionResult<T>;
    try {
      // Next refuses a foreign Origin itself; this also refuses a missing one, a sibling host's and another scheme.
      assertSameOrigin(h);
      await spec.precondition?.(h);
      ctx = spec.gate === 'allow-onboarding' ? await getOnboardingCtx(h) : await getCtx(h);
      assertPermission(ctx, spec.permission);
      const input = parseInput(spec.input, raw);
      result = { ok: true, ...(await handler({ ctx, input, headers: h })) };
    } catch (error) {
      const known = error instanceof z.ZodError ? new ValidationError(error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))) : error;
      if (known instanceof AppError) result = { ok: false, message: known.message };
      else {
        logger.error({ err: error, action: spec.key, requestId: meta.requestId }, 'action failed');
        result = { ok: false, message: 'Something went wrong on our side. Try again.' };
      }
    }
    logger.info(
      { action: spec.key, ok: result.ok, durationMs: Math.round((performance.now() - started) * 10) / 10, tenant: ctx?.tenant.slug ?? meta.tenantSlug, role: ctx?.actor.role, requestId: meta.requestId },
      'action',
    );
    return result;
  };
}
