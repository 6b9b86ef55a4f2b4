import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { deleteImportRuleSet, getImportRuleSet, ruleSetDeletedResponse, ruleSetResponse, updateImportRuleSet, updateRuleSetSchema } from '@/lib/rates';

const params = pathParams('id');
const tag = 'Rates';

export const GET = route(
  { key: 'v1.rate_import_rule_sets.get', permission: 'rates.read', portal: 'admin', params, response: ruleSetResponse, operation: { id: 'getImportRuleSet', summary: 'Get a supplier import rule set with every rule', tag } },
  async ({ ctx, params }) => NextResponse.json(await getImportRuleSet({ ctx, input: { id: params.id } })),
);

export const PATCH = route(
  {
    key: 'v1.rate_import_rule_sets.update',
    permission: 'rates.write',
    portal: 'admin',
    params,
    body: updateRuleSetSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: ruleSetResponse,
    operation: { id: 'updateImportRuleSet', summary: 'Change a rule set (each rule given replaces that rule)', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await updateImportRuleSet({ ctx, input: body })),
);

export const DELETE = route(
  { key: 'v1.rate_import_rule_sets.delete', permission: 'rates.write', portal: 'admin', params, response: ruleSetDeletedResponse, operation: { id: 'deleteImportRuleSet', summary: 'Delete a rule set no supplier plan uses', tag } },
  async ({ ctx, params }) => NextResponse.json(await deleteImportRuleSet({ ctx, input: { id: params.id } })),
);
