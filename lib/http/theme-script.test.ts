import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { ThemeProvider } from 'next-themes';
import { describe, expect, it } from 'vitest';
import { THEME_PROVIDER_PROPS, THEME_SCRIPT, THEME_SCRIPT_SHA256 } from './theme-script';

/** Runs the theme script against a stand-in <html>, storage and system preference; returns what it set. */
function run(stored: string | null, systemDark: boolean, storageThrows = false) {
  const classes = new Set(['light']);
  const style: { colorScheme?: string } = {};
  const documentElement = { classList: { add: (c: string) => classes.add(c), remove: (...c: string[]) => c.forEach((x) => classes.delete(x)) }, style };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === 'theme' ? stored : null;
    },
  };
  const window = { matchMedia: (q: string) => ({ matches: systemDark && q === '(prefers-color-scheme: dark)' }) };
  runInNewContext(THEME_SCRIPT, { document: { documentElement }, localStorage, window });
  return { classes: [...classes], colorScheme: style.colorScheme };
}

describe('theme script', () => {
  it('is allowed by the hash the policy lists', () => {
    expect(`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`).toBe(THEME_SCRIPT_SHA256);
  });

  it('applies the stored theme, else the system one, as a class and color-scheme on <html>', () => {
    expect(run('dark', false)).toEqual({ classes: ['dark'], colorScheme: 'dark' });
    expect(run('light', true)).toEqual({ classes: ['light'], colorScheme: 'light' });
    expect(run('system', true)).toEqual({ classes: ['dark'], colorScheme: 'dark' });
    expect(run(null, true)).toEqual({ classes: ['dark'], colorScheme: 'dark' });
    expect(run(null, false)).toEqual({ classes: ['light'], colorScheme: 'light' });
    // A value no theme has, or storage that refuses: nothing changes, and nothing throws.
    expect(run('<img onerror=x>', true)).toEqual({ classes: ['light'], colorScheme: undefined });
    expect(run(null, true, true)).toEqual({ classes: ['light'], colorScheme: undefined });
  });

  it("keeps next-themes' own inline script inert (a type browsers neither run nor check against the policy)", () => {
    const html = renderToString(h(ThemeProvider, { ...THEME_PROVIDER_PROPS }, h('div')));
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('type="text/plain"');
    // It reads the same storage key and class attribute as our script.
    expect(html).toContain('("class","theme","system"');
  });
});
