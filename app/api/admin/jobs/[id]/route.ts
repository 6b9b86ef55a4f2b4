import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { getJob } from '@/lib/jobs/services/get-job';

export const GET = route<{ id: string }>({ key: 'admin.jobs.get', permission: 'jobs.read', portal: 'admin' }, async ({ ctx, params }) =>
  NextResponse.json(await getJob({ ctx, input: { id: params.id } })),
);
