import type { Ctx } from '@/lib/context';
import { ForbiddenError } from '@/lib/errors';

/**
 * Keys are managed by a signed-in person only: a leaked key must not be able to mint, list or
 * revoke keys. The sandbox development actor is no real user and cannot own one.
 */
export function assertSessionActor(ctx: Ctx): void {
  if (ctx.actor.apiKey) throw new ForbiddenError('API keys are managed by a signed-in user, not with an API key');
  if (ctx.actor.isDevelopmentActor) throw new ForbiddenError('Sign in as a real user to manage API keys');
}
