import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandColors, brandCssVars } from './brand';
import { contrastRatio, ensureContrast, parseHex } from './color';

/**
 * The tokens of app/globals.css must keep every text/background pair the components use at WCAG AA
 * (4.5:1 for text, 3:1 for focus rings), in light and dark mode, for every portal accent.
 */
const css = readFileSync(path.resolve(import.meta.dirname, '../../app/globals.css'), 'utf8');

function block(selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  if (!m) throw new Error(`no block ${selector} in globals.css`);
  const vars: Record<string, string> = {};
  for (const d of m[1]!.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) vars[d[1]!] = d[2]!.toLowerCase();
  return vars;
}

const light = block(':root');
const dark = { ...light, ...block('.dark') };
const portals = ['admin', 'customer', 'carrier', 'marketing', 'docs', 'signup'] as const;

const surfaces = ['background', 'card', 'popover', 'muted', 'accent', 'sidebar', 'table-row', 'table-row-alt', 'table-row-hover'];
const textPairs: Array<[string, string]> = [
  ...surfaces.map((s) => ['foreground', s] as [string, string]),
  ...surfaces.map((s) => ['muted-foreground', s] as [string, string]),
  ...['background', 'card', 'popover', 'muted', 'sidebar', 'table-row', 'table-row-alt'].map((s) => ['primary', s] as [string, string]),
  ...['background', 'card', 'popover', 'muted'].map((s) => ['destructive', s] as [string, string]),
  ['card-foreground', 'card'],
  ['popover-foreground', 'popover'],
  ['secondary-foreground', 'secondary'],
  ['accent-foreground', 'accent'],
  ['primary-foreground', 'primary'],
  ['destructive-foreground', 'destructive'],
  ['success-foreground', 'success'],
  ['warning-foreground', 'warning'],
  ['info-foreground', 'info'],
  ['sidebar-foreground', 'sidebar'],
  ['sidebar-accent-foreground', 'sidebar-accent'],
  ['sidebar-primary-foreground', 'sidebar-primary'],
  ['table-header-foreground', 'table-header'],
  ['portal-accent-foreground', 'portal-accent'],
  ['portal-accent', 'background'],
  ['portal-accent', 'card'],
  ['portal-accent', 'sidebar'],
];

function failures(tokens: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [fg, bg] of textPairs) {
    const a = tokens[fg];
    const b = tokens[bg];
    if (!a || !b) {
      out.push(`missing --${fg} or --${bg}`);
      continue;
    }
    const ratio = contrastRatio(a, b);
    if (ratio < 4.5) out.push(`--${fg} ${a} on --${bg} ${b}: ${ratio.toFixed(2)}`);
  }
  for (const bg of ['background', 'card']) {
    const ratio = contrastRatio(tokens.ring!, tokens[bg]!);
    if (ratio < 3) out.push(`--ring on --${bg}: ${ratio.toFixed(2)}`);
  }
  return out;
}

describe('design tokens contrast (WCAG AA)', () => {
  it('parses both modes with the full token set', () => {
    expect(Object.keys(light).length).toBeGreaterThan(40);
    expect(block('.dark').primary).toBeDefined();
    expect(light['table-header']).toBe('#3d4f5f');
    expect(light.primary).toBe('#2563eb');
  });

  it('light mode passes', () => {
    expect(failures(light)).toEqual([]);
  });

  it('dark mode passes', () => {
    expect(failures(dark)).toEqual([]);
  });

  for (const portal of portals) {
    it(`portal ${portal} accent passes in light and dark`, () => {
      expect(failures({ ...light, ...block(`[data-portal="${portal}"]`) })).toEqual([]);
      expect(failures({ ...dark, ...block(`.dark [data-portal="${portal}"],\n.dark[data-portal="${portal}"]`) })).toEqual([]);
    });
  }

  it('detects a failing pair (the check can fail)', () => {
    expect(failures({ ...light, 'muted-foreground': '#64748b' })).toContain('--muted-foreground #64748b on --muted #f1f5f9: 4.34');
  });
});

describe('tenant brand colours', () => {
  const samples = ['#2563EB', '#B45309', '#0F766E', '#FACC15', '#FFFFFF', '#000000', '#22C55E', '#F472B6', '#1E3A8A', '#7C3AED', '#808080'];

  it.each(samples)('%s is made AA-safe as fill and as text in both modes', (hex) => {
    const b = brandColors(hex);
    for (const surface of [light.background!, light.card!, light.muted!, light.sidebar!]) {
      expect(contrastRatio(b.color, surface)).toBeGreaterThanOrEqual(4.5);
    }
    for (const surface of [dark.background!, dark.card!, dark.muted!, dark.sidebar!]) {
      expect(contrastRatio(b.dark, surface)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(b.foreground, b.color)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(b.darkForeground, b.dark)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a colour that already passes exactly', () => {
    expect(brandColors('#b45309').color).toBe('#b45309');
    expect(ensureContrast('#2563eb', '#ffffff')).toBe('#2563eb');
  });

  it('moves a light colour only as far as needed', () => {
    const adjusted = ensureContrast('#facc15', '#f1f5f9');
    expect(contrastRatio(adjusted, '#f1f5f9')).toBeGreaterThanOrEqual(4.5);
    const [r, g, b] = parseHex(adjusted);
    expect(r).toBeGreaterThan(b); // still a yellow-brown, not black
    expect(g).toBeGreaterThan(b);
  });

  it('emits the inline variables globals.css reads', () => {
    const style = brandCssVars('#B45309', '#0F766E') as Record<string, string>;
    expect(Object.keys(style).sort()).toEqual(
      [
        '--brand-accent',
        '--brand-accent-dark',
        '--brand-accent-dark-foreground',
        '--brand-accent-foreground',
        '--brand-primary',
        '--brand-primary-dark',
        '--brand-primary-dark-foreground',
        '--brand-primary-foreground',
      ].sort(),
    );
    expect(css).toContain('var(--brand-primary-dark');
    expect(css).toContain('[style*="--brand-primary"]');
  });

  it('rejects a malformed colour', () => {
    expect(() => parseHex('blue')).toThrow(/rrggbb/);
  });
});
