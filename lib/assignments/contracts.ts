import { z } from 'zod';
import { assignmentLevels } from '@/db/schema/assignments';

/** Response schemas of the assignment routes (OpenAPI; not enforced). */
const level = z.enum(assignmentLevels);
const source = z.object({ level: z.enum([...assignmentLevels, 'default']), targetId: z.uuid().nullable(), targetName: z.string() });

export const assignmentResponse = z.object({
  id: z.uuid(),
  itemType: z.string().meta({ examples: ['portal_module'] }),
  itemKey: z.string().meta({ examples: ['cloud_pbx'] }),
  level,
  targetId: z.uuid().nullable(),
  value: z.unknown().meta({ examples: [{ enabled: false }] }),
  targetName: z.string().optional(),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const assignmentListResponse = z.object({ items: z.array(assignmentResponse) });

export const effectiveConfigurationResponse = z.object({
  account: z.object({ id: z.uuid(), tenantId: z.uuid(), company: z.string(), accountNumber: z.string(), category: z.object({ id: z.uuid(), name: z.string() }), group: z.object({ id: z.uuid(), name: z.string() }).nullable() }),
  precedence: z.array(level),
  types: z.array(
    z.object({
      type: z.string(),
      label: z.string(),
      description: z.string().nullable(),
      items: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          description: z.string().nullable(),
          value: z.unknown(),
          display: z.string(),
          available: z.boolean(),
          source: source.nullable(),
          overridden: z.array(z.object({ level, targetId: z.uuid().nullable(), targetName: z.string(), value: z.unknown(), display: z.string() })),
        }),
      ),
    }),
  ),
});

const side = z.object({ display: z.string(), available: z.boolean(), source: source.nullable() });
const place = z.object({ category: z.object({ id: z.uuid(), name: z.string() }), group: z.object({ id: z.uuid(), name: z.string() }).nullable() });
export const movePreviewResponse = z.object({
  account: z.object({ id: z.uuid(), company: z.string() }),
  from: place,
  to: place,
  unchanged: z.boolean(),
  changes: z.array(z.object({ type: z.string(), typeLabel: z.string(), key: z.string(), label: z.string(), change: z.enum(['gained', 'lost', 'changed', 'source']), before: side, after: side })),
});

export const pbxOverviewResponse = z.object({
  account: z.object({ id: z.uuid(), company: z.string(), accountNumber: z.string() }),
  settings: z.array(z.object({ key: z.string(), label: z.string(), description: z.string(), value: z.union([z.number(), z.boolean()]), display: z.string(), source: z.object({ level: z.string(), name: z.string() }) })),
  extensions: z.array(z.object({ id: z.uuid(), number: z.string(), name: z.string() })),
});
