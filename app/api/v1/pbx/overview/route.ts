import { NextResponse } from 'next/server';
import { pbxOverviewResponse } from '@/lib/assignments/contracts';
import { route } from '@/lib/http/route';
import { getPbxOverview } from '@/lib/pbx/services/get-pbx-overview';

/** A 404 when the caller's account does not see the Cloud PBX module (the service's module guard). */
export const GET = route(
  { key: 'v1.pbx.overview', permission: 'portal.use', response: pbxOverviewResponse, operation: { id: 'getPbxOverview', summary: 'The Cloud PBX overview of your account: effective settings and extensions', tag: 'Cloud PBX' } },
  async ({ ctx }) => NextResponse.json(await getPbxOverview({ ctx })),
);
