import type { Metadata } from 'next';
import { monogramDataUri } from '@/components/theme/monogram';

/** What the metadata and the frames need of a brand (a tenant's public branding has all of it). */
export type MetaBrand = {
  name: string;
  logoUrl: string | null;
  faviconUrl: string | null;
  primaryColor: string;
};

/** The platform's own brand: marketing, docs, carrier and admin portals, and unknown hosts. */
export const PLATFORM_BRAND: MetaBrand = { name: 'DIDTron', logoUrl: '/brand/didtron.svg', faviconUrl: '/icon.svg', primaryColor: '#2563EB' };

const MAX_TITLE_PART = 120;

/** One line of at most 120 characters: control and format characters (bidi overrides too) become spaces. */
export function titlePart(value: string): string {
  const line = value
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...line];
  return chars.length > MAX_TITLE_PART ? `${chars.slice(0, MAX_TITLE_PART - 1).join('').trimEnd()}…` : line;
}

/** The brand's logo, or its neutral monogram when it has none (never another brand's logo). */
export function brandLogoSrc(brand: Pick<MetaBrand, 'name' | 'logoUrl' | 'primaryColor'>): string {
  return brand.logoUrl || monogramDataUri(brand.name, brand.primaryColor);
}

/** The favicon: the brand's favicon, else its logo, else its monogram. */
export function brandIconHref(brand: MetaBrand): string {
  return brand.faviconUrl || brandLogoSrc(brand);
}

/**
 * Title and icons of a page under `brand`: "<section> · <brand>" (or the brand alone when there is no
 * section or it is the brand's own name), and "<page> · <brand>" for the pages below through the
 * template. `absolute` keeps a parent layout's template from appending a second brand, so a reseller
 * host never shows the platform's name and the root brand is named once.
 */
export function brandMetadata(brand: MetaBrand, section?: string): Metadata {
  const name = titlePart(brand.name) || 'Untitled';
  const part = section ? titlePart(section) : '';
  const href = brandIconHref(brand);
  return {
    // Next fills the template with replace(/%s/g): a "%s" inside the brand's name must not be filled too.
    title: { absolute: part && part !== name ? `${part} · ${name}` : name, template: `%s · ${name.replace(/%s/g, '%\u2060s')}` },
    applicationName: name,
    icons: { icon: [{ url: href, ...(href.startsWith('data:image/svg') || href.endsWith('.svg') ? { type: 'image/svg+xml' } : {}) }] },
  };
}
