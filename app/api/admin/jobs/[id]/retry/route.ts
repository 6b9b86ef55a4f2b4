import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { retryJob } from '@/lib/jobs/services/retry-job';

export const POST = route<{ id: string }>({ key: 'admin.jobs.retry', permission: 'jobs.write', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await retryJob({ ctx, input: { id: params.id } })),
);
