/** The routing API as the admin console calls it (/api/v1): query keys, URLs, pages. Response shapes: lib/routing/views.ts and api-schemas.ts. */
const seg = encodeURIComponent;

export const routingKeys = {
  plans: ['routing-plans'] as const,
  plan: (id: string) => ['routing-plans', id] as const,
  entries: (id: string) => ['routing-plans', id, 'entries'] as const,
  groups: (id: string) => ['routing-plans', id, 'groups'] as const,
  check: (id: string) => ['route-checks', id] as const,
  findings: (id: string) => ['route-checks', id, 'findings'] as const,
  egress: ['routing-egress'] as const,
  sellPlans: ['routing-sell-plans'] as const,
};

export const routingUrls = {
  plans: '/api/v1/routing-plans',
  plan: (id: string) => `/api/v1/routing-plans/${seg(id)}`,
  entries: (id: string) => `/api/v1/routing-plans/${seg(id)}/entries`,
  groups: (id: string) => `/api/v1/routing-plans/${seg(id)}/groups`,
  group: (id: string) => `/api/v1/route-groups/${seg(id)}`,
  entry: (id: string) => `/api/v1/route-entries/${seg(id)}`,
  checks: (id: string) => `/api/v1/routing-plans/${seg(id)}/checks`,
  check: (id: string) => `/api/v1/route-checks/${seg(id)}`,
  findings: (id: string) => `/api/v1/route-checks/${seg(id)}/findings`,
  route: (id: string, q: Record<string, string>) => `/api/v1/routing-plans/${seg(id)}/route?${new URLSearchParams(q).toString()}`,
  allPlans: '/api/v1/routing-plans?limit=100',
  egress: '/api/v1/interconnects?direction=egress&limit=100',
  sellPlans: '/api/v1/rate-plans?kind=sell&limit=100',
  audit: (id: string) => `/api/admin/audit?entity=routing_plan&q=${seg(id)}`,
};

export const routingPages = {
  plans: '/class4/routing',
  plan: (id: string) => `/class4/routing/${id}`,
  tool: '/class4/routing/route-a-number',
};
