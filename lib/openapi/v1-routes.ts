import * as assignments from '@/app/api/v1/assignments/route';
import * as carrierProfile from '@/app/api/v1/carrier/profile/route';
import * as customerAccountsByIdEffectiveConfiguration from '@/app/api/v1/customer-accounts/[id]/effective-configuration/route';
import * as customerAccountsByIdMovePreview from '@/app/api/v1/customer-accounts/[id]/move-preview/route';
import * as customerAccountsByIdMove from '@/app/api/v1/customer-accounts/[id]/move/route';
import * as customerAccountsById from '@/app/api/v1/customer-accounts/[id]/route';
import * as customerAccountsByIdStatus from '@/app/api/v1/customer-accounts/[id]/status/route';
import * as customerAccountsByIdUsers from '@/app/api/v1/customer-accounts/[id]/users/route';
import * as customerAccounts from '@/app/api/v1/customer-accounts/route';
import * as customerCategoriesById from '@/app/api/v1/customer-categories/[id]/route';
import * as customerCategories from '@/app/api/v1/customer-categories/route';
import * as customerGroupsById from '@/app/api/v1/customer-groups/[id]/route';
import * as customerGroups from '@/app/api/v1/customer-groups/route';
import * as keysById from '@/app/api/v1/keys/[id]/route';
import * as keys from '@/app/api/v1/keys/route';
import * as me from '@/app/api/v1/me/route';
import * as pbxOverview from '@/app/api/v1/pbx/overview/route';
import * as webhookEndpointsByIdDeliveriesByDeliveryIdReplay from '@/app/api/v1/webhook-endpoints/[id]/deliveries/[deliveryId]/replay/route';
import * as webhookEndpointsByIdDeliveries from '@/app/api/v1/webhook-endpoints/[id]/deliveries/route';
import * as webhookEndpointsByIdRotateSecret from '@/app/api/v1/webhook-endpoints/[id]/rotate-secret/route';
import * as webhookEndpointsById from '@/app/api/v1/webhook-endpoints/[id]/route';
import * as webhookEndpointsByIdTest from '@/app/api/v1/webhook-endpoints/[id]/test/route';
import * as webhookEndpoints from '@/app/api/v1/webhook-endpoints/route';
import * as webhookEventTypes from '@/app/api/v1/webhook-event-types/route';

/**
 * Every `/api/v1` route module, by URL pattern: what the OpenAPI document describes. A static list,
 * because the running app cannot read its source tree (the route registry of the tests does);
 * tests/openapi.test.ts fails when a route file under app/api/v1 is missing here or an operation
 * lacks its description or schemas. The document itself (app/api/v1/openapi.json) is not listed:
 * it would import itself.
 */
export const V1_ROUTE_MODULES: Readonly<Record<string, Record<string, unknown>>> = {
  '/api/v1/assignments': assignments,
  '/api/v1/carrier/profile': carrierProfile,
  '/api/v1/customer-accounts/[id]/effective-configuration': customerAccountsByIdEffectiveConfiguration,
  '/api/v1/customer-accounts/[id]/move-preview': customerAccountsByIdMovePreview,
  '/api/v1/customer-accounts/[id]/move': customerAccountsByIdMove,
  '/api/v1/customer-accounts/[id]': customerAccountsById,
  '/api/v1/customer-accounts/[id]/status': customerAccountsByIdStatus,
  '/api/v1/customer-accounts/[id]/users': customerAccountsByIdUsers,
  '/api/v1/customer-accounts': customerAccounts,
  '/api/v1/customer-categories/[id]': customerCategoriesById,
  '/api/v1/customer-categories': customerCategories,
  '/api/v1/customer-groups/[id]': customerGroupsById,
  '/api/v1/customer-groups': customerGroups,
  '/api/v1/keys/[id]': keysById,
  '/api/v1/keys': keys,
  '/api/v1/me': me,
  '/api/v1/pbx/overview': pbxOverview,
  '/api/v1/webhook-endpoints/[id]/deliveries/[deliveryId]/replay': webhookEndpointsByIdDeliveriesByDeliveryIdReplay,
  '/api/v1/webhook-endpoints/[id]/deliveries': webhookEndpointsByIdDeliveries,
  '/api/v1/webhook-endpoints/[id]/rotate-secret': webhookEndpointsByIdRotateSecret,
  '/api/v1/webhook-endpoints/[id]': webhookEndpointsById,
  '/api/v1/webhook-endpoints/[id]/test': webhookEndpointsByIdTest,
  '/api/v1/webhook-endpoints': webhookEndpoints,
  '/api/v1/webhook-event-types': webhookEventTypes,
};
