import { route } from '@/lib/http/route';
import { exportMyRates, myRatesCsvResponse, myRatesExportQuery } from '@/lib/rates';

/** Your rates as CSV, streamed (constant memory whatever the plan's size). */
export const GET = route(
  { key: 'v1.rates.export', permission: 'portal.use', query: myRatesExportQuery, response: myRatesCsvResponse, operation: { id: 'exportMyRates', summary: 'Your rates as CSV (current or upcoming), streamed', tag: 'Rates', mediaType: 'text/csv' } },
  async ({ req, ctx }) => {
    const { filename, stream } = await exportMyRates({ ctx, input: req.nextUrl.searchParams });
    return new Response(stream, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' } });
  },
);
