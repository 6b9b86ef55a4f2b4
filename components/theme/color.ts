/**
 * Small WCAG 2.x colour helpers shared by tenant branding and the token contrast test.
 * Only #rrggbb is accepted: tenants store their colours in that form (db check constraint).
 */

export type Rgb = readonly [number, number, number];

const HEX = /^#([0-9a-f]{6})$/i;

export function parseHex(hex: string): Rgb {
  const m = HEX.exec(hex.trim());
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Linear sRGB mix: weight 0 keeps `from`, 1 gives `to`. */
export function mix(from: string, to: string, weight: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  return toHex([a[0] + (b[0] - a[0]) * weight, a[1] + (b[1] - a[1]) * weight, a[2] + (b[2] - a[2]) * weight]);
}

/**
 * The smallest move of `color` towards black or white (whichever increases contrast against
 * `against`) that reaches `min`. Keeps the hue as far as sRGB mixing allows; returns the colour
 * unchanged when it already passes.
 */
export function ensureContrast(color: string, against: string, min = 4.5): string {
  if (contrastRatio(color, against) >= min) return color;
  const target = luminance(against) > 0.18 ? '#000000' : '#ffffff';
  for (let step = 1; step <= 100; step++) {
    const candidate = mix(color, target, step / 100);
    if (contrastRatio(candidate, against) >= min) return candidate;
  }
  return target;
}

/** Whichever of the two candidate text colours reads better on `background`. */
export function readableOn(background: string, light = '#ffffff', dark = '#0b1120'): string {
  return contrastRatio(light, background) >= contrastRatio(dark, background) ? light : dark;
}
