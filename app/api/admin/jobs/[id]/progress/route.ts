import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { getJobProgress } from '@/lib/jobs/services/get-job-progress';

export const GET = route({ key: 'admin.jobs.progress', permission: 'jobs.read', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await getJobProgress({ ctx, input: { id: params.id } }), { headers: { 'cache-control': 'no-store' } }),
);
