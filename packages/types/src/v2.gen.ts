// Generated from specs/v2/openapi.yaml by `npm run generate` (openapi-typescript). Do not edit by hand:
// change the spec and regenerate; `npm run check:generated` fails when this file is stale.

export interface paths {
    "/genesys/2/openmedia/{serviceName}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the GMS Open Media service (configuration section `openmedia.<serviceName>`, or the catch-all `openmedia`
                 *     section). Real clients use names such as `customer-support`, `send-survey`, `csi` or `getInteraction`.
                 * @example customer-support
                 */
                serviceName: components["parameters"]["OpenMediaServiceName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an Open Media interaction
         * @description Creates an Open Media interaction in Interaction Server through the named GMS Open Media service.
         *
         *     - Form body (`application/x-www-form-urlencoded`); every field optional. `userData[<key>]` bracket keys are the
         *       `userData` map (deepObject). Unknown top-level form fields are accepted (real clients send them).
         *     - `interactionType`, `interactionSubType`, `mediaType` are honoured only when the service option
         *       `allow_overwrite` is true; otherwise silently ignored (no error).
         *     - Every outcome is HTTP 200: `statusCode` 0 with `interactionId`, 1 (retry: server down, network failure), or 2
         *       with `errors[{code, advice}]`.
         *     - Basic authentication is optional (off by default in GMS).
         */
        post: operations["createOpenMediaInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/2/openmedia/{serviceName}/{id}/get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the GMS Open Media service (configuration section `openmedia.<serviceName>`, or the catch-all `openmedia`
                 *     section). Real clients use names such as `customer-support`, `send-survey`, `csi` or `getInteraction`.
                 * @example customer-support
                 */
                serviceName: components["parameters"]["OpenMediaServiceName"];
                /**
                 * @description The interaction to act on. By default this is the Interaction Server interaction id (e.g. `01QG0Q2S5S50G000`); on
                 *     "get", `searchByExternalId=true` makes it the external id given at creation (e.g. `xy932`).
                 * @example 01QG0Q2S5S50G000
                 */
                id: components["parameters"]["OpenMediaInteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an Open Media interaction
         * @description Retrieves an Open Media interaction by its interaction id (default) or, with `searchByExternalId=true`, by its
         *     external id.
         *
         *     - A POST that changes nothing (`x-safe: true`). The form body may be empty: the vendor documentation's own request has none.
         *     - `searchByExternalId` is the form string `true`/`false`, modelled as a boolean (validators coerce).
         *     - Every outcome is HTTP 200: `statusCode` 0 with `interactionProperties`, 1 (retry), or 2 with `errors`
         *       (code 248: interaction not found).
         *     - `interactionProperties` spells `interactionSubtype` and `interactionMediatype` with a lower-case "t", keeps
         *       sequence numbers as numeric strings, and is not exhaustive.
         */
        post: operations["getOpenMediaInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/2/openmedia/{serviceName}/{id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the GMS Open Media service (configuration section `openmedia.<serviceName>`, or the catch-all `openmedia`
                 *     section). Real clients use names such as `customer-support`, `send-survey`, `csi` or `getInteraction`.
                 * @example customer-support
                 */
                serviceName: components["parameters"]["OpenMediaServiceName"];
                /**
                 * @description The interaction to act on. By default this is the Interaction Server interaction id (e.g. `01QG0Q2S5S50G000`); on
                 *     "get", `searchByExternalId=true` makes it the external id given at creation (e.g. `xy932`).
                 * @example 01QG0Q2S5S50G000
                 */
                id: components["parameters"]["OpenMediaInteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the user data of an Open Media interaction
         * @description Adds, modifies and/or deletes user data keys of an Open Media interaction.
         *
         *     - Form body: `change[<key>]=<value>` (add or modify) and `delete[<key>]=` (delete; the value may be empty and is
         *       ignored), as the `change` and `delete` maps (deepObject). At least one `change[...]` or `delete[...]` is
         *       required: a body with neither is refused.
         *     - Every outcome is HTTP 200: `statusCode` 0, 1 (retry), or 2 with `errors` (code 248: interaction not found).
         *     - The vendor documentation's example contains a stray `POST .../stop` line (copy-paste slip), ignored here.
         */
        post: operations["updateOpenMediaInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/2/openmedia/{serviceName}/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the GMS Open Media service (configuration section `openmedia.<serviceName>`, or the catch-all `openmedia`
                 *     section). Real clients use names such as `customer-support`, `send-survey`, `csi` or `getInteraction`.
                 * @example customer-support
                 */
                serviceName: components["parameters"]["OpenMediaServiceName"];
                /**
                 * @description The interaction to act on. By default this is the Interaction Server interaction id (e.g. `01QG0Q2S5S50G000`); on
                 *     "get", `searchByExternalId=true` makes it the external id given at creation (e.g. `xy932`).
                 * @example 01QG0Q2S5S50G000
                 */
                id: components["parameters"]["OpenMediaInteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop an Open Media interaction
         * @description Stops an Open Media interaction. The optional `reasonSystemName` and `reasonDescription` are attached to the
         *     event Interaction Server sends.
         *
         *     - Form body, every field optional. The vendor documentation's example percent-encodes the whole body as one key
         *       (`reason%3DRSN-123%26description%3D...`) and uses `reason`/`description`; the named example is repaired to
         *       `reasonSystemName`/`reasonDescription`. The vendor documentation's literal body is still accepted (it decodes to one unknown
         *       form field, and unknown fields are not refused), but it carries no reason.
         *     - Every outcome is HTTP 200: `statusCode` 0, 1 (retry), or 2 with `errors` (code 248: interaction not found).
         */
        post: operations["stopOpenMediaInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the contact center's active interactions
         * @description Returns the list of all active interactions for this contact center (Contact Center Admin or Agent).
         *
         *     The response shape is not published for this path (provisional). It follows the GWS list convention of "Return
         *     Values" and "Request Parameters": without `fields`, `{"statusCode":0,"uris":[...]}`; with `fields=*` or a field
         *     list, `{"statusCode":0,"interactions":[...]}`; on failure `{"statusCode":N,"statusMessage":...}` (N >= 1).
         *     With CSRF protection on, the answer carries the session's `X-CSRF-HEADER` / `X-CSRF-TOKEN` headers
         *     (https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection).
         */
        get: operations["listGwsInteractions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/interactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the interaction (16-character Genesys interaction id, e.g. `00009a8T8Y130123`).
                 * @example 00009a8T8Y130123
                 */
                id: components["parameters"]["GwsInteractionId"];
            };
            cookie?: never;
        };
        /**
         * Get an interaction's details
         * @description Returns the details of one interaction (Agent).
         *
         *     The response shape is not published (provisional). By the "Return Values" rule a singular GET answers with an
         *     attribute named after the resource, so success is modelled as `{"statusCode":0,"interaction":{...}}` with an open
         *     interaction object; failure is `{"statusCode":N,"statusMessage":...}` (N >= 1).
         *     With CSRF protection on, the answer carries the session's `X-CSRF-HEADER` / `X-CSRF-TOKEN` headers
         *     (https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection).
         */
        get: operations["getGwsInteraction"];
        /**
         * Update an interaction
         * @description Updates an interaction (Agent); "the actual operation depends on the interaction's channel".
         *
         *     Neither the request body nor the response is published (provisional): the body is any JSON object, and the reply
         *     is modelled on the generic GWS envelope (`{"statusCode":0}` or `{"statusCode":N,"statusMessage":...}`,
         *     https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues).
         *     With CSRF protection on, the request must carry the session's CSRF token (header named by `X-CSRF-HEADER`,
         *     normally `X-CSRF-TOKEN`), else HTTP 403 "Missing or invalid Csrf token"
         *     (https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection).
         */
        put: operations["updateGwsInteraction"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/me/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the interactions the agent is handling
         * @description Returns the interactions being handled by the authenticated agent.
         *
         *     The `fields` query parameter changes the shape on the same path: without it,
         *     `{"statusCode":0,"uris":[...]}`; with `fields=*` (or a field list), `{"statusCode":0,"interactions":[...]}` where
         *     each interaction has the same format as the CometD interaction notifications (that object's shape is not
         *     published in full, see GwsInteraction, provisional). Failures use the GWS envelope
         *     `{"statusCode":N,"statusMessage":...}` (N >= 1, https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues).
         *     The vendor documentation's response samples are garbled by the PDF export and are repaired in the examples.
         *     With CSRF protection on, the answer carries the session's `X-CSRF-HEADER` / `X-CSRF-TOKEN` headers
         *     (https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection).
         */
        get: operations["listMyGwsInteractions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/me/interactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the interaction (16-character Genesys interaction id, e.g. `00009a8T8Y130123`).
                 * @example 00009a8T8Y130123
                 */
                id: components["parameters"]["GwsInteractionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Perform an operation on one of the agent's interactions
         * @description Performs the operation named by `operationName` on an interaction: Accept, Reject, Cancel, Complete,
         *     PlaceInQueue, UpdateUserData, AttachUserData, DeleteUserData, PlaceInWorkbin, GetWorkbinContent or Transfer.
         *     One request schema per operation, selected by the `operationName` discriminator; an unknown `operationName` is
         *     refused. Source: "Interactions API Operations" in the vendor documentation
         *     (https://docs.genesys.com/Documentation/HTCC/8.5.0/API/InteractionsAPIOperations).
         *
         *     - Transfer: the page's operation table and section title say `SingleStepTransfer`, its sample sends
         *       `"operationName":"Transfer"`. Both are accepted; `Transfer` is the value servers are believed to expect, and
         *       `SingleStepTransfer` is provisional (`x-provisional: true` on its schema).
         *     - Required fields: PlaceInQueue `queueName`; PlaceInWorkbin and GetWorkbinContent `workbin`; UpdateUserData and
         *       AttachUserData `userData`; DeleteUserData `userData` (Interactions API Operations page) or `keys` (workitem
         *       pages); Transfer one of `userId` (Interactions API Operations page), `targetUri` or `queueName` (channel
         *       pages). Complete may carry `queueName` (workitem pages). User data values are any JSON value.
         *     - The page's JSON samples are not valid JSON (missing commas and braces, unquoted placeholders); the named
         *       examples are minimal repairs.
         *     - Replies (HTTP 200) come in several documented forms, all accepted: an empty body (Accept and Reject: "a
         *       successful request results in an empty HTTP 200 response"), `{"status":"ok"}` /
         *       `{"status":"error","errorDescription":...}` (Accept, Reject, PlaceInQueue, user data and workbin operations),
         *       `{"status":0}` (Cancel), `{"statusCode":0}` optionally with `referenceId` /
         *       `{"statusCode":N,"statusMessage":...}` (Complete, Transfer, and "Return Values":
         *       https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues).
         *     - Results are asynchronous: the reply only acknowledges the request; the outcome (and GetWorkbinContent's
         *       content) arrives on the CometD channel `/v2/me/interactions`, matched by `referenceId`
         *       (https://docs.genesys.com/Documentation/HTCC/latest/API/AsynchronousEvents).
         *     - With CSRF protection on, the request must carry the session's CSRF token (header named by `X-CSRF-HEADER`,
         *       normally `X-CSRF-TOKEN`), else HTTP 403 "Missing or invalid Csrf token"
         *       (https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection).
         */
        post: operations["performGwsInteractionOperation"];
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
         * @description Form body of "create" (`application/x-www-form-urlencoded`). Every field is optional. `userData[<key>]=<value>`
         *     pairs (repeatable, percent-encoded on the wire as `userData%5BOrderNumber%5D=...`) are the `userData` map, sent with
         *     `style: deepObject, explode: true`.
         *     `interactionType`, `interactionSubType` and `mediaType` must match Business Attribute values and are honoured only
         *     when the service option `allow_overwrite` is `true`; otherwise the service defaults (`interaction_type`,
         *     `interaction_subtype`, `media_type`) apply and the fields are silently ignored.
         *     Unknown top-level form fields are not refused: real clients send extra fields (e.g. `serviceName`, or plain
         *     `ixnId`, `csi`, `csiComment`) and no source says GMS rejects them.
         */
        OpenMediaCreateRequest: {
            /**
             * @description External id to link to the new interaction; passed to Interaction Server in user data under the key `ExternalId`.
             * @example xy932
             */
            externalId?: string;
            /**
             * @description Interaction Type (Business Attribute value), e.g. `Inbound`. Used only if `allow_overwrite` is true.
             * @example Inbound
             */
            interactionType?: string;
            /**
             * @description Interaction Subtype (Business Attribute value), e.g. `InboundNew`. Used only if `allow_overwrite` is true.
             *     Note the capital "T" here; the "get" response spells it `interactionSubtype`.
             * @example InboundNew
             */
            interactionSubType?: string;
            /**
             * @description Media Type (Business Attribute value), e.g. `workitem`. Used only if `allow_overwrite` is true.
             * @example workitem
             */
            mediaType?: string;
            /** @description User data to attach to the interaction, one `userData[<key>]=<value>` form field per key. */
            userData?: {
                [key: string]: string;
            };
        };
        /** @description `statusCode` 0: the interaction was created; `interactionId` is its Interaction Server id. */
        OpenMediaCreateSuccess: {
            /** @constant */
            statusCode: 0;
            /**
             * @description Id of the new interaction (16-character Genesys id).
             * @example 01QG0Q2S5S50G000
             */
            interactionId: string;
        };
        /**
         * @description `statusCode` 1: the request failed (server down, network failure, ...) and the client may retry until it gets 0 or
         *     gives up. Other fields, if any, are not reliable. Sent with HTTP 200.
         *     Source: https://docs.genesys.com/Documentation/GMS/latest/API/APIResponses
         */
        OpenMediaRetryableFailure: {
            /** @constant */
            statusCode: 1;
        };
        /**
         * @description One GMS API error. Only code 248 (interaction not found) is documented for Open Media; the full GMS error-code
         *     list is not published.
         */
        OpenMediaError: {
            /**
             * @description GMS error code, e.g. 248 (interaction not found).
             * @example 248
             */
            code: number;
            /**
             * @description Human-readable explanation.
             * @example Specified interaction Id[01QG0Q2S5S50G000] was not found
             */
            advice: string;
        };
        /**
         * @description `statusCode` 2: the request failed and retrying will not help. Other fields, if any, are not reliable. Sent with
         *     HTTP 200. The Open Media page shows `errors` with the code and advice (e.g. code 248, interaction not found), but
         *     "API Responses" says a reply carries either an API `statusCode` or one or more API error codes, so `errors` is
         *     not required here: a bare `{"statusCode":2}` is accepted.
         *     Source: https://docs.genesys.com/Documentation/GMS/latest/API/APIResponses
         */
        OpenMediaFinalFailure: {
            /** @constant */
            statusCode: 2;
            /** @description Why the request failed; present in every failure example of the Open Media page. */
            errors?: components["schemas"]["OpenMediaError"][];
        };
        /**
         * @description Body of every HTTP 200 answer of "create": exactly one of success (`statusCode` 0), retryable failure
         *     (`statusCode` 1) or final failure (`statusCode` 2 with `errors`). GMS signals failures inside HTTP 200.
         */
        OpenMediaCreateResult: components["schemas"]["OpenMediaCreateSuccess"] | components["schemas"]["OpenMediaRetryableFailure"] | components["schemas"]["OpenMediaFinalFailure"];
        /**
         * @description Form body of "get" (`application/x-www-form-urlencoded`). The body may be empty (the vendor documentation's own example sends none,
         *     and real clients POST without a body). Unknown form fields are not refused.
         */
        OpenMediaGetRequest: {
            /**
             * @description `true` to look the interaction up by the external id given at creation instead of by interaction id. Sent as
             *     the form string `true` or `false`; validators coerce it to a boolean.
             * @default false
             */
            searchByExternalId?: boolean;
        };
        /**
         * @description One user data entry of an interaction as Interaction Server reports it. Only `type: "str"` with a string `value`
         *     is shown by the source; other key-value types (and the type of their `value`) are not documented, so `value` is
         *     left untyped.
         */
        OpenMediaUserDataItem: {
            /** @example OrderNumber */
            key?: string;
            /**
             * @description Key-value type; `str` is the only one seen.
             * @example str
             */
            type?: string;
            /**
             * @description The value; a string when `type` is `str`.
             * @example ABC123456789
             */
            value?: unknown;
        };
        /**
         * @description Properties of an Open Media interaction as Interaction Server reports them. The fields below are those of the vendor documentation's example, typed as seen there; the vendor documentation elides part of the object (`...`), so the list is not exhaustive
         *     and other fields are allowed. None is declared required because no source says which are always present.
         *     Note the casing: `interactionSubtype` and `interactionMediatype` here, versus the create request's
         *     `interactionSubType` and `mediaType`. Sequence numbers are numeric strings while `interactionTenantId` is an integer.
         *     The timestamps (`interactionReceivedAt`, `interactionSubmittedAt`, `interactionMovedToQueueAt`,
         *     `interactionPlacedInQueueAt`) are shown as UTC ISO 8601 with seconds and `Z` (`2017-05-31T04:43:52Z`), but no
         *     source states their format, so no `format: date-time` is declared.
         */
        OpenMediaInteractionProperties: {
            /**
             * @description 16-character Genesys interaction id.
             * @example 01QG0Q2S5S50G000
             */
            interactionId?: string;
            /** @example Inbound */
            interactionType?: string;
            /** @example InboundNew */
            interactionSubtype?: string;
            /** @example promotion */
            interactionMediatype?: string;
            /** @example 1 */
            interactionTenantId?: number;
            /** @example ATS Inbound Queue */
            interactionQueue?: string;
            /** @example Queued */
            interactionState?: string;
            /** @example GMS-DC-API:gms1:1 */
            interactionSubmittedBy?: string;
            /** @example 2017-05-31T04:43:52Z */
            interactionReceivedAt?: string;
            /** @example 2017-05-31T04:43:52Z */
            interactionSubmittedAt?: string;
            /** @example 2017-05-31T04:43:52Z */
            interactionMovedToQueueAt?: string;
            /** @example 2017-05-31T04:51:39Z */
            interactionPlacedInQueueAt?: string;
            /**
             * @description Numeric text.
             * @example 1049036
             */
            interactionSubmitSeq?: string;
            /**
             * @description Numeric text.
             * @example 1050198
             */
            interactionPlaceInQueueSeq?: string;
            interactionIsHeld?: boolean;
            interactionIsLocked?: boolean;
            interactionIsOnline?: boolean;
            interactionUserData?: components["schemas"]["OpenMediaUserDataItem"][];
        };
        /** @description `statusCode` 0: the interaction was found; `interactionProperties` holds its properties. */
        OpenMediaGetSuccess: {
            /** @constant */
            statusCode: 0;
            interactionProperties: components["schemas"]["OpenMediaInteractionProperties"];
        };
        /**
         * @description Body of every HTTP 200 answer of "get": exactly one of success (`statusCode` 0), retryable failure
         *     (`statusCode` 1) or final failure (`statusCode` 2 with `errors`). GMS signals failures inside HTTP 200.
         */
        OpenMediaGetResult: components["schemas"]["OpenMediaGetSuccess"] | components["schemas"]["OpenMediaRetryableFailure"] | components["schemas"]["OpenMediaFinalFailure"];
        /**
         * @description Form body of "update" (`application/x-www-form-urlencoded`). `change[<key>]=<value>` adds or modifies a user data
         *     key; `delete[<key>]=` deletes one (its value may be empty and is ignored). Both maps are sent with
         *     `style: deepObject, explode: true`. At least one `change[...]` or `delete[...]` field is required.
         *     Unknown top-level form fields are not refused.
         */
        OpenMediaUpdateRequest: {
            /** @description User data keys to add or modify, one `change[<key>]=<value>` form field per key. */
            change?: {
                [key: string]: string;
            };
            /** @description User data keys to delete, one `delete[<key>]=` form field per key; the value may be empty and is ignored. */
            delete?: {
                [key: string]: string;
            };
        };
        /** @description `statusCode` 0: the update or stop was carried out. No other field is documented. */
        OpenMediaSuccess: {
            /** @constant */
            statusCode: 0;
        };
        /**
         * @description Body of every HTTP 200 answer of "update": exactly one of success (`statusCode` 0), retryable failure
         *     (`statusCode` 1) or final failure (`statusCode` 2 with `errors`). GMS signals failures inside HTTP 200.
         */
        OpenMediaUpdateResult: components["schemas"]["OpenMediaSuccess"] | components["schemas"]["OpenMediaRetryableFailure"] | components["schemas"]["OpenMediaFinalFailure"];
        /**
         * @description Form body of "stop" (`application/x-www-form-urlencoded`). Both fields are optional and are attached to the event
         *     Interaction Server sends when the interaction stops. Unknown form fields are not refused.
         */
        OpenMediaStopRequest: {
            /**
             * @description Reason for stopping the interaction, e.g. `Cancel`.
             * @example Cancel
             */
            reasonSystemName?: string;
            /**
             * @description Description of the reason, e.g. `Not needed`.
             * @example Not needed
             */
            reasonDescription?: string;
        };
        /**
         * @description Body of every HTTP 200 answer of "stop": exactly one of success (`statusCode` 0), retryable failure
         *     (`statusCode` 1) or final failure (`statusCode` 2 with `errors`). GMS signals failures inside HTTP 200.
         */
        OpenMediaStopResult: components["schemas"]["OpenMediaSuccess"] | components["schemas"]["OpenMediaRetryableFailure"] | components["schemas"]["OpenMediaFinalFailure"];
        /** @description List without `fields`: `{"statusCode":0,"uris":[...]}`, one URI per interaction. */
        GwsInteractionUriList: {
            /** @constant */
            statusCode: 0;
            uris: string[];
        };
        /**
         * @description Interaction user data (attached data): key to value. The values are open: the operation pages of the workitem,
         *     SMS, Facebook and Twitter channels show strings, integers and `null`, and the DeleteUserData sample of the vendor
         *     documentation ("Interactions API Operations",
         *     https://docs.genesys.com/Documentation/HTCC/8.5.0/API/InteractionsAPIOperations) nests an object; no source limits
         *     the value types, so any JSON value is accepted.
         */
        GwsUserData: {
            [key: string]: unknown;
        };
        /**
         * @description An interaction as GWS reports it ("same message format as CometD notifications for interactions"). The full shape
         *     is not published: the fields below are those seen in the workitem notifications
         *     (https://docs.genesys.com/Documentation/HTCC/latest/API/WorkitemCreate), none is declared required, and other
         *     fields (channel-specific ones in particular) are allowed. Provisional.
         */
        GwsInteraction: {
            /**
             * @description 16-character interaction id.
             * @example 00009a8T8Y130123
             */
            id?: string;
            /**
             * @description URI of the interaction resource.
             * @example http://localhost:8080/api/v2/interactions/00009a8T8Y130123
             */
            uri?: string;
            /**
             * @description Interaction state, e.g. `Processing`, `Completed`.
             * @example Processing
             */
            state?: string;
            /**
             * @description Operation names the agent may perform now (e.g. `Transfer`, `AttachUserData`, `UpdateUserData`,
             *     `DeleteUserData`, `SetInFocus`, `Complete`); empty once the interaction is completed.
             */
            capabilities?: string[];
            userData?: components["schemas"]["GwsUserData"];
            /**
             * @description When the interaction was received, in the form `yyyy-MM-dd HH:mm:ss.SSS+hhmm` (e.g.
             *     `2014-03-26 16:02:22.000+0200`). Not RFC 3339, so deliberately no `format: date-time`.
             * @example 2014-03-26 16:02:22.000+0200
             */
            receivedDate?: string;
            /**
             * @description Workitem type (workitem channel), e.g. `Inbound`.
             * @example Inbound
             */
            workitemType?: string;
        };
        /** @description List with `fields=*` (or a field list): `{"statusCode":0,"interactions":[...]}`, the interaction objects themselves. */
        GwsInteractionObjectList: {
            /** @constant */
            statusCode: 0;
            interactions: components["schemas"]["GwsInteraction"][];
        };
        /**
         * @description GWS failure envelope: a non-zero `statusCode` and a `statusMessage`. Per "Return Values", a failed request can be
         *     assumed not to have modified data. Codes: 0 ok (not a failure), 1 a required parameter is missing, 2 a parameter
         *     is invalid for the current state, 3 forbidden operation, 4 internal error, 5 the user has no permission, 6 resource
         *     not found, 7 partial success (bulk operations), 8 password change demanded, 9 processing incomplete, 10 input
         *     validation error (value out of range), 11 attempt to change a read-only property, 12 unable to retrieve,
         *     13 unable to create, 14 unable to delete, 15 unable to update, 16 unable to assign, 17 unable to unassign,
         *     18 already exists, 19 in use, 20 not authenticated. (8.5.0 documents 0-6, 8.5.1 adds 7, 8.5.2/8.6.0 add 8-20;
         *     later releases may add codes, so only `>= 1` is enforced.) Whether GWS sends these with HTTP 200 or with a 4xx/5xx
         *     status is not published; the contract documents them in the HTTP 200 body.
         *     Source: https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues
         */
        GwsStatusFailure: {
            /** @example 1 */
            statusCode: number;
            statusMessage: string;
        };
        /**
         * @description Body of an HTTP 200 answer to an interaction list: the URI list (no `fields` parameter), the object list
         *     (`fields=*` or a field list), or the GWS failure envelope (`statusCode` >= 1).
         */
        GwsInteractionListResult: components["schemas"]["GwsInteractionUriList"] | components["schemas"]["GwsInteractionObjectList"] | components["schemas"]["GwsStatusFailure"];
        /**
         * @description Success body of `GET /api/v2/interactions/{id}`. Not published: by the "Return Values" rule a singular GET returns
         *     an attribute named after the singular resource, hence `{"statusCode":0,"interaction":{...}}`. Provisional; only
         *     `statusCode` is required.
         */
        GwsInteractionDetails: {
            /** @constant */
            statusCode: 0;
            interaction?: components["schemas"]["GwsInteraction"];
        };
        /** @description Body of an HTTP 200 answer to `GET /api/v2/interactions/{id}`: the interaction, or the GWS failure envelope. */
        GwsInteractionDetailsResult: components["schemas"]["GwsInteractionDetails"] | components["schemas"]["GwsStatusFailure"];
        /**
         * @description Body of `PUT /api/v2/interactions/{id}`. Not published: the operation "depends on the interaction's channel".
         *     Any JSON object is accepted. Provisional.
         */
        GwsInteractionUpdateRequest: Record<string, unknown>;
        /**
         * @description `{"statusCode":0}`: the request was accepted. Operation pages of the channel APIs add a `referenceId`, echoed in
         *     the CometD notification that carries the real outcome.
         */
        GwsStatusCodeSuccess: {
            /** @constant */
            statusCode: 0;
            /**
             * @description Correlates this reply with the CometD notification that reports the result.
             * @example 7
             */
            referenceId?: number;
        };
        /**
         * @description Generic GWS reply envelope ("Return Values": every response carries `statusCode`): success `{"statusCode":0}` or
         *     failure `{"statusCode":N,"statusMessage":...}`.
         */
        GwsStatusResult: components["schemas"]["GwsStatusCodeSuccess"] | components["schemas"]["GwsStatusFailure"];
        /**
         * @description Accept: accepts a new interaction invitation (after a new-interaction notification); the agent owns the
         *     interaction until Complete, Transfer or re-direct.
         */
        GwsAcceptOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "Accept";
        };
        /** @description Reject: rejects a new interaction invitation; the system offers it to another agent. */
        GwsRejectOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "Reject";
        };
        /** @description Cancel: abandons incomplete work after a successful Reply or ReplyAll (e-mail). Success reply is `{"status":0}`. */
        GwsCancelOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "Cancel";
        };
        /**
         * @description Complete: ends the agent's ownership of the interaction when the work is finished. The workitem variant also
         *     takes an optional `queueName`. (An 8.5.0 pre-release page named this operation `StopProcessing`.)
         */
        GwsCompleteOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "Complete";
            /** @description Optional queue to place the interaction in on completion (workitem channel). */
            queueName?: string;
        };
        /** @description PlaceInQueue: places the interaction into a queue so someone else continues it; ends the agent's ownership. */
        GwsPlaceInQueueOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "PlaceInQueue";
            /** @description Name of the target queue. */
            queueName: string;
        };
        /**
         * @description UpdateUserData: overwrites the given user data keys of an interaction the agent is working on. The vendor documentation gives no
         *     body; the `userData` object comes from the workitem and other channel operation pages.
         */
        GwsUpdateUserDataOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "UpdateUserData";
            userData: components["schemas"]["GwsUserData"];
        };
        /**
         * @description AttachUserData: adds user data keys to an interaction the agent is working on. The vendor documentation gives no body; the
         *     `userData` object comes from the other channel operation pages.
         */
        GwsAttachUserDataOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "AttachUserData";
            userData: components["schemas"]["GwsUserData"];
        };
        /**
         * @description DeleteUserData: deletes user data keys of an interaction the agent is working on. The sources disagree on the
         *     shape, so both are accepted: the vendor documentation sends a `userData` object whose keys are deleted (its sample is malformed and
         *     nests an object), the workitem page sends `keys`, an array of key names. At least one of the two is required.
         */
        GwsDeleteUserDataOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "DeleteUserData";
            /** @description Object whose keys are deleted (values are not constrained; the vendor documentation's sample nests an object). */
            userData?: Record<string, unknown>;
            /** @description Names of the keys to delete (workitem API). */
            keys?: string[];
        };
        /** @description PlaceInWorkbin: places the interaction into a workbin to continue processing later. */
        GwsPlaceInWorkbinOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "PlaceInWorkbin";
            /** @description Workbin identifier (the vendor documentation writes "workbin-identifiers"; workbin ids look like `VGVzdFdvcmtiaW4vUHJpdmF0ZVZpZXc=`). */
            workbin: string;
        };
        /** @description GetWorkbinContent: asks for the content of a workbin; the content arrives on CometD as InteractionStateMessages. */
        GwsGetWorkbinContentOperation: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "GetWorkbinContent";
            /** @description Workbin identifier. */
            workbin: string;
        };
        /**
         * @description Target of a Transfer, shared by the `Transfer` and `SingleStepTransfer` spellings of the operation. The target
         *     field differs by source: the Interactions API Operations page sends `userId`; the channel operation pages (for
         *     example "Chat SingleStepTransfer", https://docs.genesys.com/Documentation/GWS/8.5.2/API/ChatSingleStepTransfer)
         *     send `targetUri` (full URI `http://.../api/v2/users/{id}` or `/users/{id}`) or `queueName`, possibly with
         *     `targetPath`. At least one of `userId`, `targetUri`, `queueName` is required.
         */
        GwsTransferTarget: {
            /** @description Unique identifier of the target agent (Interactions API Operations page). */
            userId?: string;
            /** @description URI of the target user, full or relative (`/users/{id}`). */
            targetUri?: string;
            /** @description Target queue. */
            queueName?: string;
            /** @description Optional target path sent by some channels together with another target field. */
            targetPath?: string;
        };
        /**
         * @description Transfer: moves the interaction to another agent or a queue. The vendor documentation's section is titled
         *     "SingleStepTransfer" and its operation table names the operation `SingleStepTransfer`, but its only sample sends
         *     `"operationName":"Transfer"` ("Interactions API Operations",
         *     https://docs.genesys.com/Documentation/HTCC/8.5.0/API/InteractionsAPIOperations). Both spellings are accepted;
         *     `Transfer`, the value the sample sends, is the one servers are believed to expect (see
         *     GwsSingleStepTransferOperation for the other).
         */
        GwsTransferOperation: {
            /** @constant */
            operationName: "Transfer";
        } & (components["schemas"]["GwsTransferTarget"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "Transfer";
        });
        /**
         * @description Transfer spelled as the vendor documentation's operation table names it, `"operationName":"SingleStepTransfer"`
         *     ("Interactions API Operations", https://docs.genesys.com/Documentation/HTCC/8.5.0/API/InteractionsAPIOperations).
         *     The same page's sample sends `Transfer` (GwsTransferOperation), and no source says whether a server also takes
         *     this spelling: it is accepted, provisionally, with the same target fields.
         */
        GwsSingleStepTransferOperation: {
            /** @constant */
            operationName: "SingleStepTransfer";
        } & (components["schemas"]["GwsTransferTarget"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            operationName: "SingleStepTransfer";
        });
        /**
         * @description Body of `POST /api/v2/me/interactions/{id}`: one JSON object per operation, tagged by `operationName`. Exactly one
         *     branch must match; an unknown `operationName` matches none and is refused. Fields the sources do not list are not
         *     forbidden.
         */
        GwsOperationRequest: components["schemas"]["GwsAcceptOperation"] | components["schemas"]["GwsRejectOperation"] | components["schemas"]["GwsCancelOperation"] | components["schemas"]["GwsCompleteOperation"] | components["schemas"]["GwsPlaceInQueueOperation"] | components["schemas"]["GwsUpdateUserDataOperation"] | components["schemas"]["GwsAttachUserDataOperation"] | components["schemas"]["GwsDeleteUserDataOperation"] | components["schemas"]["GwsPlaceInWorkbinOperation"] | components["schemas"]["GwsGetWorkbinContentOperation"] | components["schemas"]["GwsTransferOperation"] | components["schemas"]["GwsSingleStepTransferOperation"];
        /** @description `{"status":"ok"}`: success form of Accept, Reject, PlaceInQueue, the user data operations and the workbin operations (vendor documentation). */
        GwsStatusOk: {
            /** @constant */
            status: "ok";
        };
        /** @description `{"status":"error","errorDescription":...}`: failure form of Accept, Reject, PlaceInQueue, the user data operations and the workbin operations (vendor documentation). */
        GwsStatusError: {
            /** @constant */
            status: "error";
            errorDescription: string;
        };
        /** @description `{"status":0}`: success form of Cancel (vendor documentation; a numeric `status`, unlike the other operations). */
        GwsStatusZero: {
            /** @constant */
            status: 0;
        };
        /**
         * @description Reply to an operation on `/api/v2/me/interactions/{id}`. The vendor documentation ("Interactions API
         *     Operations", https://docs.genesys.com/Documentation/HTCC/8.5.0/API/InteractionsAPIOperations) shows three
         *     different reply styles for the same endpoint, and "Return Values" a fourth, so every documented form is accepted;
         *     exactly one must match:
         *
         *     - `{"status":"ok"}` / `{"status":"error","errorDescription":...}`: Accept, Reject, PlaceInQueue,
         *       UpdateUserData, AttachUserData, DeleteUserData, PlaceInWorkbin, GetWorkbinContent.
         *     - `{"status":0}`: Cancel success (its failure is the `statusCode` form).
         *     - `{"statusCode":0}` (channel pages add `referenceId`) / `{"statusCode":N,"statusMessage":...}` with N >= 1:
         *       Complete, Transfer, Cancel failure, and every operation per "Return Values".
         *
         *     The Accept and Reject text also says a successful request gives an empty HTTP 200: a reply with no body at all is
         *     accepted too (the response carries `x-empty-body-allowed: true`), though no schema can describe it. The reply only acknowledges
         *     the request: the real outcome arrives asynchronously on the CometD channel `/v2/me/interactions`, matched by
         *     `referenceId`.
         */
        GwsOperationResult: components["schemas"]["GwsStatusOk"] | components["schemas"]["GwsStatusError"] | components["schemas"]["GwsStatusZero"] | components["schemas"]["GwsStatusCodeSuccess"] | components["schemas"]["GwsStatusFailure"];
    };
    responses: {
        /**
         * @description Basic authentication failed. Only possible when GMS Basic authentication is turned on (`password` option); the
         *     Open Media page documents no HTTP error at all, so the status and the absence of a body are not published but
         *     follow from HTTP Basic (RFC 7617) and GMS's documented `realm` option. Provisional.
         */
        OpenMediaUnauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["OpenMediaWwwAuthenticate"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description No valid credentials (neither HTTP Basic nor an authenticated session cookie). The Interactions API pages do not
         *     publish this answer; failing every authenticator leaves only anonymous access to unprotected endpoints, and GWS
         *     "Return Values" lists `statusCode` 20 (not authenticated). The status and the absence of a body are therefore
         *     provisional.
         */
        GwsUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description CSRF protection is on and the CSRF token is missing or invalid (or the client keeps no cookies, so the session
         *     and its token are lost). Plain-text body.
         *     Source: https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection
         */
        GwsCsrfForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": string;
            };
        };
    };
    parameters: {
        /**
         * @description Name of the GMS Open Media service (configuration section `openmedia.<serviceName>`, or the catch-all `openmedia`
         *     section). Real clients use names such as `customer-support`, `send-survey`, `csi` or `getInteraction`.
         * @example customer-support
         */
        OpenMediaServiceName: string;
        /**
         * @description The interaction to act on. By default this is the Interaction Server interaction id (e.g. `01QG0Q2S5S50G000`); on
         *     "get", `searchByExternalId=true` makes it the external id given at creation (e.g. `xy932`).
         * @example 01QG0Q2S5S50G000
         */
        OpenMediaInteractionId: string;
        /**
         * @description Without `fields`, GWS lists answer with interaction URIs (`{"statusCode":0,"uris":[...]}`); with `fields=*` (all
         *     fields) or a comma-separated list of field names they answer with the objects themselves
         *     (`{"statusCode":0,"interactions":[...]}`). The same path thus has two success shapes.
         *     Sources: https://docs.genesys.com/Documentation/HTCC/latest/API/RequestTypes and
         *     https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues
         * @example *
         */
        GwsFields: string;
        /**
         * @description Id of the interaction (16-character Genesys interaction id, e.g. `00009a8T8Y130123`).
         * @example 00009a8T8Y130123
         */
        GwsInteractionId: string;
        /**
         * @description CSRF token of the HTTP session, required on every PUT/POST/DELETE when the GWS node runs with CSRF protection
         *     (`enableCsrfProtection`). The token is the value of the `X-CSRF-TOKEN` response header of an earlier GET in the
         *     same session; the header name to send is the value the server gave in the `X-CSRF-HEADER` response header
         *     (`X-CSRF-TOKEN` by default). Missing or invalid token: HTTP 403 "Missing or invalid Csrf token".
         *     Source: https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection
         * @example 4a92be65-1c4e-4b6a-9d3f-2f6a8c0e7b51
         */
        GwsCsrfTokenHeader: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description HTTP Basic challenge; the realm is the GMS `realm` option (default "Genesys Application Configuration Needed").
         * @example Basic realm="Genesys Application Configuration Needed"
         */
        OpenMediaWwwAuthenticate: string;
        /**
         * @description Name of the request header in which mutating calls (PUT/POST/DELETE) of this session must echo the CSRF token.
         *     Sent on GET responses when CSRF protection is on. Exposed to browsers through CORS (`X-CSRF-HEADER,X-CSRF-TOKEN`).
         *     Source: https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection
         * @example X-CSRF-TOKEN
         */
        GwsCsrfHeaderName: string;
        /**
         * @description CSRF token of the HTTP session (valid as long as the session). Sent on GET responses when CSRF protection is on;
         *     echo it on mutating calls in the header named by `X-CSRF-HEADER`.
         *     Source: https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection
         * @example 4a92be65-1c4e-4b6a-9d3f-2f6a8c0e7b51
         */
        GwsCsrfToken: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createOpenMediaInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the GMS Open Media service (configuration section `openmedia.<serviceName>`, or the catch-all `openmedia`
                 *     section). Real clients use names such as `customer-support`, `send-survey`, `csi` or `getInteraction`.
                 * @example customer-support
                 */
                serviceName: components["parameters"]["OpenMediaServiceName"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OpenMediaCreateRequest"];
            };
        };
        responses: {
            /**
             * @description Outcome of the request, always HTTP 200: success (`statusCode` 0, `interactionId`), retryable failure
             *     (`statusCode` 1) or final failure (`statusCode` 2, `errors`).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMediaCreateResult"];
                };
            };
            401: components["responses"]["OpenMediaUnauthorized"];
        };
    };
    getOpenMediaInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the GMS Open Media service (configuration section `openmedia.<serviceName>`, or the catch-all `openmedia`
                 *     section). Real clients use names such as `customer-support`, `send-survey`, `csi` or `getInteraction`.
                 * @example customer-support
                 */
                serviceName: components["parameters"]["OpenMediaServiceName"];
                /**
                 * @description The interaction to act on. By default this is the Interaction Server interaction id (e.g. `01QG0Q2S5S50G000`); on
                 *     "get", `searchByExternalId=true` makes it the external id given at creation (e.g. `xy932`).
                 * @example 01QG0Q2S5S50G000
                 */
                id: components["parameters"]["OpenMediaInteractionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OpenMediaGetRequest"];
            };
        };
        responses: {
            /**
             * @description Outcome of the request, always HTTP 200: success (`statusCode` 0, `interactionProperties`), retryable failure
             *     (`statusCode` 1) or final failure (`statusCode` 2, `errors`; 248 = interaction not found).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMediaGetResult"];
                };
            };
            401: components["responses"]["OpenMediaUnauthorized"];
        };
    };
    updateOpenMediaInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the GMS Open Media service (configuration section `openmedia.<serviceName>`, or the catch-all `openmedia`
                 *     section). Real clients use names such as `customer-support`, `send-survey`, `csi` or `getInteraction`.
                 * @example customer-support
                 */
                serviceName: components["parameters"]["OpenMediaServiceName"];
                /**
                 * @description The interaction to act on. By default this is the Interaction Server interaction id (e.g. `01QG0Q2S5S50G000`); on
                 *     "get", `searchByExternalId=true` makes it the external id given at creation (e.g. `xy932`).
                 * @example 01QG0Q2S5S50G000
                 */
                id: components["parameters"]["OpenMediaInteractionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OpenMediaUpdateRequest"];
            };
        };
        responses: {
            /**
             * @description Outcome of the request, always HTTP 200: success (`statusCode` 0), retryable failure (`statusCode` 1) or final
             *     failure (`statusCode` 2, `errors`; 248 = interaction not found).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMediaUpdateResult"];
                };
            };
            401: components["responses"]["OpenMediaUnauthorized"];
        };
    };
    stopOpenMediaInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Name of the GMS Open Media service (configuration section `openmedia.<serviceName>`, or the catch-all `openmedia`
                 *     section). Real clients use names such as `customer-support`, `send-survey`, `csi` or `getInteraction`.
                 * @example customer-support
                 */
                serviceName: components["parameters"]["OpenMediaServiceName"];
                /**
                 * @description The interaction to act on. By default this is the Interaction Server interaction id (e.g. `01QG0Q2S5S50G000`); on
                 *     "get", `searchByExternalId=true` makes it the external id given at creation (e.g. `xy932`).
                 * @example 01QG0Q2S5S50G000
                 */
                id: components["parameters"]["OpenMediaInteractionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OpenMediaStopRequest"];
            };
        };
        responses: {
            /**
             * @description Outcome of the request, always HTTP 200: success (`statusCode` 0), retryable failure (`statusCode` 1) or final
             *     failure (`statusCode` 2, `errors`; 248 = interaction not found).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMediaStopResult"];
                };
            };
            401: components["responses"]["OpenMediaUnauthorized"];
        };
    };
    listGwsInteractions: {
        parameters: {
            query?: {
                /**
                 * @description Without `fields`, GWS lists answer with interaction URIs (`{"statusCode":0,"uris":[...]}`); with `fields=*` (all
                 *     fields) or a comma-separated list of field names they answer with the objects themselves
                 *     (`{"statusCode":0,"interactions":[...]}`). The same path thus has two success shapes.
                 *     Sources: https://docs.genesys.com/Documentation/HTCC/latest/API/RequestTypes and
                 *     https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues
                 * @example *
                 */
                fields?: components["parameters"]["GwsFields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description URI list, object list, or failure envelope. Shape not published for this path; modelled on the GWS list
             *     convention. Provisional.
             */
            200: {
                headers: {
                    "X-CSRF-HEADER": components["headers"]["GwsCsrfHeaderName"];
                    "X-CSRF-TOKEN": components["headers"]["GwsCsrfToken"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GwsInteractionListResult"];
                };
            };
            401: components["responses"]["GwsUnauthorized"];
        };
    };
    getGwsInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the interaction (16-character Genesys interaction id, e.g. `00009a8T8Y130123`).
                 * @example 00009a8T8Y130123
                 */
                id: components["parameters"]["GwsInteractionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interaction, or the failure envelope. Shape not published; provisional. */
            200: {
                headers: {
                    "X-CSRF-HEADER": components["headers"]["GwsCsrfHeaderName"];
                    "X-CSRF-TOKEN": components["headers"]["GwsCsrfToken"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GwsInteractionDetailsResult"];
                };
            };
            401: components["responses"]["GwsUnauthorized"];
        };
    };
    updateGwsInteraction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description CSRF token of the HTTP session, required on every PUT/POST/DELETE when the GWS node runs with CSRF protection
                 *     (`enableCsrfProtection`). The token is the value of the `X-CSRF-TOKEN` response header of an earlier GET in the
                 *     same session; the header name to send is the value the server gave in the `X-CSRF-HEADER` response header
                 *     (`X-CSRF-TOKEN` by default). Missing or invalid token: HTTP 403 "Missing or invalid Csrf token".
                 *     Source: https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection
                 * @example 4a92be65-1c4e-4b6a-9d3f-2f6a8c0e7b51
                 */
                "X-CSRF-TOKEN"?: components["parameters"]["GwsCsrfTokenHeader"];
            };
            path: {
                /**
                 * @description Id of the interaction (16-character Genesys interaction id, e.g. `00009a8T8Y130123`).
                 * @example 00009a8T8Y130123
                 */
                id: components["parameters"]["GwsInteractionId"];
            };
            cookie?: never;
        };
        /** @description Channel-dependent update; not published. Provisional. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GwsInteractionUpdateRequest"];
            };
        };
        responses: {
            /** @description Generic GWS envelope (success or failure). Not published for this operation; provisional. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GwsStatusResult"];
                };
            };
            401: components["responses"]["GwsUnauthorized"];
            403: components["responses"]["GwsCsrfForbidden"];
        };
    };
    listMyGwsInteractions: {
        parameters: {
            query?: {
                /**
                 * @description Without `fields`, GWS lists answer with interaction URIs (`{"statusCode":0,"uris":[...]}`); with `fields=*` (all
                 *     fields) or a comma-separated list of field names they answer with the objects themselves
                 *     (`{"statusCode":0,"interactions":[...]}`). The same path thus has two success shapes.
                 *     Sources: https://docs.genesys.com/Documentation/HTCC/latest/API/RequestTypes and
                 *     https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues
                 * @example *
                 */
                fields?: components["parameters"]["GwsFields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description URI list (no `fields`), object list (`fields=*` or a field list), or failure envelope. */
            200: {
                headers: {
                    "X-CSRF-HEADER": components["headers"]["GwsCsrfHeaderName"];
                    "X-CSRF-TOKEN": components["headers"]["GwsCsrfToken"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GwsInteractionListResult"];
                };
            };
            401: components["responses"]["GwsUnauthorized"];
        };
    };
    performGwsInteractionOperation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description CSRF token of the HTTP session, required on every PUT/POST/DELETE when the GWS node runs with CSRF protection
                 *     (`enableCsrfProtection`). The token is the value of the `X-CSRF-TOKEN` response header of an earlier GET in the
                 *     same session; the header name to send is the value the server gave in the `X-CSRF-HEADER` response header
                 *     (`X-CSRF-TOKEN` by default). Missing or invalid token: HTTP 403 "Missing or invalid Csrf token".
                 *     Source: https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection
                 * @example 4a92be65-1c4e-4b6a-9d3f-2f6a8c0e7b51
                 */
                "X-CSRF-TOKEN"?: components["parameters"]["GwsCsrfTokenHeader"];
            };
            path: {
                /**
                 * @description Id of the interaction (16-character Genesys interaction id, e.g. `00009a8T8Y130123`).
                 * @example 00009a8T8Y130123
                 */
                id: components["parameters"]["GwsInteractionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GwsOperationRequest"];
            };
        };
        responses: {
            /**
             * @description Acknowledgement in one of the documented forms (see GwsOperationResult), or no body at all: for Accept and
             *     Reject the vendor documentation says "a successful request results in an empty HTTP 200 response" and also
             *     shows the `{"status":"ok"}` output block, so both are accepted. Servers are believed to send the empty body
             *     on success, as the text states (the output block may describe the result that arrives on CometD). An
             *     OpenAPI response cannot make its content optional, so `x-empty-body-allowed: true` says that a zero-length
             *     body (no Content-Type) conforms as well as the JSON forms. The real outcome arrives on CometD.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GwsOperationResult"];
                };
            };
            401: components["responses"]["GwsUnauthorized"];
            403: components["responses"]["GwsCsrfForbidden"];
        };
    };
}
