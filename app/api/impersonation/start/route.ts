import { NextResponse } from 'next/server';
import { impersonationCookieName, impersonationCookieOptions, redeemImpersonationToken } from '@/lib/auth/impersonation';
import { AppError, NotFoundError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { forwardedTenant } from '@/lib/tenancy/forwarded-tenant';

/**
 * The one-time link a super admin opens (admin console -> Impersonate): on the target's customer
 * portal host, it exchanges the token for the impersonation cookie and goes to the portal. The
 * token is single-use and short-lived; the redirect sends no referrer, so it leaks nowhere.
 */
export const GET = route({ key: 'impersonation.start', permission: 'public', portal: 'customer' }, async ({ req }) => {
  const tenant = await forwardedTenant(req.headers);
  if (!tenant) throw new NotFoundError();
  const redeemed = await redeemImpersonationToken(req.nextUrl.searchParams.get('token') ?? '', tenant.tenantId);
  if (!redeemed) throw new AppError(410, 'impersonation_link_invalid', 'This impersonation link has expired or was already used. Start again from the admin console.');
  const response = new NextResponse(null, { status: 303, headers: { location: '/', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' } });
  response.cookies.set(impersonationCookieName(), redeemed.secret, impersonationCookieOptions(redeemed.expiresAt));
  return response;
});
