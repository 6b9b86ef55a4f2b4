import { Readable } from 'node:stream';
import { NextResponse } from 'next/server';
import { ValidationError } from '@/lib/errors';
import { pathParams, route } from '@/lib/http/route';
import { DECK_UPLOAD_TYPES, importListQuery, listRateImports, rateImportPageResponse, rateImportResponse, startImportQuery, startRateImport } from '@/lib/rates';

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

export const GET = route(
  { key: 'v1.rate_imports.list', permission: 'rates.read', portal: 'admin', params, query: importListQuery, response: rateImportPageResponse, operation: { id: 'listRateImports', summary: 'The deck imports of a plan, newest first, keyset pages (max 50)', tag: 'Rates' } },
  async ({ req, ctx, params }) => NextResponse.json(await listRateImports({ ctx, input: { planId: params.id, query: req.nextUrl.searchParams } })),
);

/** The body is the deck itself (CSV or XLSX), streamed to object storage; options in the query string. */
export const POST = route(
  {
    key: 'v1.rate_imports.start',
    permission: 'rates.write',
    portal: 'admin',
    params,
    query: startImportQuery,
    response: rateImportResponse,
    operation: { id: 'startRateImport', summary: 'Upload a CSV deck (raw body, streamed) and start its import into a draft version', tag: 'Rates', status: 202 },
    // The deck is the body: from the admin console's upload too (same origin, never a form's type).
    uploadTypes: DECK_UPLOAD_TYPES,
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
