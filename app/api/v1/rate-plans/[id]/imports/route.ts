import { Readable } from 'node:stream';
import { NextResponse } from 'next/server';
import { ValidationError } from '@/lib/errors';
import { pathParams, route } from '@/lib/http/route';
import { rateImportResponse, startImportQuery, startRateImport } from '@/lib/rates';

const params = pathParams('id');

function mappingOf(text: string | undefined): Record<string, string> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, string>;
  } catch {
    // answered below
  }
  throw new ValidationError([{ path: 'mapping', message: 'must be a JSON object of deck field -> header name' }]);
}

/** The body is the deck itself (text/csv), streamed to object storage; options in the query string. */
export const POST = route(
  {
    key: 'v1.rate_imports.start',
    permission: 'rates.write',
    portal: 'admin',
    params,
    query: startImportQuery,
    response: rateImportResponse,
    operation: { id: 'startRateImport', summary: 'Upload a CSV deck (raw body, streamed) and start its import into a draft version', tag: 'Rates', status: 202 },
  },
  async ({ req, ctx, params, query }) => {
    if (!req.body) throw new ValidationError([{ path: 'file', message: 'the file is empty: send the deck as the request body' }]);
    const body = Readable.fromWeb(req.body as import('node:stream/web').ReadableStream);
    const started = await startRateImport({
      ctx,
      input: {
        planId: params.id,
        fileName: query.fileName || 'deck.csv',
        options: {
          mapping: mappingOf(query.mapping),
          delimiter: query.delimiter === 'tab' ? '\t' : (query.delimiter ?? 'auto'),
          encoding: query.encoding ?? 'auto',
          dateOrder: query.dateOrder ?? 'auto',
          defaultEffectiveFrom: query.defaultEffectiveFrom ?? null,
        },
      } as never,
      body,
    });
    return NextResponse.json(started, { status: 202 });
  },
);
