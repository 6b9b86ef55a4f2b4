import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { tenantDomains } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { config } from '@/lib/config';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { AppError, NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { verificationRecordName } from './verify-tenant-domain';

const CONTROL_TIMEOUT_MS = 5_000;

/**
 * Sandbox only: plays the customer publishing the verification record at their DNS provider. The
 * sandbox's resolver (DNS_RESOLVER) is the local fake DNS server (fakes/dns), which takes the record
 * on its /__fake/records endpoint at the same address; Verify then finds it through real DNS
 * queries. Outside sandbox this does not exist (404): production never writes anyone's DNS.
 */
export async function publishSandboxDnsRecord({ ctx, input }: { ctx: Ctx; input: { tenantId: string; domainId: string } }) {
  assertPermission(ctx, 'tenants.write');
  const cfg = config();
  if (!cfg.isSandbox) throw new NotFoundError();
  const { tenantId, domainId } = parseInput(z.object({ tenantId: z.uuid(), domainId: z.uuid() }), input);
  const [domain] = await platformTx(ctx, (tx) =>
    tx.select().from(tenantDomains).where(and(eq(tenantDomains.id, domainId), eq(tenantDomains.tenantId, tenantId))),
  );
  if (!domain) throw new NotFoundError('Domain not found');
  const server = cfg.dnsServers?.[0];
  if (!server) throw new AppError(409, 'no_fake_dns', 'DNS_RESOLVER is set to the system resolvers: there is no sandbox DNS server to publish to.');
  const record = { name: verificationRecordName(domain.domain), type: 'TXT' as const, value: domain.verificationToken };

  // Outside the transaction: the fake is "the outside world", and a slow one must not hold a connection.
  let res: Response;
  try {
    res = await fetch(`http://${server}/__fake/records`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: record.name, type: record.type, values: [record.value] }),
      signal: AbortSignal.timeout(CONTROL_TIMEOUT_MS),
    });
  } catch {
    throw new AppError(503, 'fake_dns_unreachable', `The sandbox DNS server at ${server} is not answering: start the app with npm start, which runs it.`);
  }
  if (!res.ok) throw new AppError(502, 'fake_dns_refused', `The sandbox DNS server at ${server} refused the record (HTTP ${res.status}).`);

  await platformTx(ctx, (tx) => recordAudit(tx, ctx, { entity: 'tenant_domain', entityId: domainId, action: 'sandbox.dns_publish', after: record, tenantId }));
  return record;
}
