import { z } from 'zod';
import { pathParams, route } from '@/lib/http/route';
import { rateImportErrorsCsv } from '@/lib/rates';

const params = pathParams('id');

/** Streamed: the report is read in keyset batches while the response is written. */
export const GET = route(
  { key: 'v1.rate_imports.errors_download', permission: 'rates.read', portal: 'admin', params, response: z.string().meta({ description: 'text/csv: row,field,value,reason' }), operation: { id: 'downloadRateImportErrors', summary: 'Download the error report as CSV (streamed)', tag: 'Rates' } },
  async ({ ctx, params }) => {
    const { fileName, lines } = await rateImportErrorsCsv({ ctx, input: { id: params.id } });
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await lines.return(undefined);
      },
    });
    return new Response(stream, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${fileName}"` } });
  },
);
