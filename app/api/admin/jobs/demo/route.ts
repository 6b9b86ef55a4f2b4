import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { startDemoJob, startDemoJobSchema } from '@/lib/jobs/services/start-demo-job';

export const POST = route({ key: 'admin.jobs.demo', permission: 'jobs.write', portal: 'admin', body: startDemoJobSchema }, async ({ ctx, body }) =>
  NextResponse.json(await startDemoJob({ ctx, input: body }), { status: 201 }),
);
