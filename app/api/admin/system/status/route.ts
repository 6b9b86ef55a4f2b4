import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { getSystemStatus } from '@/lib/monitoring/services/get-system-status';

export const dynamic = 'force-dynamic';

export const GET = route({ key: 'admin.system.status', permission: 'system.read', portal: 'admin' }, async ({ ctx }) => NextResponse.json(await getSystemStatus({ ctx })));
