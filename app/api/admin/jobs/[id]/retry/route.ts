import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { retryJob } from '@/lib/jobs/services/retry-job';

export const POST = route({ key: 'admin.jobs.retry', permission: 'jobs.write', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await retryJob({ ctx, input: { id: params.id } })),
);
