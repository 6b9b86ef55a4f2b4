import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { tenantDomains } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { config } from '@/lib/config';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { lookupTxt, type TxtLookup } from '../dns-txt';
import { clearHostCache } from '../host-lookup';
import { parseInput } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks';

export const VERIFICATION_RECORD_PREFIX = '_didtron';

/** The DNS name that must hold a domain's verification token. */
export const verificationRecordName = (domain: string) => `${VERIFICATION_RECORD_PREFIX}.${domain}`;

/**
 * Why a verification passed or failed, in words staff can act on. `checked` is false when DNS could
 * not answer: the domain then keeps its status (a resolver hiccup must not take a live portal down).
 */
export type VerificationOutcome = { ok: boolean; checked: boolean; message: string };

/** Text from someone else's DNS, shown to staff: printable, short, quoted. */
function shown(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return JSON.stringify(clean.length > 80 ? `${clean.slice(0, 80)}…` : clean);
}

export function judgeVerification(recordName: string, token: string, lookup: TxtLookup): VerificationOutcome {
  if (lookup.kind === 'error') {
    return { ok: false, checked: false, message: `The DNS lookup of ${recordName} failed (${lookup.code}); nothing was checked. Try again in a few minutes.` };
  }
  if (lookup.kind === 'none' || lookup.records.length === 0) {
    return { ok: false, checked: true, message: `No TXT record found at ${recordName}. Publish a TXT record there with the value ${token}, then verify again (DNS changes can take a few minutes to appear).` };
  }
  if (lookup.records.includes(token)) return { ok: true, checked: true, message: `${recordName} holds the verification token.` };
  const found = lookup.records.slice(0, 3).map(shown).join(', ') + (lookup.records.length > 3 ? ` and ${lookup.records.length - 3} more` : '');
  return { ok: false, checked: true, message: `${recordName} has the TXT ${lookup.records.length === 1 ? 'record' : 'records'} ${found}, but not the expected value ${token}.` };
}

/**
 * Verifies a domain by the TXT record `_didtron.<domain>` holding its token, asked of the configured
 * resolvers (lib/tenancy/dns-txt.ts). `*.localhost` names always reach loopback and have no DNS, so
 * in sandbox mode they verify without a lookup. The answer carries the outcome's reason.
 */
export async function verifyTenantDomain({ ctx, input }: { ctx: Ctx; input: { tenantId: string; domainId: string } }) {
  assertPermission(ctx, 'tenants.write');
  const { tenantId, domainId } = parseInput(z.object({ tenantId: z.uuid(), domainId: z.uuid() }), input);
  const [domain] = await platformTx(ctx, (tx) =>
    tx.select().from(tenantDomains).where(and(eq(tenantDomains.id, domainId), eq(tenantDomains.tenantId, tenantId))),
  );
  if (!domain) throw new NotFoundError('Domain not found');
  const recordName = verificationRecordName(domain.domain);
  const localOnly = config().isSandbox && (domain.domain === 'localhost' || domain.domain.endsWith('.localhost'));
  // The lookup runs outside the transaction: a slow resolver never holds a database connection.
  const outcome: VerificationOutcome = localOnly
    ? { ok: true, checked: true, message: `${domain.domain} is a .localhost name: the sandbox verifies it without DNS.` }
    : judgeVerification(recordName, domain.verificationToken, await lookupTxt(recordName));
  const result = await platformTx(ctx, async (tx) => {
    const [after] = outcome.checked
      ? await tx
          .update(tenantDomains)
          .set(outcome.ok ? { status: 'verified', verifiedAt: new Date() } : { status: 'failed' })
          .where(eq(tenantDomains.id, domainId))
          .returning()
      : [domain];
    await recordAudit(tx, ctx, {
      entity: 'tenant_domain',
      entityId: domainId,
      action: outcome.ok ? 'verify' : outcome.checked ? 'verify.failed' : 'verify.lookup_failed',
      before: domain,
      after: { ...after, reason: outcome.message },
      tenantId,
    });
    // Only a change to verified is news: re-verifying a verified domain publishes nothing.
    if (outcome.ok && domain.status !== 'verified') await publishEvent(tx, ctx, 'tenant.domain.verified', { domainId, domain: domain.domain }, { tenantId });
    return after!;
  });
  clearHostCache();
  return { ...result, verification: outcome };
}
