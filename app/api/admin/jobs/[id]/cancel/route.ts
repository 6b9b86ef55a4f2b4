import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { cancelJob } from '@/lib/jobs/services/cancel-job';

export const POST = route({ key: 'admin.jobs.cancel', permission: 'jobs.write', portal: 'admin', params: pathParams('id') }, async ({ ctx, params }) =>
  NextResponse.json(await cancelJob({ ctx, input: { id: params.id } })),
);
