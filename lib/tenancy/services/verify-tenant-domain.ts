import { resolveTxt } from 'node:dns/promises';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { withPlatform } from '@/db/client';
import { tenantDomains } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { config } from '@/lib/config';
import { assertPermission, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { clearHostCache } from '../host-lookup';
import { parseInput } from '@/lib/validation';

export const VERIFICATION_RECORD_PREFIX = '_didtron';

async function txtRecords(name: string): Promise<string[]> {
  try {
    const records = await Promise.race([
      resolveTxt(name),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('DNS timeout')), 5_000)),
    ]);
    return records.map((chunks) => chunks.join(''));
  } catch {
    return [];
  }
}

/**
 * Verifies a domain by the TXT record `_didtron.<domain>` holding its token. `*.localhost` names
 * always reach loopback and have no DNS, so in sandbox mode they verify without a lookup.
 */
export async function verifyTenantDomain({ ctx, input }: { ctx: Ctx; input: { tenantId: string; domainId: string } }) {
  assertPermission(ctx, 'tenants.write');
  const { tenantId, domainId } = parseInput(z.object({ tenantId: z.uuid(), domainId: z.uuid() }), input);
  const [domain] = await withPlatform((tx) =>
    tx.select().from(tenantDomains).where(and(eq(tenantDomains.id, domainId), eq(tenantDomains.tenantId, tenantId))),
  );
  if (!domain) throw new NotFoundError('Domain not found');
  const localOnly = config().isSandbox && (domain.domain === 'localhost' || domain.domain.endsWith('.localhost'));
  const ok = localOnly || (await txtRecords(`${VERIFICATION_RECORD_PREFIX}.${domain.domain}`)).includes(domain.verificationToken);
  const result = await withPlatform(async (tx) => {
    const [after] = await tx
      .update(tenantDomains)
      .set(ok ? { status: 'verified', verifiedAt: new Date() } : { status: 'failed' })
      .where(eq(tenantDomains.id, domainId))
      .returning();
    await recordAudit(tx, ctx, { entity: 'tenant_domain', entityId: domainId, action: ok ? 'verify' : 'verify.failed', before: domain, after, tenantId });
    return after!;
  });
  clearHostCache();
  return result;
}
