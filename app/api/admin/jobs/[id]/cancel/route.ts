import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { cancelJob } from '@/lib/jobs/services/cancel-job';

export const POST = route<{ id: string }>({ key: 'admin.jobs.cancel', permission: 'jobs.write', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await cancelJob({ ctx, input: { id: params.id } })),
);
