export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ level: 'operational' }, { headers: { 'cache-control': 'no-store' } });
}
