import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AssignableType } from './registry';
import { effectiveValue, isItemAvailable, itemId, resolveAssignments, unionOf, type AssignmentFact, type Placement } from './resolve';

const placement: Placement = { accountId: 'acct-1', categoryId: 'cat-1', groupId: 'grp-1' };
const names = { account: 'Globex', category: 'Enterprise', group: 'Gold' };
const moduleType: AssignableType<{ enabled: boolean }> = {
  type: 'portal_module',
  label: 'Portal modules',
  valueSchema: z.object({ enabled: z.boolean() }),
  listItems: async () => [{ key: 'cloud_pbx', label: 'Cloud PBX' }],
  isAvailable: (v) => v.enabled,
};
const codecType: AssignableType<string[]> = {
  type: 'codecs',
  label: 'Codecs',
  valueSchema: z.array(z.string()),
  listItems: async () => [{ key: 'allowed', label: 'Allowed codecs' }],
  combine: unionOf,
};
const tierType: AssignableType<string> = { type: 'voice_tier', label: 'Voice tiers', valueSchema: z.string(), listItems: async () => [], defaultValue: 'standard' };
const types = new Map<string, AssignableType>([moduleType, codecType, tierType].map((t) => [t.type, t as AssignableType]));

let n = 0;
function fact(partial: Partial<AssignmentFact> & Pick<AssignmentFact, 'level'>): AssignmentFact {
  n += 1;
  const targetId = partial.level === 'all' ? null : partial.level === 'category' ? 'cat-1' : partial.level === 'group' ? 'grp-1' : 'acct-1';
  return { id: `f${String(n).padStart(3, '0')}`, itemType: 'portal_module', itemKey: 'cloud_pbx', targetId, value: { enabled: true }, updatedAt: new Date(2026, 0, 1, 0, 0, n), ...partial };
}
const pbx = itemId('portal_module', 'cloud_pbx');

describe('assignment precedence', () => {
  it('lets the most specific level win: customer > group > category > all', () => {
    const all = fact({ level: 'all', value: { enabled: true } });
    const category = fact({ level: 'category', value: { enabled: false } });
    const group = fact({ level: 'group', value: { enabled: true } });
    const customer = fact({ level: 'customer', value: { enabled: false } });
    const order = [all, category, group, customer];
    for (let drop = 0; drop < order.length; drop++) {
      const facts = order.slice(0, drop + 1).reverse(); // input order must not matter
      const hit = resolveAssignments(facts, placement, names, types).get(pbx)!;
      expect(hit.source.level).toBe(order[drop]!.level);
      expect(hit.value).toEqual(order[drop]!.value);
      expect(hit.overridden.map((o) => o.level)).toEqual(order.slice(0, drop).reverse().map((f) => f.level));
    }
  });

  it('names the source of the value', () => {
    const resolved = resolveAssignments([fact({ level: 'category' })], placement, names, types);
    expect(resolved.get(pbx)!.source).toEqual({ level: 'category', targetId: 'cat-1', targetName: 'Enterprise' });
    const fromAll = resolveAssignments([fact({ level: 'all' })], placement, names, types);
    expect(fromAll.get(pbx)!.source).toEqual({ level: 'all', targetId: null, targetName: 'All customers' });
  });

  it('ignores assignments to other categories, groups and customers', () => {
    const foreign = [fact({ level: 'category', targetId: 'cat-2' }), fact({ level: 'group', targetId: 'grp-2' }), fact({ level: 'customer', targetId: 'acct-2' })];
    expect(resolveAssignments(foreign, placement, names, types).size).toBe(0);
    // A customer without a group is not reached by a group assignment.
    expect(resolveAssignments([fact({ level: 'group' })], { ...placement, groupId: null }, { ...names, group: null }, types).size).toBe(0);
  });

  it('combines several assignments at the winning level: newest for scalars, union for set-valued types', () => {
    const older = fact({ level: 'category', value: { enabled: true } });
    const newer = fact({ level: 'category', value: { enabled: false } });
    expect(resolveAssignments([newer, older], placement, names, types).get(pbx)!.value).toEqual({ enabled: false });
    expect(resolveAssignments([older, newer], placement, names, types).get(pbx)!.value).toEqual({ enabled: false });
    const codecs = [fact({ level: 'group', itemType: 'codecs', itemKey: 'allowed', value: ['G711'] }), fact({ level: 'group', itemType: 'codecs', itemKey: 'allowed', value: ['G729', 'G711'] }), fact({ level: 'all', itemType: 'codecs', itemKey: 'allowed', value: ['OPUS'] })];
    const hit = resolveAssignments(codecs, placement, names, types).get(itemId('codecs', 'allowed'))!;
    expect(hit.source.level).toBe('group');
    expect([...(hit.value as string[])].sort()).toEqual(['G711', 'G729']);
    // A less specific level is not merged in: the group's set overrides ALL's.
    expect(hit.overridden).toHaveLength(1);
  });

  it('falls back once an assignment is removed', () => {
    const category = fact({ level: 'category', value: { enabled: false } });
    const customer = fact({ level: 'customer', value: { enabled: true } });
    expect(isItemAvailable(resolveAssignments([category, customer], placement, names, types), moduleType as AssignableType, 'cloud_pbx')).toBe(true);
    expect(isItemAvailable(resolveAssignments([category], placement, names, types), moduleType as AssignableType, 'cloud_pbx')).toBe(false);
    expect(isItemAvailable(resolveAssignments([], placement, names, types), moduleType as AssignableType, 'cloud_pbx')).toBe(false);
  });

  it('treats an item assigned nowhere as unavailable, or its type default', () => {
    const resolved = resolveAssignments([], placement, names, types);
    expect(effectiveValue(resolved, moduleType as AssignableType, 'cloud_pbx')).toBeUndefined();
    expect(isItemAvailable(resolved, moduleType as AssignableType, 'cloud_pbx')).toBe(false);
    expect(effectiveValue(resolved, tierType as AssignableType, 'anything')).toEqual({ value: 'standard', source: { level: 'default', targetId: null, targetName: 'Default' } });
    expect(isItemAvailable(resolved, tierType as AssignableType, 'anything')).toBe(true);
  });
});
