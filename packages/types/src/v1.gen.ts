// Generated from specs/v1/openapi.yaml by `npm run generate` (openapi-typescript). Do not edit by hand:
// change the spec and regenerate; `npm run check:generated` fails when this file is stale.

export interface paths {
    "/genesys/1/service/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create and start a configured service
         * @description Creates and starts a service previously configured in the GMS Admin UI ("Configured Services"). Here `{id}` is
         *     the service NAME (the GMS Service API page calls it `{service}`), e.g. `request-interaction`; the same path item's DELETE takes the
         *     service id.
         *
         *     The body holds the key/value pairs of the service in one of three forms:
         *     `multipart/form-data` (values are strings or files, e.g. the vendor documentation's `FileKey` part `MyPic.png`),
         *     `application/x-www-form-urlencoded` (strings only) or, since GMS 8.5.104, `application/json;charset=UTF-8`.
         *     JSON is documented as flat key/values, but the vendor documentation's own example sends a nested map and an array, which GMS
         *     stringifies for ORS; any JSON values are accepted. The vendor documentation's JSON example sends the header `gms_user: default`.
         *
         *     Replies:
         *     - 200 with `_id` plus service-specific keys. The prose says `id`, every example says `_id`: both accepted.
         *       The vendor documentation's example reply is not valid JSON (`_access_code="7684"`); the example here is repaired.
         *     - 404 when no configured service matches the name.
         *     - 500 `{"message": "Could not read JSON: …"}` when a JSON body is malformed (documented).
         *     - 503 with an empty body from the request-chat service when no agent-availability notification arrived ("Request Chat").
         */
        post: operations["createGmsService"];
        /**
         * Delete a service and its storage
         * @description Deletes a created service and the storage area associated with it (GMS Service API page). Here `{id}` is the service id (the
         *     `_id` of the create reply); the same path item's POST takes the service name.
         *     Answers 200; the vendor documentation's result reads `OK`, which may be a body or only the status line, so the
         *     body is provisional (see GmsServiceOk). The status for an unknown id is not
         *     published either, and unlike the storage deletes (8.5.002.02) the GMS Service API page gives no "Introduced" version for it.
         */
        delete: operations["deleteGmsService"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/service/{id}/{request}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a service-specific request
         * @description Performs a request that the given service defines (the GMS Service API page "Service Specific Request"; the vendor documentation points to the Chat
         *     Interaction APIs for examples). The body is a multipart form (strings or files) or an urlencoded form (strings);
         *     real clients also send JSON. The 200 reply is JSON defined by the service request: not published here, so it
         *     is an open object (provisional).
         *
         *     Request names may span several segments (`ixn/chat`, `ixn/chat/refresh`, `ixn/chat/send`,
         *     `ixn/chat/disconnect`: "Request Chat", https://enu.docs.genesys.com/Documentation/GMS/8.5.1/Help/Request-chat,
         *     and "Chat API", https://docs.genesys.com/Documentation:GMS:API:ChatAPI:8.5.0). An OpenAPI path parameter cannot
         *     match `/`, so each of those known chat requests has its own path (`/genesys/1/service/{id}/ixn/chat...`) with
         *     the same body and reply as this operation; this one takes single-segment request names. `POST .../{id}/storage`
         *     is the storage write, not a request named `storage`.
         *
         *     Chat API v1 (a set of service-specific requests) answers 415 Unsupported Media Type when an expected value is
         *     missing or incorrect ("Chat API"). Chat v1 requires `gms_user` on every request when CometD is used ("Chat API").
         */
        post: operations["requestGmsService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/service/{id}/ixn/chat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a chat in a chat service
         * @description Start the chat of a created chat service (request `ixn/chat`).
         *
         *     A service-specific request of the GMS Service API whose name spans several path segments, so it has its own
         *     path rather than going through `/genesys/1/service/{id}/{request}` (a path parameter cannot match `/`). Known
         *     from "Request Chat" (https://enu.docs.genesys.com/Documentation/GMS/8.5.1/Help/Request-chat) and the Chat API
         *     v1 page; the body is the request's key/value pairs (urlencoded or multipart, JSON in real clients) and the
         *     reply's shape is not published here, so the 200 is an open, provisional object. Chat API v1 answers 415 when an
         *     expected value is missing or incorrect, and requires `gms_user` on every request when CometD is used.
         */
        post: operations["startGmsChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/service/{id}/ixn/chat/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh a chat transcript
         * @description Read the chat transcript from a position on (request `ixn/chat/refresh`, sent as
         *     `ixn/chat/refresh?transcriptPosition=N`).
         *
         *     A service-specific request of the GMS Service API whose name spans several path segments, so it has its own
         *     path rather than going through `/genesys/1/service/{id}/{request}` (a path parameter cannot match `/`). Known
         *     from "Request Chat" (https://enu.docs.genesys.com/Documentation/GMS/8.5.1/Help/Request-chat) and the Chat API
         *     v1 page; the body is the request's key/value pairs (urlencoded or multipart, JSON in real clients) and the
         *     reply's shape is not published here, so the 200 is an open, provisional object. Chat API v1 answers 415 when an
         *     expected value is missing or incorrect, and requires `gms_user` on every request when CometD is used.
         */
        post: operations["refreshGmsChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/service/{id}/ixn/chat/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a chat message
         * @description Send a message in the chat (request `ixn/chat/send`).
         *
         *     A service-specific request of the GMS Service API whose name spans several path segments, so it has its own
         *     path rather than going through `/genesys/1/service/{id}/{request}` (a path parameter cannot match `/`). Known
         *     from "Request Chat" (https://enu.docs.genesys.com/Documentation/GMS/8.5.1/Help/Request-chat) and the Chat API
         *     v1 page; the body is the request's key/value pairs (urlencoded or multipart, JSON in real clients) and the
         *     reply's shape is not published here, so the 200 is an open, provisional object. Chat API v1 answers 415 when an
         *     expected value is missing or incorrect, and requires `gms_user` on every request when CometD is used.
         */
        post: operations["sendGmsChatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/service/{id}/ixn/chat/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disconnect from a chat
         * @description Leave the chat (request `ixn/chat/disconnect`).
         *
         *     A service-specific request of the GMS Service API whose name spans several path segments, so it has its own
         *     path rather than going through `/genesys/1/service/{id}/{request}` (a path parameter cannot match `/`). Known
         *     from "Request Chat" (https://enu.docs.genesys.com/Documentation/GMS/8.5.1/Help/Request-chat) and the Chat API
         *     v1 page; the body is the request's key/value pairs (urlencoded or multipart, JSON in real clients) and the
         *     reply's shape is not published here, so the 200 is an open, provisional object. Chat API v1 answers 415 when an
         *     expected value is missing or incorrect, and requires `gms_user` on every request when CometD is used.
         */
        post: operations["disconnectGmsChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/service/{id}/storage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
            };
            cookie?: never;
        };
        /**
         * Query all keys of a service's storage
         * @description Returns every key of the storage area created for the service as one flat JSON object of string values
         *     (the GMS Service API page "Query All Keys", introduced in GMS 8.5.000.12). The vendor documentation's example result closes a string with a
         *     typographic quote (`"Value8”`); the example here is repaired. The status for an unknown service id is not
         *     published. Storage is also described on the Storage API page
         *     (https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), which requires `gms_user` since 8.5.103.
         */
        get: operations["listGmsStorageKeys"];
        put?: never;
        /**
         * Create or update a service's storage
         * @description Creates the storage area of the service, or updates the existing one, with the key/value pairs of the body
         *     (the GMS Service API page "Create or Update Service Storage"). The storage lives as long as the service (same TTL).
         *
         *     Three body forms: `multipart/form-data` (strings or files; a file part becomes a
         *     binary key), `application/x-www-form-urlencoded` (strings), and since GMS 8.5.104 `application/json;charset=UTF-8`,
         *     where nested maps and arrays are stored as their string form. A malformed JSON body is answered with 500
         *     `{"message": "Could not read JSON: …"}` (documented). The 200 reply has no documented body.
         *     The Storage API page (https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1) requires `gms_user`
         *     since 8.5.103 and the same value to read the data back.
         */
        post: operations["createOrUpdateGmsStorage"];
        /**
         * Delete all keys of a service's storage
         * @description Deletes every key, binary or not, of the service's storage area (the GMS Service API page "Delete All Keys in Storage", introduced
         *     in GMS 8.5.002.02). Answers 200; the vendor documentation's result reads `OK`, which may be a body or only the status line, so the
         *     body is provisional (see GmsServiceOk).
         */
        delete: operations["deleteGmsStorage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/service/{id}/storage/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
                /** @description The key (name) of a value in the service's storage area, e.g. `Key1`; for binary keys the name of the file part, e.g. `FileKey`. */
                key: components["parameters"]["GmsStorageKeyPath"];
            };
            cookie?: never;
        };
        /**
         * Query one key of a service's storage
         * @description Returns one key of the service's storage area (the GMS Service API page "Query One Key", introduced in GMS 8.5.000.12). The sources
         *     contradict each other: the GMS Service API page's text says the reply is the JSON object `{"key4":"value4"}`
         *     "(not the key value itself)", while the GMS Service API page's example answers `GET .../storage/Key1` with the bare `Value1`.
         *     Both are accepted: `application/json` with an object, `text/plain` with the bare value. 404 when the key is
         *     not in the storage. Storage API page: https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1.
         */
        get: operations["getGmsStorageKey"];
        put?: never;
        post?: never;
        /**
         * Delete one key of a service's storage
         * @description Deletes one key, binary or not, of the service's storage area (the GMS Service API page "Delete One Key Storage", introduced in
         *     GMS 8.5.002.02). Answers 200; the vendor documentation's result reads `OK`, which may be a body or only the status line, so the
         *     body is provisional (see GmsServiceOk); the status for an
         *     unknown key is not published.
         */
        delete: operations["deleteGmsStorageKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/service/{id}/storage/binary/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
                /** @description The key of a binary value (a file stored through a multipart part) in the service's storage area. */
                key: components["parameters"]["GmsStorageBinaryKeyPath"];
            };
            cookie?: never;
        };
        /**
         * Query one binary key of a service's storage
         * @description Returns the content of one binary key (a file stored through a multipart part) with the content type it was
         *     stored with (the GMS Service API page "Query Binary (One Binary Key)", introduced in GMS 8.5.002.02), so the 200 reply may be of any
         *     media type (`*\/*`). 404 when the binary key is not in the storage. Storage API page:
         *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1.
         */
        get: operations["getGmsStorageBinaryKey"];
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
         * GmsServiceMultipartBody
         * @description A `multipart/form-data` body: one part per key/value pair of the service (or service request, or storage area).
         *     In multipart the values can be strings or files (GMS Service API page), e.g. the vendor documentation's text parts `_phone_number`, `language`
         *     and its file part `FileKey` (`filename="MyPic.png"`, `Content-Type: image/png`). Key names are defined by the
         *     configured service, so they are not listed here; unknown parts are not refused.
         *
         *     The value schema is an `anyOf`, not a `oneOf`: both branches are strings (OpenAPI 3.1 describes a file part as a
         *     string with `contentMediaType`, which JSON Schema validators treat as an annotation), so every value would match
         *     both branches and a `oneOf` would refuse all of them.
         */
        GmsServiceMultipartBody: {
            [key: string]: string | Blob;
        };
        /**
         * GmsServiceFormBody
         * @description An `application/x-www-form-urlencoded` body: flat key/value pairs, values only strings (GMS Service API page). Booleans and
         *     numbers are sent as text (`_provide_code=true`). Key names are defined by the configured service; unknown keys
         *     are not refused.
         */
        GmsServiceFormBody: {
            [key: string]: string;
        };
        /**
         * GmsServiceJsonBody
         * @description An `application/json` (`application/json;charset=UTF-8`) body, supported since GMS 8.5.104: a JSON object of
         *     key/value pairs. The vendor documentation calls it "a simple JSON structure", yet its own example sends a nested object
         *     (`address`) and an array (`phones`): because ORS only takes flat key/value parameters, GMS converts complex
         *     values to strings (`"{street=mystreet, city=mycity}"`, `"[9002@SIP_Switch, 5555666]"`). Any JSON value is
         *     therefore accepted here. The vendor documentation's example also carries `"_key":"ignored"`; whether every `_`-prefixed key or
         *     only that one is ignored is not published (`_phone_number` and `_provide_code` are meaningful in other examples).
         *     A body that is not valid JSON is answered with HTTP 500 `{"message": "Could not read JSON: …"}`.
         */
        GmsServiceJsonBody: {
            [key: string]: unknown;
        };
        /**
         * GmsServiceCreated
         * @description The reply to a successful create: the new service's id plus service-specific data.
         *
         *     The id key is ambiguous in the sources: the prose of the GMS Service API page says `{"id": ${service_id}, {service_specific_data}}`,
         *     while every example (GMS Service API page, the "Request Chat" page) and real clients use `_id`. Both are accepted (`anyOf`
         *     `required: [_id]` / `required: [id]`); expect `_id` in practice. Ids are UUID-looking strings
         *     (`39a98e24-b03b-4191-b756-1efe8f3b16b8`); no `format: uuid` is declared because the exact type is not
         *     published and other ids in the same page are not RFC 4122 UUIDs (`efef8eb61-1f24-593d-90da-0034aca34b55`).
         *
         *     Service-specific keys depend on the configured service; those seen are `_`-prefixed and may contain hyphens and
         *     capitals: `_access_number`, `_access_code` (GMS Service API page), `_chatIxnAPI-CREATE-URL` ("Request Chat"). Their names and value types are
         *     not constrained here.
         */
        GmsServiceCreated: ({
            /** @description The id of the created service (the form used by every example). Use it as `{id}` in later calls. */
            _id?: string;
            /** @description The id of the created service, as the prose of the GMS Service API page writes it. */
            id?: string;
        } & {
            [key: string]: unknown;
        }) & ({
            _id: string;
        } | {
            id: string;
        });
        /**
         * GmsServiceErrorMessage
         * @description The body GMS sends with HTTP 500 when a JSON request body cannot be read (GMS Service API page), e.g.
         *     `{"message":"Could not read JSON: Unexpected character ('\"' (code 34)): [...]"}`. Only `message` is
         *     documented; other keys are not refused.
         */
        GmsServiceErrorMessage: {
            /** @description The parser's message, starting with `Could not read JSON:`. */
            message: string;
        };
        /**
         * GmsServiceOkText
         * @description The text a delete may answer with. The vendor documentation shows `OK`; the value is not constrained because the documentation does not say it is a body at all.
         * @example OK
         */
        GmsServiceOkText: string;
        /**
         * GmsServiceRequestResult
         * @description The reply to a service-specific request: JSON data "defined by the given service request definition" (GMS Service API page). Its
         *     shape is not published on the Service API page (the Chat API pages describe the chat requests' replies), so the
         *     object stays open.
         */
        GmsServiceRequestResult: {
            [key: string]: unknown;
        };
        /**
         * GmsStorageKeyValues
         * @description All keys of a service's storage area as one flat JSON object of string values, e.g.
         *     `{"Key2":"Value7","Key1":"Value6","Key3":"Value8"}` (GMS Service API page). Values written as JSON maps or arrays were stored as
         *     their string form.
         */
        GmsStorageKeyValues: {
            [key: string]: string;
        };
        /**
         * GmsStorageRawValue
         * @description One storage key's bare value, as the GMS Service API page's example shows it (`GET .../storage/Key1` → `Value1`), contradicting the GMS Service API page's text, which promises a JSON object (GmsStorageKeyValue). Both are accepted.
         */
        GmsStorageRawValue: string;
        /**
         * GmsStorageKeyValue
         * @description One storage key as a JSON object `{"<key>": "<value>"}`, which is what the GMS Service API page's text promises for "query one key":
         *     `{"key4":"value4"}` "(not the key value itself)". The GMS Service API page's example shows the bare value instead (`Value1`), so the
         *     operation also declares `text/plain` (GmsStorageRawValue).
         */
        GmsStorageKeyValue: {
            [key: string]: string;
        };
        /**
         * GmsStorageBinaryContent
         * @description The raw bytes of a binary storage key (a file part stored through multipart), sent with the content type it was
         *     stored with (the GMS Service API page: "Binary stream content and its content type"). No structure is implied, so no `type` is
         *     declared: any body is accepted.
         */
        GmsStorageBinaryContent: unknown;
    };
    responses: {
        /**
         * @description Unauthorized: HTTP Basic authentication is turned on for this service or for storage ("Basic Authentication": `password` option of
         *     the `server`, `service.<name>` or `storage` section) and the request carried no or wrong credentials. GMS does not
         *     publish this status or its body; 401 with a Basic challenge is what HTTP Basic implies, so this response is
         *     provisional and declares no body.
         */
        GmsServiceUnauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["GmsServiceWwwAuthenticate"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description Server Error: the JSON request body could not be read (the GMS Service API page: "If the JSON format is incorrect, the query returns a
         *     500 error message"). This 500 is part of the contract, not a fault.
         */
        GmsServiceUnreadableJson: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GmsServiceErrorMessage"];
            };
        };
        /**
         * @description OK. The vendor documentation's result for every delete reads `OK` (GMS Service API,
         *     https://docs.genesys.com/Documentation/GMS/8.5.0/API/ServiceAPI). It does not say whether `OK` is a body or the
         *     status line's reason phrase ("HTTP 200 OK"), nor its content type, so this response is provisional: a text body
         *     `OK` (declared as `text/plain`), another text or no body at all are reported as warnings at most.
         */
        GmsServiceOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["GmsServiceOkText"];
            };
        };
        /** @description OK. The body is the JSON output defined by the service request (GMS Service API, "Service Specific Request"); its shape is not published here. */
        GmsServiceRequestOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GmsServiceRequestResult"];
            };
        };
        /** @description Unsupported Media Type: Chat API v1 requests answer so when an expected value is missing or incorrect ("Chat API", https://docs.genesys.com/Documentation:GMS:API:ChatAPI:8.5.0). No body is documented. */
        GmsServiceUnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description On create, the NAME of a service configured in the GMS Admin UI ("Configured Services"), e.g.
         *     `request-interaction`, `request-chat`. The template is `{id}` because the same path item carries
         *     `DELETE /genesys/1/service/{id}`, where it is the service id; the GMS Service API page calls this
         *     parameter `{service}`. An unknown name is answered with 404.
         */
        GmsServiceNamePath: string;
        /**
         * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
         *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
         *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
         *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
         */
        GmsUserHeader: string;
        /**
         * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
         *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
         *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
         *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
         */
        GmsServiceIdPath: string;
        /**
         * @description The name of the service-specific request (GMS Service API, "Service Specific Request"). A path parameter cannot
         *     match `/`, so this operation takes single-segment request names only; the known multi-segment chat requests
         *     (`ixn/chat`, `ixn/chat/refresh`, `ixn/chat/send`, `ixn/chat/disconnect`) have paths of their own. The literal
         *     `storage` routes to the storage operations instead.
         */
        GmsServiceRequestPath: string;
        /** @description Position in the transcript from which to return messages (`ixn/chat/refresh?transcriptPosition=N` in "Request Chat" and real clients). Its type and whether it is required are not published, so any text is accepted. */
        GmsChatTranscriptPosition: string;
        /** @description The key (name) of a value in the service's storage area, e.g. `Key1`; for binary keys the name of the file part, e.g. `FileKey`. */
        GmsStorageKeyPath: string;
        /** @description The key of a binary value (a file stored through a multipart part) in the service's storage area. */
        GmsStorageBinaryKeyPath: string;
    };
    requestBodies: {
        /** @description Key/value pairs of the service request; which keys, and whether a body is needed at all, depends on the request. */
        GmsServiceRequestBody: {
            content: {
                "multipart/form-data": components["schemas"]["GmsServiceMultipartBody"];
                "application/x-www-form-urlencoded": components["schemas"]["GmsServiceFormBody"];
                "application/json": components["schemas"]["GmsServiceJsonBody"];
            };
        };
    };
    headers: {
        /**
         * @description The HTTP Basic challenge. Its realm is GMS's `realm` option, by default "Genesys Application Configuration
         *     Needed" ("Basic Authentication").
         */
        GmsServiceWwwAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createGmsService: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description On create, the NAME of a service configured in the GMS Admin UI ("Configured Services"), e.g.
                 *     `request-interaction`, `request-chat`. The template is `{id}` because the same path item carries
                 *     `DELETE /genesys/1/service/{id}`, where it is the service id; the GMS Service API page calls this
                 *     parameter `{service}`. An unknown name is answered with 404.
                 */
                id: components["parameters"]["GmsServiceNamePath"];
            };
            cookie?: never;
        };
        /**
         * @description Key/value pairs for the service. No body is required by the sources (a service may take no input); a JSON
         *     request with an empty or malformed body is answered with 500.
         */
        requestBody?: {
            content: {
                "multipart/form-data": components["schemas"]["GmsServiceMultipartBody"];
                "application/x-www-form-urlencoded": components["schemas"]["GmsServiceFormBody"];
                "application/json": components["schemas"]["GmsServiceJsonBody"];
            };
        };
        responses: {
            /**
             * @description OK: the service was created and started. The body holds its id (`_id`, or `id` as the prose writes it)
             *     and service-specific data.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GmsServiceCreated"];
                };
            };
            401: components["responses"]["GmsServiceUnauthorized"];
            /** @description Not Found, no configured service matches the name (GMS Service API page). No body is documented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            500: components["responses"]["GmsServiceUnreadableJson"];
            /**
             * @description Service Unavailable, empty body: the request-chat service (a Service API service) answers so when no
             *     agent-availability notification has arrived ("Request Chat": https://enu.docs.genesys.com/Documentation/GMS/8.5.1/Help/Request-chat).
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteGmsService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GmsServiceOk"];
            401: components["responses"]["GmsServiceUnauthorized"];
        };
    };
    requestGmsService: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
                /**
                 * @description The name of the service-specific request (GMS Service API, "Service Specific Request"). A path parameter cannot
                 *     match `/`, so this operation takes single-segment request names only; the known multi-segment chat requests
                 *     (`ixn/chat`, `ixn/chat/refresh`, `ixn/chat/send`, `ixn/chat/disconnect`) have paths of their own. The literal
                 *     `storage` routes to the storage operations instead.
                 */
                request: components["parameters"]["GmsServiceRequestPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["GmsServiceRequestBody"];
        responses: {
            200: components["responses"]["GmsServiceRequestOk"];
            401: components["responses"]["GmsServiceUnauthorized"];
            415: components["responses"]["GmsServiceUnsupportedMediaType"];
        };
    };
    startGmsChat: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["GmsServiceRequestBody"];
        responses: {
            200: components["responses"]["GmsServiceRequestOk"];
            401: components["responses"]["GmsServiceUnauthorized"];
            415: components["responses"]["GmsServiceUnsupportedMediaType"];
        };
    };
    refreshGmsChat: {
        parameters: {
            query?: {
                /** @description Position in the transcript from which to return messages (`ixn/chat/refresh?transcriptPosition=N` in "Request Chat" and real clients). Its type and whether it is required are not published, so any text is accepted. */
                transcriptPosition?: components["parameters"]["GmsChatTranscriptPosition"];
            };
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["GmsServiceRequestBody"];
        responses: {
            200: components["responses"]["GmsServiceRequestOk"];
            401: components["responses"]["GmsServiceUnauthorized"];
            415: components["responses"]["GmsServiceUnsupportedMediaType"];
        };
    };
    sendGmsChatMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["GmsServiceRequestBody"];
        responses: {
            200: components["responses"]["GmsServiceRequestOk"];
            401: components["responses"]["GmsServiceUnauthorized"];
            415: components["responses"]["GmsServiceUnsupportedMediaType"];
        };
    };
    disconnectGmsChat: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["GmsServiceRequestBody"];
        responses: {
            200: components["responses"]["GmsServiceRequestOk"];
            401: components["responses"]["GmsServiceUnauthorized"];
            415: components["responses"]["GmsServiceUnsupportedMediaType"];
        };
    };
    listGmsStorageKeys: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK, all keys and their values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GmsStorageKeyValues"];
                };
            };
            401: components["responses"]["GmsServiceUnauthorized"];
        };
    };
    createOrUpdateGmsStorage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
            };
            cookie?: never;
        };
        /** @description The key/value pairs to store. The vendor documentation describes the body but does not say whether a request without one is refused, so the body is not declared required. */
        requestBody?: {
            content: {
                "multipart/form-data": components["schemas"]["GmsServiceMultipartBody"];
                "application/x-www-form-urlencoded": components["schemas"]["GmsServiceFormBody"];
                "application/json": components["schemas"]["GmsServiceJsonBody"];
            };
        };
        responses: {
            /** @description OK, the data is stored. No body is documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["GmsServiceUnauthorized"];
            500: components["responses"]["GmsServiceUnreadableJson"];
        };
    };
    deleteGmsStorage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GmsServiceOk"];
            401: components["responses"]["GmsServiceUnauthorized"];
        };
    };
    getGmsStorageKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
                /** @description The key (name) of a value in the service's storage area, e.g. `Key1`; for binary keys the name of the file part, e.g. `FileKey`. */
                key: components["parameters"]["GmsStorageKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK, the key's value, as a one-key JSON object (the GMS Service API page text) or as the bare value (the GMS Service API page example). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["GmsStorageRawValue"];
                    "application/json": components["schemas"]["GmsStorageKeyValue"];
                };
            };
            401: components["responses"]["GmsServiceUnauthorized"];
            /** @description Not Found, the key is not in the service's storage (GMS Service API page). No body is documented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteGmsStorageKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
                /** @description The key (name) of a value in the service's storage area, e.g. `Key1`; for binary keys the name of the file part, e.g. `FileKey`. */
                key: components["parameters"]["GmsStorageKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GmsServiceOk"];
            401: components["responses"]["GmsServiceUnauthorized"];
        };
    };
    getGmsStorageBinaryKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The GMS user on whose behalf the call is made. The vendor documentation's JSON create example sends `gms_user: default` (GMS Service API page).
                 *     The GMS Storage API requires it since 8.5.103 and the same value must be sent to read data back ("Storage API":
                 *     https://docs.genesys.com/Documentation:GMS:API:StorageAPI:8.5.1), and Chat API v1 requires it on every request
                 *     when CometD is used ("Chat API"). Whether the Service API refuses calls without it is not published, so it is optional.
                 */
                gms_user?: components["parameters"]["GmsUserHeader"];
            };
            path: {
                /**
                 * @description The id of a created service: the `_id` (or `id`) of the create reply (the GMS Service API page calls it `{service_id}` or `{id}`).
                 *     Ids are UUID-looking strings, but no `format: uuid` is declared: the vendor documentation's storage examples use
                 *     `efef8eb61-1f24-593d-90da-0034aca34b55`, whose first group has nine hex digits, and the exact type is not
                 *     published. (The vendor documentation prints these URLs with a stray space, `/genesys/1/service /efef8eb61-…`, a layout artefact.)
                 */
                id: components["parameters"]["GmsServiceIdPath"];
                /** @description The key of a binary value (a file stored through a multipart part) in the service's storage area. */
                key: components["parameters"]["GmsStorageBinaryKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK, the binary stream, with its stored content type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["GmsStorageBinaryContent"];
                };
            };
            401: components["responses"]["GmsServiceUnauthorized"];
            /** @description Not Found, the binary key does not exist in the service's storage (GMS Service API page). No body is documented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
