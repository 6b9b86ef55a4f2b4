/**
 * The rate plan API as the consoles call it (/api/v1, the same endpoints as API clients): TanStack
 * Query keys, URLs and the admin pages. Response shapes: lib/rates/views.ts.
 */
const seg = encodeURIComponent;

export const ratesKeys = {
  plans: ['rate-plans'] as const,
  plan: (id: string) => ['rate-plans', id] as const,
  rows: (versionId: string) => ['rate-rows', versionId] as const,
  allRows: ['rate-rows'] as const,
};

export const ratesUrls = {
  plans: '/api/v1/rate-plans',
  plan: (id: string) => `/api/v1/rate-plans/${seg(id)}`,
  versions: (planId: string) => `/api/v1/rate-plans/${seg(planId)}/versions`,
  version: (id: string) => `/api/v1/rate-plan-versions/${seg(id)}`,
  publish: (versionId: string) => `/api/v1/rate-plan-versions/${seg(versionId)}/publish`,
  rows: (versionId: string) => `/api/v1/rate-plan-versions/${seg(versionId)}/rows`,
  row: (id: string) => `/api/v1/rate-rows/${seg(id)}`,
  imports: (planId: string) => `/api/v1/rate-plans/${seg(planId)}/imports`,
};

/** Supplier import rule sets and the breaches of an import. */
export const ruleSetKeys = { all: ['rate-import-rule-sets'] as const, breaches: (importId: string) => ['rate-import-breaches', importId] as const };
export const ruleSetUrls = {
  list: '/api/v1/rate-import-rule-sets',
  one: (id: string) => `/api/v1/rate-import-rule-sets/${seg(id)}`,
  ofBrand: (tenantId: string) => `/api/v1/rate-import-rule-sets?tenant=${seg(tenantId)}&limit=100`,
  breaches: (importId: string) => `/api/v1/rate-imports/${seg(importId)}/breaches`,
};

/** Pages of the admin console. */
export const ratesPages = {
  plans: '/rates/plans',
  rules: '/rates/rules',
  plan: (id: string) => `/rates/plans/${id}`,
};

/** The customer portal's own rates (the account's assigned sell plan). */
export const myRatesKeys = { current: ['my-rates', 'current'] as const, upcoming: ['my-rates', 'upcoming'] as const };
export const myRatesUrls = {
  list: (when: 'current' | 'upcoming') => `/api/v1/rates?when=${when}`,
  csv: (when: 'current' | 'upcoming') => `/api/v1/rates/export?when=${when}`,
};
