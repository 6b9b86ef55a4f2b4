import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankSuppliers, type SupplierIn } from './rank';

/** The pure ranking: skip reasons, the margin floor and the orders, with properties over random lists. */

const supplier = (over: Partial<SupplierIn> & { id: string }): SupplierIn => ({
  interconnectId: over.id,
  position: 0,
  weight: 100,
  qualityTier: 1,
  active: true,
  carrierActive: true,
  supplierRatePlanId: 'plan',
  buy: { rateMicro: 1000, blocked: false, prefix: '44', currency: 'USD' },
  ...over,
});
const sell = { rateMicro: 10_000, blocked: false, currency: 'USD' };

describe('rankSuppliers', () => {
  it('names why each supplier is skipped', () => {
    const { candidates, skipped } = rankSuppliers({
      method: 'ordered',
      sell,
      marginFloorMicro: 2000,
      suppliers: [
        supplier({ id: 'a', position: 0, active: false }),
        supplier({ id: 'b', position: 1, carrierActive: false }),
        supplier({ id: 'c', position: 2, supplierRatePlanId: null, buy: undefined }),
        supplier({ id: 'd', position: 3, buy: null }),
        supplier({ id: 'e', position: 4, buy: { rateMicro: 1, blocked: true, prefix: '4', currency: 'USD' } }),
        supplier({ id: 'f', position: 5, buy: { rateMicro: 1, blocked: false, prefix: '4', currency: 'EUR' } }),
        supplier({ id: 'g', position: 6, buy: { rateMicro: 9000, blocked: false, prefix: '44', currency: 'USD' } }),
        supplier({ id: 'h', position: 7, buy: { rateMicro: 8000, blocked: false, prefix: '44', currency: 'USD' } }),
      ],
    });
    expect(skipped.map((s) => [s.interconnectId, s.reason])).toEqual([
      ['a', 'interconnect_disabled'],
      ['b', 'carrier_suspended'],
      ['c', 'no_supplier_plan'],
      ['d', 'no_rate'],
      ['e', 'blocked_rate'],
      ['f', 'currency_mismatch'],
      ['g', 'margin_below_floor'],
    ]);
    expect(skipped.find((s) => s.interconnectId === 'g')!.marginMicro).toBe(1000);
    expect(candidates).toEqual([expect.objectContaining({ interconnectId: 'h', rank: 1, buyMicro: 8000, marginMicro: 2000 })]);
  });

  it('skips everyone when the customer has no sell rate (the floor cannot be enforced)', () => {
    const r = rankSuppliers({ method: 'lcr', sell: null, marginFloorMicro: 0, suppliers: [supplier({ id: 'a' })] });
    expect(r.candidates).toEqual([]);
    expect(r.skipped[0]!.reason).toBe('no_sell_rate');
    expect(rankSuppliers({ method: 'lcr', sell: { ...sell, blocked: true }, marginFloorMicro: 0, suppliers: [supplier({ id: 'a' })] }).skipped[0]!.reason).toBe('no_sell_rate');
  });

  it('orders LCR by cost then quality tier, weighted by weight with shares, ordered by position', () => {
    const list = [
      supplier({ id: 'a', position: 0, weight: 10, qualityTier: 2, buy: { rateMicro: 3000, blocked: false, prefix: '4', currency: 'USD' } }),
      supplier({ id: 'b', position: 1, weight: 30, qualityTier: 3, buy: { rateMicro: 2000, blocked: false, prefix: '4', currency: 'USD' } }),
      supplier({ id: 'c', position: 2, weight: 60, qualityTier: 1, buy: { rateMicro: 2000, blocked: false, prefix: '4', currency: 'USD' } }),
    ];
    expect(rankSuppliers({ method: 'lcr', sell, marginFloorMicro: 0, suppliers: list }).candidates.map((c) => c.interconnectId)).toEqual(['c', 'b', 'a']);
    const weighted = rankSuppliers({ method: 'weighted', sell, marginFloorMicro: 0, suppliers: list }).candidates;
    expect(weighted.map((c) => [c.interconnectId, c.shareBasisPoints])).toEqual([
      ['c', 6000],
      ['b', 3000],
      ['a', 1000],
    ]);
    expect(rankSuppliers({ method: 'ordered', sell, marginFloorMicro: 0, suppliers: list }).candidates.map((c) => c.interconnectId)).toEqual(['a', 'b', 'c']);
  });

  const arbSupplier = fc.record({
    id: fc.uuid(),
    position: fc.integer({ min: 0, max: 31 }),
    weight: fc.integer({ min: 0, max: 1000 }),
    qualityTier: fc.integer({ min: 1, max: 9 }),
    active: fc.boolean(),
    carrierActive: fc.boolean(),
    hasPlan: fc.boolean(),
    rate: fc.option(fc.record({ rateMicro: fc.integer({ min: 0, max: 1_000_000_000_000 }), blocked: fc.boolean(), currency: fc.constantFrom('USD', 'EUR') }), { nil: null }),
  });
  const arbInput = fc.record({
    method: fc.constantFrom('ordered' as const, 'weighted' as const, 'lcr' as const),
    sell: fc.option(fc.record({ rateMicro: fc.integer({ min: 0, max: 1_000_000_000_000 }), blocked: fc.boolean(), currency: fc.constantFrom('USD', 'EUR') }), { nil: null }),
    floor: fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
    suppliers: fc.uniqueArray(arbSupplier, { selector: (s) => s.id, maxLength: 32 }),
  });
  type Input = typeof arbInput extends fc.Arbitrary<infer T> ? T : never;
  const toInput = (i: Input) => ({
    method: i.method,
    sell: i.sell,
    marginFloorMicro: i.floor,
    suppliers: i.suppliers.map((s) => supplier({ id: s.id, position: s.position, weight: s.weight, qualityTier: s.qualityTier, active: s.active, carrierActive: s.carrierActive, supplierRatePlanId: s.hasPlan ? 'p' : null, buy: s.hasPlan ? (s.rate && { ...s.rate, prefix: '4' }) : undefined })),
  });

  it('never returns a supplier under the floor, and every supplier once (property)', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const { candidates, skipped } = rankSuppliers(toInput(i));
        for (const c of candidates) {
          expect(c.marginMicro).toBeGreaterThanOrEqual(i.floor);
          expect(c.marginMicro).toBe(i.sell!.rateMicro - c.buyMicro);
          expect(c.buy!.currency).toBe(i.sell!.currency);
        }
        expect(candidates.length + skipped.length).toBe(i.suppliers.length);
        expect(new Set([...candidates, ...skipped].map((s) => s.interconnectId)).size).toBe(i.suppliers.length);
      }),
    );
  });

  it('LCR is monotone in cost, and in quality tier at equal cost (property)', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const { candidates } = rankSuppliers({ ...toInput(i), method: 'lcr' });
        for (let k = 1; k < candidates.length; k++) {
          const [a, b] = [candidates[k - 1]!, candidates[k]!];
          expect(a.buyMicro).toBeLessThanOrEqual(b.buyMicro);
          if (a.buyMicro === b.buyMicro) expect(a.qualityTier).toBeLessThanOrEqual(b.qualityTier);
          expect(b.rank).toBe(a.rank + 1);
        }
      }),
    );
  });
});
