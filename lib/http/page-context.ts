import 'server-only';
import { headers } from 'next/headers';
import { forbidden, unauthorized } from 'next/navigation';
import { cache } from 'react';
import { can, type Permission } from '@/lib/auth/permissions';
import type { Ctx } from '@/lib/context';
import { ForbiddenError, UnauthorizedError } from '@/lib/errors';
import { getCtx, getOptionalCtx } from './request-context';

/**
 * The context of this server render, resolved once per request (React cache): a layout and its
 * page each need it, and each resolution reads the impersonation grant, the session and the user.
 * A failure (401/403) is memoised as well, so both see the same outcome.
 */
export const renderCtx = cache(async (): Promise<Ctx> => getCtx(await headers()));

/** For pages: the context with the declared permission checked on the server, or the 401/403 page. */
export async function requirePageCtx(permission: Permission): Promise<Ctx> {
  let ctx: Ctx;
  try {
    ctx = await renderCtx();
  } catch (error) {
    if (error instanceof UnauthorizedError) unauthorized();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
  if (!can(ctx.actor.role, permission)) forbidden();
  return ctx;
}

export async function optionalPageCtx(): Promise<Ctx | null> {
  return getOptionalCtx(await headers());
}
