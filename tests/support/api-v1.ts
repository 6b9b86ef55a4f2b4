// Generated from /api/v1/openapi.json by openapi-typescript. Do not edit: OPENAPI_WRITE=1 npx vitest run tests/openapi.test.ts
export interface paths {
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
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z",
         *       "status": "active"
         *     }
         */
        ApiKey: {
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
            expiresAt?: string | null;
            name: string;
            scopes: ("tenants.read" | "tenants.write" | "audit.read" | "users.read" | "users.write" | "users.impersonate" | "users.onboarding" | "jobs.read" | "jobs.write" | "system.read" | "system.write" | "integrations.read" | "integrations.write" | "portal.use" | "carrier.use" | "api_keys.read" | "api_keys.write")[];
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
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z",
         *       "status": "active",
         *       "key": "dtk_test_k7h2m9qa_3q2-7wAbCdEfGhIjKlMnOpQrStUvWxYz0123456789abc"
         *     }
         */
        CreatedApiKey: {
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
        Scope: "tenants.read" | "tenants.write" | "audit.read" | "users.read" | "users.write" | "users.impersonate" | "users.onboarding" | "jobs.read" | "jobs.write" | "system.read" | "system.write" | "integrations.read" | "integrations.write" | "portal.use" | "carrier.use" | "api_keys.read" | "api_keys.write";
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
}
