import * as carrierProfile from '@/app/api/v1/carrier/profile/route';
import * as keyById from '@/app/api/v1/keys/[id]/route';
import * as keys from '@/app/api/v1/keys/route';
import * as me from '@/app/api/v1/me/route';

/**
 * Every `/api/v1` route module, by URL pattern: what the OpenAPI document describes. A static list,
 * because the running app cannot read its source tree (the route registry of the tests does);
 * tests/openapi.test.ts fails when a route file under app/api/v1 is missing here or an operation
 * lacks its description or schemas. The document itself (app/api/v1/openapi.json) is not listed:
 * it would import itself.
 */
export const V1_ROUTE_MODULES: Readonly<Record<string, Record<string, unknown>>> = {
  '/api/v1/me': me,
  '/api/v1/keys': keys,
  '/api/v1/keys/[id]': keyById,
  '/api/v1/carrier/profile': carrierProfile,
};
