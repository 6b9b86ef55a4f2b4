import { NextResponse } from 'next/server';
import { listIntegrationHealth } from '@/lib/integrations/services/list-integration-health';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const GET = route({ key: 'admin.integrations.list', permission: 'integrations.read', portal: 'admin' }, async ({ ctx }) =>
  NextResponse.json({ items: await listIntegrationHealth({ ctx }) }),
);
