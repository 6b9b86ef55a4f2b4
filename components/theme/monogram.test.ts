import { describe, expect, it } from 'vitest';
import { monogramDataUri, monogramLetters, monogramSvg } from './monogram';

describe('monogramLetters', () => {
  it.each([
    ['Acme Voice', 'AV'],
    ['acme', 'A'],
    ['  Nordic   Telecom Group ', 'NT'],
    ['Ünal Telekom', 'ÜT'],
    ['شركة الصوت', 'شا'],
    ['日本 通信', '日通'],
    ['🚀 Rocket Calls', 'RC'],
    ['🚀🚀', '🚀'],
    ['3 Rivers', '3R'],
    ['"<Evil>" & Co', 'C'],
  ])('%j -> %j', (name, letters) => {
    expect(monogramLetters(name)).toBe(letters);
  });

  it('never returns control, bidi or zero-width characters', () => {
    const letters = monogramLetters('\u202EAcme\u0000\u200B \r\nVoice\u2066');
    expect(letters).toBe('AV');
  });

  it('is empty for a name of nothing visible', () => {
    expect(monogramLetters('\u0000\u202E \t')).toBe('');
  });
});

describe('monogramSvg', () => {
  it('draws the tenant’s own letters on its colour, never the platform’s', () => {
    const svg = monogramSvg('Acme Voice', '#B45309');
    expect(svg).toContain('fill="#B45309"');
    expect(svg).toContain('>AV</text>');
    expect(svg.toLowerCase()).not.toContain('didtron');
  });

  it('escapes what it draws and falls back to a default colour for anything but #rrggbb', () => {
    const svg = monogramSvg('<script>alert(1)</script> &amp', 'red;" onload="x');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('onload');
    expect(svg).toContain('&lt;');
    expect(svg).toContain('fill="#2563EB"');
  });

  it('picks readable ink on light and dark colours', () => {
    expect(monogramSvg('A', '#FFFF00')).toContain('fill="#0b1120"');
    expect(monogramSvg('A', '#111111')).toContain('fill="#ffffff"');
  });

  it('stays a small, valid data URI for a very long name', () => {
    const uri = monogramDataUri('x'.repeat(100_000), '#2563EB');
    expect(uri.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(uri.length).toBeLessThan(1000);
    expect(decodeURIComponent(uri.split(',')[1]!)).toContain('>X</text>');
  });
});
