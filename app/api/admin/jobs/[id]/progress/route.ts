import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { getJobProgress } from '@/lib/jobs/services/get-job-progress';

export const GET = route<{ id: string }>({ key: 'admin.jobs.progress', permission: 'jobs.read', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await getJobProgress({ ctx, input: { id: params.id } }), { headers: { 'cache-control': 'no-store' } }),
);
