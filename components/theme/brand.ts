import type { CSSProperties } from 'react';
import { ensureContrast, readableOn } from './color';

/**
 * The surfaces a brand colour is drawn on (as text) in each mode: the darkest light surface
 * (--muted, #f1f5f9) and the lightest dark surface (--muted, #1e293b) of app/globals.css.
 * Passing on those means passing on every other surface of the same mode.
 */
const LIGHT_SURFACE = '#f1f5f9';
const DARK_SURFACE = '#1e293b';

export type BrandColors = {
  /** Light mode: used as fill and as text. */
  color: string;
  /** Text on a fill of `color`. */
  foreground: string;
  /** Dark mode counterparts. */
  dark: string;
  darkForeground: string;
};

/**
 * Adapts a reseller's colour so that it passes WCAG AA (4.5:1) both as text on the app's surfaces
 * and under its own button text, in light and dark mode. A colour that already passes is kept
 * exactly; one that does not is moved the least amount towards black (light mode) or white (dark
 * mode) that makes it pass.
 */
export function brandColors(hex: string): BrandColors {
  const color = ensureContrast(hex, LIGHT_SURFACE);
  const dark = ensureContrast(hex, DARK_SURFACE);
  return { color, foreground: readableOn(color), dark, darkForeground: readableOn(dark) };
}

/**
 * The inline style for a tenant-branded wrapper (`<div style={brandCssVars(t.primaryColor,
 * t.accentColor)}>`). app/globals.css turns these into --primary, --ring, --portal-accent etc.
 */
export function brandCssVars(primary: string, accent?: string | null): CSSProperties {
  const p = brandColors(primary);
  const vars: Record<string, string> = {
    '--brand-primary': p.color,
    '--brand-primary-foreground': p.foreground,
    '--brand-primary-dark': p.dark,
    '--brand-primary-dark-foreground': p.darkForeground,
  };
  if (accent) {
    const a = brandColors(accent);
    vars['--brand-accent'] = a.color;
    vars['--brand-accent-foreground'] = a.foreground;
    vars['--brand-accent-dark'] = a.dark;
    vars['--brand-accent-dark-foreground'] = a.darkForeground;
  }
  return vars as CSSProperties;
}
