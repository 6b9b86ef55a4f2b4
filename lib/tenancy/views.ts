/**
 * The JSON shapes of the tenancy API, as the browser receives them (dates as ISO strings). Derived
 * from the services' results with type-only imports, so a view cannot drift from what the route
 * sends and the browser bundle gets no server code: client code imports these with `import type`.
 */
import 'server-only';
import type { JsonListItem, JsonResult } from '@/lib/json';
import type { getTenant } from './services/get-tenant';
import type { listTenantDomains } from './services/list-tenant-domains';
import type { listTenants } from './services/list-tenants';
import type { verifyTenantDomain } from './services/verify-tenant-domain';

/** GET /api/admin/tenants: one row. */
export type TenantRow = JsonListItem<typeof listTenants>;
/** GET /api/admin/tenants/[id] (also the answer of PATCH). */
export type TenantView = JsonResult<typeof getTenant>;
/** A tenant offered in a picker. */
export type TenantOption = Pick<TenantRow, 'id' | 'name' | 'isRoot'>;
/** GET /api/admin/domains: one row. */
export type DomainRow = JsonListItem<typeof listTenantDomains>;
/** POST /api/admin/tenants/[id]/domains/[domainId]/verify */
export type DomainVerifyResult = JsonResult<typeof verifyTenantDomain>;
