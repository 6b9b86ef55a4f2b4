import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { publishSandboxDnsRecord } from '@/lib/tenancy/services/publish-sandbox-dns-record';

/** Sandbox only (404 elsewhere): publishes the domain's verification TXT record on the local fake DNS server. */
export const POST = route({ key: 'admin.tenants.domains.sandbox_dns_record', permission: 'tenants.write', portal: 'admin', params: pathParams('id', 'domainId') },
  async ({ ctx, params }) => NextResponse.json(await publishSandboxDnsRecord({ ctx, input: { tenantId: params.id, domainId: params.domainId } })),
);
