import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';

// Unknown API paths answer in JSON (never the HTML 404 page), on every method.
const notFound = route({ key: 'api.not_found', permission: 'public' }, async ({ req }) =>
  NextResponse.json({ error: { code: 'not_found', message: `No API endpoint ${req.method} ${req.nextUrl.pathname}` } }, { status: 404 }),
);

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
