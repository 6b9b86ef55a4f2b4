import { NextResponse } from 'next/server';
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { getMetricSeries } from '@/lib/monitoring/services/get-metric-series';

export const dynamic = 'force-dynamic';

/** GET ?range=1h|6h|24h&line=api.p95_ms|kind=list&line=db.latency_ms ... (the service checks the values). */
export const GET = route(
  { key: 'admin.system.series', permission: 'system.read', portal: 'admin', query: z.object({ range: z.string().optional(), line: z.array(z.string()) }) },
  async ({ ctx, query }) => NextResponse.json(await getMetricSeries({ ctx, input: { range: query.range, lines: query.line } })),
);
