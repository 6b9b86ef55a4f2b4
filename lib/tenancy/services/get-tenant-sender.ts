import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { withPlatform } from '@/db/client';
import { tenants } from '@/db/schema';
import { config } from '@/lib/config';
import { chooseSender, type Sender } from '../email-sender';

/**
 * The From of an active tenant's emails (lib/tenancy/email-sender.ts decides). Internal to the email
 * path, which runs for anonymous visitors too (sign-up, password reset): no permission to check.
 */
export const getTenantSender = cache(async function getTenantSender(slug: string): Promise<Sender | null> {
  const [row] = await withPlatform((tx) =>
    tx
      .select({
        name: tenants.name,
        status: tenants.status,
        isRoot: tenants.isRoot,
        emailFromName: tenants.emailFromName,
        emailFromAddress: tenants.emailFromAddress,
        emailSenderVerified: tenants.emailSenderVerified,
      })
      .from(tenants)
      .where(eq(tenants.slug, slug)),
  );
  if (!row || row.status !== 'active') return null;
  const cfg = config();
  return chooseSender({ tenant: row, platform: cfg.emailFrom, resellerFallbackEmail: cfg.resellerFallbackEmail, production: !cfg.isSandbox });
});
