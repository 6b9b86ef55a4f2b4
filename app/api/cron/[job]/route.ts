import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { handleCronRequest } from '@/lib/jobs/cron';

// Public: the caller is authenticated by its QStash signature or the cron secret, not by a session.
export const POST = route({ key: 'cron.run', permission: 'public', params: pathParams('job') }, async ({ req, params }) => {
  const { status, body } = await handleCronRequest({ method: req.method, url: req.url, headers: Object.fromEntries(req.headers), body: await req.text() }, params.job);
  return NextResponse.json(body, { status });
});
