import { NextResponse } from 'next/server';
import { readJson, route } from '@/lib/http/route';
import { startDemoJob, startDemoJobSchema } from '@/lib/jobs/services/start-demo-job';

export const POST = route({ key: 'admin.jobs.demo', permission: 'jobs.write', portal: 'admin' }, async ({ req, ctx }) => {
  const input = await readJson(req, startDemoJobSchema);
  return NextResponse.json(await startDemoJob({ ctx, input }), { status: 201 });
});
