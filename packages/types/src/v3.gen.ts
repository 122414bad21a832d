// Generated from specs/v3/openapi.yaml by `npm run generate` (openapi-typescript). Do not edit by hand:
// change the spec and regenerate; `npm run check:generated` fails when this file is stale.

export interface paths {
    "/nexus/v3/openmedia/{openMediaService}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an interaction
         * @description Create a new open media interaction (Nexus open media page). The body is `createInteractionRequest` itself, not a `{"data": …}` wrapper; the vendor documentation does not say the body is required. 409 "Resource already exists" is documented on this operation only. Every response body is documented only as `{object}`, so the responses are provisional. The 401 is the API gateway's refusal of a missing `x-api-key`, not part of the vendor documentation.
         */
        post: operations["createNexusInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction id (Nexus open media page). A value starting with `ext_` addresses the interaction by external id instead: routers in this repository send it to the `ext_{externalId}` twin of this path.
                 * @example 01QG0Q2S5S50G000
                 */
                interactionId: components["parameters"]["NexusInteractionId"];
            };
            cookie?: never;
        };
        /**
         * Get an interaction
         * @description Get the specified interaction (Nexus open media page). Every response body is documented only as `{object}`, so the responses are provisional; the 401 is the API gateway's refusal of a missing `x-api-key`, not part of the vendor documentation.
         */
        get: operations["getNexusInteraction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction external id (Nexus open media page): the part of the path segment after the literal `ext_` prefix, so `.../interactions/ext_ORDER-1001` addresses the interaction whose external id is `ORDER-1001`.
                 * @example ORDER-1001
                 */
                externalId: components["parameters"]["NexusExternalId"];
            };
            cookie?: never;
        };
        /**
         * Get an interaction by external ID
         * @description Get the interaction specified by its external ID (Nexus open media page). The path segment is the literal `ext_` followed by the external id; it overlaps `{interactionId}`, and this path item is declared after its `{interactionId}` twin so that the most-literal-template routers and Prism both pick it. Every response body is documented only as `{object}`, so the responses are provisional; the 401 is the API gateway's refusal of a missing `x-api-key`, not part of the vendor documentation.
         */
        get: operations["getNexusInteractionByExternalId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction id (Nexus open media page). A value starting with `ext_` addresses the interaction by external id instead: routers in this repository send it to the `ext_{externalId}` twin of this path.
                 * @example 01QG0Q2S5S50G000
                 */
                interactionId: components["parameters"]["NexusInteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop an interaction
         * @description Stop the specified interaction (Nexus open media page). The optional body is `stopInteractionRequest` itself, not a `{"data": …}` wrapper. Every response body is documented only as `{object}`, so the responses are provisional; the 401 is the API gateway's refusal of a missing `x-api-key`, not part of the vendor documentation.
         */
        post: operations["stopNexusInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction external id (Nexus open media page): the part of the path segment after the literal `ext_` prefix, so `.../interactions/ext_ORDER-1001` addresses the interaction whose external id is `ORDER-1001`.
                 * @example ORDER-1001
                 */
                externalId: components["parameters"]["NexusExternalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop an interaction by external ID
         * @description Stop the interaction specified by its external ID (Nexus open media page; the OCR prints the path as `ext _{externalld}`). The optional body is `stopInteractionRequest` itself. The path segment is the literal `ext_` followed by the external id; it overlaps `{interactionId}`, and this path item is declared after its `{interactionId}` twin so that the most-literal-template routers and Prism both pick it. Every response body is documented only as `{object}`, so the responses are provisional; the 401 is the API gateway's refusal of a missing `x-api-key`, not part of the vendor documentation.
         */
        post: operations["stopNexusInteractionByExternalId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction id (Nexus open media page). A value starting with `ext_` addresses the interaction by external id instead: routers in this repository send it to the `ext_{externalId}` twin of this path.
                 * @example 01QG0Q2S5S50G000
                 */
                interactionId: components["parameters"]["NexusInteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update an interaction
         * @description Update the properties of the specified interaction (Nexus open media page). The required body is `changePropertiesRequest` itself, not a `{"data": …}` wrapper; `deletedProperties` must be an array of strings. Every response body is documented only as `{object}`, so the responses are provisional; the 401 is the API gateway's refusal of a missing `x-api-key`, not part of the vendor documentation.
         */
        post: operations["updateNexusInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}/update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction external id (Nexus open media page): the part of the path segment after the literal `ext_` prefix, so `.../interactions/ext_ORDER-1001` addresses the interaction whose external id is `ORDER-1001`.
                 * @example ORDER-1001
                 */
                externalId: components["parameters"]["NexusExternalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update an interaction by external ID
         * @description Update the properties of an interaction specified by its external ID (Nexus open media page; the OCR prints the path as `ext _{externalld}`). The required body is `changePropertiesRequest` itself; `deletedProperties` must be an array of strings. The path segment is the literal `ext_` followed by the external id; it overlaps `{interactionId}`, and this path item is declared after its `{interactionId}` twin so that the most-literal-template routers and Prism both pick it. Every response body is documented only as `{object}`, so the responses are provisional; the 401 is the API gateway's refusal of a missing `x-api-key`, not part of the vendor documentation.
         */
        post: operations["updateNexusInteractionByExternalId"];
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
        /** @description `createInteractionRequest` of the Nexus open media page (OCR: `createlnteractionRequest`), sent as the body itself, not inside a `{"data": …}` wrapper. Every field is optional. Unknown fields are not forbidden. */
        NexusCreateInteractionRequest: {
            /** @description The external id to associate with the new interaction (OCR `externalld`). */
            externalId?: string;
            /** @description The id of the parent interaction (OCR `parentinteractionld`). */
            parentInteractionId?: string;
            /** @description When the interaction was received. The vendor documentation gives no description and no format, so none is declared. */
            receivedAt?: string;
            /** @description User data to attach to the interaction. Keys and value types are not published. */
            userData?: Record<string, unknown>;
            /** @description Listed by the Nexus open media page as an optional object field of `createInteractionRequest` (beside the body parameter also named `data`); its content is not published. */
            data?: Record<string, unknown>;
        };
        /** @description Response body of the Nexus v3 open media API. The Nexus open media page documents every response body only as `{object}`: its shape is not published, so the schema accepts any JSON object and declares no field. */
        NexusUnpublishedBody: Record<string, unknown>;
        /** @description `stopInteractionRequest` of the Nexus open media page (OCR: `stoplnteractionRequest`), sent as the body itself. Both fields are optional. */
        NexusStopInteractionRequest: {
            /** @description System name of the stop reason. */
            reasonSystemName?: string;
            /** @description Free-text description of the stop reason. */
            reasonDescription?: string;
        };
        /** @description `changePropertiesRequest` of the Nexus open media page, sent as the body itself. All three fields are optional; how `changedProperties` differs from `addedProperties`, and what happens to unknown keys, is not published. */
        NexusChangePropertiesRequest: {
            /** @description Interaction properties to change, as key/value pairs. */
            changedProperties?: Record<string, unknown>;
            /** @description Interaction properties to add, as key/value pairs. */
            addedProperties?: Record<string, unknown>;
            /** @description Names of the interaction properties to delete. */
            deletedProperties?: string[];
        };
    };
    responses: {
        /** @description Successful response. The body is documented only as `{object}` (Nexus open media page): its shape is not published. */
        NexusSuccess: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NexusUnpublishedBody"];
            };
        };
        /** @description Invalid request parameters provided. The body is documented only as `{object}` (Nexus open media page): its shape is not published. */
        NexusBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NexusUnpublishedBody"];
            };
        };
        /** @description The `x-api-key` header is missing or not accepted. Not in the Nexus open media page: this is the refusal of the API gateway in front of Nexus. Its body is not published either, so it is documented like every other Nexus reply: any JSON object. */
        NexusUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NexusUnpublishedBody"];
            };
        };
        /** @description Resource is not found. The body is documented only as `{object}` (Nexus open media page): its shape is not published. */
        NexusNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NexusUnpublishedBody"];
            };
        };
        /** @description Resource already exists (documented for create only). The body is documented only as `{object}` (Nexus open media page): its shape is not published. */
        NexusConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NexusUnpublishedBody"];
            };
        };
        /** @description Internal Server Error. The body is documented only as `{object}` (Nexus open media page): its shape is not published. */
        NexusInternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NexusUnpublishedBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The unique name of the open media service (Nexus open media page).
         * @example email-intake
         */
        NexusOpenMediaService: string;
        /**
         * @description Interaction id (Nexus open media page). A value starting with `ext_` addresses the interaction by external id instead: routers in this repository send it to the `ext_{externalId}` twin of this path.
         * @example 01QG0Q2S5S50G000
         */
        NexusInteractionId: string;
        /**
         * @description Interaction external id (Nexus open media page): the part of the path segment after the literal `ext_` prefix, so `.../interactions/ext_ORDER-1001` addresses the interaction whose external id is `ORDER-1001`.
         * @example ORDER-1001
         */
        NexusExternalId: string;
    };
    requestBodies: {
        /** @description `createInteractionRequest`, sent as the JSON body itself. The Nexus open media page does not say the body is required and every field is optional, so the body may be omitted. */
        NexusCreateInteractionBody: {
            content: {
                "application/json": components["schemas"]["NexusCreateInteractionRequest"];
            };
        };
        /** @description `stopInteractionRequest`, sent as the JSON body itself. Optional: the Nexus open media page marks the body parameter as not required. */
        NexusStopInteractionBody: {
            content: {
                "application/json": components["schemas"]["NexusStopInteractionRequest"];
            };
        };
        /** @description `changePropertiesRequest`, sent as the JSON body itself. Required: the Nexus open media page marks the body parameter `data` as required on both update operations. */
        NexusChangePropertiesBody: {
            content: {
                "application/json": components["schemas"]["NexusChangePropertiesRequest"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createNexusInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NexusCreateInteractionBody"];
        responses: {
            200: components["responses"]["NexusSuccess"];
            400: components["responses"]["NexusBadRequest"];
            401: components["responses"]["NexusUnauthorized"];
            404: components["responses"]["NexusNotFound"];
            409: components["responses"]["NexusConflict"];
            500: components["responses"]["NexusInternalServerError"];
        };
    };
    getNexusInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction id (Nexus open media page). A value starting with `ext_` addresses the interaction by external id instead: routers in this repository send it to the `ext_{externalId}` twin of this path.
                 * @example 01QG0Q2S5S50G000
                 */
                interactionId: components["parameters"]["NexusInteractionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["NexusSuccess"];
            400: components["responses"]["NexusBadRequest"];
            401: components["responses"]["NexusUnauthorized"];
            404: components["responses"]["NexusNotFound"];
            500: components["responses"]["NexusInternalServerError"];
        };
    };
    getNexusInteractionByExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction external id (Nexus open media page): the part of the path segment after the literal `ext_` prefix, so `.../interactions/ext_ORDER-1001` addresses the interaction whose external id is `ORDER-1001`.
                 * @example ORDER-1001
                 */
                externalId: components["parameters"]["NexusExternalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["NexusSuccess"];
            400: components["responses"]["NexusBadRequest"];
            401: components["responses"]["NexusUnauthorized"];
            404: components["responses"]["NexusNotFound"];
            500: components["responses"]["NexusInternalServerError"];
        };
    };
    stopNexusInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction id (Nexus open media page). A value starting with `ext_` addresses the interaction by external id instead: routers in this repository send it to the `ext_{externalId}` twin of this path.
                 * @example 01QG0Q2S5S50G000
                 */
                interactionId: components["parameters"]["NexusInteractionId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NexusStopInteractionBody"];
        responses: {
            200: components["responses"]["NexusSuccess"];
            400: components["responses"]["NexusBadRequest"];
            401: components["responses"]["NexusUnauthorized"];
            404: components["responses"]["NexusNotFound"];
            500: components["responses"]["NexusInternalServerError"];
        };
    };
    stopNexusInteractionByExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction external id (Nexus open media page): the part of the path segment after the literal `ext_` prefix, so `.../interactions/ext_ORDER-1001` addresses the interaction whose external id is `ORDER-1001`.
                 * @example ORDER-1001
                 */
                externalId: components["parameters"]["NexusExternalId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NexusStopInteractionBody"];
        responses: {
            200: components["responses"]["NexusSuccess"];
            400: components["responses"]["NexusBadRequest"];
            401: components["responses"]["NexusUnauthorized"];
            404: components["responses"]["NexusNotFound"];
            500: components["responses"]["NexusInternalServerError"];
        };
    };
    updateNexusInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction id (Nexus open media page). A value starting with `ext_` addresses the interaction by external id instead: routers in this repository send it to the `ext_{externalId}` twin of this path.
                 * @example 01QG0Q2S5S50G000
                 */
                interactionId: components["parameters"]["NexusInteractionId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["NexusChangePropertiesBody"];
        responses: {
            200: components["responses"]["NexusSuccess"];
            400: components["responses"]["NexusBadRequest"];
            401: components["responses"]["NexusUnauthorized"];
            404: components["responses"]["NexusNotFound"];
            500: components["responses"]["NexusInternalServerError"];
        };
    };
    updateNexusInteractionByExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique name of the open media service (Nexus open media page).
                 * @example email-intake
                 */
                openMediaService: components["parameters"]["NexusOpenMediaService"];
                /**
                 * @description Interaction external id (Nexus open media page): the part of the path segment after the literal `ext_` prefix, so `.../interactions/ext_ORDER-1001` addresses the interaction whose external id is `ORDER-1001`.
                 * @example ORDER-1001
                 */
                externalId: components["parameters"]["NexusExternalId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["NexusChangePropertiesBody"];
        responses: {
            200: components["responses"]["NexusSuccess"];
            400: components["responses"]["NexusBadRequest"];
            401: components["responses"]["NexusUnauthorized"];
            404: components["responses"]["NexusNotFound"];
            500: components["responses"]["NexusInternalServerError"];
        };
    };
}
