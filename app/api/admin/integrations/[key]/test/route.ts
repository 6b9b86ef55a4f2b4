import { NextResponse } from 'next/server';
import { testIntegrationConnection } from '@/lib/integrations/services/test-integration-connection';
import { pathParams, route } from '@/lib/http/route';

/** Runs the integration's read-only connection test; a failed test is a 200 with ok: false. */
export const POST = route({ key: 'admin.integrations.test', permission: 'integrations.write', portal: 'admin', params: pathParams('key') }, async ({ ctx, params }) =>
  NextResponse.json(await testIntegrationConnection({ ctx, input: { integration: params.key } })),
);
