import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { getJob } from '@/lib/jobs/services/get-job';

export const GET = route({ key: 'admin.jobs.get', permission: 'jobs.read', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await getJob({ ctx, input: { id: params.id } })),
);
