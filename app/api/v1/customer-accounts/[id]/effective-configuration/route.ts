import { NextResponse } from 'next/server';
import { effectiveConfigurationResponse } from '@/lib/assignments/contracts';
import { getEffectiveConfiguration } from '@/lib/assignments/services/get-effective-configuration';
import { pathParams, route } from '@/lib/http/route';

export const GET = route(
  {
    key: 'v1.customer_accounts.effective_configuration',
    permission: 'customers.read',
    params: pathParams('id'),
    response: effectiveConfigurationResponse,
    operation: { id: 'getEffectiveConfiguration', summary: 'Every assignable setting of a customer account, its value and the level it came from', tag: 'Assignments' },
  },
  async ({ ctx, params }) => NextResponse.json(await getEffectiveConfiguration({ ctx, input: { accountId: params.id } })),
);
