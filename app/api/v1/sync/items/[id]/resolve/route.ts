import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { resolveSyncConflict, resolveSyncConflictBody, syncItemResponse } from '@/lib/sync';

export const POST = route(
  {
    key: 'v1.sync_items.resolve',
    permission: 'class4.write',
    portal: 'admin',
    params: pathParams('id'),
    body: resolveSyncConflictBody,
    response: syncItemResponse,
    operation: {
      id: 'resolveSyncConflict',
      summary: 'Resolve a sync conflict: keep our value (pushed to ConnexCS) or theirs (written to our record)',
      tag: 'Sync',
      description: 'Only an item in conflict. Keeping theirs edits the customer account or carrier through its own update (validated and audited like any edit); a company deleted on ConnexCS can only be created again (keep ours).',
    },
  },
  async ({ ctx, params, body }) => NextResponse.json(await resolveSyncConflict({ ctx, input: { id: params.id, keep: body.keep } })),
);
