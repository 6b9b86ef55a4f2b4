import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '@/lib/errors';
import { testCtx } from '@/tests/factories';
import { getUserAdminAbilities } from './get-user-abilities';

describe('getUserAdminAbilities (what the user pages may offer)', () => {
  it('gives a super admin every ability, and refuses them to the sandbox development actor only for impersonation', async () => {
    const ctx = await testCtx('super_admin');
    expect(await getUserAdminAbilities({ ctx })).toEqual({ canWrite: true, canImpersonate: true, canChangeOnboarding: true, isSuperAdmin: true, selfId: ctx.actor.userId });
    const dev = { ...ctx, actor: { ...ctx.actor, isDevelopmentActor: true } };
    expect(await getUserAdminAbilities({ ctx: dev })).toMatchObject({ canImpersonate: false, canChangeOnboarding: true });
  });

  it('gives support read only, a tenant admin writes without impersonation, and refuses roles without users.read', async () => {
    expect(await getUserAdminAbilities({ ctx: await testCtx('support') })).toMatchObject({ canWrite: false, canImpersonate: false, canChangeOnboarding: false, isSuperAdmin: false });
    expect(await getUserAdminAbilities({ ctx: await testCtx('tenant_admin', 'acme') })).toMatchObject({ canWrite: true, canImpersonate: false, canChangeOnboarding: false });
    await expect(getUserAdminAbilities({ ctx: await testCtx('customer_user', 'acme') })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
