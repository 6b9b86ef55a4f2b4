import { resolvePlacement } from '@/lib/assignments/facts';
import { isItemAvailable, type ResolvedItem } from '@/lib/assignments/resolve';
import type { Ctx } from '@/lib/context';
import { customerPlacementOfUser, type CustomerPlacement } from '@/lib/customers/placement';
import { NotFoundError } from '@/lib/errors';
import type { PortalNav } from '@/lib/navigation/types';
import { customerNav } from '@/lib/navigation/customer';
import { portalModuleType } from './assignable';
import { portalModules, type PortalModuleKey } from './modules';

export type ModuleAccess = { placement: CustomerPlacement | null; enabled: ReadonlySet<string>; resolved: Map<string, ResolvedItem> };

/**
 * The modules the signed-in user's customer account sees, decided by the assignment engine (two
 * queries: the user's placement, the assignments that reach it). A user without a customer
 * account (a reseller's tenant admin, staff) sees no customer module.
 */
export async function moduleAccessOf(ctx: Ctx): Promise<ModuleAccess> {
  const placement = await customerPlacementOfUser(ctx);
  if (!placement) return { placement: null, enabled: new Set(), resolved: new Map() };
  const resolved = await resolvePlacement(ctx, placement);
  return { placement, resolved, enabled: new Set(portalModules.filter((m) => isItemAvailable(resolved, portalModuleType, m.key)).map((m) => m.key)) };
}

/**
 * The guard of a module's services and API routes: a 404 (never a 403, which would tell that the
 * module exists) unless the caller's account sees the module. Returns the account's placement and resolved assignments.
 */
export async function assertModuleEnabled(ctx: Ctx, key: PortalModuleKey): Promise<{ placement: CustomerPlacement; resolved: Map<string, ResolvedItem> }> {
  const access = await moduleAccessOf(ctx);
  if (!access.placement || !access.enabled.has(key)) throw new NotFoundError();
  return { placement: access.placement, resolved: access.resolved };
}

/** The customer navigation with only the modules the account sees (the menus are filtered on the server). */
export function customerNavFor(enabled: ReadonlySet<string>): PortalNav {
  return { ...customerNav, modules: customerNav.modules.filter((m) => enabled.has(m.key)) };
}
