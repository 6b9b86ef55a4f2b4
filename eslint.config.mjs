import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';
import { dbAccessConfig } from './eslint/db-access.mjs';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // A delete or update without a where clause is almost always a bug in a multi-tenant table.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // One way to the database: Drizzle instances and the raw client only inside db/ (eslint/db-access.mjs).
  dbAccessConfig,
  {
    // Pages, layouts and components never reach the database directly: they call lib/<domain> services.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/db', '@/db/*'], message: 'Call a lib/<domain> service instead of importing db.' }] }],
    },
  },
  { ignores: ['.next/**', 'bench/http/bare/.next/**', 'bench/http/bare/next-env.d.ts', 'node_modules/**', '.data/**', 'drizzle/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
