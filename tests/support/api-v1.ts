// Generated from /api/v1/openapi.json by openapi-typescript. Do not edit: OPENAPI_WRITE=1 npx vitest run tests/openapi.test.ts
export interface paths {
    "/api/v1/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where an item is assigned (itemType + itemKey), or what is assigned at a target (level + targetId)
         * @description Requires the `customers.read` permission (a key needs it among its scopes).
         */
        get: operations["listAssignments"];
        /**
         * Assign an item to ALL, a category, a group or a customer (or change the value there)
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        put: operations["assignItem"];
        post?: never;
        /**
         * Remove an assignment (itemType, itemKey, level, targetId): the customer falls back to the next level
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        delete: operations["unassignItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/carrier-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List services (keyset pages; filter by carrier). A carrier user sees its own carrier’s only.
         * @description Requires the `class4.read` permission (a key needs it among its scopes).
         */
        get: operations["listCarrierServices"];
        put?: never;
        /**
         * Create a service (refused with the rule and the conflicting record when a Class 4 rule is broken)
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createCarrierService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/carrier-services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a service
         * @description Requires the `class4.read` permission (a key needs it among its scopes).
         */
        get: operations["getCarrierService"];
        put?: never;
        post?: never;
        /**
         * Delete a service
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteCarrierService"];
        options?: never;
        head?: never;
        /**
         * Change a service (any subset of its fields)
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateCarrierService"];
        trace?: never;
    };
    "/api/v1/carrier/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The carrier's profile
         * @description Company, account, colleagues and whom to contact. On the carrier portal host, for carrier users.
         *
         *     Requires the `carrier.use` permission (a key needs it among its scopes).
         */
        get: operations["getCarrierProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/carriers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List carriers (keyset pages; search by name or code). A carrier user sees its own carrier only.
         * @description Requires the `class4.read` permission (a key needs it among its scopes).
         */
        get: operations["listCarriers"];
        put?: never;
        /**
         * Create a carrier (customer, supplier or bilateral) with its contacts
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createCarrier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/carriers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a carrier with contacts, balances and net exposure
         * @description Requires the `class4.read` permission (a key needs it among its scopes).
         */
        get: operations["getCarrier"];
        put?: never;
        post?: never;
        /**
         * Delete a carrier without interconnects
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteCarrier"];
        options?: never;
        head?: never;
        /**
         * Change a carrier (a used currency is never removed; contacts, when given, replace the list)
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateCarrier"];
        trace?: never;
    };
    "/api/v1/carriers/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the carrier users (role carrier_user) who act for this carrier
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        put: operations["linkCarrierUsers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/auth-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List auth methods
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listAuthMethods"];
        put?: never;
        /**
         * Create a auth method
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createAuthMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/auth-methods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a auth method
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getAuthMethod"];
        put?: never;
        post?: never;
        /**
         * Move a auth method to the Trash (soft delete; restorable until the retention passes)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteAuthMethod"];
        options?: never;
        head?: never;
        /**
         * Change a auth method (any subset of its fields)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateAuthMethod"];
        trace?: never;
    };
    "/api/v1/catalog/auth-methods/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a auth method is assigned (all, categories, groups, customers)
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listAuthMethodAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/auth-methods/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a auth method from the Trash
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["restoreAuthMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/auth-methods/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the auth methods in the Trash
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listAuthMethodsInTrash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/channel-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List channel/CPS plans
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listChannelPlans"];
        put?: never;
        /**
         * Create a channel/CPS plan
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createChannelPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/channel-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a channel/CPS plan
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getChannelPlan"];
        put?: never;
        post?: never;
        /**
         * Move a channel/CPS plan to the Trash (soft delete; restorable until the retention passes)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteChannelPlan"];
        options?: never;
        head?: never;
        /**
         * Change a channel/CPS plan (any subset of its fields)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateChannelPlan"];
        trace?: never;
    };
    "/api/v1/catalog/channel-plans/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a channel/CPS plan is assigned (all, categories, groups, customers)
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listChannelPlanAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/channel-plans/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a channel/CPS plan from the Trash
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["restoreChannelPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/channel-plans/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the channel/CPS plans in the Trash
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listChannelPlansInTrash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/codecs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List codecs
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listCodecs"];
        put?: never;
        /**
         * Create a codec
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createCodec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/codecs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a codec
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getCodec"];
        put?: never;
        post?: never;
        /**
         * Move a codec to the Trash (soft delete; restorable until the retention passes)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteCodec"];
        options?: never;
        head?: never;
        /**
         * Change a codec (any subset of its fields)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateCodec"];
        trace?: never;
    };
    "/api/v1/catalog/codecs/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a codec is assigned (all, categories, groups, customers)
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listCodecAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/codecs/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a codec from the Trash
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["restoreCodec"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/codecs/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the codecs in the Trash
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listCodecsInTrash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/did-countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List DID countries
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listDidCountries"];
        put?: never;
        /**
         * Create a DID country
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createDidCountry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/did-countries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a DID country
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getDidCountry"];
        put?: never;
        post?: never;
        /**
         * Move a DID country to the Trash (soft delete; restorable until the retention passes)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteDidCountry"];
        options?: never;
        head?: never;
        /**
         * Change a DID country (any subset of its fields)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateDidCountry"];
        trace?: never;
    };
    "/api/v1/catalog/did-countries/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a DID country is assigned (all, categories, groups, customers)
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listDidCountryAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/did-countries/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a DID country from the Trash
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["restoreDidCountry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/did-countries/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the DID countries in the Trash
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listDidCountriesInTrash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/did-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List DID providers
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listDidProviders"];
        put?: never;
        /**
         * Create a DID provider
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createDidProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/did-providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a DID provider
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getDidProvider"];
        put?: never;
        post?: never;
        /**
         * Move a DID provider to the Trash (soft delete; restorable until the retention passes)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteDidProvider"];
        options?: never;
        head?: never;
        /**
         * Change a DID provider (any subset of its fields)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateDidProvider"];
        trace?: never;
    };
    "/api/v1/catalog/did-providers/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a DID provider is assigned (all, categories, groups, customers)
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listDidProviderAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/did-providers/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a DID provider from the Trash
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["restoreDidProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/did-providers/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the DID providers in the Trash
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listDidProvidersInTrash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/pops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List POPs
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listPops"];
        put?: never;
        /**
         * Create a POP
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createPop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/pops/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a POP
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getPop"];
        put?: never;
        post?: never;
        /**
         * Move a POP to the Trash (soft delete; restorable until the retention passes)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deletePop"];
        options?: never;
        head?: never;
        /**
         * Change a POP (any subset of its fields)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updatePop"];
        trace?: never;
    };
    "/api/v1/catalog/pops/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a POP is assigned (all, categories, groups, customers)
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listPopAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/pops/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a POP from the Trash
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["restorePop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/pops/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the POPs in the Trash
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listPopsInTrash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the catalogue settings (Trash retention in days)
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getCatalogSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set the Trash retention in days
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateCatalogSettings"];
        trace?: never;
    };
    "/api/v1/catalog/voice-tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List voice tiers
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listVoiceTiers"];
        put?: never;
        /**
         * Create a voice tier
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createVoiceTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/voice-tiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a voice tier
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getVoiceTier"];
        put?: never;
        post?: never;
        /**
         * Move a voice tier to the Trash (soft delete; restorable until the retention passes)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteVoiceTier"];
        options?: never;
        head?: never;
        /**
         * Change a voice tier (any subset of its fields)
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateVoiceTier"];
        trace?: never;
    };
    "/api/v1/catalog/voice-tiers/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a voice tier is assigned (all, categories, groups, customers)
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listVoiceTierAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/voice-tiers/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a voice tier from the Trash
         * @description Requires the `catalog.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["restoreVoiceTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/voice-tiers/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the voice tiers in the Trash
         * @description Requires the `catalog.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listVoiceTiersInTrash"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customer accounts (keyset pages; search by company, email, account number or id prefix)
         * @description Requires the `customers.read` permission (a key needs it among its scopes).
         */
        get: operations["listCustomerAccounts"];
        put?: never;
        /**
         * Create a customer account
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        post: operations["createCustomerAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer account
         * @description Requires the `customers.read` permission (a key needs it among its scopes).
         */
        get: operations["getCustomerAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a customer account’s details
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        patch: operations["updateCustomerAccount"];
        trace?: never;
    };
    "/api/v1/customer-accounts/{id}/effective-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every assignable setting of a customer account, its value and the level it came from
         * @description Requires the `customers.read` permission (a key needs it among its scopes).
         */
        get: operations["getEffectiveConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-accounts/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a customer account to another category or group (audited with what changed)
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        post: operations["moveCustomerAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-accounts/{id}/move-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What moving a customer account to another category or group would change (nothing is written)
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        post: operations["previewCustomerMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-accounts/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend, close or reactivate a customer account, with a reason
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        post: operations["setCustomerAccountStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-accounts/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users of a customer account
         * @description Requires the `customers.read` permission (a key needs it among its scopes).
         */
        get: operations["listCustomerAccountUsers"];
        put?: never;
        /**
         * Invite a person into a customer account (customer admin or customer user)
         * @description Requires the `customers.read` permission (a key needs it among its scopes).
         */
        post: operations["inviteCustomerAccountUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customer categories
         * @description Requires the `customers.read` permission (a key needs it among its scopes).
         */
        get: operations["listCustomerCategories"];
        put?: never;
        /**
         * Create a customer category (platform staff)
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        post: operations["createCustomerCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer category
         * @description Requires the `customers.read` permission (a key needs it among its scopes).
         */
        get: operations["getCustomerCategory"];
        put?: never;
        post?: never;
        /**
         * Delete an empty customer category (platform staff)
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        delete: operations["deleteCustomerCategory"];
        options?: never;
        head?: never;
        /**
         * Change a customer category (platform staff)
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        patch: operations["updateCustomerCategory"];
        trace?: never;
    };
    "/api/v1/customer-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customer groups (filter by category)
         * @description Requires the `customers.read` permission (a key needs it among its scopes).
         */
        get: operations["listCustomerGroups"];
        put?: never;
        /**
         * Create a customer group inside a category (platform staff)
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        post: operations["createCustomerGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an empty customer group (platform staff)
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        delete: operations["deleteCustomerGroup"];
        options?: never;
        head?: never;
        /**
         * Rename or describe a customer group (platform staff)
         * @description Requires the `customers.write` permission (a key needs it among its scopes).
         */
        patch: operations["updateCustomerGroup"];
        trace?: never;
    };
    "/api/v1/interconnects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List interconnects (keyset pages; filter by carrier). A carrier user sees its own carrier’s only.
         * @description Requires the `class4.read` permission (a key needs it among its scopes).
         */
        get: operations["listInterconnects"];
        put?: never;
        /**
         * Create an interconnect (refused with the rule and the conflicting record when a Class 4 rule is broken)
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createInterconnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interconnects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an interconnect
         * @description Requires the `class4.read` permission (a key needs it among its scopes).
         */
        get: operations["getInterconnect"];
        put?: never;
        post?: never;
        /**
         * Delete an interconnect and its services
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteInterconnect"];
        options?: never;
        head?: never;
        /**
         * Change an interconnect (any subset of its fields)
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateInterconnect"];
        trace?: never;
    };
    "/api/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Your keys (every key of the brand for a tenant admin), newest first. Signed-in users only: a key cannot list keys.
         *
         *     Requires the `api_keys.read` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The full key is in this response only. Scopes must be permissions your role has. Signed-in users only: a key cannot mint keys.
         *
         *     Requires the `api_keys.write` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API key
         * @description Requires the `api_keys.read` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Takes effect at once: the next request with the key is a 401. The key stays listed, as revoked. Revoking a revoked key changes nothing.
         *
         *     Requires the `api_keys.write` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The tenant, user and key this request is authenticated as, and what it may do. The first call to make with a new key.
         *
         *     Requires the `portal.use` permission (a key needs it among its scopes).
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pbx/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Cloud PBX overview of your account: effective settings and extensions
         * @description Requires the `portal.use` permission (a key needs it among its scopes).
         */
        get: operations["getPbxOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-import-rule-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List supplier import rule sets (keyset pages; filter by brand)
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listImportRuleSets"];
        put?: never;
        /**
         * Create a supplier import rule set (notice periods, maximum change, allowed increments; an action per rule)
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createImportRuleSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-import-rule-sets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a supplier import rule set with every rule
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getImportRuleSet"];
        put?: never;
        post?: never;
        /**
         * Delete a rule set no supplier plan uses
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteImportRuleSet"];
        options?: never;
        head?: never;
        /**
         * Change a rule set (each rule given replaces that rule)
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateImportRuleSet"];
        trace?: never;
    };
    "/api/v1/rate-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A deck import: status, progress, counts, change set summary and its largest changes in %
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getRateImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-imports/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the error report: the rejected rows stay out and publishing is allowed
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["acceptRateImportErrors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-imports/{id}/breaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The supplier import rule breaches of an import (row, prefix, rule, action taken, why), keyset pages (max 100), filter by action
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listRateImportBreaches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-imports/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change of the change set (kind=new|removed|increased|decreased, q = prefix), keyset pages (max 100)
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listRateImportChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The row-level error report (row, field, value, reason), keyset pages (max 100)
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listRateImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-imports/{id}/errors/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the error report as CSV (streamed)
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["downloadRateImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-imports/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the import draft atomically (refused while errors are not accepted or the live version moved)
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["publishRateImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-plan-versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a rate plan version with its row count
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getRatePlanVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-plan-versions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft (atomically supersedes the published version; immutable from then on)
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["publishRatePlanVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-plan-versions/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rows of a version: typeahead by prefix (digits) or destination name, keyset pages (max 100)
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listRateRows"];
        put?: never;
        /**
         * Add up to 1000 rows to a draft (rates as decimal strings)
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["addRateRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rate plans (keyset pages; filter by kind, currency, brand)
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listRatePlans"];
        put?: never;
        /**
         * Create a sell (customer) or buy (supplier) rate plan
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createRatePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a rate plan with its versions (newest first)
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getRatePlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a rate plan (its currency only while no version was published)
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateRatePlan"];
        trace?: never;
    };
    "/api/v1/rate-plans/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The deck imports of a plan, newest first, keyset pages (max 50)
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listRateImports"];
        put?: never;
        /**
         * Upload a CSV deck (raw body, streamed) and start its import into a draft version
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["startRateImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-plans/{id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rate of a number at an instant: longest prefix of the published version effective then
         * @description Requires the `rates.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["lookupRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-plans/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the plan’s draft version, a copy of the published version’s rows (one draft per plan)
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createRatePlanDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-rows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a row of a draft
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteRateRow"];
        options?: never;
        head?: never;
        /**
         * Change a row of a draft
         * @description Requires the `rates.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateRateRow"];
        trace?: never;
    };
    "/api/v1/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your rates: the published sell plan assigned to your account (current or upcoming rows; typeahead, keyset pages)
         * @description Requires the `portal.use` permission (a key needs it among its scopes).
         */
        get: operations["listMyRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rates/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your rates as CSV (current or upcoming), streamed
         * @description Requires the `portal.use` permission (a key needs it among its scopes).
         */
        get: operations["exportMyRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/route-checks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A route table check: status, progress and counts
         * @description Requires the `class4.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getRouteCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/route-checks/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Findings of a route table check by prefix (no route, negative margin, single supplier), keyset pages
         * @description Requires the `class4.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listRouteFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/route-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a route entry (its own supplier list goes with it)
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteRouteEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/route-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a route group no entry uses
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteRouteGroup"];
        options?: never;
        head?: never;
        /**
         * Rename a route group or replace its supplier list
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateRouteGroup"];
        trace?: never;
    };
    "/api/v1/routing-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List routing plans (keyset pages; search by name, filter by status or brand)
         * @description Requires the `class4.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listRoutingPlans"];
        put?: never;
        /**
         * Create a routing plan (draft by default) with its margin floor per minute
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createRoutingPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routing-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a routing plan with its counts and latest route table check
         * @description Requires the `class4.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getRoutingPlan"];
        put?: never;
        post?: never;
        /**
         * Delete a routing plan with its entries, groups and checks
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        delete: operations["deleteRoutingPlan"];
        options?: never;
        head?: never;
        /**
         * Change a routing plan (name, draft/active, margin floor, description)
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        patch: operations["updateRoutingPlan"];
        trace?: never;
    };
    "/api/v1/routing-plans/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the route table check of a draft plan against a customer rate plan (a job with progress)
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["startRouteCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routing-plans/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Entries of a routing plan by prefix (prefix search, keyset pages, max 100) with their suppliers
         * @description Requires the `class4.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listRouteEntries"];
        /**
         * Write up to 1000 entries by prefix (method, route group or own suppliers); an existing prefix is replaced
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        put: operations["upsertRouteEntries"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routing-plans/{id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Route groups of a routing plan (keyset pages) with their suppliers and use counts
         * @description Requires the `class4.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listRouteGroups"];
        put?: never;
        /**
         * Create a route group: a named supplier list the plan’s entries can use
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["createRouteGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/routing-plans/{id}/route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Route a number: matched prefix, candidate suppliers in order with buy rates and margins, and why each skipped one was skipped
         * @description Requires the `class4.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["routeNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List ConnexCS sync items (each record’s push state: status, attempts, last error), newest change first
         * @description Requires the `class4.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listSyncItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one ConnexCS sync item (what was sent, the last error)
         * @description Requires the `class4.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["getSyncItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/items/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a sync conflict: keep our value (pushed to ConnexCS) or theirs (written to our record)
         * @description Only an item in conflict. Keeping theirs edits the customer account or carrier through its own update (validated and audited like any edit); a company deleted on ConnexCS can only be created again (keep ours).
         *
         *     Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["resolveSyncConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/items/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push the record to ConnexCS again now (its current state)
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["retrySyncItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pull from ConnexCS now (besides the schedule, every 15 minutes); at most one queued per minute
         * @description Requires the `class4.write` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        post: operations["startSyncPull"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pulls from ConnexCS (what each compared, the conflicts and failures it found), newest first
         * @description Requires the `class4.read` permission (a key needs it among its scopes). On the admin portal's host only (404 elsewhere).
         */
        get: operations["listSyncRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Requires the `webhooks.read` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint (the signing secret is in this response only)
         * @description Requires the `webhooks.write` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description Requires the `webhooks.read` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint and its delivery log
         * @description Requires the `webhooks.write` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change, enable or disable a webhook endpoint
         * @description Requires the `webhooks.write` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an endpoint's deliveries with their attempt log
         * @description Requires the `webhooks.read` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a logged delivery's event again, as a new delivery
         * @description Requires the `webhooks.write` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret (the new one is in this response only)
         * @description Requires the `webhooks.write` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a webhook.test event to the endpoint
         * @description Requires the `webhooks.write` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        post: operations["sendTestWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the event types an endpoint can subscribe to
         * @description Requires the `webhooks.read` permission (a key needs it among its scopes). On the customer portal's host only (404 elsewhere).
         */
        get: operations["listWebhookEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An API key, without its secret
         * @example {
         *       "id": "0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90",
         *       "ownerUserId": "7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a",
         *       "customerAccountId": null,
         *       "name": "Billing export",
         *       "prefix": "dtk_test_k7h2m9qa",
         *       "scopes": [
         *         "portal.use"
         *       ],
         *       "createdBy": "7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a",
         *       "lastUsedAt": null,
         *       "revokedAt": null,
         *       "expiresAt": null,
         *       "allowedIps": [
         *         "203.0.113.0/24"
         *       ],
         *       "rateLimitPerMinute": 600,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z",
         *       "status": "active"
         *     }
         */
        ApiKey: {
            /** @description CIDR blocks (IPv4 or IPv6) the key is accepted from; empty: from anywhere */
            allowedIps: string[];
            /**
             * Format: date-time
             * @description RFC 3339 date-time in UTC
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description Opaque identifier
             * @example 0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90
             */
            createdBy: string;
            customerAccountId: string | null;
            expiresAt: string | null;
            /**
             * @description Opaque identifier
             * @example 0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90
             */
            id: string;
            lastUsedAt: string | null;
            name: string;
            /**
             * @description Opaque identifier
             * @example 0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90
             */
            ownerUserId: string;
            /** @description The first characters of the key, shown to tell keys apart */
            prefix: string;
            /** @description Requests a minute this key may make (fixed window); over it the API answers 429 with Retry-After */
            rateLimitPerMinute: number;
            revokedAt: string | null;
            /** @description Permissions (see Scope) */
            scopes: string[];
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /**
             * Format: date-time
             * @description RFC 3339 date-time in UTC
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            pageInfo: components["schemas"]["PageInfo"];
        };
        /**
         * @example {
         *       "company": {
         *         "name": "Acme Voice"
         *       },
         *       "account": {
         *         "id": "7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a",
         *         "name": "Noc",
         *         "email": "noc@acme.example",
         *         "role": "carrier_user",
         *         "twoFactorEnabled": true,
         *         "createdAt": "2026-12-01T09:30:00.000Z"
         *       },
         *       "users": [
         *         {
         *           "id": "7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a",
         *           "name": "Noc",
         *           "email": "noc@acme.example",
         *           "status": "active",
         *           "invitationPending": false,
         *           "you": true
         *         }
         *       ],
         *       "contact": {
         *         "brandName": "DIDTron",
         *         "supportEmail": "support@didtron.example"
         *       }
         *     }
         */
        CarrierProfile: {
            account: {
                /**
                 * Format: date-time
                 * @description RFC 3339 date-time in UTC
                 * @example 2026-12-01T09:30:00.000Z
                 */
                createdAt: string;
                email: string;
                /**
                 * @description Opaque identifier
                 * @example 0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90
                 */
                id: string;
                name: string;
                role: string;
                twoFactorEnabled: boolean;
            };
            company: {
                name: string | null;
            };
            contact: {
                brandName: string;
                supportEmail: string | null;
            };
            /** @description The carrier's accounts on this brand (at most 100) */
            users: {
                email: string;
                /**
                 * @description Opaque identifier
                 * @example 0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90
                 */
                id: string;
                invitationPending: boolean;
                name: string;
                status: string;
                you: boolean;
            }[];
        };
        CreateApiKey: {
            allowedIps?: string[];
            expiresAt?: string | null;
            name: string;
            rateLimitPerMinute?: number;
            scopes: ("tenants.read" | "tenants.write" | "audit.read" | "users.read" | "users.write" | "users.impersonate" | "users.onboarding" | "jobs.read" | "jobs.write" | "system.read" | "system.write" | "integrations.read" | "integrations.write" | "portal.use" | "carrier.use" | "api_keys.read" | "api_keys.write" | "webhooks.read" | "webhooks.write" | "customers.read" | "customers.write" | "catalog.read" | "catalog.write" | "class4.read" | "class4.write" | "rates.read" | "rates.write")[];
        };
        /**
         * @description A new API key, with its secret (shown once)
         * @example {
         *       "id": "0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90",
         *       "ownerUserId": "7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a",
         *       "customerAccountId": null,
         *       "name": "Billing export",
         *       "prefix": "dtk_test_k7h2m9qa",
         *       "scopes": [
         *         "portal.use"
         *       ],
         *       "createdBy": "7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a",
         *       "lastUsedAt": null,
         *       "revokedAt": null,
         *       "expiresAt": null,
         *       "allowedIps": [
         *         "203.0.113.0/24"
         *       ],
         *       "rateLimitPerMinute": 600,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z",
         *       "status": "active",
         *       "key": "dtk_test_k7h2m9qa_3q2-7wAbCdEfGhIjKlMnOpQrStUvWxYz0123456789abc"
         *     }
         */
        CreatedApiKey: {
            /** @description CIDR blocks (IPv4 or IPv6) the key is accepted from; empty: from anywhere */
            allowedIps: string[];
            /**
             * Format: date-time
             * @description RFC 3339 date-time in UTC
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * @description Opaque identifier
             * @example 0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90
             */
            createdBy: string;
            customerAccountId: string | null;
            expiresAt: string | null;
            /**
             * @description Opaque identifier
             * @example 0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90
             */
            id: string;
            /** @description The full key: shown in this response only, store it now */
            key: string;
            lastUsedAt: string | null;
            name: string;
            /**
             * @description Opaque identifier
             * @example 0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90
             */
            ownerUserId: string;
            /** @description The first characters of the key, shown to tell keys apart */
            prefix: string;
            /** @description Requests a minute this key may make (fixed window); over it the API answers 429 with Retry-After */
            rateLimitPerMinute: number;
            revokedAt: string | null;
            /** @description Permissions (see Scope) */
            scopes: string[];
            /** @enum {string} */
            status: "active" | "revoked" | "expired";
            /**
             * Format: date-time
             * @description RFC 3339 date-time in UTC
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @description Every error has this shape, whatever the status
         * @example {
         *       "error": {
         *         "code": "invalid_input",
         *         "message": "name: must not be empty",
         *         "details": [
         *           {
         *             "path": "name",
         *             "message": "must not be empty"
         *           }
         *         ],
         *         "requestId": "5f0c2a0e-8d1b-4f7e-b1a2-6c3d4e5f6a7b"
         *       }
         *     }
         */
        Error: {
            error: {
                /** @description Stable, machine-readable: `unauthorized`, `forbidden`, `not_found`, `conflict`, `invalid_input`, `rate_limited`, `internal_error`, ... */
                code: string;
                /** @description For `invalid_input`: one FieldProblem per bad field; for other codes, an object the code documents (or absent) */
                details?: unknown;
                /** @description Human-readable; may change between releases */
                message: string;
                /** @description Quote it when contacting support; also in the `x-request-id` header */
                requestId: string;
            };
        };
        FieldProblem: {
            message: string;
            /** @description The field (dot path), query parameter or `body` */
            path: string;
            /** @description The row of an import */
            row?: number;
        };
        /** @description The error of a request that failed validation */
        InvalidInputError: {
            error: {
                /** @description Stable, machine-readable: `unauthorized`, `forbidden`, `not_found`, `conflict`, `invalid_input`, `rate_limited`, `internal_error`, ... */
                code: string;
                details: components["schemas"]["FieldProblem"][];
                /** @description Human-readable; may change between releases */
                message: string;
                /** @description Quote it when contacting support; also in the `x-request-id` header */
                requestId: string;
            };
        };
        /**
         * @description Keyset pagination: opaque cursors to the neighbouring pages
         * @example {
         *       "nextCursor": "eyJ2IjoiMjAyNi0xMi0wMSAwOTozMDowMCswMCIsImlkIjoiLi4uIiwiZCI6Im5leHQiLCJzIjoiLWNyZWF0ZWRBdCJ9",
         *       "prevCursor": null,
         *       "limit": 25
         *     }
         */
        PageInfo: {
            /** @description The page size used */
            limit: number;
            /** @description Pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
            /** @description Pass as `cursor` to read the previous page; null on the first page */
            prevCursor: string | null;
        };
        /**
         * @description A permission a key may carry; never more than its owner's role has
         * @enum {string}
         */
        Scope: "tenants.read" | "tenants.write" | "audit.read" | "users.read" | "users.write" | "users.impersonate" | "users.onboarding" | "jobs.read" | "jobs.write" | "system.read" | "system.write" | "integrations.read" | "integrations.write" | "portal.use" | "carrier.use" | "api_keys.read" | "api_keys.write" | "webhooks.read" | "webhooks.write" | "customers.read" | "customers.write" | "catalog.read" | "catalog.write" | "class4.read" | "class4.write" | "rates.read" | "rates.write";
        WebhookDelivery: {
            attemptLog: {
                attempt: number;
                /** Format: date-time */
                createdAt: string;
                error: string | null;
                /** Format: uuid */
                id: string;
                latencyMs: number;
                nextAttemptAt: string | null;
                responseExcerpt: string | null;
                statusCode: number | null;
            }[];
            attempts: number;
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            endpointId: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /** Format: uuid */
            id: string;
            lastStatusCode: number | null;
            nextAttemptAt: string | null;
            replayOf: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookEndpoint: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            customerAccountId: string | null;
            description: string;
            disabledAt: string | null;
            disabledReason: string | null;
            enabled: boolean;
            eventTypes: string[];
            failingSince: string | null;
            failureStreak: number;
            /** Format: uuid */
            id: string;
            ownerUserId: string | null;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookEndpointWithSecret: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            customerAccountId: string | null;
            description: string;
            disabledAt: string | null;
            disabledReason: string | null;
            enabled: boolean;
            eventTypes: string[];
            failingSince: string | null;
            failureStreak: number;
            /** Format: uuid */
            id: string;
            ownerUserId: string | null;
            /**
             * @description The signing secret (whsec_...): shown in this response only.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        /**
         * @example {
         *       "tenant": {
         *         "id": "3c2b1a09-8f7e-4d6c-9b5a-493827161504",
         *         "slug": "didtron"
         *       },
         *       "user": {
         *         "id": "7d1e5b7a-2c4f-4a8e-9b3d-1f2e3d4c5b6a",
         *         "email": "ops@example.com",
         *         "name": "Ops",
         *         "role": "customer_admin"
         *       },
         *       "key": {
         *         "id": "0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90",
         *         "name": "Billing export",
         *         "prefix": "dtk_test_k7h2m9qa",
         *         "scopes": [
         *           "portal.use"
         *         ]
         *       },
         *       "permissions": [
         *         "portal.use"
         *       ]
         *     }
         */
        WhoAmI: {
            /** @description The key this request was authenticated with; null for a browser session */
            key: {
                /**
                 * @description Opaque identifier
                 * @example 0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90
                 */
                id: string;
                name: string;
                prefix: string;
                scopes: components["schemas"]["Scope"][];
            } | null;
            /** @description What this caller may do: the role's permissions, narrowed to the key's scopes */
            permissions: components["schemas"]["Scope"][];
            tenant: {
                /**
                 * @description Opaque identifier
                 * @example 0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90
                 */
                id: string;
                slug: string;
            };
            user: {
                email: string;
                /**
                 * @description Opaque identifier
                 * @example 0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90
                 */
                id: string;
                name: string;
                role: string;
            };
        };
    };
    responses: {
        /** @description Any other error (409 conflict, 415, 500...), always in the error envelope */
        Error: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Authenticated, but the key's scopes or the role do not allow this */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "forbidden",
                 *         "message": "You do not have permission to do this",
                 *         "requestId": "5f0c2a0e-8d1b-4f7e-b1a2-6c3d4e5f6a7b"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request failed validation: `details` is a list of FieldProblems, one per bad field */
        InvalidInput: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_input",
                 *         "message": "name: must not be empty",
                 *         "details": [
                 *           {
                 *             "path": "name",
                 *             "message": "must not be empty"
                 *           }
                 *         ],
                 *         "requestId": "5f0c2a0e-8d1b-4f7e-b1a2-6c3d4e5f6a7b"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InvalidInputError"];
            };
        };
        /** @description No such resource in your account (another account's ids look the same), or the operation is not served on this host */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "not_found",
                 *         "message": "Not found",
                 *         "requestId": "5f0c2a0e-8d1b-4f7e-b1a2-6c3d4e5f6a7b"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests for this key: wait `Retry-After` seconds */
        RateLimited: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "rate_limited",
                 *         "message": "Too many requests",
                 *         "requestId": "5f0c2a0e-8d1b-4f7e-b1a2-6c3d4e5f6a7b"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No valid API key or session */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unauthorized",
                 *         "message": "Sign in required",
                 *         "requestId": "5f0c2a0e-8d1b-4f7e-b1a2-6c3d4e5f6a7b"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed in the current window */
        RateLimitLimit: number;
        /** @description Requests left in the current window */
        RateLimitRemaining: number;
        /** @description Seconds until the window resets */
        RateLimitReset: number;
        /** @description The id of this request: quote it to support */
        RequestId: string;
        /** @description Seconds to wait before trying again */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAssignments: {
        parameters: {
            query?: {
                itemKey?: string;
                itemType?: string;
                level?: "all" | "category" | "group" | "customer";
                targetId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            createdBy: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @example cloud_pbx */
                            itemKey: string;
                            /** @example portal_module */
                            itemType: string;
                            /** @enum {string} */
                            level: "all" | "category" | "group" | "customer";
                            targetId: string | null;
                            targetName?: string;
                            updatedAt: string;
                            /**
                             * @example {
                             *       "enabled": false
                             *     }
                             */
                            value: unknown;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    assignItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    itemKey: string;
                    itemType: string;
                    /** @enum {string} */
                    level: "all" | "category" | "group" | "customer";
                    targetId?: string | null;
                    value: unknown;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        createdBy: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @example cloud_pbx */
                        itemKey: string;
                        /** @example portal_module */
                        itemType: string;
                        /** @enum {string} */
                        level: "all" | "category" | "group" | "customer";
                        targetId: string | null;
                        targetName?: string;
                        updatedAt: string;
                        /**
                         * @example {
                         *       "enabled": false
                         *     }
                         */
                        value: unknown;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    unassignItem: {
        parameters: {
            query?: {
                itemKey?: string;
                itemType?: string;
                level?: string;
                targetId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listCarrierServices: {
        parameters: {
            query?: {
                carrier?: string;
                cursor?: string;
                interconnect?: string;
                limit?: string;
                q?: string;
                routingMethod?: "interconnect" | "routing_plan";
                sort?: string;
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            blockedDestinationPrefixes: string[];
                            blockedOriginPrefixes: string[];
                            /** Format: uuid */
                            carrierId: string;
                            carrierName: string;
                            createdAt: string;
                            customerRatePlanId: string | null;
                            destinationPrefixes: string[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            interconnectId: string;
                            interconnectName: string;
                            maxChannels: number | null;
                            maxCps: number | null;
                            maxDigits: number | null;
                            minDigits: number | null;
                            name: string;
                            notes: string;
                            originPrefixes: string[];
                            ratePlanCurrency: string | null;
                            routeInterconnectId: string | null;
                            routeInterconnectName: string | null;
                            /** @enum {string} */
                            routingMethod: "interconnect" | "routing_plan";
                            routingPlanId: string | null;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** Format: uuid */
                            tenantId: string;
                            /** @enum {string} */
                            timeClass: "all_week" | "weekdays" | "weekends" | "peak" | "off_peak";
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createCarrierService: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    blockedDestinationPrefixes?: string[];
                    /** @default [] */
                    blockedOriginPrefixes?: string[];
                    /** Format: uuid */
                    carrierId: string;
                    /** @default null */
                    customerRatePlanId?: string | null;
                    /** @default [] */
                    destinationPrefixes?: string[];
                    /** Format: uuid */
                    interconnectId: string;
                    /** @default null */
                    maxChannels?: number | null;
                    /** @default null */
                    maxCps?: number | null;
                    /** @default null */
                    maxDigits?: number | null;
                    /** @default null */
                    minDigits?: number | null;
                    name: string;
                    /** @default  */
                    notes?: string;
                    /** @default [] */
                    originPrefixes?: string[];
                    /** @default null */
                    ratePlanCurrency?: string | null;
                    /** @default null */
                    routeInterconnectId?: string | null;
                    /** @enum {string} */
                    routingMethod: "interconnect" | "routing_plan";
                    /** @default null */
                    routingPlanId?: string | null;
                    /**
                     * @default active
                     * @enum {string}
                     */
                    status?: "active" | "disabled";
                    /**
                     * @default all_week
                     * @enum {string}
                     */
                    timeClass?: "all_week" | "weekdays" | "weekends" | "peak" | "off_peak";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blockedDestinationPrefixes: string[];
                        blockedOriginPrefixes: string[];
                        /** Format: uuid */
                        carrierId: string;
                        carrierName: string;
                        createdAt: string;
                        customerRatePlanId: string | null;
                        destinationPrefixes: string[];
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interconnectId: string;
                        interconnectName: string;
                        maxChannels: number | null;
                        maxCps: number | null;
                        maxDigits: number | null;
                        minDigits: number | null;
                        name: string;
                        notes: string;
                        originPrefixes: string[];
                        ratePlanCurrency: string | null;
                        routeInterconnectId: string | null;
                        routeInterconnectName: string | null;
                        /** @enum {string} */
                        routingMethod: "interconnect" | "routing_plan";
                        routingPlanId: string | null;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** Format: uuid */
                        tenantId: string;
                        /** @enum {string} */
                        timeClass: "all_week" | "weekdays" | "weekends" | "peak" | "off_peak";
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getCarrierService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blockedDestinationPrefixes: string[];
                        blockedOriginPrefixes: string[];
                        /** Format: uuid */
                        carrierId: string;
                        carrierName: string;
                        createdAt: string;
                        customerRatePlanId: string | null;
                        destinationPrefixes: string[];
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interconnectId: string;
                        interconnectName: string;
                        maxChannels: number | null;
                        maxCps: number | null;
                        maxDigits: number | null;
                        minDigits: number | null;
                        name: string;
                        notes: string;
                        originPrefixes: string[];
                        ratePlanCurrency: string | null;
                        routeInterconnectId: string | null;
                        routeInterconnectName: string | null;
                        /** @enum {string} */
                        routingMethod: "interconnect" | "routing_plan";
                        routingPlanId: string | null;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** Format: uuid */
                        tenantId: string;
                        /** @enum {string} */
                        timeClass: "all_week" | "weekdays" | "weekends" | "peak" | "off_peak";
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteCarrierService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateCarrierService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    blockedDestinationPrefixes?: string[];
                    blockedOriginPrefixes?: string[];
                    customerRatePlanId?: string | null;
                    destinationPrefixes?: string[];
                    /** Format: uuid */
                    id: string;
                    maxChannels?: number | null;
                    maxCps?: number | null;
                    maxDigits?: number | null;
                    minDigits?: number | null;
                    name?: string;
                    notes?: string;
                    originPrefixes?: string[];
                    ratePlanCurrency?: string | null;
                    routeInterconnectId?: string | null;
                    /** @enum {string} */
                    routingMethod?: "interconnect" | "routing_plan";
                    routingPlanId?: string | null;
                    /** @enum {string} */
                    status?: "active" | "disabled";
                    /** @enum {string} */
                    timeClass?: "all_week" | "weekdays" | "weekends" | "peak" | "off_peak";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blockedDestinationPrefixes: string[];
                        blockedOriginPrefixes: string[];
                        /** Format: uuid */
                        carrierId: string;
                        carrierName: string;
                        createdAt: string;
                        customerRatePlanId: string | null;
                        destinationPrefixes: string[];
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        interconnectId: string;
                        interconnectName: string;
                        maxChannels: number | null;
                        maxCps: number | null;
                        maxDigits: number | null;
                        minDigits: number | null;
                        name: string;
                        notes: string;
                        originPrefixes: string[];
                        ratePlanCurrency: string | null;
                        routeInterconnectId: string | null;
                        routeInterconnectName: string | null;
                        /** @enum {string} */
                        routingMethod: "interconnect" | "routing_plan";
                        routingPlanId: string | null;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** Format: uuid */
                        tenantId: string;
                        /** @enum {string} */
                        timeClass: "all_week" | "weekdays" | "weekends" | "peak" | "off_peak";
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getCarrierProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CarrierProfile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listCarriers: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                q?: string;
                sort?: string;
                status?: "active" | "suspended";
                tenant?: string;
                type?: "customer" | "supplier" | "bilateral";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            createdAt: string;
                            /** @description Integer minor units of the primary currency */
                            creditLimitMinor: number | null;
                            currencies: string[];
                            customerAccountId: string | null;
                            /** @description Integer minor units of the primary currency */
                            exposureAlertMinor: number | null;
                            /** @description Integer minor units of the primary currency */
                            exposureLimitMinor: number | null;
                            /** Format: uuid */
                            id: string;
                            interconnectCount: number;
                            /** @description Integer minor units of the primary currency */
                            lowBalanceAlertMinor: number | null;
                            maxChannels: number | null;
                            maxCps: number | null;
                            name: string;
                            notes: string;
                            primaryCurrency: string;
                            serviceCount: number;
                            /** @enum {string} */
                            status: "active" | "suspended";
                            /** @description Integer minor units of the primary currency */
                            supplierCreditLimitMinor: number | null;
                            /** Format: uuid */
                            tenantId: string;
                            /** @enum {string} */
                            type: "customer" | "supplier" | "bilateral";
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createCarrier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @default [] */
                    contacts?: {
                        email?: string | null;
                        /** @enum {string} */
                        kind: "commercial" | "technical" | "billing" | "noc";
                        name: string;
                        phone?: string | null;
                    }[];
                    /** @default null */
                    creditLimitMinor?: number | null;
                    /** @default null */
                    customerAccountId?: string | null;
                    /** @default null */
                    exposureAlertMinor?: number | null;
                    /** @default null */
                    exposureLimitMinor?: number | null;
                    /** @default [] */
                    extraCurrencies?: string[];
                    /** @default null */
                    lowBalanceAlertMinor?: number | null;
                    /** @default null */
                    maxChannels?: number | null;
                    /** @default null */
                    maxCps?: number | null;
                    name: string;
                    /** @default  */
                    notes?: string;
                    primaryCurrency: string;
                    /**
                     * @default active
                     * @enum {string}
                     */
                    status?: "active" | "suspended";
                    /** @default null */
                    supplierCreditLimitMinor?: number | null;
                    /** Format: uuid */
                    tenantId?: string;
                    /** @enum {string} */
                    type: "customer" | "supplier" | "bilateral";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        createdAt: string;
                        /** @description Integer minor units of the primary currency */
                        creditLimitMinor: number | null;
                        currencies: string[];
                        customerAccountId: string | null;
                        /** @description Integer minor units of the primary currency */
                        exposureAlertMinor: number | null;
                        /** @description Integer minor units of the primary currency */
                        exposureLimitMinor: number | null;
                        /** Format: uuid */
                        id: string;
                        /** @description Integer minor units of the primary currency */
                        lowBalanceAlertMinor: number | null;
                        maxChannels: number | null;
                        maxCps: number | null;
                        name: string;
                        notes: string;
                        primaryCurrency: string;
                        /** @enum {string} */
                        status: "active" | "suspended";
                        /** @description Integer minor units of the primary currency */
                        supplierCreditLimitMinor: number | null;
                        /** Format: uuid */
                        tenantId: string;
                        /** @enum {string} */
                        type: "customer" | "supplier" | "bilateral";
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getCarrier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        balances: {
                            currency: string;
                            customerBalanceMinor: number;
                            exposureAlert: boolean;
                            exposureLimitReached: boolean;
                            lowBalance: boolean;
                            /** @description customer balance - supplier balance */
                            netExposureMinor: number;
                            supplierBalanceMinor: number;
                            updatedAt: string;
                        }[];
                        code: string;
                        contacts: {
                            email: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "commercial" | "technical" | "billing" | "noc";
                            name: string;
                            phone: string | null;
                        }[];
                        counts: {
                            interconnects: number;
                            services: number;
                        };
                        createdAt: string;
                        /** @description Integer minor units of the primary currency */
                        creditLimitMinor: number | null;
                        currencies: string[];
                        customerAccountId: string | null;
                        /** @description Integer minor units of the primary currency */
                        exposureAlertMinor: number | null;
                        /** @description Integer minor units of the primary currency */
                        exposureLimitMinor: number | null;
                        /** Format: uuid */
                        id: string;
                        /** @description Integer minor units of the primary currency */
                        lowBalanceAlertMinor: number | null;
                        maxChannels: number | null;
                        maxCps: number | null;
                        name: string;
                        notes: string;
                        primaryCurrency: string;
                        /** @enum {string} */
                        status: "active" | "suspended";
                        /** @description Integer minor units of the primary currency */
                        supplierCreditLimitMinor: number | null;
                        /** Format: uuid */
                        tenantId: string;
                        /** @enum {string} */
                        type: "customer" | "supplier" | "bilateral";
                        updatedAt: string;
                        users: {
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteCarrier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateCarrier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    contacts?: {
                        email?: string | null;
                        /** @enum {string} */
                        kind: "commercial" | "technical" | "billing" | "noc";
                        name: string;
                        phone?: string | null;
                    }[];
                    creditLimitMinor?: number | null;
                    customerAccountId?: string | null;
                    exposureAlertMinor?: number | null;
                    exposureLimitMinor?: number | null;
                    extraCurrencies?: string[];
                    /** Format: uuid */
                    id: string;
                    lowBalanceAlertMinor?: number | null;
                    maxChannels?: number | null;
                    maxCps?: number | null;
                    name?: string;
                    notes?: string;
                    primaryCurrency?: string;
                    /** @enum {string} */
                    status?: "active" | "suspended";
                    supplierCreditLimitMinor?: number | null;
                    /** @enum {string} */
                    type?: "customer" | "supplier" | "bilateral";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        createdAt: string;
                        /** @description Integer minor units of the primary currency */
                        creditLimitMinor: number | null;
                        currencies: string[];
                        customerAccountId: string | null;
                        /** @description Integer minor units of the primary currency */
                        exposureAlertMinor: number | null;
                        /** @description Integer minor units of the primary currency */
                        exposureLimitMinor: number | null;
                        /** Format: uuid */
                        id: string;
                        /** @description Integer minor units of the primary currency */
                        lowBalanceAlertMinor: number | null;
                        maxChannels: number | null;
                        maxCps: number | null;
                        name: string;
                        notes: string;
                        primaryCurrency: string;
                        /** @enum {string} */
                        status: "active" | "suspended";
                        /** @description Integer minor units of the primary currency */
                        supplierCreditLimitMinor: number | null;
                        /** Format: uuid */
                        tenantId: string;
                        /** @enum {string} */
                        type: "customer" | "supplier" | "bilateral";
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    linkCarrierUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    id: string;
                    userIds: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userIds: string[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listAuthMethods: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "ip" | "credentials";
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createAuthMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    /** @enum {string} */
                    kind: "ip" | "credentials";
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "ip" | "credentials";
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getAuthMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "ip" | "credentials";
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteAuthMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "ip" | "credentials";
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateAuthMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @enum {string} */
                    kind?: "ip" | "credentials";
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "ip" | "credentials";
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listAuthMethodAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** Format: uuid */
                            id: string;
                            level: string;
                            targetId: string | null;
                            targetName: string;
                            value: unknown;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    restoreAuthMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "ip" | "credentials";
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listAuthMethodsInTrash: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "ip" | "credentials";
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listChannelPlans: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            channels: number;
                            cps: number;
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createChannelPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channels: number;
                    cps: number;
                    /** @default  */
                    description?: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: number;
                        cps: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getChannelPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: number;
                        cps: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteChannelPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: number;
                        cps: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateChannelPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channels?: number;
                    cps?: number;
                    description?: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: number;
                        cps: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listChannelPlanAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** Format: uuid */
                            id: string;
                            level: string;
                            targetId: string | null;
                            targetName: string;
                            value: unknown;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    restoreChannelPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: number;
                        cps: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listChannelPlansInTrash: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            channels: number;
                            cps: number;
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listCodecs: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            clockRate: number;
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            payloadType: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createCodec: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    clockRate: number;
                    /** @default  */
                    description?: string;
                    name: string;
                    payloadType: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clockRate: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        payloadType: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getCodec: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clockRate: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        payloadType: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteCodec: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clockRate: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        payloadType: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateCodec: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    clockRate?: number;
                    description?: string;
                    name?: string;
                    payloadType?: number | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clockRate: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        payloadType: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listCodecAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** Format: uuid */
                            id: string;
                            level: string;
                            targetId: string | null;
                            targetName: string;
                            value: unknown;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    restoreCodec: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clockRate: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        payloadType: number | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listCodecsInTrash: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            clockRate: number;
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            payloadType: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listDidCountries: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            isoCode: string;
                            /** @default [] */
                            kycDocuments: string[];
                            name: string;
                            /** @default  */
                            requirements: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createDidCountry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    isoCode: string;
                    /** @default [] */
                    kycDocuments?: string[];
                    name: string;
                    /** @default  */
                    requirements?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        isoCode: string;
                        /** @default [] */
                        kycDocuments: string[];
                        name: string;
                        /** @default  */
                        requirements: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getDidCountry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        isoCode: string;
                        /** @default [] */
                        kycDocuments: string[];
                        name: string;
                        /** @default  */
                        requirements: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteDidCountry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        isoCode: string;
                        /** @default [] */
                        kycDocuments: string[];
                        name: string;
                        /** @default  */
                        requirements: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateDidCountry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    isoCode?: string;
                    kycDocuments?: string[];
                    name?: string;
                    requirements?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        isoCode: string;
                        /** @default [] */
                        kycDocuments: string[];
                        name: string;
                        /** @default  */
                        requirements: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listDidCountryAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** Format: uuid */
                            id: string;
                            level: string;
                            targetId: string | null;
                            targetName: string;
                            value: unknown;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    restoreDidCountry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        isoCode: string;
                        /** @default [] */
                        kycDocuments: string[];
                        name: string;
                        /** @default  */
                        requirements: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listDidCountriesInTrash: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            isoCode: string;
                            /** @default [] */
                            kycDocuments: string[];
                            name: string;
                            /** @default  */
                            requirements: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listDidProviders: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @default [] */
                            countries: string[];
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /**
                             * @default active
                             * @enum {string}
                             */
                            status: "active" | "inactive";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createDidProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    countries?: string[];
                    /** @default  */
                    description?: string;
                    name: string;
                    /**
                     * @default active
                     * @enum {string}
                     */
                    status?: "active" | "inactive";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default [] */
                        countries: string[];
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status: "active" | "inactive";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getDidProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default [] */
                        countries: string[];
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status: "active" | "inactive";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteDidProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default [] */
                        countries: string[];
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status: "active" | "inactive";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateDidProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    countries?: string[];
                    description?: string;
                    name?: string;
                    /** @enum {string} */
                    status?: "active" | "inactive";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default [] */
                        countries: string[];
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status: "active" | "inactive";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listDidProviderAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** Format: uuid */
                            id: string;
                            level: string;
                            targetId: string | null;
                            targetName: string;
                            value: unknown;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    restoreDidProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default [] */
                        countries: string[];
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status: "active" | "inactive";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listDidProvidersInTrash: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @default [] */
                            countries: string[];
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /**
                             * @default active
                             * @enum {string}
                             */
                            status: "active" | "inactive";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listPops: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            ipAddresses: (string)[];
                            name: string;
                            /** @enum {string} */
                            region: "europe" | "north_america" | "south_america" | "asia_pacific" | "middle_east" | "africa";
                            /**
                             * @default active
                             * @enum {string}
                             */
                            status: "active" | "maintenance" | "disabled";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createPop: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** @default  */
                    description?: string;
                    ipAddresses: string[];
                    name: string;
                    /** @enum {string} */
                    region: "europe" | "north_america" | "south_america" | "asia_pacific" | "middle_east" | "africa";
                    /**
                     * @default active
                     * @enum {string}
                     */
                    status?: "active" | "maintenance" | "disabled";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        ipAddresses: (string)[];
                        name: string;
                        /** @enum {string} */
                        region: "europe" | "north_america" | "south_america" | "asia_pacific" | "middle_east" | "africa";
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status: "active" | "maintenance" | "disabled";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getPop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        ipAddresses: (string)[];
                        name: string;
                        /** @enum {string} */
                        region: "europe" | "north_america" | "south_america" | "asia_pacific" | "middle_east" | "africa";
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status: "active" | "maintenance" | "disabled";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deletePop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        ipAddresses: (string)[];
                        name: string;
                        /** @enum {string} */
                        region: "europe" | "north_america" | "south_america" | "asia_pacific" | "middle_east" | "africa";
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status: "active" | "maintenance" | "disabled";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updatePop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    description?: string;
                    ipAddresses?: string[];
                    name?: string;
                    /** @enum {string} */
                    region?: "europe" | "north_america" | "south_america" | "asia_pacific" | "middle_east" | "africa";
                    /** @enum {string} */
                    status?: "active" | "maintenance" | "disabled";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        ipAddresses: (string)[];
                        name: string;
                        /** @enum {string} */
                        region: "europe" | "north_america" | "south_america" | "asia_pacific" | "middle_east" | "africa";
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status: "active" | "maintenance" | "disabled";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listPopAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** Format: uuid */
                            id: string;
                            level: string;
                            targetId: string | null;
                            targetName: string;
                            value: unknown;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    restorePop: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        ipAddresses: (string)[];
                        name: string;
                        /** @enum {string} */
                        region: "europe" | "north_america" | "south_america" | "asia_pacific" | "middle_east" | "africa";
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status: "active" | "maintenance" | "disabled";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listPopsInTrash: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            ipAddresses: (string)[];
                            name: string;
                            /** @enum {string} */
                            region: "europe" | "north_america" | "south_america" | "asia_pacific" | "middle_east" | "africa";
                            /**
                             * @default active
                             * @enum {string}
                             */
                            status: "active" | "maintenance" | "disabled";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getCatalogSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        trashRetentionDays: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateCatalogSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    trashRetentionDays: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        trashRetentionDays: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listVoiceTiers: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            acdTargetSeconds: number;
                            asrTargetBp: number;
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pddTargetMs: number;
                            rank: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createVoiceTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    acdTargetSeconds: number;
                    asrTargetBp: number;
                    /** @default  */
                    description?: string;
                    name: string;
                    pddTargetMs: number;
                    rank: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acdTargetSeconds: number;
                        asrTargetBp: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        pddTargetMs: number;
                        rank: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getVoiceTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acdTargetSeconds: number;
                        asrTargetBp: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        pddTargetMs: number;
                        rank: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteVoiceTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acdTargetSeconds: number;
                        asrTargetBp: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        pddTargetMs: number;
                        rank: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateVoiceTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    acdTargetSeconds?: number;
                    asrTargetBp?: number;
                    description?: string;
                    name?: string;
                    pddTargetMs?: number;
                    rank?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acdTargetSeconds: number;
                        asrTargetBp: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        pddTargetMs: number;
                        rank: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listVoiceTierAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            /** Format: uuid */
                            id: string;
                            level: string;
                            targetId: string | null;
                            targetName: string;
                            value: unknown;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    restoreVoiceTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acdTargetSeconds: number;
                        asrTargetBp: number;
                        /** Format: date-time */
                        createdAt: string;
                        deletedAt: string | null;
                        deletedBy: string | null;
                        /** @default  */
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        pddTargetMs: number;
                        rank: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listVoiceTiersInTrash: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description 1-100, default 25 */
                limit?: string;
                /** @description search by name (and code / ISO code where the kind has one) */
                q?: string;
                /** @description name, -name, createdAt or -createdAt */
                sort?: string;
                /** @description POPs and DID providers: filter by status */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            acdTargetSeconds: number;
                            asrTargetBp: number;
                            /** Format: date-time */
                            createdAt: string;
                            deletedAt: string | null;
                            deletedBy: string | null;
                            /** @default  */
                            description: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            pddTargetMs: number;
                            rank: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listCustomerAccounts: {
        parameters: {
            query?: {
                category?: string;
                cursor?: string;
                group?: string;
                limit?: string;
                /** @description Company, billing email, account number (contains) or id prefix (hex, at least 4 characters) */
                q?: string;
                sort?: string;
                status?: "active" | "suspended" | "closed";
                tenant?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accountNumber: string;
                            billingContactName: string;
                            billingCurrency: string;
                            billingEmail: string;
                            /** @enum {string} */
                            billingModel: "prepaid" | "postpaid";
                            /** Format: uuid */
                            categoryId: string;
                            categoryName: string;
                            company: string;
                            country: string;
                            createdAt: string;
                            creditLimitMinor: number | null;
                            groupId: string | null;
                            groupName: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "active" | "suspended" | "closed";
                            statusChangedAt: string | null;
                            statusReason: string | null;
                            /** Format: uuid */
                            tenantId: string;
                            tenantSlug: string;
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createCustomerAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    billingContactName: string;
                    billingCurrency: string;
                    billingEmail: string;
                    /** @enum {string} */
                    billingModel: "prepaid" | "postpaid";
                    /** Format: uuid */
                    categoryId: string;
                    company: string;
                    country: string;
                    creditLimitMinor?: number | null;
                    groupId?: string | null;
                    /** Format: uuid */
                    tenantId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountNumber: string;
                        billingContactName: string;
                        billingCurrency: string;
                        billingEmail: string;
                        /** @enum {string} */
                        billingModel: "prepaid" | "postpaid";
                        /** Format: uuid */
                        categoryId: string;
                        company: string;
                        country: string;
                        createdAt: string;
                        creditLimitMinor: number | null;
                        groupId: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "active" | "suspended" | "closed";
                        statusChangedAt: string | null;
                        statusReason: string | null;
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getCustomerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountNumber: string;
                        billingContactName: string;
                        billingCurrency: string;
                        billingEmail: string;
                        /** @enum {string} */
                        billingModel: "prepaid" | "postpaid";
                        /** Format: uuid */
                        categoryId: string;
                        company: string;
                        country: string;
                        createdAt: string;
                        creditLimitMinor: number | null;
                        groupId: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "active" | "suspended" | "closed";
                        statusChangedAt: string | null;
                        statusReason: string | null;
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateCustomerAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    billingContactName?: string;
                    billingCurrency?: string;
                    billingEmail?: string;
                    /** @enum {string} */
                    billingModel?: "prepaid" | "postpaid";
                    /** Format: uuid */
                    categoryId?: string;
                    company?: string;
                    country?: string;
                    creditLimitMinor?: number | null;
                    groupId?: string | null;
                    /** Format: uuid */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountNumber: string;
                        billingContactName: string;
                        billingCurrency: string;
                        billingEmail: string;
                        /** @enum {string} */
                        billingModel: "prepaid" | "postpaid";
                        /** Format: uuid */
                        categoryId: string;
                        company: string;
                        country: string;
                        createdAt: string;
                        creditLimitMinor: number | null;
                        groupId: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "active" | "suspended" | "closed";
                        statusChangedAt: string | null;
                        statusReason: string | null;
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getEffectiveConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            accountNumber: string;
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            company: string;
                            group: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                        };
                        precedence: ("all" | "category" | "group" | "customer")[];
                        types: {
                            description: string | null;
                            items: {
                                available: boolean;
                                description: string | null;
                                display: string;
                                key: string;
                                label: string;
                                overridden: {
                                    display: string;
                                    /** @enum {string} */
                                    level: "all" | "category" | "group" | "customer";
                                    targetId: string | null;
                                    targetName: string;
                                    value: unknown;
                                }[];
                                source: {
                                    /** @enum {string} */
                                    level: "all" | "category" | "group" | "customer" | "default";
                                    targetId: string | null;
                                    targetName: string;
                                } | null;
                                value: unknown;
                            }[];
                            label: string;
                            type: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    moveCustomerAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    accountId: string;
                    /** Format: uuid */
                    categoryId: string;
                    /** @default null */
                    groupId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            company: string;
                            /** Format: uuid */
                            id: string;
                        };
                        changes: {
                            after: {
                                available: boolean;
                                display: string;
                                source: {
                                    /** @enum {string} */
                                    level: "all" | "category" | "group" | "customer" | "default";
                                    targetId: string | null;
                                    targetName: string;
                                } | null;
                            };
                            before: {
                                available: boolean;
                                display: string;
                                source: {
                                    /** @enum {string} */
                                    level: "all" | "category" | "group" | "customer" | "default";
                                    targetId: string | null;
                                    targetName: string;
                                } | null;
                            };
                            /** @enum {string} */
                            change: "gained" | "lost" | "changed" | "source";
                            key: string;
                            label: string;
                            type: string;
                            typeLabel: string;
                        }[];
                        from: {
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            group: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                        to: {
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            group: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                        unchanged: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    previewCustomerMove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    accountId: string;
                    /** Format: uuid */
                    categoryId: string;
                    /** @default null */
                    groupId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            company: string;
                            /** Format: uuid */
                            id: string;
                        };
                        changes: {
                            after: {
                                available: boolean;
                                display: string;
                                source: {
                                    /** @enum {string} */
                                    level: "all" | "category" | "group" | "customer" | "default";
                                    targetId: string | null;
                                    targetName: string;
                                } | null;
                            };
                            before: {
                                available: boolean;
                                display: string;
                                source: {
                                    /** @enum {string} */
                                    level: "all" | "category" | "group" | "customer" | "default";
                                    targetId: string | null;
                                    targetName: string;
                                } | null;
                            };
                            /** @enum {string} */
                            change: "gained" | "lost" | "changed" | "source";
                            key: string;
                            label: string;
                            type: string;
                            typeLabel: string;
                        }[];
                        from: {
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            group: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                        to: {
                            category: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            group: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                        unchanged: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    setCustomerAccountStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    id: string;
                    reason: string;
                    /** @enum {string} */
                    status: "active" | "suspended" | "closed";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accountNumber: string;
                        billingContactName: string;
                        billingCurrency: string;
                        billingEmail: string;
                        /** @enum {string} */
                        billingModel: "prepaid" | "postpaid";
                        /** Format: uuid */
                        categoryId: string;
                        company: string;
                        country: string;
                        createdAt: string;
                        creditLimitMinor: number | null;
                        groupId: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "active" | "suspended" | "closed";
                        statusChangedAt: string | null;
                        statusReason: string | null;
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listCustomerAccountUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            invitationPending: boolean;
                            name: string;
                            role: string;
                            status: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    inviteCustomerAccountUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    accountId: string;
                    email: string;
                    name: string;
                    /** @enum {string} */
                    role: "customer_admin" | "customer_user";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitationSent: boolean;
                        user: {
                            createdAt: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            role: string;
                            status: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listCustomerCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            defaultModules: string[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                            publicDescription: string;
                            slug: string;
                            sortOrder: number;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createCustomerCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    defaultModules?: string[];
                    name: string;
                    /** @default  */
                    publicDescription?: string;
                    slug: string;
                    /** @default 0 */
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        defaultModules: string[];
                        /** Format: uuid */
                        id: string;
                        name: string;
                        publicDescription: string;
                        slug: string;
                        sortOrder: number;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getCustomerCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        defaultModules: string[];
                        /** Format: uuid */
                        id: string;
                        name: string;
                        publicDescription: string;
                        slug: string;
                        sortOrder: number;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteCustomerCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateCustomerCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    defaultModules?: string[];
                    /** Format: uuid */
                    id: string;
                    name?: string;
                    publicDescription?: string;
                    sortOrder?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        defaultModules: string[];
                        /** Format: uuid */
                        id: string;
                        name: string;
                        publicDescription: string;
                        slug: string;
                        sortOrder: number;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listCustomerGroups: {
        parameters: {
            query?: {
                category?: string;
                cursor?: string;
                limit?: string;
                q?: string;
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            categoryId: string;
                            categoryName: string;
                            createdAt: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createCustomerGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    categoryId: string;
                    /** @default  */
                    description?: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        categoryId: string;
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteCustomerGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateCustomerGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** Format: uuid */
                    id: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        categoryId: string;
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listInterconnects: {
        parameters: {
            query?: {
                carrier?: string;
                cursor?: string;
                direction?: "ingress" | "egress";
                limit?: string;
                q?: string;
                sort?: string;
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description IP addresses / CIDRs, canonical (203.0.113.10/32) */
                            addresses: string[];
                            /** Format: uuid */
                            carrierId: string;
                            carrierName: string;
                            codecs: {
                                codec: string;
                                /** @enum {string} */
                                mode: "supported" | "relay";
                            }[];
                            createdAt: string;
                            defaultCountryCode: string | null;
                            /** @enum {string} */
                            direction: "ingress" | "egress";
                            /** @enum {string} */
                            dtmfMode: "rfc2833" | "inband" | "sip_info";
                            /** Format: uuid */
                            id: string;
                            maxChannels: number | null;
                            maxCps: number | null;
                            /** @enum {string} */
                            mediaMode: "proxy" | "bypass";
                            name: string;
                            nationalPrefix: string | null;
                            notes: string;
                            /** @enum {string} */
                            numberFormat: "e164_plus" | "e164" | "international_00";
                            optionsPing: boolean;
                            /** Format: uuid */
                            popId: string;
                            popName: string | null;
                            rtpTimeoutSeconds: number;
                            serviceCount: number;
                            sessionTimerSeconds: number | null;
                            sipPort: number;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** @description Egress only: the supplier rating plan (buy rates) */
                            supplierRatePlanId: string | null;
                            t38: boolean;
                            techPrefix: string;
                            /** Format: uuid */
                            tenantId: string;
                            /** @enum {string} */
                            transport: "udp" | "tcp" | "tls";
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createInterconnect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addresses?: string[];
                    /** Format: uuid */
                    carrierId: string;
                    /** @default [] */
                    codecs?: {
                        codec: string;
                        /** @enum {string} */
                        mode: "supported" | "relay";
                    }[];
                    /** @default null */
                    defaultCountryCode?: string | null;
                    /** @enum {string} */
                    direction: "ingress" | "egress";
                    /**
                     * @default rfc2833
                     * @enum {string}
                     */
                    dtmfMode?: "rfc2833" | "inband" | "sip_info";
                    /** @default null */
                    maxChannels?: number | null;
                    /** @default null */
                    maxCps?: number | null;
                    /**
                     * @default proxy
                     * @enum {string}
                     */
                    mediaMode?: "proxy" | "bypass";
                    name: string;
                    /** @default null */
                    nationalPrefix?: string | null;
                    /** @default  */
                    notes?: string;
                    /**
                     * @default e164
                     * @enum {string}
                     */
                    numberFormat?: "e164_plus" | "e164" | "international_00";
                    /** @default true */
                    optionsPing?: boolean;
                    /** Format: uuid */
                    popId: string;
                    /** @default 300 */
                    rtpTimeoutSeconds?: number;
                    /** @default null */
                    sessionTimerSeconds?: number | null;
                    /** @default 5060 */
                    sipPort?: number;
                    /**
                     * @default active
                     * @enum {string}
                     */
                    status?: "active" | "disabled";
                    /** @default null */
                    supplierRatePlanId?: string | null;
                    /** @default false */
                    t38?: boolean;
                    /** @default  */
                    techPrefix?: string;
                    /**
                     * @default udp
                     * @enum {string}
                     */
                    transport?: "udp" | "tcp" | "tls";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description IP addresses / CIDRs, canonical (203.0.113.10/32) */
                        addresses: string[];
                        /** Format: uuid */
                        carrierId: string;
                        carrierName: string;
                        codecs: {
                            codec: string;
                            /** @enum {string} */
                            mode: "supported" | "relay";
                        }[];
                        createdAt: string;
                        defaultCountryCode: string | null;
                        /** @enum {string} */
                        direction: "ingress" | "egress";
                        /** @enum {string} */
                        dtmfMode: "rfc2833" | "inband" | "sip_info";
                        /** Format: uuid */
                        id: string;
                        maxChannels: number | null;
                        maxCps: number | null;
                        /** @enum {string} */
                        mediaMode: "proxy" | "bypass";
                        name: string;
                        nationalPrefix: string | null;
                        notes: string;
                        /** @enum {string} */
                        numberFormat: "e164_plus" | "e164" | "international_00";
                        optionsPing: boolean;
                        /** Format: uuid */
                        popId: string;
                        popName: string | null;
                        rtpTimeoutSeconds: number;
                        serviceCount: number;
                        sessionTimerSeconds: number | null;
                        sipPort: number;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description Egress only: the supplier rating plan (buy rates) */
                        supplierRatePlanId: string | null;
                        t38: boolean;
                        techPrefix: string;
                        /** Format: uuid */
                        tenantId: string;
                        /** @enum {string} */
                        transport: "udp" | "tcp" | "tls";
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getInterconnect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description IP addresses / CIDRs, canonical (203.0.113.10/32) */
                        addresses: string[];
                        /** Format: uuid */
                        carrierId: string;
                        carrierName: string;
                        codecs: {
                            codec: string;
                            /** @enum {string} */
                            mode: "supported" | "relay";
                        }[];
                        createdAt: string;
                        defaultCountryCode: string | null;
                        /** @enum {string} */
                        direction: "ingress" | "egress";
                        /** @enum {string} */
                        dtmfMode: "rfc2833" | "inband" | "sip_info";
                        /** Format: uuid */
                        id: string;
                        maxChannels: number | null;
                        maxCps: number | null;
                        /** @enum {string} */
                        mediaMode: "proxy" | "bypass";
                        name: string;
                        nationalPrefix: string | null;
                        notes: string;
                        /** @enum {string} */
                        numberFormat: "e164_plus" | "e164" | "international_00";
                        optionsPing: boolean;
                        /** Format: uuid */
                        popId: string;
                        popName: string | null;
                        rtpTimeoutSeconds: number;
                        serviceCount: number;
                        sessionTimerSeconds: number | null;
                        sipPort: number;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description Egress only: the supplier rating plan (buy rates) */
                        supplierRatePlanId: string | null;
                        t38: boolean;
                        techPrefix: string;
                        /** Format: uuid */
                        tenantId: string;
                        /** @enum {string} */
                        transport: "udp" | "tcp" | "tls";
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteInterconnect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateInterconnect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addresses?: string[];
                    codecs?: {
                        codec: string;
                        /** @enum {string} */
                        mode: "supported" | "relay";
                    }[];
                    defaultCountryCode?: string | null;
                    /** @enum {string} */
                    direction?: "ingress" | "egress";
                    /** @enum {string} */
                    dtmfMode?: "rfc2833" | "inband" | "sip_info";
                    /** Format: uuid */
                    id: string;
                    maxChannels?: number | null;
                    maxCps?: number | null;
                    /** @enum {string} */
                    mediaMode?: "proxy" | "bypass";
                    name?: string;
                    nationalPrefix?: string | null;
                    notes?: string;
                    /** @enum {string} */
                    numberFormat?: "e164_plus" | "e164" | "international_00";
                    optionsPing?: boolean;
                    /** Format: uuid */
                    popId?: string;
                    rtpTimeoutSeconds?: number;
                    sessionTimerSeconds?: number | null;
                    sipPort?: number;
                    /** @enum {string} */
                    status?: "active" | "disabled";
                    supplierRatePlanId?: string | null;
                    t38?: boolean;
                    techPrefix?: string;
                    /** @enum {string} */
                    transport?: "udp" | "tcp" | "tls";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description IP addresses / CIDRs, canonical (203.0.113.10/32) */
                        addresses: string[];
                        /** Format: uuid */
                        carrierId: string;
                        carrierName: string;
                        codecs: {
                            codec: string;
                            /** @enum {string} */
                            mode: "supported" | "relay";
                        }[];
                        createdAt: string;
                        defaultCountryCode: string | null;
                        /** @enum {string} */
                        direction: "ingress" | "egress";
                        /** @enum {string} */
                        dtmfMode: "rfc2833" | "inband" | "sip_info";
                        /** Format: uuid */
                        id: string;
                        maxChannels: number | null;
                        maxCps: number | null;
                        /** @enum {string} */
                        mediaMode: "proxy" | "bypass";
                        name: string;
                        nationalPrefix: string | null;
                        notes: string;
                        /** @enum {string} */
                        numberFormat: "e164_plus" | "e164" | "international_00";
                        optionsPing: boolean;
                        /** Format: uuid */
                        popId: string;
                        popName: string | null;
                        rtpTimeoutSeconds: number;
                        serviceCount: number;
                        sessionTimerSeconds: number | null;
                        sipPort: number;
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description Egress only: the supplier rating plan (buy rates) */
                        supplierRatePlanId: string | null;
                        t38: boolean;
                        techPrefix: string;
                        /** Format: uuid */
                        tenantId: string;
                        /** @enum {string} */
                        transport: "udp" | "tcp" | "tls";
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Opaque: a `pageInfo.nextCursor` or `pageInfo.prevCursor` from the previous page, with the same `sort` */
                cursor?: string;
                /** @description Page size, 25 by default; at most 100 (a larger value is treated as 100) */
                limit?: number;
                /** @description Case-insensitive "contains" search (one line, at most 200 characters) */
                q?: string;
                /** @description One allow-listed key; a leading `-` sorts descending */
                sort?: "createdAt" | "-createdAt" | "name" | "-name";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhoAmI"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getPbxOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            accountNumber: string;
                            company: string;
                            /** Format: uuid */
                            id: string;
                        };
                        extensions: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            number: string;
                        }[];
                        settings: {
                            description: string;
                            display: string;
                            key: string;
                            label: string;
                            source: {
                                level: string;
                                name: string;
                            };
                            value: number | boolean;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listImportRuleSets: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                q?: string;
                sort?: string;
                tenant?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @description Supplier plans whose imports use this set */
                            planCount?: number;
                            rules: {
                                decreaseNotice: {
                                    /** @enum {string} */
                                    action: "none" | "alert" | "reject" | "block";
                                    days: number;
                                };
                                increaseNotice: {
                                    /** @enum {string} */
                                    action: "none" | "alert" | "reject" | "block";
                                    days: number;
                                };
                                initialIncrements: {
                                    /** @enum {string} */
                                    action: "none" | "alert" | "reject" | "block";
                                    allowed: number[];
                                };
                                maxDecrease: {
                                    /** @enum {string} */
                                    action: "none" | "alert" | "reject" | "block";
                                    /** @description Exact percent with 2 decimals ("25.00") */
                                    percent: string;
                                };
                                maxIncrease: {
                                    /** @enum {string} */
                                    action: "none" | "alert" | "reject" | "block";
                                    /** @description Exact percent with 2 decimals ("25.00") */
                                    percent: string;
                                };
                                newNotice: {
                                    /** @enum {string} */
                                    action: "none" | "alert" | "reject" | "block";
                                    days: number;
                                };
                                subsequentIncrements: {
                                    /** @enum {string} */
                                    action: "none" | "alert" | "reject" | "block";
                                    allowed: number[];
                                };
                            };
                            /** Format: uuid */
                            tenantId: string;
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createImportRuleSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    name: string;
                    rules?: {
                        decreaseNotice?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            days: number;
                        };
                        increaseNotice?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            days: number;
                        };
                        initialIncrements?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            allowed: number[];
                        };
                        maxDecrease?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            percent: string;
                        };
                        maxIncrease?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            percent: string;
                        };
                        newNotice?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            days: number;
                        };
                        subsequentIncrements?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            allowed: number[];
                        };
                    };
                    /** Format: uuid */
                    tenantId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description Supplier plans whose imports use this set */
                        planCount?: number;
                        rules: {
                            decreaseNotice: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                days: number;
                            };
                            increaseNotice: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                days: number;
                            };
                            initialIncrements: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                allowed: number[];
                            };
                            maxDecrease: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                /** @description Exact percent with 2 decimals ("25.00") */
                                percent: string;
                            };
                            maxIncrease: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                /** @description Exact percent with 2 decimals ("25.00") */
                                percent: string;
                            };
                            newNotice: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                days: number;
                            };
                            subsequentIncrements: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                allowed: number[];
                            };
                        };
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getImportRuleSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description Supplier plans whose imports use this set */
                        planCount?: number;
                        rules: {
                            decreaseNotice: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                days: number;
                            };
                            increaseNotice: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                days: number;
                            };
                            initialIncrements: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                allowed: number[];
                            };
                            maxDecrease: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                /** @description Exact percent with 2 decimals ("25.00") */
                                percent: string;
                            };
                            maxIncrease: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                /** @description Exact percent with 2 decimals ("25.00") */
                                percent: string;
                            };
                            newNotice: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                days: number;
                            };
                            subsequentIncrements: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                allowed: number[];
                            };
                        };
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteImportRuleSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        deleted: true;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateImportRuleSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** Format: uuid */
                    id: string;
                    name?: string;
                    rules?: {
                        decreaseNotice?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            days: number;
                        };
                        increaseNotice?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            days: number;
                        };
                        initialIncrements?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            allowed: number[];
                        };
                        maxDecrease?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            percent: string;
                        };
                        maxIncrease?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            percent: string;
                        };
                        newNotice?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            days: number;
                        };
                        subsequentIncrements?: {
                            /** @enum {string} */
                            action: "none" | "alert" | "reject" | "block";
                            allowed: number[];
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @description Supplier plans whose imports use this set */
                        planCount?: number;
                        rules: {
                            decreaseNotice: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                days: number;
                            };
                            increaseNotice: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                days: number;
                            };
                            initialIncrements: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                allowed: number[];
                            };
                            maxDecrease: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                /** @description Exact percent with 2 decimals ("25.00") */
                                percent: string;
                            };
                            maxIncrease: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                /** @description Exact percent with 2 decimals ("25.00") */
                                percent: string;
                            };
                            newNotice: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                days: number;
                            };
                            subsequentIncrements: {
                                /** @enum {string} */
                                action: "none" | "alert" | "reject" | "block";
                                allowed: number[];
                            };
                        };
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getRateImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseVersionId: string | null;
                        createdAt: string;
                        delimiter: string | null;
                        encoding: string | null;
                        errorCount: number;
                        errorsAccepted: boolean;
                        errorsAcceptedAt: string | null;
                        failure: string | null;
                        fileBytes: number;
                        fileName: string;
                        /** Format: uuid */
                        id: string;
                        jobId: number | null;
                        largestChanges?: {
                            /** @description Exact percent with 2 decimals ("-25.00"); null for new/removed or from 0 */
                            changePercent: string | null;
                            destination: string;
                            /** @enum {string} */
                            kind: "new" | "removed" | "increased" | "decreased" | "unchanged";
                            newRate: string | null;
                            oldRate: string | null;
                            prefix: string;
                        }[];
                        /** Format: uuid */
                        planId: string;
                        progress: {
                            done: number | null;
                            message: string | null;
                            percent: number | null;
                            total: number | null;
                        } | null;
                        publishedAt: string | null;
                        rowsRejected: number;
                        rowsStaged: number;
                        rowsTotal: number;
                        /** @enum {string} */
                        status: "uploaded" | "processing" | "ready" | "failed" | "published" | "superseded";
                        summary: {
                            /** @description Rule breaches by action taken */
                            breaches?: {
                                alert: number;
                                block: number;
                                reject: number;
                            };
                            closed: number;
                            counts: {
                                [key: string]: number;
                            };
                            /** @description The supplier import rule set the rows were checked against */
                            ruleSet?: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        } | null;
                        versionId: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    acceptRateImportErrors: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseVersionId: string | null;
                        createdAt: string;
                        delimiter: string | null;
                        encoding: string | null;
                        errorCount: number;
                        errorsAccepted: boolean;
                        errorsAcceptedAt: string | null;
                        failure: string | null;
                        fileBytes: number;
                        fileName: string;
                        /** Format: uuid */
                        id: string;
                        jobId: number | null;
                        largestChanges?: {
                            /** @description Exact percent with 2 decimals ("-25.00"); null for new/removed or from 0 */
                            changePercent: string | null;
                            destination: string;
                            /** @enum {string} */
                            kind: "new" | "removed" | "increased" | "decreased" | "unchanged";
                            newRate: string | null;
                            oldRate: string | null;
                            prefix: string;
                        }[];
                        /** Format: uuid */
                        planId: string;
                        progress: {
                            done: number | null;
                            message: string | null;
                            percent: number | null;
                            total: number | null;
                        } | null;
                        publishedAt: string | null;
                        rowsRejected: number;
                        rowsStaged: number;
                        rowsTotal: number;
                        /** @enum {string} */
                        status: "uploaded" | "processing" | "ready" | "failed" | "published" | "superseded";
                        summary: {
                            /** @description Rule breaches by action taken */
                            breaches?: {
                                alert: number;
                                block: number;
                                reject: number;
                            };
                            closed: number;
                            counts: {
                                [key: string]: number;
                            };
                            /** @description The supplier import rule set the rows were checked against */
                            ruleSet?: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        } | null;
                        versionId: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listRateImportBreaches: {
        parameters: {
            query?: {
                action?: string;
                cursor?: string;
                limit?: string;
                sort?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            action: "alert" | "reject" | "block";
                            detail: string;
                            id: number;
                            prefix: string;
                            row: number;
                            /** @enum {string} */
                            rule: "increaseNotice" | "decreaseNotice" | "newNotice" | "maxIncrease" | "maxDecrease" | "initialIncrements" | "subsequentIncrements";
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listRateImportChanges: {
        parameters: {
            query?: {
                cursor?: string;
                field?: string;
                kind?: string;
                limit?: string;
                q?: string;
                sort?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Exact percent with 2 decimals ("-25.00"); null for new/removed or from 0 */
                            changePercent: string | null;
                            destination: string;
                            /** @enum {string} */
                            kind: "new" | "removed" | "increased" | "decreased" | "unchanged";
                            newRate: string | null;
                            oldRate: string | null;
                            prefix: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listRateImportErrors: {
        parameters: {
            query?: {
                cursor?: string;
                field?: string;
                kind?: string;
                limit?: string;
                q?: string;
                sort?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            field: string;
                            id: number;
                            reason: string;
                            row: number;
                            value: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    downloadRateImportErrors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    publishRateImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseVersionId: string | null;
                        createdAt: string;
                        delimiter: string | null;
                        encoding: string | null;
                        errorCount: number;
                        errorsAccepted: boolean;
                        errorsAcceptedAt: string | null;
                        failure: string | null;
                        fileBytes: number;
                        fileName: string;
                        /** Format: uuid */
                        id: string;
                        jobId: number | null;
                        largestChanges?: {
                            /** @description Exact percent with 2 decimals ("-25.00"); null for new/removed or from 0 */
                            changePercent: string | null;
                            destination: string;
                            /** @enum {string} */
                            kind: "new" | "removed" | "increased" | "decreased" | "unchanged";
                            newRate: string | null;
                            oldRate: string | null;
                            prefix: string;
                        }[];
                        /** Format: uuid */
                        planId: string;
                        progress: {
                            done: number | null;
                            message: string | null;
                            percent: number | null;
                            total: number | null;
                        } | null;
                        publishedAt: string | null;
                        rowsRejected: number;
                        rowsStaged: number;
                        rowsTotal: number;
                        /** @enum {string} */
                        status: "uploaded" | "processing" | "ready" | "failed" | "published" | "superseded";
                        summary: {
                            /** @description Rule breaches by action taken */
                            breaches?: {
                                alert: number;
                                block: number;
                                reject: number;
                            };
                            closed: number;
                            counts: {
                                [key: string]: number;
                            };
                            /** @description The supplier import rule set the rows were checked against */
                            ruleSet?: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        } | null;
                        versionId: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getRatePlanVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        notes: string;
                        number: number;
                        /** Format: uuid */
                        planId: string;
                        publishedAt: string | null;
                        publishedBy: string | null;
                        rowCount?: number;
                        /** @enum {string} */
                        status: "draft" | "published" | "superseded";
                        supersededAt: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    publishRatePlanVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        notes: string;
                        number: number;
                        /** Format: uuid */
                        planId: string;
                        publishedAt: string | null;
                        publishedBy: string | null;
                        rowCount?: number;
                        /** @enum {string} */
                        status: "draft" | "published" | "superseded";
                        supersededAt: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listRateRows: {
        parameters: {
            query?: {
                blocked?: "true" | "false";
                cursor?: string;
                limit?: string;
                /** @description Typeahead: digits = prefix starts with; text = destination contains */
                q?: string;
                sort?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            blocked: boolean;
                            /** @description Connection fee: exact decimal string, 6 decimals */
                            connectionFee: string;
                            /** @description Connection fee in integer micro-units of the plan currency */
                            connectionFeeMicro: number;
                            destination: string;
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            /** Format: uuid */
                            id: string;
                            initialIncrement: number;
                            /** @description Minimum charge: exact decimal string, 6 decimals */
                            minimumCharge: string;
                            /** @description Minimum charge in integer micro-units of the plan currency */
                            minimumChargeMicro: number;
                            prefix: string;
                            /** @description Rate per minute: exact decimal string, 6 decimals */
                            rate: string;
                            /** @description Rate per minute in integer micro-units of the plan currency */
                            rateMicro: number;
                            subsequentIncrement: number;
                            /** Format: uuid */
                            versionId: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    addRateRows: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rows: {
                        /** @default false */
                        blocked?: boolean;
                        connectionFee?: string;
                        destination: string;
                        /** Format: date-time */
                        effectiveFrom: string;
                        effectiveTo?: string | null;
                        /** @default 60 */
                        initialIncrement?: number;
                        minimumCharge?: string;
                        prefix: string;
                        rate: string;
                        /** @default 60 */
                        subsequentIncrement?: number;
                    }[];
                    /** Format: uuid */
                    versionId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            blocked: boolean;
                            /** @description Connection fee: exact decimal string, 6 decimals */
                            connectionFee: string;
                            /** @description Connection fee in integer micro-units of the plan currency */
                            connectionFeeMicro: number;
                            destination: string;
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            /** Format: uuid */
                            id: string;
                            initialIncrement: number;
                            /** @description Minimum charge: exact decimal string, 6 decimals */
                            minimumCharge: string;
                            /** @description Minimum charge in integer micro-units of the plan currency */
                            minimumChargeMicro: number;
                            prefix: string;
                            /** @description Rate per minute: exact decimal string, 6 decimals */
                            rate: string;
                            /** @description Rate per minute in integer micro-units of the plan currency */
                            rateMicro: number;
                            subsequentIncrement: number;
                            /** Format: uuid */
                            versionId: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listRatePlans: {
        parameters: {
            query?: {
                currency?: string;
                cursor?: string;
                kind?: "sell" | "buy";
                limit?: string;
                q?: string;
                sort?: string;
                tenant?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            currency: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @description Supplier import rule set its decks are checked against (buy plans) */
                            importRuleSetId: string | null;
                            /**
                             * @description sell = customer plan, buy = supplier plan
                             * @enum {string}
                             */
                            kind: "sell" | "buy";
                            name: string;
                            precision: number;
                            /** @enum {string} */
                            rounding: "up" | "down" | "half_up" | "half_even";
                            /** Format: uuid */
                            tenantId: string;
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createRatePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currency: string;
                    /** @default  */
                    description?: string;
                    /** @enum {string} */
                    kind: "sell" | "buy";
                    name: string;
                    /** @default 4 */
                    precision?: number;
                    /**
                     * @default up
                     * @enum {string}
                     */
                    rounding?: "up" | "down" | "half_up" | "half_even";
                    /** Format: uuid */
                    tenantId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        currency: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Supplier import rule set its decks are checked against (buy plans) */
                        importRuleSetId: string | null;
                        /**
                         * @description sell = customer plan, buy = supplier plan
                         * @enum {string}
                         */
                        kind: "sell" | "buy";
                        name: string;
                        precision: number;
                        /** @enum {string} */
                        rounding: "up" | "down" | "half_up" | "half_even";
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getRatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        currency: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Supplier import rule set its decks are checked against (buy plans) */
                        importRuleSetId: string | null;
                        /**
                         * @description sell = customer plan, buy = supplier plan
                         * @enum {string}
                         */
                        kind: "sell" | "buy";
                        name: string;
                        precision: number;
                        /** @enum {string} */
                        rounding: "up" | "down" | "half_up" | "half_even";
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                        versions: {
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            notes: string;
                            number: number;
                            /** Format: uuid */
                            planId: string;
                            publishedAt: string | null;
                            publishedBy: string | null;
                            rowCount?: number;
                            /** @enum {string} */
                            status: "draft" | "published" | "superseded";
                            supersededAt: string | null;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateRatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currency?: string;
                    description?: string;
                    /** Format: uuid */
                    id: string;
                    importRuleSetId?: string | null;
                    name?: string;
                    precision?: number;
                    /** @enum {string} */
                    rounding?: "up" | "down" | "half_up" | "half_even";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        currency: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Supplier import rule set its decks are checked against (buy plans) */
                        importRuleSetId: string | null;
                        /**
                         * @description sell = customer plan, buy = supplier plan
                         * @enum {string}
                         */
                        kind: "sell" | "buy";
                        name: string;
                        precision: number;
                        /** @enum {string} */
                        rounding: "up" | "down" | "half_up" | "half_even";
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listRateImports: {
        parameters: {
            query?: {
                cursor?: string;
                field?: string;
                kind?: string;
                limit?: string;
                q?: string;
                sort?: string;
                status?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            baseVersionId: string | null;
                            createdAt: string;
                            delimiter: string | null;
                            encoding: string | null;
                            errorCount: number;
                            errorsAccepted: boolean;
                            errorsAcceptedAt: string | null;
                            failure: string | null;
                            fileBytes: number;
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            jobId: number | null;
                            /** Format: uuid */
                            planId: string;
                            progress: {
                                done: number | null;
                                message: string | null;
                                percent: number | null;
                                total: number | null;
                            } | null;
                            publishedAt: string | null;
                            rowsRejected: number;
                            rowsStaged: number;
                            rowsTotal: number;
                            /** @enum {string} */
                            status: "uploaded" | "processing" | "ready" | "failed" | "published" | "superseded";
                            summary: {
                                /** @description Rule breaches by action taken */
                                breaches?: {
                                    alert: number;
                                    block: number;
                                    reject: number;
                                };
                                closed: number;
                                counts: {
                                    [key: string]: number;
                                };
                                /** @description The supplier import rule set the rows were checked against */
                                ruleSet?: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            } | null;
                            versionId: string | null;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    startRateImport: {
        parameters: {
            query?: {
                dateOrder?: "auto" | "dmy" | "mdy" | "ymd";
                defaultEffectiveFrom?: string;
                delimiter?: "auto" | "," | ";" | "tab";
                encoding?: "auto" | "utf-8" | "latin1";
                fileName?: string;
                /** @description JSON object: deck field -> header name, e.g. {"code":"Dial Code","rate":"Price"} */
                mapping?: string;
            };
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        /** @description The file itself as the request body, streamed */
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        baseVersionId: string | null;
                        createdAt: string;
                        delimiter: string | null;
                        encoding: string | null;
                        errorCount: number;
                        errorsAccepted: boolean;
                        errorsAcceptedAt: string | null;
                        failure: string | null;
                        fileBytes: number;
                        fileName: string;
                        /** Format: uuid */
                        id: string;
                        jobId: number | null;
                        largestChanges?: {
                            /** @description Exact percent with 2 decimals ("-25.00"); null for new/removed or from 0 */
                            changePercent: string | null;
                            destination: string;
                            /** @enum {string} */
                            kind: "new" | "removed" | "increased" | "decreased" | "unchanged";
                            newRate: string | null;
                            oldRate: string | null;
                            prefix: string;
                        }[];
                        /** Format: uuid */
                        planId: string;
                        progress: {
                            done: number | null;
                            message: string | null;
                            percent: number | null;
                            total: number | null;
                        } | null;
                        publishedAt: string | null;
                        rowsRejected: number;
                        rowsStaged: number;
                        rowsTotal: number;
                        /** @enum {string} */
                        status: "uploaded" | "processing" | "ready" | "failed" | "published" | "superseded";
                        summary: {
                            /** @description Rule breaches by action taken */
                            breaches?: {
                                alert: number;
                                block: number;
                                reject: number;
                            };
                            closed: number;
                            counts: {
                                [key: string]: number;
                            };
                            /** @description The supplier import rule set the rows were checked against */
                            ruleSet?: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        } | null;
                        versionId: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    lookupRate: {
        parameters: {
            query: {
                /** @description ISO 8601 instant; default now */
                at?: string;
                /** @description E.164 number; +, spaces and dashes are ignored */
                number: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        /** @description The longest prefix effective at `at` in the published version; null = no rate */
                        match: {
                            blocked: boolean;
                            /** @description Connection fee: exact decimal string, 6 decimals */
                            connectionFee: string;
                            /** @description Connection fee in integer micro-units of the plan currency */
                            connectionFeeMicro: number;
                            currency: string;
                            destination: string;
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            initialIncrement: number;
                            /** @description Minimum charge: exact decimal string, 6 decimals */
                            minimumCharge: string;
                            /** @description Minimum charge in integer micro-units of the plan currency */
                            minimumChargeMicro: number;
                            /** Format: uuid */
                            planId: string;
                            prefix: string;
                            /** @description Rate per minute: exact decimal string, 6 decimals */
                            rate: string;
                            /** @description Rate per minute in integer micro-units of the plan currency */
                            rateMicro: number;
                            /** Format: uuid */
                            rowId: string;
                            subsequentIncrement: number;
                            /** Format: uuid */
                            versionId: string;
                        } | null;
                        number: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createRatePlanDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    notes?: string;
                    /** Format: uuid */
                    planId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        notes: string;
                        number: number;
                        /** Format: uuid */
                        planId: string;
                        publishedAt: string | null;
                        publishedBy: string | null;
                        rowCount?: number;
                        /** @enum {string} */
                        status: "draft" | "published" | "superseded";
                        supersededAt: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteRateRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateRateRow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    blocked?: boolean;
                    connectionFee?: string;
                    destination?: string;
                    /** Format: date-time */
                    effectiveFrom?: string;
                    effectiveTo?: string | null;
                    /** Format: uuid */
                    id: string;
                    initialIncrement?: number;
                    minimumCharge?: string;
                    prefix?: string;
                    rate?: string;
                    subsequentIncrement?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        blocked: boolean;
                        /** @description Connection fee: exact decimal string, 6 decimals */
                        connectionFee: string;
                        /** @description Connection fee in integer micro-units of the plan currency */
                        connectionFeeMicro: number;
                        destination: string;
                        effectiveFrom: string;
                        effectiveTo: string | null;
                        /** Format: uuid */
                        id: string;
                        initialIncrement: number;
                        /** @description Minimum charge: exact decimal string, 6 decimals */
                        minimumCharge: string;
                        /** @description Minimum charge in integer micro-units of the plan currency */
                        minimumChargeMicro: number;
                        prefix: string;
                        /** @description Rate per minute: exact decimal string, 6 decimals */
                        rate: string;
                        /** @description Rate per minute in integer micro-units of the plan currency */
                        rateMicro: number;
                        subsequentIncrement: number;
                        /** Format: uuid */
                        versionId: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listMyRates: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                /** @description Typeahead: digits = prefix starts with; text = destination contains */
                q?: string;
                sort?: string;
                /** @description current (default) = effective now; upcoming = effective later (announced changes) */
                when?: "current" | "upcoming";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            blocked: boolean;
                            /** @description Connection fee: exact decimal string, 6 decimals */
                            connectionFee: string;
                            /** @description Connection fee in integer micro-units of the plan currency */
                            connectionFeeMicro: number;
                            destination: string;
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            /** Format: uuid */
                            id: string;
                            initialIncrement: number;
                            /** @description Minimum charge: exact decimal string, 6 decimals */
                            minimumCharge: string;
                            /** @description Minimum charge in integer micro-units of the plan currency */
                            minimumChargeMicro: number;
                            prefix: string;
                            /** @description Rate per minute: exact decimal string, 6 decimals */
                            rate: string;
                            /** @description Rate per minute in integer micro-units of the plan currency */
                            rateMicro: number;
                            subsequentIncrement: number;
                            /** Format: uuid */
                            versionId: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                        /** @description The sell plan assigned to your account; null = none (no rows) */
                        plan: {
                            createdAt: string;
                            currency: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @description Supplier import rule set its decks are checked against (buy plans) */
                            importRuleSetId: string | null;
                            /**
                             * @description sell = customer plan, buy = supplier plan
                             * @enum {string}
                             */
                            kind: "sell" | "buy";
                            name: string;
                            precision: number;
                            /** @enum {string} */
                            rounding: "up" | "down" | "half_up" | "half_even";
                            /** Format: uuid */
                            tenantId: string;
                            updatedAt: string;
                        } | null;
                        version: {
                            /** Format: uuid */
                            id: string;
                            number: number;
                            publishedAt: string | null;
                        } | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    exportMyRates: {
        parameters: {
            query?: {
                when?: "current" | "upcoming";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getRouteCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        counts: {
                            negativeMargin: number;
                            noRoute: number;
                            singleSupplier: number;
                        };
                        createdAt: string;
                        /** Format: uuid */
                        customerRatePlanId: string;
                        done: number;
                        error: string | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        jobId: number | null;
                        percent: number;
                        /** Format: uuid */
                        planId: string;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                        total: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listRouteFindings: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "no_route" | "negative_margin" | "single_supplier";
                limit?: string;
                q?: string;
                sort?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            candidates: number;
                            /** Format: uuid */
                            checkId: string;
                            detail: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "no_route" | "negative_margin" | "single_supplier";
                            prefix: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteRouteEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteRouteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateRouteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    id: string;
                    name?: string;
                    suppliers?: {
                        /** Format: uuid */
                        interconnectId: string;
                        /** @default 1 */
                        qualityTier?: number;
                        /** @default 100 */
                        weight?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entryCount: number;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: uuid */
                        planId: string;
                        suppliers: {
                            active: boolean;
                            carrierCode: string;
                            /** Format: uuid */
                            carrierId: string;
                            carrierName: string;
                            /** Format: uuid */
                            interconnectId: string;
                            interconnectName: string;
                            position: number;
                            /** @description 1 = best; LCR breaks cost ties by tier */
                            qualityTier: number;
                            supplierRatePlanId: string | null;
                            weight: number;
                        }[];
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listRoutingPlans: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                q?: string;
                sort?: string;
                status?: "draft" | "active";
                tenant?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            createdAt: string;
                            description: string;
                            entryCount: number;
                            /** Format: uuid */
                            id: string;
                            /** @description Margin floor per minute (sell - buy); negative accepts a loss: exact decimal string, 6 decimals */
                            marginFloor: string;
                            /** @description Margin floor in integer micro-units per minute */
                            marginFloorMicro: number;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active";
                            /** Format: uuid */
                            tenantId: string;
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createRoutingPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    marginFloor?: string;
                    name: string;
                    /**
                     * @default draft
                     * @enum {string}
                     */
                    status?: "draft" | "active";
                    /** Format: uuid */
                    tenantId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Margin floor per minute (sell - buy); negative accepts a loss: exact decimal string, 6 decimals */
                        marginFloor: string;
                        /** @description Margin floor in integer micro-units per minute */
                        marginFloorMicro: number;
                        name: string;
                        /** @enum {string} */
                        status: "draft" | "active";
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getRoutingPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            entries: number;
                            groups: number;
                        };
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        latestCheck: {
                            at: string;
                            counts: {
                                negativeMargin: number;
                                noRoute: number;
                                singleSupplier: number;
                            };
                            createdAt: string;
                            /** Format: uuid */
                            customerRatePlanId: string;
                            done: number;
                            error: string | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            jobId: number | null;
                            percent: number;
                            /** Format: uuid */
                            planId: string;
                            startedAt: string | null;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            total: number;
                        } | null;
                        /** @description Margin floor per minute (sell - buy); negative accepts a loss: exact decimal string, 6 decimals */
                        marginFloor: string;
                        /** @description Margin floor in integer micro-units per minute */
                        marginFloorMicro: number;
                        name: string;
                        /** @enum {string} */
                        status: "draft" | "active";
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteRoutingPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateRoutingPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** Format: uuid */
                    id: string;
                    marginFloor?: string;
                    name?: string;
                    /** @enum {string} */
                    status?: "draft" | "active";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        createdAt: string;
                        description: string;
                        /** Format: uuid */
                        id: string;
                        /** @description Margin floor per minute (sell - buy); negative accepts a loss: exact decimal string, 6 decimals */
                        marginFloor: string;
                        /** @description Margin floor in integer micro-units per minute */
                        marginFloorMicro: number;
                        name: string;
                        /** @enum {string} */
                        status: "draft" | "active";
                        /** Format: uuid */
                        tenantId: string;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    startRouteCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    at?: string;
                    /** Format: uuid */
                    customerRatePlanId: string;
                    /** Format: uuid */
                    planId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        counts: {
                            negativeMargin: number;
                            noRoute: number;
                            singleSupplier: number;
                        };
                        createdAt: string;
                        /** Format: uuid */
                        customerRatePlanId: string;
                        done: number;
                        error: string | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        jobId: number | null;
                        percent: number;
                        /** Format: uuid */
                        planId: string;
                        startedAt: string | null;
                        /** @enum {string} */
                        status: "queued" | "running" | "succeeded" | "failed";
                        total: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listRouteEntries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                method?: "ordered" | "weighted" | "lcr";
                /** @description Prefix search: entries whose prefix starts with these digits */
                q?: string;
                sort?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            groupId: string | null;
                            groupName: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            method: "ordered" | "weighted" | "lcr";
                            /** Format: uuid */
                            planId: string;
                            prefix: string;
                            suppliers: {
                                active: boolean;
                                carrierCode: string;
                                /** Format: uuid */
                                carrierId: string;
                                carrierName: string;
                                /** Format: uuid */
                                interconnectId: string;
                                interconnectName: string;
                                position: number;
                                /** @description 1 = best; LCR breaks cost ties by tier */
                                qualityTier: number;
                                supplierRatePlanId: string | null;
                                weight: number;
                            }[];
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    upsertRouteEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entries: {
                        /** @default null */
                        groupId?: string | null;
                        /** @enum {string} */
                        method: "ordered" | "weighted" | "lcr";
                        prefix: string;
                        /** @default [] */
                        suppliers?: {
                            /** Format: uuid */
                            interconnectId: string;
                            /** @default 1 */
                            qualityTier?: number;
                            /** @default 100 */
                            weight?: number;
                        }[];
                    }[];
                    /** Format: uuid */
                    planId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            created: boolean;
                            /** Format: uuid */
                            id: string;
                            prefix: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listRouteGroups: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                q?: string;
                sort?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            entryCount: number;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            planId: string;
                            suppliers: {
                                active: boolean;
                                carrierCode: string;
                                /** Format: uuid */
                                carrierId: string;
                                carrierName: string;
                                /** Format: uuid */
                                interconnectId: string;
                                interconnectName: string;
                                position: number;
                                /** @description 1 = best; LCR breaks cost ties by tier */
                                qualityTier: number;
                                supplierRatePlanId: string | null;
                                weight: number;
                            }[];
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createRouteGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: uuid */
                    planId: string;
                    suppliers: {
                        /** Format: uuid */
                        interconnectId: string;
                        /** @default 1 */
                        qualityTier?: number;
                        /** @default 100 */
                        weight?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entryCount: number;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: uuid */
                        planId: string;
                        suppliers: {
                            active: boolean;
                            carrierCode: string;
                            /** Format: uuid */
                            carrierId: string;
                            carrierName: string;
                            /** Format: uuid */
                            interconnectId: string;
                            interconnectName: string;
                            position: number;
                            /** @description 1 = best; LCR breaks cost ties by tier */
                            qualityTier: number;
                            supplierRatePlanId: string | null;
                            weight: number;
                        }[];
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    routeNumber: {
        parameters: {
            query: {
                /** @description ISO 8601 instant; default now */
                at?: string;
                /** @description A customer account whose carrier services name one customer rate plan */
                customerAccountId?: string;
                /** @description The customer (sell) rate plan; or customerAccountId */
                customerRatePlanId?: string;
                /** @description E.164 number; +, spaces and dashes are ignored */
                number: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        candidates: {
                            buy: string | null;
                            buyMicro: number | null;
                            buyPrefix: string | null;
                            carrierCode: string;
                            /** Format: uuid */
                            carrierId: string;
                            carrierName: string;
                            currency: string | null;
                            /** Format: uuid */
                            interconnectId: string;
                            interconnectName: string;
                            margin: string | null;
                            marginMicro: number | null;
                            position: number;
                            qualityTier: number;
                            rank: number;
                            /** @description weighted: share of calls in basis points */
                            shareBasisPoints: number | null;
                            supplierRatePlanId: string | null;
                            weight: number;
                        }[];
                        customerRatePlan: {
                            currency: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        entryId: string | null;
                        groupId: string | null;
                        marginFloor: string;
                        marginFloorMicro: number;
                        /** @description The longest entry prefix of the number; null = the plan has no route */
                        matchedPrefix: string | null;
                        method: ("ordered" | "weighted" | "lcr") | null;
                        number: string;
                        /** Format: uuid */
                        routingPlanId: string;
                        sell: {
                            blocked: boolean;
                            currency: string;
                            destination: string;
                            prefix: string;
                            rate: string;
                            rateMicro: number;
                        } | null;
                        skipped: {
                            buy: string | null;
                            buyMicro: number | null;
                            buyPrefix: string | null;
                            carrierCode: string;
                            /** Format: uuid */
                            carrierId: string;
                            carrierName: string;
                            currency: string | null;
                            /** Format: uuid */
                            interconnectId: string;
                            interconnectName: string;
                            margin: string | null;
                            marginMicro: number | null;
                            position: number;
                            qualityTier: number;
                            /** @enum {string} */
                            reason: "interconnect_disabled" | "carrier_suspended" | "no_supplier_plan" | "no_rate" | "blocked_rate" | "currency_mismatch" | "no_sell_rate" | "margin_below_floor";
                            reasonText: string;
                            supplierRatePlanId: string | null;
                            weight: number;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listSyncItems: {
        parameters: {
            query?: {
                cursor?: string;
                entity?: "customer_account" | "carrier";
                /** @description Only the item of this record (a customer account or carrier id) */
                entityId?: string;
                limit?: string;
                q?: string;
                sort?: string;
                status?: "pending" | "running" | "succeeded" | "failed" | "conflict";
                tenant?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            /** @description Set while in conflict: changed on ConnexCS only (found by the pull), on both sides (found by a push), or deleted there */
                            conflictKind: ("changed_remotely" | "changed_on_both_sides" | "deleted_remotely") | null;
                            consecutiveFailures: number;
                            /** @enum {string} */
                            direction: "push" | "pull";
                            /** @enum {string} */
                            entity: "customer_account" | "carrier";
                            /** Format: uuid */
                            entityId: string;
                            /** @description The record’s ConnexCS id, once known */
                            externalId: string | null;
                            /** @description Bumped by every write of the record */
                            generation: number;
                            /** Format: uuid */
                            id: string;
                            lastAttemptAt: string | null;
                            lastError: string | null;
                            lastSyncedAt: string | null;
                            ourValue: {
                                [key: string]: unknown;
                            } | null;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed" | "conflict";
                            /** @description Generation last pushed successfully */
                            syncedGeneration: number;
                            /** Format: uuid */
                            tenantId: string;
                            theirValue: {
                                [key: string]: unknown;
                            } | null;
                            updatedAt: string;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getSyncItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        /** @description Set while in conflict: changed on ConnexCS only (found by the pull), on both sides (found by a push), or deleted there */
                        conflictKind: ("changed_remotely" | "changed_on_both_sides" | "deleted_remotely") | null;
                        consecutiveFailures: number;
                        /** @enum {string} */
                        direction: "push" | "pull";
                        /** @enum {string} */
                        entity: "customer_account" | "carrier";
                        /** Format: uuid */
                        entityId: string;
                        /** @description The record’s ConnexCS id, once known */
                        externalId: string | null;
                        /** @description Bumped by every write of the record */
                        generation: number;
                        /** Format: uuid */
                        id: string;
                        lastAttemptAt: string | null;
                        lastError: string | null;
                        lastSyncedAt: string | null;
                        ourValue: {
                            [key: string]: unknown;
                        } | null;
                        /** @enum {string} */
                        status: "pending" | "running" | "succeeded" | "failed" | "conflict";
                        /** @description Generation last pushed successfully */
                        syncedGeneration: number;
                        /** Format: uuid */
                        tenantId: string;
                        theirValue: {
                            [key: string]: unknown;
                        } | null;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    resolveSyncConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    keep: "ours" | "theirs";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        /** @description Set while in conflict: changed on ConnexCS only (found by the pull), on both sides (found by a push), or deleted there */
                        conflictKind: ("changed_remotely" | "changed_on_both_sides" | "deleted_remotely") | null;
                        consecutiveFailures: number;
                        /** @enum {string} */
                        direction: "push" | "pull";
                        /** @enum {string} */
                        entity: "customer_account" | "carrier";
                        /** Format: uuid */
                        entityId: string;
                        /** @description The record’s ConnexCS id, once known */
                        externalId: string | null;
                        /** @description Bumped by every write of the record */
                        generation: number;
                        /** Format: uuid */
                        id: string;
                        lastAttemptAt: string | null;
                        lastError: string | null;
                        lastSyncedAt: string | null;
                        ourValue: {
                            [key: string]: unknown;
                        } | null;
                        /** @enum {string} */
                        status: "pending" | "running" | "succeeded" | "failed" | "conflict";
                        /** @description Generation last pushed successfully */
                        syncedGeneration: number;
                        /** Format: uuid */
                        tenantId: string;
                        theirValue: {
                            [key: string]: unknown;
                        } | null;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    retrySyncItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        /** @description Set while in conflict: changed on ConnexCS only (found by the pull), on both sides (found by a push), or deleted there */
                        conflictKind: ("changed_remotely" | "changed_on_both_sides" | "deleted_remotely") | null;
                        consecutiveFailures: number;
                        /** @enum {string} */
                        direction: "push" | "pull";
                        /** @enum {string} */
                        entity: "customer_account" | "carrier";
                        /** Format: uuid */
                        entityId: string;
                        /** @description The record’s ConnexCS id, once known */
                        externalId: string | null;
                        /** @description Bumped by every write of the record */
                        generation: number;
                        /** Format: uuid */
                        id: string;
                        lastAttemptAt: string | null;
                        lastError: string | null;
                        lastSyncedAt: string | null;
                        ourValue: {
                            [key: string]: unknown;
                        } | null;
                        /** @enum {string} */
                        status: "pending" | "running" | "succeeded" | "failed" | "conflict";
                        /** @description Generation last pushed successfully */
                        syncedGeneration: number;
                        /** Format: uuid */
                        tenantId: string;
                        theirValue: {
                            [key: string]: unknown;
                        } | null;
                        updatedAt: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    startSyncPull: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobId: string;
                        queued: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listSyncRuns: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                sort?: string;
                status?: "running" | "succeeded" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Records found changed or deleted on ConnexCS (now in conflict) */
                            conflicts: number;
                            /** @description Why the run failed as a whole (ConnexCS unreachable ...) */
                            error: string | null;
                            /** @description Records compared with their ConnexCS company */
                            examined: number;
                            failed: number;
                            /** @description Each conflict and failure of the run (at most 500) */
                            findings: {
                                detail: string;
                                /** @enum {string} */
                                entity: "customer_account" | "carrier";
                                /** Format: uuid */
                                entityId: string;
                                /** Format: uuid */
                                itemId: string;
                                /** @enum {string} */
                                outcome: "conflict" | "failed";
                                /** Format: uuid */
                                tenantId: string;
                            }[];
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "pull";
                            startedAt: string;
                            /** @enum {string} */
                            status: "running" | "succeeded" | "failed";
                            unchanged: number;
                        }[];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description The opaque nextCursor or prevCursor of the previous page. */
                cursor?: string;
                enabled?: "true" | "false";
                /** @description Page size (default 25, at most 100). */
                limit?: string;
                /** @description Text the URL or description contains. */
                q?: string;
                sort?: "createdAt" | "-createdAt" | "url" | "-url";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookEndpoint"][];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    description?: string;
                    eventTypes: ("user.created" | "api_key.created" | "api_key.revoked" | "tenant.domain.verified" | "sync.failed" | "rate_plan.published" | "route.plan.created" | "route.plan.updated" | "route.plan.deleted" | "route.entries.updated" | "route.group.updated" | "route.check.completed" | "carrier.created" | "carrier.updated" | "carrier.deleted" | "interconnect.created" | "interconnect.updated" | "interconnect.deleted" | "service.created" | "service.updated" | "service.deleted" | "webhook.test")[];
                    /** @example https://example.com/webhooks/didtron */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    enabled?: boolean;
                    eventTypes?: ("user.created" | "api_key.created" | "api_key.revoked" | "tenant.domain.verified" | "sync.failed" | "rate_plan.published" | "route.plan.created" | "route.plan.updated" | "route.plan.deleted" | "route.entries.updated" | "route.group.updated" | "route.check.completed" | "carrier.created" | "carrier.updated" | "carrier.deleted" | "interconnect.created" | "interconnect.updated" | "interconnect.deleted" | "service.created" | "service.updated" | "service.deleted" | "webhook.test")[];
                    /** Format: uuid */
                    id: string;
                    url?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: string;
                status?: "pending" | "succeeded" | "failed";
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDelivery"][];
                        pageInfo: {
                            limit: number;
                            nextCursor: string | null;
                            prevCursor: string | null;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                deliveryId: string;
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        deliveryId: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    sendTestWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): a retry with the same key returns the first answer (with `Idempotent-Replayed: true`) instead of acting twice. Kept for 24 hours; the same key with another body is a 422. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        deliveryId: string;
                        /** Format: uuid */
                        eventId: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
    listWebhookEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            description: string;
                            type: string;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            default: components["responses"]["Error"];
        };
    };
}
