import { readableOn } from './color';

/**
 * The neutral mark of a brand that has no logo: one or two letters of the brand's OWN name on its
 * primary colour (never the platform's logo or initial). Used as the logo in the portal frames and,
 * as an SVG data URI, as the favicon of a tenant host without one.
 */

const DEFAULT_COLOR = '#2563EB';
const HEX = /^#[0-9a-f]{6}$/i;
// Control, format (bidi overrides, zero-width joiners on their own), separators other than space.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const STARTS_WITH_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function firstGrapheme(word: string): string {
  for (const { segment } of segmenter.segment(word)) return segment;
  return '';
}

/**
 * Up to two letters: the first letter of the first two words that start with a letter or digit
 * ("Acme Voice" -> "AV", "acme" -> "A", "Ünal Telekom" -> "ÜT", "شركة الصوت" -> "شا"). A name
 * without any letter falls back to its first visible character (an emoji), else to none.
 */
export function monogramLetters(name: string): string {
  const clean = name.replace(INVISIBLE, ' ').trim();
  const words = clean.split(/\s+/).filter(Boolean);
  const initials = words
    .filter((w) => STARTS_WITH_LETTER_OR_DIGIT.test(w))
    .slice(0, 2)
    .map((w) => firstGrapheme(w).toLocaleUpperCase('en'));
  if (initials.length) return initials.join('');
  return words.length ? firstGrapheme(words[0]!) : '';
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A square SVG monogram (64x64, rounded) on the brand colour, its text in black or white for contrast. */
export function monogramSvg(name: string, color: string | null | undefined): string {
  const fill = color && HEX.test(color) ? color : DEFAULT_COLOR;
  const letters = monogramLetters(name);
  const ink = readableOn(fill, '#ffffff', '#0b1120');
  const size = [...segmenter.segment(letters)].length > 1 ? 26 : 34;
  const text = letters
    ? `<text x="32" y="33" dominant-baseline="central" text-anchor="middle" font-family="system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif" font-size="${size}" font-weight="600" fill="${ink}">${escapeXml(letters)}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${fill}"/>${text}</svg>`;
}

/** The monogram as a data: URI, usable as <img src> and as <link rel="icon"> (CSP img-src allows data:). */
export function monogramDataUri(name: string, color: string | null | undefined): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(monogramSvg(name, color))}`;
}
