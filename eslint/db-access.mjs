/**
 * local/db-access: only db/ builds a Drizzle instance or touches the raw postgres.js client.
 * Everything else reaches the database through db/client.ts: withTenant / withPlatform
 * (tenant-scoped and cross-tenant transactions), infraDb() (tenant-less infrastructure tables) and
 * listen(). See docs/DECISIONS.md, "One way to the database". tests/db-seams.test.ts tests the rule.
 */
const MESSAGES = {
  drizzle: 'Do not build a Drizzle instance outside db/: use withTenant/withPlatform or infraDb() from @/db/client.',
  sqlClient: 'The raw postgres.js client stays in db/: use infraDb().execute(sql`...`), withTenant/withPlatform, or listen() from @/db/client.',
  $client: 'The raw postgres.js client stays in db/ ($client is a way around infraDb()).',
};

/** @type {import('eslint').Rule.RuleModule} */
export const dbAccessRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Only db/ builds Drizzle instances or uses the raw database client' },
    schema: [],
    messages: MESSAGES,
  },
  create(context) {
    return {
      CallExpression(node) {
        const callee = node.callee;
        const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : null;
        if (name === 'drizzle') context.report({ node, messageId: 'drizzle' });
      },
      Identifier(node) {
        // `import { sqlClient }` has two identifiers (imported and local) at one spot: report it once.
        if (node.parent?.type === 'ImportSpecifier' && node.parent.imported === node && node.parent.local !== node) return;
        if (node.name === 'sqlClient') context.report({ node, messageId: 'sqlClient' });
      },
      MemberExpression(node) {
        if (!node.computed && node.property.type === 'Identifier' && node.property.name === '$client') context.report({ node, messageId: '$client' });
      },
    };
  },
};

/** The flat-config block: every file but db/ and this rule's own folder. */
export const dbAccessConfig = {
  plugins: { local: { rules: { 'db-access': dbAccessRule } } },
  ignores: ['db/**', 'eslint/**'],
  rules: { 'local/db-access': 'error' },
};
