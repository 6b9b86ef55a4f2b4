import type { AssignmentLevel } from '@/db/schema/assignments';
import type { AnyCtx } from '@/lib/context';
import { customerPlacement, hierarchyNames } from '@/lib/customers/placement';
import { getRootTenantRef } from '@/lib/tenancy';
import { NotFoundError } from '@/lib/errors';

export type TargetRef = { level: AssignmentLevel; targetId: string | null; name: string; tenantId: string };

/**
 * The target of an assignment, checked to exist (a 404 otherwise), with the tenant its row
 * belongs to: the root tenant for ALL/category/group (platform-wide), the account's own tenant for
 * a customer.
 */
export async function resolveTarget(ctx: AnyCtx, level: AssignmentLevel, targetId: string | null): Promise<TargetRef> {
  if (level === 'customer') {
    const account = await customerPlacement(ctx, targetId!);
    return { level, targetId, name: account.company, tenantId: account.tenantId };
  }
  const root = await getRootTenantRef(ctx);
  if (level === 'all') return { level, targetId: null, name: 'All customers', tenantId: root.id };
  const names = await hierarchyNames(ctx, level === 'category' ? { categories: [targetId!] } : { groups: [targetId!] });
  const name = names.get(targetId!);
  if (!name) throw new NotFoundError(level === 'category' ? 'Category not found' : 'Group not found');
  return { level, targetId, name, tenantId: root.id };
}

/** Display names of many targets at once (one query per level present). */
export async function targetNames(ctx: AnyCtx, rows: { level: AssignmentLevel; targetId: string | null }[]): Promise<Map<string, string>> {
  const ids = (level: AssignmentLevel) => [...new Set(rows.filter((r) => r.level === level && r.targetId).map((r) => r.targetId!))];
  return hierarchyNames(ctx, { categories: ids('category'), groups: ids('group'), accounts: ids('customer') });
}
