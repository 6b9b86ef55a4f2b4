import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RuleSetsTable } from '@/components/rates/import-rules';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Import rules' };

export default async function ImportRulesPage() {
  const ctx = await requirePageCtx('rates.read');
  return (
    <Suspense>
      <RuleSetsTable canWrite={can(ctx.actor.role, 'rates.write')} />
    </Suspense>
  );
}
