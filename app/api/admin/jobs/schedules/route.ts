import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { listSchedules } from '@/lib/jobs/services/list-schedules';

export const GET = route({ key: 'admin.jobs.schedules', permission: 'jobs.read', portal: 'admin' }, async ({ ctx }) => NextResponse.json(await listSchedules({ ctx })));
