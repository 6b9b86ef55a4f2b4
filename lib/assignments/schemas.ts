import { z } from 'zod';
import { assignmentLevels } from '@/db/schema/assignments';
import { safeText } from '@/lib/validation';

export const itemTypeSchema = z.string().max(63).regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be a registered item type');
export const itemKeySchema = safeText().trim().min(1, 'required').max(200, 'at most 200 characters');
export const levelSchema = z.enum(assignmentLevels, 'must be all, category, group or customer');

/** ALL has no target; every other level names one (a uuid). */
function targetRule(t: { level: string; targetId?: string | null }, c: z.RefinementCtx) {
  if (t.level === 'all' && t.targetId) c.addIssue({ code: 'custom', path: ['targetId'], message: 'ALL takes no target' });
  if (t.level !== 'all' && !t.targetId) c.addIssue({ code: 'custom', path: ['targetId'], message: `a ${t.level} assignment names its ${t.level}` });
}

const assignmentKey = { itemType: itemTypeSchema, itemKey: itemKeySchema, level: levelSchema, targetId: z.uuid('must be an id').nullish() };

export const assignSchema = z.object({ ...assignmentKey, value: z.unknown() }).superRefine(targetRule);
export type AssignInput = z.input<typeof assignSchema>;
export const unassignSchema = z.object(assignmentKey).superRefine(targetRule);
export type UnassignInput = z.input<typeof unassignSchema>;

export const itemSchema = z.object({ itemType: itemTypeSchema, itemKey: itemKeySchema });
export const targetSchema = z.object({ level: levelSchema, targetId: z.uuid('must be an id').nullish() }).superRefine(targetRule);
export const accountIdSchema = z.object({ accountId: z.uuid('must be a customer account id') });
export const moveSchema = z.object({
  accountId: z.uuid('must be a customer account id'),
  categoryId: z.uuid('must be a category id'),
  groupId: z.uuid('must be a group id').nullable().default(null),
});
export type MoveInput = z.input<typeof moveSchema>;
