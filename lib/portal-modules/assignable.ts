import { z } from 'zod';
import { registerAssignableType } from '@/lib/assignments/registry';
import { portalModules } from './modules';

/**
 * Portal modules as assignable items: `{ enabled: boolean }` per module. A module assigned
 * nowhere is hidden (no default): a customer sees a module only when an assignment reaches it
 * with enabled=true. Categories' default module sets are seeded as category-level assignments
 * (seedCategoryModuleDefaults); groups and customers override them.
 */
export const portalModuleType = registerAssignableType<{ enabled: boolean }>({
  type: 'portal_module',
  label: 'Portal modules',
  description: 'Which modules of the customer portal the customer sees. A hidden module is absent from the menu, and its pages and API answer 404.',
  valueSchema: z.object({ enabled: z.boolean({ error: 'enabled must be true or false' }) }).strict(),
  listItems: async () => portalModules.map((m) => ({ key: m.key, label: m.label, description: m.description })),
  isAvailable: (v) => v.enabled,
  formatValue: (v) => (v.enabled ? 'Enabled' : 'Hidden'),
});

/**
 * Cloud PBX settings of an account: scalar configuration values with a platform default, which
 * categories, groups or customers override. The PBX overview page shows them with their source.
 */
export const pbxSettings = [
  { key: 'max_extensions', label: 'Maximum extensions', description: 'How many extensions the account may create.', schema: z.number().int().min(0).max(10_000), defaultValue: 10, },
  { key: 'call_recording', label: 'Call recording', description: 'Whether calls of the account may be recorded.', schema: z.boolean(), defaultValue: false},
] as const;

export const pbxSettingType = registerAssignableType<{ value: number | boolean }>({
  type: 'pbx_setting',
  label: 'Cloud PBX settings',
  description: 'Limits and options of the Cloud PBX module; an item without an assignment has its platform default.',
  valueSchema: z.object({ value: z.union([z.number().int().min(0).max(10_000), z.boolean()]) }).strict(),
  listItems: async () => pbxSettings.map((s) => ({ key: s.key, label: s.label, description: s.description })),
  defaultFor: (key) => {
    const setting = pbxSettings.find((s) => s.key === key);
    return setting ? { value: setting.defaultValue } : undefined;
  },
  // The value must fit its setting: a boolean for call_recording, a count for max_extensions.
  checkValue: (key, v) => {
    const setting = pbxSettings.find((s) => s.key === key);
    if (!setting || setting.schema.safeParse(v.value).success) return null;
    return `${setting.label} takes ${typeof setting.defaultValue === 'boolean' ? 'true or false' : 'a whole number from 0 to 10000'}`;
  },
  formatValue: (v) => (typeof v.value === 'boolean' ? (v.value ? 'Yes' : 'No') : String(v.value)),
});
