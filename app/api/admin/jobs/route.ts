import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { listJobs } from '@/lib/jobs/services/list-jobs';

export const GET = route({ key: 'admin.jobs.list', permission: 'jobs.read', portal: 'admin' }, async ({ req, ctx }) =>
  NextResponse.json(await listJobs({ ctx, input: req.nextUrl.searchParams })),
);
