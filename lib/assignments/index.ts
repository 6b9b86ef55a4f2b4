/**
 * The assignment engine (issue 11 item 3; DOMAIN.md "Customer hierarchy and assignments").
 *
 * Registering a type (other domains):
 *   import { registerAssignableType } from '@/lib/assignments';
 *   export const voiceTierType = registerAssignableType({
 *     type: 'voice_tier', label: 'Voice tiers', valueSchema: z.object({ enabled: z.boolean() }),
 *     listItems: (ctx) => listVoiceTierItems(ctx),   // [{ key, label, description? }]
 *     isAvailable: (v) => v.enabled,
 *   });
 * and add the module to lib/assignments/types.ts (one import line), so every entry point that
 * resolves assignments knows the type.
 *
 * Precedence and combination rules: ./resolve.ts. Services (./services): assign, unassign,
 * listItemAssignments, listTargetAssignments, getEffectiveConfiguration, previewCustomerMove,
 * moveCustomer.
 */
export { registerAssignableType, getAssignableType, listAssignableTypes, type AssignableItem, type AssignableType } from './registry';
export { resolveAssignments, isItemAvailable, effectiveValue, unionOf, levelRank, type Placement, type ResolvedItem, type ValueSource, type AssignmentFact } from './resolve';
export { assignmentLevels, type AssignmentLevel } from '@/db/schema/assignments';
export { listItemAssignments } from './services/list-assignments';
