export const dynamic = 'force-dynamic';

const rows = Array.from({ length: 50 }, (_, i) => ({
  id: crypto.randomUUID(),
  slug: `bench-${i}`,
  name: `Bench Carrier ${String(i).padStart(6, '0')}`,
  status: 'active',
  primaryColor: '#2563EB',
  accentColor: '#0EA5E9',
  createdAt: new Date().toISOString(),
}));

/** 50 rows of JSON, as the app's authenticated list answers (without the session and the query). */
export function GET() {
  return Response.json({ items: rows, pageInfo: { nextCursor: 'x', prevCursor: null, limit: 50 } });
}
