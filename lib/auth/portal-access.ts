import { ForbiddenError } from '@/lib/errors';
import { portalUrl } from '@/lib/tenancy/portal-url';
import type { Portal } from '@/lib/tenancy/resolve-host';
import { isPlatformRole, type Role } from './permissions';

/**
 * Which portal a user may enter (docs/DECISIONS.md, "One portal per account"). Every account
 * belongs to exactly one portal, decided by its role and tenant:
 * - platform staff: the staff portal (admin.<root>);
 * - carrier users of the root brand: the carrier portal (carrier.<root>);
 * - everyone else: their brand's customer portal (pbx. / switch.pbx.<root>, or the reseller's
 *   hosts). A reseller's carrier users stay on their brand's hosts, the only ones their brand has,
 *   until Class 4 gives resellers a carrier portal.
 * Sign-in refuses an account on any other portal's host before a session exists (create-auth.ts),
 * and a session that still exists there (one made before a role change) opens nothing
 * (request-context.ts).
 */

/** The portals people sign in to. */
export type AccountPortal = 'customer' | 'carrier' | 'admin';

export const WRONG_PORTAL = 'WRONG_PORTAL';

/** The portal whose accounts a host signs in: pbx.<root> and every tenant host sign in customers. */
export function accountPortalOfHost(portal: Portal | null): AccountPortal | null {
  switch (portal) {
    case 'signup':
    case 'customer':
      return 'customer';
    case 'carrier':
      return 'carrier';
    case 'admin':
      return 'admin';
    default:
      return null;
  }
}

/** The one portal an account belongs to. */
export function portalOfAccount(user: { role: Role; rootTenant: boolean }): AccountPortal {
  if (isPlatformRole(user.role)) return 'admin';
  if (user.role === 'carrier_user' && user.rootTenant) return 'carrier';
  return 'customer';
}

const PORTAL_NAMES: Record<AccountPortal, string> = { customer: 'the customer portal', carrier: 'the carrier portal', admin: 'the staff portal' };

const FOR_WHOM: Record<AccountPortal, string> = {
  customer: 'This portal is for customers.',
  carrier: 'This portal is for carriers.',
  admin: 'This portal is for platform staff.',
};

const ACCOUNT_KIND: Record<AccountPortal, string> = { customer: 'a customer account', carrier: 'a carrier account', admin: 'a platform staff account' };

/**
 * Where an account of this portal signs in. Only the root brand's accounts are ever refused (the
 * staff and carrier hosts serve the root brand only), so a customer's right portal is pbx.<root>.
 */
export function signInUrlOfPortal(portal: AccountPortal): string {
  return portalUrl(portal === 'customer' ? 'signup' : portal, '/sign-in');
}

export type PortalRefusal = {
  code: typeof WRONG_PORTAL;
  message: string;
  /** The portal the account belongs to, its name and where it signs in. */
  portal: AccountPortal;
  portalName: string;
  portalUrl: string;
};

/**
 * Null when the account may enter the portal this host serves; else why not and where to go
 * instead. Hosts nobody signs in to (marketing, docs) refuse nobody: they have no sessions.
 */
export function portalRefusal(user: { role: Role; rootTenant: boolean }, hostPortal: Portal | null): PortalRefusal | null {
  const here = accountPortalOfHost(hostPortal);
  const own = portalOfAccount(user);
  if (!here || here === own) return null;
  return {
    code: WRONG_PORTAL,
    message: `${FOR_WHOM[here]} Yours is ${ACCOUNT_KIND[own]}: sign in at ${PORTAL_NAMES[own]}.`,
    portal: own,
    portalName: PORTAL_NAMES[own],
    portalUrl: signInUrlOfPortal(own),
  };
}

/** A session on a host of another portal than its account's (see portalRefusal). */
export class WrongPortalError extends ForbiddenError {
  readonly refusal: PortalRefusal;
  constructor(refusal: PortalRefusal) {
    super(refusal.message, 'wrong_portal', { portal: refusal.portal, portalUrl: refusal.portalUrl });
    this.refusal = refusal;
  }
}
