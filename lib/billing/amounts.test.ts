import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billingCurrencies } from './currencies';
import { currencyExponent, formatMinorAmount, minorToDecimal, parseAmountToMinor } from './amounts';

const MAX = 100_000_000_000_000; // lib/customers MAX_CREDIT_LIMIT_MINOR
const currency = fc.constantFrom(...billingCurrencies.map((c) => c.code));
const minor = fc.integer({ min: 0, max: MAX });

describe('amounts typed by people to minor units and back, exactly', () => {
  it('knows the ISO minor unit', () => {
    expect([currencyExponent('USD'), currencyExponent('jpy'), currencyExponent('BHD'), currencyExponent('ZZZ')]).toEqual([2, 0, 3, 2]);
  });

  it('round trip: minor -> plain decimal -> minor, and minor -> display ("1,500.00 USD") -> minor, for every currency', () => {
    fc.assert(
      fc.property(minor, currency, (m, cur) => {
        expect(parseAmountToMinor(minorToDecimal(m, cur), cur, MAX)).toEqual({ ok: true, minor: m });
        expect(parseAmountToMinor(formatMinorAmount(m, cur), cur, MAX)).toEqual({ ok: true, minor: m });
      }),
      { numRuns: 2000 },
    );
  });

  it('fewer decimals than the currency has mean trailing zeros; more are refused with the count', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), currency, fc.integer({ min: 1, max: 6 }), (whole, cur, extra) => {
        const exponent = currencyExponent(cur);
        const shorter = parseAmountToMinor(`${whole}.${'5'.repeat(Math.max(exponent - 1, 0))}`, cur, MAX);
        if (exponent > 0) expect(shorter).toEqual({ ok: true, minor: Number(whole * 10n ** BigInt(exponent) + BigInt('5'.repeat(exponent - 1).padEnd(exponent, '0'))) });
        const longer = parseAmountToMinor(`${whole}.${'1'.repeat(exponent + extra)}`, cur, MAX);
        expect(longer.ok).toBe(false);
      }),
    );
    expect(parseAmountToMinor('10.999', 'USD')).toEqual({ ok: false, error: 'USD has 2 decimal places: 3 given' });
    expect(parseAmountToMinor('10.5', 'JPY')).toEqual({ ok: false, error: 'JPY has no decimal places' });
    expect(parseAmountToMinor('1.2345', 'BHD')).toEqual({ ok: false, error: 'BHD has 3 decimal places: 4 given' });
  });

  it('reads the usual ways of writing an amount', () => {
    expect(parseAmountToMinor('1,500.00 USD', 'USD')).toEqual({ ok: true, minor: 150_000 });
    expect(parseAmountToMinor('usd 1500', 'USD')).toEqual({ ok: true, minor: 150_000 });
    expect(parseAmountToMinor(' 1500. ', 'EUR')).toEqual({ ok: true, minor: 150_000 });
    expect(parseAmountToMinor('0.01', 'EUR')).toEqual({ ok: true, minor: 1 });
    expect(parseAmountToMinor('1,234,567', 'JPY')).toEqual({ ok: true, minor: 1_234_567 });
    expect(parseAmountToMinor('0.1', 'USD')).toEqual({ ok: true, minor: 10 }); // no 0.1 float drift
    expect(formatMinorAmount(150_000, 'usd')).toBe('1,500.00 USD');
    expect(formatMinorAmount(5, 'BHD')).toBe('0.005 BHD');
    expect(minorToDecimal(-150, 'EUR')).toBe('-1.50');
  });

  it('refuses hostile and malformed input with a reason, never throws', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /enter an amount/],
      ['-5', /zero or more/],
      ['1,50', /such as 1,500.00 EUR/],
      ['1.500,00', /such as/],
      ['12,34,567', /such as/],
      ['1e6', /such as/],
      ['NaN', /such as/],
      ['Infinity', /such as/],
      ['0x10', /such as/],
      ['1 500', /such as/],
      ['1500\u0000', /such as/],
      ['١٥٠٠', /such as/],
      ['1500 USD', /in USD, but the account is billed in EUR/],
      ['9'.repeat(400), /too large \(at most 1,000,000,000,000.00 EUR\)/],
    ];
    for (const [text, error] of cases) {
      const result = parseAmountToMinor(text, 'EUR', MAX);
      expect(result.ok, text).toBe(false);
      expect(!result.ok && result.error, text).toMatch(error);
    }
    fc.assert(fc.property(fc.string({ maxLength: 40 }), currency, (text, cur) => {
      const result = parseAmountToMinor(text, cur, MAX);
      if (result.ok) expect(Number.isSafeInteger(result.minor) && result.minor >= 0 && result.minor <= MAX).toBe(true);
    }));
  });
});
