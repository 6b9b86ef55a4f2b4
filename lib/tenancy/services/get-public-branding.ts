import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { withPlatform } from '@/db/client';
import { tenants } from '@/db/schema';

export type PublicBranding = {
  id: string;
  slug: string;
  name: string;
  logoUrl: string | null;
  faviconUrl: string | null;
  primaryColor: string;
  accentColor: string;
  supportEmail: string | null;
  isRoot: boolean;
};

/**
 * A tenant's public face (shown on its sign-in page to anonymous visitors): only fields that are
 * public by nature, for an active tenant. Needs no permission, hence the narrow column list.
 * Memoised per request (React cache): metadata, layout and page of one request share one query.
 */
export const getPublicBranding = cache(async function getPublicBranding(slug: string): Promise<PublicBranding | null> {
  const [row] = await withPlatform((tx) =>
    tx
      .select({
        id: tenants.id,
        slug: tenants.slug,
        name: tenants.name,
        status: tenants.status,
        logoUrl: tenants.logoUrl,
        faviconUrl: tenants.faviconUrl,
        primaryColor: tenants.primaryColor,
        accentColor: tenants.accentColor,
        supportEmail: tenants.supportEmail,
        isRoot: tenants.isRoot,
      })
      .from(tenants)
      .where(eq(tenants.slug, slug)),
  );
  if (!row || row.status !== 'active') return null;
  const { status: _status, ...branding } = row;
  return branding;
});
