import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleDecimal, unscaleDecimal } from './exact-decimal';

describe('exact decimals', () => {
  it('scales and unscales exactly', () => {
    expect(scaleDecimal('1500', '5', 2)).toBe(150050n);
    expect(scaleDecimal('0', '0125', 6)).toBe(12500n);
    expect(scaleDecimal('7', '', 0)).toBe(7n);
    expect(unscaleDecimal(150050, 2)).toBe('1500.50');
    expect(unscaleDecimal(-5, 2)).toBe('-0.05');
    expect(unscaleDecimal(12500, 6)).toBe('0.012500');
    expect(unscaleDecimal(7, 0)).toBe('7');
    expect(unscaleDecimal(10n ** 30n, 3)).toBe(`1${'0'.repeat(27)}.000`);
  });

  it('refuses what it cannot represent exactly', () => {
    expect(() => scaleDecimal('1', '123', 2)).toThrow(RangeError);
    expect(() => unscaleDecimal(0.1, 2)).toThrow(RangeError);
    expect(() => unscaleDecimal(Number.MAX_SAFE_INTEGER + 1, 2)).toThrow(RangeError);
  });

  it('round-trips every integer at every scale (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 9 }), (n, scale) => {
        const text = unscaleDecimal(n, scale);
        const negative = text.startsWith('-');
        const [whole, fraction = ''] = text.replace('-', '').split('.');
        expect((negative ? -1n : 1n) * scaleDecimal(whole!, fraction, scale)).toBe(n);
      }),
    );
  });
});
