import { headers } from 'next/headers';
import { forbidden, unauthorized } from 'next/navigation';
import { can, type Permission } from '@/lib/auth/permissions';
import type { Ctx } from '@/lib/context';
import { ForbiddenError, UnauthorizedError } from '@/lib/errors';
import { getCtx, getOptionalCtx } from './request-context';

/** For pages: the context with the declared permission checked on the server, or the 401/403 page. */
export async function requirePageCtx(permission: Permission): Promise<Ctx> {
  let ctx: Ctx;
  try {
    ctx = await getCtx(await headers());
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
