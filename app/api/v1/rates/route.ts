import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { listMyRates, myRatesQuery, myRatesResponse } from '@/lib/rates';

/** The caller's own rates (customer portal): its assigned sell plan, current or upcoming rows. */
export const GET = route(
  { key: 'v1.rates.mine', permission: 'portal.use', query: myRatesQuery, response: myRatesResponse, operation: { id: 'listMyRates', summary: 'Your rates: the published sell plan assigned to your account (current or upcoming rows; typeahead, keyset pages)', tag: 'Rates' } },
  async ({ req, ctx }) => NextResponse.json(await listMyRates({ ctx, input: req.nextUrl.searchParams })),
);
