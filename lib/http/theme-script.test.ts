import { createHash } from 'node:crypto';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { ThemeProvider } from 'next-themes';
import { describe, expect, it } from 'vitest';
import { THEME_PROVIDER_PROPS, THEME_SCRIPT_SHA256 } from './theme-script';

describe('theme script hash', () => {
  it('is the sha256 of the inline script ThemeProvider renders with our props', () => {
    const html = renderToString(h(ThemeProvider, { ...THEME_PROVIDER_PROPS }, h('div')));
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const hash = `sha256-${createHash('sha256').update(scripts[0]!).digest('base64')}`;
    expect(THEME_SCRIPT_SHA256).toBe(hash);
  });
});
