import * as assignments from '@/app/api/v1/assignments/route';
import * as carrierProfile from '@/app/api/v1/carrier/profile/route';
import * as carrierServicesById from '@/app/api/v1/carrier-services/[id]/route';
import * as carrierServices from '@/app/api/v1/carrier-services/route';
import * as carriersByIdUsers from '@/app/api/v1/carriers/[id]/users/route';
import * as carriersById from '@/app/api/v1/carriers/[id]/route';
import * as carriers from '@/app/api/v1/carriers/route';
import * as ratePlansByIdRate from '@/app/api/v1/rate-plans/[id]/rate/route';
import * as ratePlansByIdVersions from '@/app/api/v1/rate-plans/[id]/versions/route';
import * as ratePlansById from '@/app/api/v1/rate-plans/[id]/route';
import * as ratePlans from '@/app/api/v1/rate-plans/route';
import * as ratePlansByIdImports from '@/app/api/v1/rate-plans/[id]/imports/route';
import * as rateImportsById from '@/app/api/v1/rate-imports/[id]/route';
import * as rateImportsByIdErrors from '@/app/api/v1/rate-imports/[id]/errors/route';
import * as rateImportsByIdErrorsDownload from '@/app/api/v1/rate-imports/[id]/errors/download/route';
import * as rateImportsByIdChanges from '@/app/api/v1/rate-imports/[id]/changes/route';
import * as rateImportsByIdAccept from '@/app/api/v1/rate-imports/[id]/accept/route';
import * as rateImportsByIdPublish from '@/app/api/v1/rate-imports/[id]/publish/route';
import * as rateImportsByIdBreaches from '@/app/api/v1/rate-imports/[id]/breaches/route';
import * as rateImportRuleSets from '@/app/api/v1/rate-import-rule-sets/route';
import * as rateImportRuleSetsById from '@/app/api/v1/rate-import-rule-sets/[id]/route';
import * as ratePlanVersionsByIdPublish from '@/app/api/v1/rate-plan-versions/[id]/publish/route';
import * as ratePlanVersionsByIdRows from '@/app/api/v1/rate-plan-versions/[id]/rows/route';
import * as ratePlanVersionsById from '@/app/api/v1/rate-plan-versions/[id]/route';
import * as rateRowsById from '@/app/api/v1/rate-rows/[id]/route';
import * as syncItemsByIdResolve from '@/app/api/v1/sync/items/[id]/resolve/route';
import * as routingPlansByIdChecks from '@/app/api/v1/routing-plans/[id]/checks/route';
import * as routingPlansByIdEntries from '@/app/api/v1/routing-plans/[id]/entries/route';
import * as routingPlansByIdGroups from '@/app/api/v1/routing-plans/[id]/groups/route';
import * as routingPlansByIdRoute from '@/app/api/v1/routing-plans/[id]/route/route';
import * as routingPlansById from '@/app/api/v1/routing-plans/[id]/route';
import * as routingPlans from '@/app/api/v1/routing-plans/route';
import * as routeEntriesById from '@/app/api/v1/route-entries/[id]/route';
import * as routeGroupsById from '@/app/api/v1/route-groups/[id]/route';
import * as routeChecksByIdFindings from '@/app/api/v1/route-checks/[id]/findings/route';
import * as routeChecksById from '@/app/api/v1/route-checks/[id]/route';
import * as ratesExport from '@/app/api/v1/rates/export/route';
import * as rates from '@/app/api/v1/rates/route';
import * as syncItemsByIdRetry from '@/app/api/v1/sync/items/[id]/retry/route';
import * as syncItemsById from '@/app/api/v1/sync/items/[id]/route';
import * as syncItems from '@/app/api/v1/sync/items/route';
import * as syncPull from '@/app/api/v1/sync/pull/route';
import * as syncRuns from '@/app/api/v1/sync/runs/route';
import * as catalogAuthMethodsByIdAssignments from '@/app/api/v1/catalog/auth-methods/[id]/assignments/route';
import * as catalogAuthMethodsByIdRestore from '@/app/api/v1/catalog/auth-methods/[id]/restore/route';
import * as catalogAuthMethodsById from '@/app/api/v1/catalog/auth-methods/[id]/route';
import * as catalogAuthMethods from '@/app/api/v1/catalog/auth-methods/route';
import * as catalogAuthMethodsTrash from '@/app/api/v1/catalog/auth-methods/trash/route';
import * as catalogChannelPlansByIdAssignments from '@/app/api/v1/catalog/channel-plans/[id]/assignments/route';
import * as catalogChannelPlansByIdRestore from '@/app/api/v1/catalog/channel-plans/[id]/restore/route';
import * as catalogChannelPlansById from '@/app/api/v1/catalog/channel-plans/[id]/route';
import * as catalogChannelPlans from '@/app/api/v1/catalog/channel-plans/route';
import * as catalogChannelPlansTrash from '@/app/api/v1/catalog/channel-plans/trash/route';
import * as catalogCodecsByIdAssignments from '@/app/api/v1/catalog/codecs/[id]/assignments/route';
import * as catalogCodecsByIdRestore from '@/app/api/v1/catalog/codecs/[id]/restore/route';
import * as catalogCodecsById from '@/app/api/v1/catalog/codecs/[id]/route';
import * as catalogCodecs from '@/app/api/v1/catalog/codecs/route';
import * as catalogCodecsTrash from '@/app/api/v1/catalog/codecs/trash/route';
import * as catalogDidCountriesByIdAssignments from '@/app/api/v1/catalog/did-countries/[id]/assignments/route';
import * as catalogDidCountriesByIdRestore from '@/app/api/v1/catalog/did-countries/[id]/restore/route';
import * as catalogDidCountriesById from '@/app/api/v1/catalog/did-countries/[id]/route';
import * as catalogDidCountries from '@/app/api/v1/catalog/did-countries/route';
import * as catalogDidCountriesTrash from '@/app/api/v1/catalog/did-countries/trash/route';
import * as catalogDidProvidersByIdAssignments from '@/app/api/v1/catalog/did-providers/[id]/assignments/route';
import * as catalogDidProvidersByIdRestore from '@/app/api/v1/catalog/did-providers/[id]/restore/route';
import * as catalogDidProvidersById from '@/app/api/v1/catalog/did-providers/[id]/route';
import * as catalogDidProviders from '@/app/api/v1/catalog/did-providers/route';
import * as catalogDidProvidersTrash from '@/app/api/v1/catalog/did-providers/trash/route';
import * as catalogPopsByIdAssignments from '@/app/api/v1/catalog/pops/[id]/assignments/route';
import * as catalogPopsByIdRestore from '@/app/api/v1/catalog/pops/[id]/restore/route';
import * as catalogPopsById from '@/app/api/v1/catalog/pops/[id]/route';
import * as catalogPops from '@/app/api/v1/catalog/pops/route';
import * as catalogPopsTrash from '@/app/api/v1/catalog/pops/trash/route';
import * as catalogSettings from '@/app/api/v1/catalog/settings/route';
import * as catalogVoiceTiersByIdAssignments from '@/app/api/v1/catalog/voice-tiers/[id]/assignments/route';
import * as catalogVoiceTiersByIdRestore from '@/app/api/v1/catalog/voice-tiers/[id]/restore/route';
import * as catalogVoiceTiersById from '@/app/api/v1/catalog/voice-tiers/[id]/route';
import * as catalogVoiceTiers from '@/app/api/v1/catalog/voice-tiers/route';
import * as catalogVoiceTiersTrash from '@/app/api/v1/catalog/voice-tiers/trash/route';
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
import * as interconnectsById from '@/app/api/v1/interconnects/[id]/route';
import * as interconnects from '@/app/api/v1/interconnects/route';
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
  '/api/v1/carrier-services/[id]': carrierServicesById,
  '/api/v1/carrier-services': carrierServices,
  '/api/v1/carriers/[id]/users': carriersByIdUsers,
  '/api/v1/carriers/[id]': carriersById,
  '/api/v1/carriers': carriers,
  '/api/v1/sync/items/[id]/resolve': syncItemsByIdResolve,
  '/api/v1/routing-plans/[id]/checks': routingPlansByIdChecks,
  '/api/v1/routing-plans/[id]/entries': routingPlansByIdEntries,
  '/api/v1/routing-plans/[id]/groups': routingPlansByIdGroups,
  '/api/v1/routing-plans/[id]/route': routingPlansByIdRoute,
  '/api/v1/routing-plans/[id]': routingPlansById,
  '/api/v1/routing-plans': routingPlans,
  '/api/v1/route-entries/[id]': routeEntriesById,
  '/api/v1/route-groups/[id]': routeGroupsById,
  '/api/v1/route-checks/[id]/findings': routeChecksByIdFindings,
  '/api/v1/route-checks/[id]': routeChecksById,
  '/api/v1/sync/items/[id]/retry': syncItemsByIdRetry,
  '/api/v1/sync/items/[id]': syncItemsById,
  '/api/v1/sync/items': syncItems,
  '/api/v1/sync/pull': syncPull,
  '/api/v1/sync/runs': syncRuns,
  '/api/v1/catalog/auth-methods/[id]/assignments': catalogAuthMethodsByIdAssignments,
  '/api/v1/catalog/auth-methods/[id]/restore': catalogAuthMethodsByIdRestore,
  '/api/v1/catalog/auth-methods/[id]': catalogAuthMethodsById,
  '/api/v1/catalog/auth-methods': catalogAuthMethods,
  '/api/v1/catalog/auth-methods/trash': catalogAuthMethodsTrash,
  '/api/v1/catalog/channel-plans/[id]/assignments': catalogChannelPlansByIdAssignments,
  '/api/v1/catalog/channel-plans/[id]/restore': catalogChannelPlansByIdRestore,
  '/api/v1/catalog/channel-plans/[id]': catalogChannelPlansById,
  '/api/v1/catalog/channel-plans': catalogChannelPlans,
  '/api/v1/catalog/channel-plans/trash': catalogChannelPlansTrash,
  '/api/v1/catalog/codecs/[id]/assignments': catalogCodecsByIdAssignments,
  '/api/v1/catalog/codecs/[id]/restore': catalogCodecsByIdRestore,
  '/api/v1/catalog/codecs/[id]': catalogCodecsById,
  '/api/v1/catalog/codecs': catalogCodecs,
  '/api/v1/catalog/codecs/trash': catalogCodecsTrash,
  '/api/v1/catalog/did-countries/[id]/assignments': catalogDidCountriesByIdAssignments,
  '/api/v1/catalog/did-countries/[id]/restore': catalogDidCountriesByIdRestore,
  '/api/v1/catalog/did-countries/[id]': catalogDidCountriesById,
  '/api/v1/catalog/did-countries': catalogDidCountries,
  '/api/v1/catalog/did-countries/trash': catalogDidCountriesTrash,
  '/api/v1/catalog/did-providers/[id]/assignments': catalogDidProvidersByIdAssignments,
  '/api/v1/catalog/did-providers/[id]/restore': catalogDidProvidersByIdRestore,
  '/api/v1/catalog/did-providers/[id]': catalogDidProvidersById,
  '/api/v1/catalog/did-providers': catalogDidProviders,
  '/api/v1/catalog/did-providers/trash': catalogDidProvidersTrash,
  '/api/v1/catalog/pops/[id]/assignments': catalogPopsByIdAssignments,
  '/api/v1/catalog/pops/[id]/restore': catalogPopsByIdRestore,
  '/api/v1/catalog/pops/[id]': catalogPopsById,
  '/api/v1/catalog/pops': catalogPops,
  '/api/v1/catalog/pops/trash': catalogPopsTrash,
  '/api/v1/catalog/settings': catalogSettings,
  '/api/v1/catalog/voice-tiers/[id]/assignments': catalogVoiceTiersByIdAssignments,
  '/api/v1/catalog/voice-tiers/[id]/restore': catalogVoiceTiersByIdRestore,
  '/api/v1/catalog/voice-tiers/[id]': catalogVoiceTiersById,
  '/api/v1/catalog/voice-tiers': catalogVoiceTiers,
  '/api/v1/catalog/voice-tiers/trash': catalogVoiceTiersTrash,
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
  '/api/v1/rate-plans/[id]/rate': ratePlansByIdRate,
  '/api/v1/rate-plans/[id]/versions': ratePlansByIdVersions,
  '/api/v1/rate-plans/[id]': ratePlansById,
  '/api/v1/rate-plans': ratePlans,
  '/api/v1/rate-plans/[id]/imports': ratePlansByIdImports,
  '/api/v1/rate-imports/[id]': rateImportsById,
  '/api/v1/rate-imports/[id]/errors': rateImportsByIdErrors,
  '/api/v1/rate-imports/[id]/errors/download': rateImportsByIdErrorsDownload,
  '/api/v1/rate-imports/[id]/changes': rateImportsByIdChanges,
  '/api/v1/rate-imports/[id]/accept': rateImportsByIdAccept,
  '/api/v1/rate-imports/[id]/publish': rateImportsByIdPublish,
  '/api/v1/rate-imports/[id]/breaches': rateImportsByIdBreaches,
  '/api/v1/rate-import-rule-sets': rateImportRuleSets,
  '/api/v1/rate-import-rule-sets/[id]': rateImportRuleSetsById,
  '/api/v1/rate-plan-versions/[id]/publish': ratePlanVersionsByIdPublish,
  '/api/v1/rate-plan-versions/[id]/rows': ratePlanVersionsByIdRows,
  '/api/v1/rate-plan-versions/[id]': ratePlanVersionsById,
  '/api/v1/rate-rows/[id]': rateRowsById,
  '/api/v1/rates/export': ratesExport,
  '/api/v1/rates': rates,
  '/api/v1/interconnects/[id]': interconnectsById,
  '/api/v1/interconnects': interconnects,
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
