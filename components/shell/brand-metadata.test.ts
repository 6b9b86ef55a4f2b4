import { describe, expect, it } from 'vitest';
import { brandIconHref, brandLogoSrc, brandMetadata, PLATFORM_BRAND, titlePart } from './brand-metadata';

const acme = { name: 'Acme Voice', logoUrl: '/brand/acme.svg', faviconUrl: '/brand/acme.svg', primaryColor: '#B45309' };
const bare = { name: 'Nordic Telecom', logoUrl: null, faviconUrl: null, primaryColor: '#0F766E' };

describe('brandMetadata', () => {
  it('names the brand once on its home and once after each page title', () => {
    expect(brandMetadata(acme).title).toEqual({ absolute: 'Acme Voice', template: '%s · Acme Voice' });
    expect(brandMetadata(acme, 'Sign in').title).toEqual({ absolute: 'Sign in · Acme Voice', template: '%s · Acme Voice' });
  });

  it('says the root brand once ("DIDTron", not "DIDTron · DIDTron")', () => {
    expect(brandMetadata(PLATFORM_BRAND).title).toEqual({ absolute: 'DIDTron', template: '%s · DIDTron' });
    expect(brandMetadata(PLATFORM_BRAND, 'DIDTron').title).toEqual({ absolute: 'DIDTron', template: '%s · DIDTron' });
  });

  it('never mentions the platform for a reseller, in the title or the icon', () => {
    for (const brand of [acme, bare]) {
      const json = JSON.stringify(brandMetadata(brand, 'Sign in'));
      expect(json.toLowerCase()).not.toContain('didtron');
    }
  });

  it('uses the favicon, else the logo, else a monogram of the brand’s own name', () => {
    expect(brandIconHref(acme)).toBe('/brand/acme.svg');
    expect(brandIconHref({ ...acme, faviconUrl: null })).toBe('/brand/acme.svg');
    const mono = brandIconHref(bare);
    expect(mono.startsWith('data:image/svg+xml')).toBe(true);
    expect(decodeURIComponent(mono)).toContain('>NT</text>');
    expect(brandLogoSrc(bare)).toBe(mono);
    expect(brandMetadata(bare).icons).toEqual({ icon: [{ url: mono, type: 'image/svg+xml' }] });
  });

  it('keeps hostile names to one short line and out of the title template', () => {
    const evil = { ...bare, name: 'Evil\r\n<title>%s\u202E' + 'x'.repeat(500) };
    const meta = brandMetadata(evil);
    const title = meta.title as { absolute: string; template: string };
    expect(title.absolute).not.toMatch(/[\r\n\u202E]/);
    expect([...title.absolute].length).toBeLessThanOrEqual(120);
    // Next fills every "%s" of the template: only the page's own slot may remain.
    expect(title.template.match(/%s/g)).toHaveLength(1);
    expect(titlePart('  a \u0000 b  ')).toBe('a b');
  });
});
