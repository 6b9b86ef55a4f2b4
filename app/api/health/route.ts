import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { checkDatabaseHealth } from '@/lib/monitoring/check-database-health';

export const dynamic = 'force-dynamic';

export const GET = route({ key: 'health.get', permission: 'public' }, async () => {
  const db = await checkDatabaseHealth();
  return NextResponse.json({ status: db.ok ? 'ok' : 'degraded', database: db }, { status: db.ok ? 200 : 503 });
});
