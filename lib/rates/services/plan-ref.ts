import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { ratePlans } from '@/db/schema';
import type { RatePlanKind } from '@/db/schema/rates-values';

export type RatePlanRef = { id: string; tenantId: string; name: string; kind: RatePlanKind; currency: string };

/**
 * What another domain needs to reference a plan (Class 4 services and interconnects): its brand,
 * kind and currency, in the caller's transaction; null when no such plan is visible there.
 */
export async function ratePlanRef(tx: Tx, id: string): Promise<RatePlanRef | null> {
  const [row] = await tx.select({ id: ratePlans.id, tenantId: ratePlans.tenantId, name: ratePlans.name, kind: ratePlans.kind, currency: ratePlans.currency }).from(ratePlans).where(eq(ratePlans.id, id));
  return row ?? null;
}
