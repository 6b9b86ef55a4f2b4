import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { UserDetail } from '@/components/users/user-detail';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';
import { getUser } from '@/lib/users/services/get-user';

export const metadata: Metadata = { title: 'User' };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('users.read');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  await loadOrNotFound(() => getUser({ ctx, input: { id } }));
  const { role, userId, isDevelopmentActor } = ctx.actor;
  return (
    <Suspense>
      <UserDetail
        id={id}
        abilities={{
          canWrite: can(role, 'users.write'),
          // The sandbox development actor is no account: it cannot be recorded as an impersonator.
          canImpersonate: can(role, 'users.impersonate') && role === 'super_admin' && !isDevelopmentActor,
          canChangeOnboarding: can(role, 'users.onboarding') && role === 'super_admin',
          isSuperAdmin: role === 'super_admin',
          selfId: userId,
        }}
      />
    </Suspense>
  );
}
