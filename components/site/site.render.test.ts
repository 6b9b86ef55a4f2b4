import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PortalIllustration } from './portal-illustration';
import { SiteMobileMenu } from './site-mobile-menu';

describe('marketing site parts', () => {
  it('the hero picture is one named image, drawn in markup with no image files', () => {
    const html = renderToString(h(PortalIllustration));
    expect(html).toMatch(/^<div role="img" aria-label="Illustration of the DIDTron customer portal[^"]*"/);
    expect(html).not.toMatch(/<img|url\(/);
    expect(html).toContain('<svg');
  });

  it('the mobile menu is a labelled button that opens a dialog, hidden from md up', () => {
    const html = renderToString(h(SiteMobileMenu, { links: [{ key: 'pricing', label: 'Pricing', href: '/#pricing' }], signInHref: '/sign-in', signUpHref: '/sign-up' }));
    expect(html).toMatch(/<button[^>]*aria-haspopup="dialog"[^>]*aria-expanded="false"/);
    expect(html).toContain('aria-label="Menu"');
    expect(html).toMatch(/class="[^"]*md:hidden/);
    expect(html).toContain('data-testid="site-menu-button"');
  });
});
