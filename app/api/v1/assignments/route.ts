import { NextResponse } from 'next/server';
import { z } from 'zod';
import { assignmentListResponse, assignmentResponse } from '@/lib/assignments/contracts';
import { assignSchema, itemKeySchema, itemTypeSchema, levelSchema, unassignSchema } from '@/lib/assignments/schemas';
import { assign } from '@/lib/assignments/services/assign';
import { listItemAssignments, listTargetAssignments } from '@/lib/assignments/services/list-assignments';
import { unassign } from '@/lib/assignments/services/unassign';
import { assignmentScope } from '@/lib/assignments/access';
import { ValidationError } from '@/lib/errors';
import { route } from '@/lib/http/route';

const tag = 'Assignments';
const listQuery = z.object({ itemType: itemTypeSchema.optional(), itemKey: itemKeySchema.optional(), level: levelSchema.optional(), targetId: z.uuid('must be an id').optional() });

export const GET = route(
  { key: 'v1.assignments.list', permission: 'customers.read', query: listQuery, response: assignmentListResponse, operation: { id: 'listAssignments', summary: 'Where an item is assigned (itemType + itemKey), or what is assigned at a target (level + targetId)', tag } },
  async ({ ctx, query }) => {
    // Staff and brand admins only, before any 422 about the query: a caller who may not list learns nothing from it.
    assignmentScope(ctx, 'customers.read');
    if (query.itemType && query.itemKey) return NextResponse.json(await listItemAssignments({ ctx, input: { itemType: query.itemType, itemKey: query.itemKey } }));
    if (query.level) return NextResponse.json(await listTargetAssignments({ ctx, input: { level: query.level, targetId: query.targetId } }));
    throw new ValidationError([{ path: 'query', message: 'give itemType and itemKey, or level (and targetId)' }]);
  },
);

export const PUT = route(
  { key: 'v1.assignments.assign', permission: 'customers.write', body: assignSchema, response: assignmentResponse, operation: { id: 'assignItem', summary: 'Assign an item to ALL, a category, a group or a customer (or change the value there)', tag } },
  async ({ ctx, body }) => NextResponse.json(await assign({ ctx, input: body })),
);

/** The assignment to remove is named in the query (a DELETE carries no body); the service validates it after its permission check. */
const unassignQuery = z.object({ itemType: z.string().optional(), itemKey: z.string().optional(), level: z.string().optional(), targetId: z.string().optional() });

export const DELETE = route(
  { key: 'v1.assignments.unassign', permission: 'customers.write', query: unassignQuery, response: z.object({ id: z.uuid() }), operation: { id: 'unassignItem', summary: 'Remove an assignment (itemType, itemKey, level, targetId): the customer falls back to the next level', tag } },
  async ({ ctx, query }) => NextResponse.json(await unassign({ ctx, input: query as z.input<typeof unassignSchema> })),
);
