import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { getMetricSeries } from '@/lib/monitoring/services/get-metric-series';

export const dynamic = 'force-dynamic';

/** GET ?range=1h|6h|24h&line=api.p95_ms|kind=list&line=db.latency_ms ... */
export const GET = route({ key: 'admin.system.series', permission: 'system.read', portal: 'admin' }, async ({ req, ctx }) =>
  NextResponse.json(await getMetricSeries({ ctx, input: { range: req.nextUrl.searchParams.get('range'), lines: req.nextUrl.searchParams.getAll('line') } })),
);
