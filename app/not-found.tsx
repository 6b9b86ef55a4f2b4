import type { Metadata } from 'next';
import { BrandedNotFound } from '@/components/shell/not-found';
import { requestBrand } from '@/lib/tenancy/request-brand';

export const metadata: Metadata = { title: 'Page not found' };

/**
 * An address no portal segment answers (each portal's own not-found keeps its full frame): the
 * host's brand, never the platform's on a reseller host, and the way back to that portal's home.
 */
export default async function NotFound() {
  const { portal, brand } = await requestBrand();
  const reseller = brand && !brand.isRoot ? brand : null;
  const home: Record<string, string> = { signup: 'Back to sign in', customer: 'Back to the portal', marketing: 'Back to the home page', docs: 'Documentation home', admin: 'Back to the console', carrier: 'Back to the carrier portal' };
  return (
    <BrandedNotFound
      brand={brand}
      colours={reseller ? { primary: reseller.primaryColor, accent: reseller.accentColor } : undefined}
      portal={portal ?? 'marketing'}
      homeHref="/"
      homeLabel={home[portal ?? 'marketing'] ?? 'Back to the home page'}
    />
  );
}
