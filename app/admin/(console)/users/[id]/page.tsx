import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { UserDetail } from '@/components/users/user-detail';
import { requirePageCtx } from '@/lib/http/page-context';
import { getUserAdminAbilities } from '@/lib/users/services/get-user-abilities';
import { loadOrNotFound } from '@/lib/http/page-lookup';
import { getUser } from '@/lib/users/services/get-user';

export const metadata: Metadata = { title: 'User' };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('users.read');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  await loadOrNotFound(() => getUser({ ctx, input: { id } }));
  const abilities = await getUserAdminAbilities({ ctx });
  return (
    <Suspense>
      <UserDetail id={id} abilities={abilities} />
    </Suspense>
  );
}
