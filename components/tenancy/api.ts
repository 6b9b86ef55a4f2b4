/**
 * The tenancy API as the admin console calls it: TanStack Query keys and URLs in one place (invalidate
 * `tenantKeys.all` after a write to refresh every tenant query). Response shapes: lib/tenancy/views.ts.
 */
const seg = encodeURIComponent;

export const tenantKeys = {
  all: ['tenants'] as const,
  detail: (id: string) => ['tenants', id] as const,
};

export const domainKeys = {
  all: ['domains'] as const,
  /** One tenant's domains, or every tenant's. */
  list: (tenantId?: string) => ['domains', tenantId ?? 'all'] as const,
};

export const tenantUrls = {
  list: '/api/admin/tenants',
  detail: (id: string) => `/api/admin/tenants/${seg(id)}`,
  status: (id: string) => `/api/admin/tenants/${seg(id)}/status`,
  domains: (id: string) => `/api/admin/tenants/${seg(id)}/domains`,
  domain: (tenantId: string, domainId: string) => `/api/admin/tenants/${seg(tenantId)}/domains/${seg(domainId)}`,
  verifyDomain: (tenantId: string, domainId: string) => `/api/admin/tenants/${seg(tenantId)}/domains/${seg(domainId)}/verify`,
  sandboxDnsRecord: (tenantId: string, domainId: string) => `/api/admin/tenants/${seg(tenantId)}/domains/${seg(domainId)}/sandbox-dns-record`,
  /** The domains list across tenants, or one tenant's. */
  allDomains: (tenantId?: string) => (tenantId ? `/api/admin/domains?tenantId=${seg(tenantId)}` : '/api/admin/domains'),
};
