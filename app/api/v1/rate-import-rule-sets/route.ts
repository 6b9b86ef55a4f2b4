import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { createImportRuleSet, createRuleSetSchema, listImportRuleSets, ruleSetListQuery, ruleSetPageResponse, ruleSetResponse } from '@/lib/rates';

const tag = 'Rates';

export const GET = route(
  { key: 'v1.rate_import_rule_sets.list', permission: 'rates.read', portal: 'admin', query: ruleSetListQuery, response: ruleSetPageResponse, operation: { id: 'listImportRuleSets', summary: 'List supplier import rule sets (keyset pages; filter by brand)', tag } },
  async ({ req, ctx }) => NextResponse.json(await listImportRuleSets({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route(
  {
    key: 'v1.rate_import_rule_sets.create',
    permission: 'rates.write',
    portal: 'admin',
    body: createRuleSetSchema,
    response: ruleSetResponse,
    operation: { id: 'createImportRuleSet', summary: 'Create a supplier import rule set (notice periods, maximum change, allowed increments; an action per rule)', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await createImportRuleSet({ ctx, input: body }), { status: 201 }),
);
