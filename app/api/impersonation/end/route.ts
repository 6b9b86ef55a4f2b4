import { NextResponse } from 'next/server';
import { impersonationCookieName, impersonationCookieOptions, lookupImpersonation } from '@/lib/auth/impersonation';
import { NotFoundError, UnauthorizedError } from '@/lib/errors';
import { getCtx } from '@/lib/http/request-context';
import { route } from '@/lib/http/route';
import { assertSameOriginWrite } from '@/lib/http/same-origin';
import { endImpersonation } from '@/lib/users/services/end-impersonation';

/**
 * The banner's "End impersonation": ends the grant (audited with both identities) and clears the
 * cookie. Always clears it, so a cookie of an impersonation that already ended can be dismissed.
 */
export const POST = route({ key: 'impersonation.end', permission: 'public', portal: 'customer' }, async ({ req }) => {
  // Another site must not end it (or clear the cookie) by posting a form here: the rule route() applies to every signed-in write.
  assertSameOriginWrite(req);
  const found = await lookupImpersonation(req.headers);
  let ended = false;
  if (found.kind === 'ok') {
    try {
      await endImpersonation({ ctx: await getCtx(req.headers), input: { grantId: found.grant.id } });
      ended = true;
    } catch (error) {
      // Ended meanwhile (another tab, a forced sign-out): there is nothing left to end.
      if (!(error instanceof NotFoundError || error instanceof UnauthorizedError)) throw error;
    }
  }
  const response = NextResponse.json({ ended }, { headers: { 'cache-control': 'no-store' } });
  // Same attributes as when it was set (a __Host- cookie is only replaced by a Secure one), expired.
  response.cookies.set(impersonationCookieName(), '', impersonationCookieOptions(new Date(0)));
  return response;
});
