import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { withTenant } from '@/db/client';
import { users } from '@/db/schema';
import { assertPermission, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';
import { parseInput } from '@/lib/validation';
import { invitationPending } from '../access';

/** The most colleagues one profile lists; a carrier has a handful of accounts. */
export const CARRIER_PROFILE_MAX_USERS = 100;

export type CarrierProfileView = {
  company: { name: string | null };
  account: { id: string; name: string; email: string; role: string; twoFactorEnabled: boolean; createdAt: string };
  /** The carrier's accounts: the signed-in one, and the carrier users of the same company on this brand. */
  users: Array<{ id: string; name: string; email: string; status: string; invitationPending: boolean; you: boolean }>;
  /** Who the carrier talks to: the brand's support contact. */
  contact: { brandName: string; supportEmail: string | null };
};

/**
 * The carrier portal's home until Class 4 lands (carrier entities, interconnects, rates): the
 * signed-in carrier's company, account and colleagues, and whom to contact. Colleagues are the
 * carrier users of this brand whose company name is the same, trimmed and in any case (set by
 * staff, since carriers are invited), with their status; without a company name the account
 * stands alone. Read-only, so not audited.
 */
export async function getCarrierProfile({ ctx, input = {} }: { ctx: Ctx; input?: unknown }): Promise<CarrierProfileView> {
  assertPermission(ctx, 'carrier.use');
  parseInput(z.object({}).strict(), input);
  const brand = await getPublicBranding(ctx.tenant.slug);
  return withTenant(ctx.tenant.id, async (tx) => {
    const [me] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, ctx.actor.userId), eq(users.tenantId, ctx.tenant.id)));
    if (!me) throw new NotFoundError('No carrier profile for this account');
    const company = me.companyName?.trim() || null;
    const colleagues = await tx
      .select({ id: users.id, name: users.name, email: users.email, status: users.status, invitationPending: invitationPending() })
      .from(users)
      .where(
        and(
          eq(users.tenantId, ctx.tenant.id),
          company
            ? and(eq(users.role, 'carrier_user'), sql`lower(btrim(${users.companyName})) = lower(${company})`)
            : eq(users.id, me.id),
        ),
      )
      .orderBy(asc(users.name), asc(users.id))
      .limit(CARRIER_PROFILE_MAX_USERS);
    const list = colleagues.some((c) => c.id === me.id) ? colleagues : [{ id: me.id, name: me.name, email: me.email, status: me.status, invitationPending: false }, ...colleagues];
    return {
      company: { name: company },
      account: { id: me.id, name: me.name, email: me.email, role: me.role, twoFactorEnabled: me.twoFactorEnabled, createdAt: me.createdAt.toISOString() },
      users: list.map((u) => ({ ...u, you: u.id === me.id })),
      contact: { brandName: brand?.name ?? ctx.tenant.slug, supportEmail: brand?.supportEmail ?? null },
    };
  });
}
