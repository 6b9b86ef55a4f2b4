import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { ratePlans } from '@/db/schema';
import type { RatePlanKind } from '@/db/schema/rates-values';

export type RatePlanRef = { id: string; tenantId: string; name: string; kind: RatePlanKind; currency: string };

/**
 * Who a plan is (brand, kind, currency) for another domain that holds a reference to it (routing
 * checks that a customer plan is a sell plan of the same brand), inside the caller's transaction;
 * null = no such plan visible there. No permission check: the caller's service made its own.
 */
export async function ratePlanRef(tx: Tx, planId: string): Promise<RatePlanRef | null> {
  const [row] = await tx.select({ id: ratePlans.id, tenantId: ratePlans.tenantId, name: ratePlans.name, kind: ratePlans.kind, currency: ratePlans.currency }).from(ratePlans).where(eq(ratePlans.id, planId));
  return row ?? null;
}
