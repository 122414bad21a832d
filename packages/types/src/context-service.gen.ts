// Generated from specs/context-service/openapi.yaml by `npm run generate` (openapi-typescript). Do not edit by hand:
// change the spec and regenerate; `npm run check:generated` fails when this file is stale.

export interface paths {
    "/genesys/1/cs/services_composite/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Composite start of service, state and task
         * @description Find or create, in one call, the Service, State and (optionally) Task of each Composite Start Event (Composite Start page, added in 8.5.110). An active service with the same `customer_id`, `service_type` and `contact_key` is reused, otherwise created; inside it the active state and task matching `state_type` and `task_type` are reused, otherwise created. `services` and each event's `service` and `state` are mandatory. The reply is 200 (not 201 like the simple start) with a `Location` header and the ids plus a `created` flag that is the string "true"/"false"; `associate_state_task` is typed boolean but the vendor documentation's own example sends "true". Ids are integers, "long or string" fields take either; extra top-level keys of each start event are attached data; the length limits of `session_id` and `interaction_id` are published for end events only, so start events declare none. The reply has two documented forms, both accepted (see the 200 response). The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        post: operations["startCsCompositeService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a service
         * @description Start a service from a Service Start Event ("Start Service"). Omit `customer_id` and give a `contact_key` to start an anonymous service. "Long or string" fields take a Business Attribute DB id or name, ids are integers, and extra top-level keys are attached data. The length limits of `session_id` and `interaction_id` are published for end events only, so start events declare none. The reply is 201 with `{"service_id": …}`, known only from client code, so it is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        post: operations["startCsService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        /**
         * Get a service
         * @description Read one service by id. `service_id` is an integer in the URL ("Start Service"). The path comes from client code and no public page retrieved gives the reply, so the whole operation is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        get: operations["getCsService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/{service_id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End (complete) a service
         * @description Complete a service with a Service End Event ("Complete Service"): `session_id` at most 32 and `interaction_id` at most 50 characters, extra top-level keys are attached data. The success code and reply are not published, so 200 and 204 are both documented without a body, provisionally. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        post: operations["endCsService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/{service_id}/states": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        /**
         * List the states of a service
         * @description All states of a service. The path comes from client code and no public page retrieved gives the reply, so the whole operation is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        get: operations["listCsStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/{service_id}/states/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a state
         * @description Start a state in a service from a State Start Event ("Start State"). "Long or string" fields take a Business Attribute DB id or name, ids are integers, extra top-level keys are attached data. Client code reads `state_id` from the reply; whether the code is 200 or 201 is not published, so both are documented, provisionally. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        post: operations["startCsState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/{service_id}/states/{state_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
                /**
                 * @description State id, a 32-bit integer assigned by Context Services ("Start State").
                 * @example 333444
                 */
                state_id: components["parameters"]["CsStateId"];
            };
            cookie?: never;
        };
        /**
         * Get a state
         * @description Read one state of a service; both ids are integers in the URL. The path comes from client code and no public page retrieved gives the reply, so the whole operation is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        get: operations["getCsState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/{service_id}/states/{state_id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
                /**
                 * @description State id, a 32-bit integer assigned by Context Services ("Start State").
                 * @example 333444
                 */
                state_id: components["parameters"]["CsStateId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a state
         * @description Complete a state of a service. The path comes from client code; the body is documented only as JSON and is modelled on the Service End Event ("Complete Service"), with extra top-level keys as attached data. The success code and reply are not published, so 200 and 204 are both documented without a body, provisionally. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        post: operations["endCsState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/{service_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        /**
         * List the tasks of a service
         * @description All tasks of a service. The path comes from client code and no public page retrieved gives the reply, so the whole operation is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        get: operations["listCsTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/{service_id}/tasks/start": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a task
         * @description Start a task in a service from a Task Start Event ("Start Event List"; fields as in the vendor documentation's `task`). "Long or string" fields take a Business Attribute DB id or name, ids are integers, extra top-level keys are attached data. Client code reads `task_id` from the reply; whether the code is 200 or 201 is not published, so both are documented, provisionally. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        post: operations["startCsTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/{service_id}/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
                /**
                 * @description Task id, a 32-bit integer assigned by Context Services ("Start State").
                 * @example 555666
                 */
                task_id: components["parameters"]["CsTaskId"];
            };
            cookie?: never;
        };
        /**
         * Get a task
         * @description Read one task of a service; both ids are integers in the URL. The path comes from client code and no public page retrieved gives the reply, so the whole operation is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        get: operations["getCsTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/{service_id}/tasks/{task_id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
                /**
                 * @description Task id, a 32-bit integer assigned by Context Services ("Start State").
                 * @example 555666
                 */
                task_id: components["parameters"]["CsTaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a task
         * @description Complete a task of a service. The path comes from client code; the body is documented only as JSON and is modelled on the Service End Event ("Complete Service"), with extra top-level keys as attached data. The success code and reply are not published, so 200 and 204 are both documented without a body, provisionally. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        post: operations["endCsTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/customers/{customer_id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Customer id (a string, as in the `customer_id` field of start events, "Start Service"). */
                customer_id: components["parameters"]["CsCustomerId"];
            };
            cookie?: never;
        };
        /**
         * List a customer's services
         * @description All services of a customer, optionally filtered by `service_types` and by start time (`started_from`, `started_to`). The path comes from client code and no public page retrieved gives the reply, so the whole operation is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        get: operations["listCsCustomerServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/customers/{customer_id}/services/active": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Customer id (a string, as in the `customer_id` field of start events, "Start Service"). */
                customer_id: components["parameters"]["CsCustomerId"];
            };
            cookie?: never;
        };
        /**
         * List a customer's active services
         * @description The active (not completed) services of a customer, optionally filtered by `service_types` and by start time (`started_from`, `started_to`). The path comes from client code and no public page retrieved gives the reply, so the whole operation is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        get: operations["listCsActiveCustomerServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/customers/{customer_id}/services/completed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Customer id (a string, as in the `customer_id` field of start events, "Start Service"). */
                customer_id: components["parameters"]["CsCustomerId"];
            };
            cookie?: never;
        };
        /**
         * List a customer's completed services
         * @description The completed services of a customer, optionally filtered by `service_types` and by start time (`started_from`, `started_to`). The path comes from client code and no public page retrieved gives the reply, so the whole operation is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        get: operations["listCsCompletedCustomerServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/anonymous/{contact_key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact key of anonymous services: the `contact_key` given when the service was started without a `customer_id`, e.g. a PIN or ANI kept for later lookup ("Start Service"). */
                contact_key: components["parameters"]["CsContactKey"];
            };
            cookie?: never;
        };
        /**
         * List anonymous services by contact key
         * @description All anonymous services started with this `contact_key` and no `customer_id`, optionally filtered by `service_types` and by start time (`started_from`, `started_to`). This path shares its segment count with `/genesys/1/cs/services/{service_id}/…` paths; the literal `anonymous` wins (`service_id` is an integer) and the path is declared after them so Prism agrees. The path comes from client code and no public page retrieved gives the reply, so the whole operation is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        get: operations["listCsAnonymousServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/anonymous/{contact_key}/active": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact key of anonymous services: the `contact_key` given when the service was started without a `customer_id`, e.g. a PIN or ANI kept for later lookup ("Start Service"). */
                contact_key: components["parameters"]["CsContactKey"];
            };
            cookie?: never;
        };
        /**
         * List active anonymous services by contact key
         * @description The active (not completed) anonymous services started with this `contact_key` and no `customer_id`, optionally filtered by `service_types` and by start time (`started_from`, `started_to`). This path shares its segment count with `/genesys/1/cs/services/{service_id}/…` paths; the literal `anonymous` wins (`service_id` is an integer) and the path is declared after them so Prism agrees. The path comes from client code and no public page retrieved gives the reply, so the whole operation is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        get: operations["listCsActiveAnonymousServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/genesys/1/cs/services/anonymous/{contact_key}/completed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact key of anonymous services: the `contact_key` given when the service was started without a `customer_id`, e.g. a PIN or ANI kept for later lookup ("Start Service"). */
                contact_key: components["parameters"]["CsContactKey"];
            };
            cookie?: never;
        };
        /**
         * List completed anonymous services by contact key
         * @description The completed anonymous services started with this `contact_key` and no `customer_id`, optionally filtered by `service_types` and by start time (`started_from`, `started_to`). This path shares its segment count with `/genesys/1/cs/services/{service_id}/…` paths; the literal `anonymous` wins (`service_id` is an integer) and the path is declared after them so Prism agrees. The path comes from client code and no public page retrieved gives the reply, so the whole operation is provisional. The optional ContactCenterId and GroupId headers select the tenant ("Context Services API Welcome"); errors are 4xx/5xx with a `{message, exception}` body whose per-code table is not published ("HTTP Response Codes and Errors"), hence the provisional `4XX` and `5XX` responses.
         */
        get: operations["listCsCompletedAnonymousServices"];
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
        /** @description A field documented as "long or string": the DB id of a Business Attribute value (a long) or its name ("Start Service", "Start State"). Examples and clients use names (`MyService1`, `voice`). */
        CsLongOrString: number | string;
        /** @description Service Start Event ("Start Service", "Start Event List"), the body of `POST /genesys/1/cs/services/start` and the `service` member of a composite start event (Composite Start page). Every documented field is optional in the schema: `customer_id` and `contact_key` are each documented as required only when the other is missing (absent `customer_id` means an anonymous service), and `service_type` is "yes" on the Start Event List and 8.0–8.5.0 pages but "no" on the 8.5.1+/latest Start Service page. Extra top-level keys are attached data: stored as given, any JSON value, nested objects and arrays included ("Start Service"; the Composite Start page sends `RelatedOffersService`). */
        CsServiceStartEvent: {
            /** @description Customer id. When absent the service is anonymous and `contact_key` identifies it. */
            customer_id?: string;
            /** @description Key for later lookup of an anonymous service, e.g. a PIN or ANI. */
            contact_key?: string;
            service_type?: components["schemas"]["CsLongOrString"];
            /** @description Session id. The "Complete Service" page limits it to 32 characters in end events (https://docs.genesys.com/Documentation/CS/latest/API/CompleteService); no source states a limit for start events, so none is declared here. */
            session_id?: string;
            /** @description Interaction id. The "Complete Service" page limits it to 50 characters in end events; no source states a limit for start events, so none is declared here. */
            interaction_id?: string;
            application_type?: components["schemas"]["CsLongOrString"];
            /** @description Genesys configuration DB id of the application. */
            application_id?: number;
            resource_type?: components["schemas"]["CsLongOrString"];
            /** @description Genesys configuration DB id of the platform or agent. */
            resource_id?: number;
            media_type?: components["schemas"]["CsLongOrString"];
            /** @description Event time. Clients send ISO 8601 with milliseconds and `Z` (client code); the accepted formats are not published, so no format is declared. */
            timestamp?: string;
            /**
             * @description Estimated duration. The worked example of "Composite Start of Service, State, Task" sends the number `60`; neither the type nor the unit is published, so any JSON value is accepted.
             * @example 60
             */
            est_duration?: unknown;
        } & {
            [key: string]: unknown;
        };
        /** @description State Start Event ("Start State", "Start Event List"), the body of `POST /genesys/1/cs/services/{service_id}/states/start` and the required `state` member of a composite start event (Composite Start page). Every documented field is optional (`state_type` was required in 8.1 and is optional on the 8.5.2/latest page). Extra top-level keys are attached data, any JSON value ("Start State"; the Composite Start page sends `FeedbackState` and `SatisfactionState`). */
        CsStateStartEvent: {
            state_type?: components["schemas"]["CsLongOrString"];
            /** @description Id of the state this one follows. */
            previous_state_id?: number;
            /** @description Session id. The "Complete Service" page limits it to 32 characters in end events (https://docs.genesys.com/Documentation/CS/latest/API/CompleteService); no source states a limit for start events, so none is declared here. */
            session_id?: string;
            /** @description Interaction id. The "Complete Service" page limits it to 50 characters in end events; no source states a limit for start events, so none is declared here. */
            interaction_id?: string;
            application_type?: components["schemas"]["CsLongOrString"];
            /** @description Genesys configuration DB id of the application. */
            application_id?: number;
            resource_type?: components["schemas"]["CsLongOrString"];
            /** @description Genesys configuration DB id of the platform or agent. */
            resource_id?: number;
            media_type?: components["schemas"]["CsLongOrString"];
            /** @description Event time; no format is published (clients send ISO 8601 with `Z`). */
            timestamp?: string;
            /**
             * @description Estimated duration. The worked example of "Composite Start of Service, State, Task" sends the number `60`; neither the type nor the unit is published, so any JSON value is accepted.
             * @example 60
             */
            est_duration?: unknown;
        } & {
            [key: string]: unknown;
        };
        /** @description Task Start Event ("Start Event List"), the body of `POST /genesys/1/cs/services/{service_id}/tasks/start` and the optional `task` member of a composite start event (Composite Start page). Every documented field is optional. Extra top-level keys are attached data, any JSON value (the Composite Start page sends `FeedbackTask` and `SatisfactionTask`). */
        CsTaskStartEvent: {
            task_type?: components["schemas"]["CsLongOrString"];
            /** @description Session id. The "Complete Service" page limits it to 32 characters in end events (https://docs.genesys.com/Documentation/CS/latest/API/CompleteService); no source states a limit for start events, so none is declared here. */
            session_id?: string;
            /** @description Interaction id. The "Complete Service" page limits it to 50 characters in end events; no source states a limit for start events, so none is declared here. */
            interaction_id?: string;
            application_type?: components["schemas"]["CsLongOrString"];
            /** @description Genesys configuration DB id of the application. */
            application_id?: number;
            resource_type?: components["schemas"]["CsLongOrString"];
            /** @description Genesys configuration DB id of the platform or agent. */
            resource_id?: number;
            media_type?: components["schemas"]["CsLongOrString"];
            /** @description Event time; no format is published (clients send ISO 8601 with `Z`). */
            timestamp?: string;
            /**
             * @description Estimated duration. The worked example of "Composite Start of Service, State, Task" sends the number `60`; neither the type nor the unit is published, so any JSON value is accepted.
             * @example 60
             */
            est_duration?: unknown;
        } & {
            [key: string]: unknown;
        };
        /** @description Composite Start Event (Composite Start page): a Service Start Event and a State Start Event, both mandatory, an optional Task Start Event, and the optional `associate_state_task` flag. */
        CsCompositeStartEvent: {
            service: components["schemas"]["CsServiceStartEvent"];
            state: components["schemas"]["CsStateStartEvent"];
            task?: components["schemas"]["CsTaskStartEvent"];
            /**
             * @description `true` to associate the task with the given state, which is equivalent to giving the state id when starting a task; `false` by default (Composite Start page). The vendor documentation types it boolean but its own example sends the string `"true"`, so both a JSON boolean and the strings `"true"`/`"false"` are accepted.
             * @default false
             */
            associate_state_task?: boolean | ("true" | "false");
        };
        /** @description Body of the composite start ("Composite Start of Service, State, Task"): a JSON array of Composite Start Events under `services`, mandatory. Each event is matched on its own: an active service with the same `customer_id`, `service_type` and `contact_key` is reused, otherwise one is created; inside it the active state and task matching `state_type` and `task_type` are reused, otherwise created. */
        CsCompositeStartRequest: {
            /** @description Composite Start Events (mandatory). Whether an empty array is refused is not published, so no minimum length is declared. */
            services: components["schemas"]["CsCompositeStartEvent"][];
        };
        /**
         * @description Whether the resource was created by this call (`"true"`) or an active one was found and reused (`"false"`). A string, not a JSON boolean (Composite Start page).
         * @enum {string}
         */
        CsCreatedFlag: "true" | "false";
        /** @description Result for one Composite Start Event ("Composite Start of Service, State, Task"). `task` is present when the event carried a task. Sent on its own, without the `services` wrapper, it is the page's "Body" template form of the reply; the worked example wraps results in `services` (CsCompositeStartResultList), the form servers are believed to send. */
        CsCompositeStartResult: {
            service: {
                /**
                 * Format: int64
                 * @description Id of the found or created service (64-bit, "Start Service").
                 */
                service_id: number;
                created: components["schemas"]["CsCreatedFlag"];
            };
            state: {
                /**
                 * Format: int32
                 * @description Id of the found or created state (32-bit, "Start State").
                 */
                state_id: number;
                created: components["schemas"]["CsCreatedFlag"];
            };
            task?: {
                /**
                 * Format: int32
                 * @description Id of the found or created task (32-bit).
                 */
                task_id: number;
                created: components["schemas"]["CsCreatedFlag"];
            };
        };
        /** @description The composite start reply as the worked example of "Composite Start of Service, State, Task" shows it: one result per Composite Start Event, in request order, under `services`. The form servers are believed to send. */
        CsCompositeStartResultList: {
            services: components["schemas"]["CsCompositeStartResult"][];
        };
        /** @description Reply of the composite start ("Composite Start of Service, State, Task" in the vendor's Context Services API reference): the ids of the found or created resources and whether each was created. The page shows the reply in two forms, and both are accepted. Its worked example wraps one result per Composite Start Event in a `services` array, matching the request; this is the form servers are believed to send, since the request may carry several events and only the array can answer each. Its "Body" template shows a single `{service, state, task}` result with no `services` wrapper; that form is accepted too. */
        CsCompositeStartResponse: components["schemas"]["CsCompositeStartResultList"] | components["schemas"]["CsCompositeStartResult"];
        /** @description Application error body of Context Services 4xx/5xx replies ("HTTP Response Codes and Errors"). Only `message` and `exception` have been seen (the tenant error of "Context Services API Welcome"; client code reads both from error bodies generally); the per-code error table is not published, so the schema is open and declares no required field. */
        CsError: {
            /** @description Human-readable error message. */
            message?: string;
            /** @description Fully qualified name of the server-side exception class. */
            exception?: string;
        };
        /** @description Reply of `POST /genesys/1/cs/services/start`: the id of the new service. Known only from client code, which reads `service_id` from the 201 reply; the full reply is not published. */
        CsServiceStartResult: {
            /**
             * Format: int64
             * @description Id of the new service (64-bit, "Start Service").
             */
            service_id: number;
        };
        /** @description The `started` or `completed` record of a service, state or task: the fields of its start or end event as stored. Client code reads `timestamp`, `application_type`, `resource_type` and `media_type`; the full shape is not published. */
        CsEventRecord: {
            /** @description Event time; no format is published. */
            timestamp?: string;
            application_type?: components["schemas"]["CsLongOrString"];
            resource_type?: components["schemas"]["CsLongOrString"];
            media_type?: components["schemas"]["CsLongOrString"];
        };
        /** @description A state as returned by the state queries and embedded in a service. Client code reads `state_type`; the shape is not published, so the schema is open and declares no required field. */
        CsState: {
            /** Format: int32 */
            state_id?: number;
            state_type?: components["schemas"]["CsLongOrString"];
            started?: components["schemas"]["CsEventRecord"];
            completed?: components["schemas"]["CsEventRecord"];
        };
        /** @description A task as returned by the task queries and embedded in a service. Client code reads `task_type`; the shape is not published, so the schema is open and declares no required field. */
        CsTask: {
            /** Format: int32 */
            task_id?: number;
            task_type?: components["schemas"]["CsLongOrString"];
            started?: components["schemas"]["CsEventRecord"];
            completed?: components["schemas"]["CsEventRecord"];
        };
        /** @description A service resource, built from the fields client code reads: `service_id`, `service_type`, `customer_id`, `started`, `completed`, `active_states`, `completed_states`, `active_tasks`, `completed_tasks`, `disposition`, and (as client code reads them) `state_type` and `task_type`. No public page retrieved gives the shape, so the schema is open and declares no required field; attached data of the start and end events may appear as extra keys. */
        CsService: {
            /** Format: int64 */
            service_id?: number;
            service_type?: components["schemas"]["CsLongOrString"];
            customer_id?: string;
            started?: components["schemas"]["CsEventRecord"];
            completed?: components["schemas"]["CsEventRecord"];
            active_states?: components["schemas"]["CsState"][];
            completed_states?: components["schemas"]["CsState"][];
            active_tasks?: components["schemas"]["CsTask"][];
            completed_tasks?: components["schemas"]["CsTask"][];
            /** @description Disposition given when the service was ended; its type is not published. */
            disposition?: unknown;
            state_type?: components["schemas"]["CsLongOrString"];
            task_type?: components["schemas"]["CsLongOrString"];
        };
        /** @description End event, the body of the service, state and task `.../end` operations. Only the Service End Event is published ("Complete Service", whose field list was retrieved only in part); the state and task end bodies are documented as "JSON" and assumed to take the same fields. Every field is optional, and extra top-level keys are attached data ("Complete Service"). The full field list is not published. */
        CsEndEvent: {
            /** @description Disposition of the ended service (8.0.x Complete Service page, whose excerpt is truncated; client code reads `disposition` back). Its type is not published, so any JSON value is accepted; the page possibly also names `disposition_desc`. */
            disposition?: unknown;
            /** @description Session id, at most 32 characters ("Complete Service"). */
            session_id?: string;
            /** @description Interaction id, at most 50 characters ("Complete Service"). */
            interaction_id?: string;
            application_type?: components["schemas"]["CsLongOrString"];
            /** @description Genesys configuration DB id of the application. */
            application_id?: number;
            resource_type?: components["schemas"]["CsLongOrString"];
            /** @description Genesys configuration DB id of the platform or agent. */
            resource_id?: number;
            media_type?: components["schemas"]["CsLongOrString"];
            /** @description Event time; no format is published (clients send ISO 8601 with `Z`). */
            timestamp?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description States of a service. Not published: modelled as a JSON array because public client code reads the reply of `GET .../services/{service_id}/states` as an array (`states.length`; INFERRED, not in the public docs). */
        CsStateList: components["schemas"]["CsState"][];
        /** @description Reply of `POST /genesys/1/cs/services/{service_id}/states/start`: the id of the new state. Known only from client code, which reads `state_id`; the full reply is not published. */
        CsStateStartResult: {
            /**
             * Format: int32
             * @description Id of the new state (32-bit, "Start State").
             */
            state_id: number;
        };
        /** @description Tasks of a service. Not published: modelled as a JSON array by analogy with the state and service queries (INFERRED). */
        CsTaskList: components["schemas"]["CsTask"][];
        /** @description Reply of `POST /genesys/1/cs/services/{service_id}/tasks/start`: the id of the new task. Known only from client code, which reads `task_id` (client code); the full reply is not published. */
        CsTaskStartResult: {
            /**
             * Format: int32
             * @description Id of the new task (32-bit).
             */
            task_id: number;
        };
        /** @description Services matching a customer or anonymous query. Not published: modelled as a JSON array of services because public client code indexes the reply as an array (`services[services.length-1].service_id`; INFERRED, not in the public docs). */
        CsServiceList: components["schemas"]["CsService"][];
    };
    responses: {
        /** @description Client error. Context Services answers failed requests with a 4xx code and an application-specific JSON error ("HTTP Response Codes and Errors"); the per-code table is not published, so the whole 4xx range is documented with the one body shape seen, `{message, exception}` ("Context Services API Welcome"). */
        CsClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CsError"];
            };
        };
        /** @description Server error. Context Services answers failed requests with a 5xx code and an application-specific JSON error ("HTTP Response Codes and Errors"); the per-code table is not published, so the whole 5xx range is documented with the one body shape seen, `{message, exception}` ("Context Services API Welcome"). */
        CsServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CsError"];
            };
        };
        /** @description The end event was applied. Neither the success code nor a reply body is published for the end operations; "HTTP Response Codes and Errors" names 200 OK, 201 Created and 204 No Content as the Context Services success codes, so 200 and 204 are both documented, without a body. */
        CsEndAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The state was started. Client code reads `state_id` from the reply. Whether the code is 201 like the start of a service or 200 is not published, so both are documented with this body. */
        CsStateStarted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CsStateStartResult"];
            };
        };
        /** @description The task was started. Client code reads `task_id` from the reply. Whether the code is 201 like the start of a service or 200 is not published, so both are documented with this body. */
        CsTaskStarted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CsTaskStartResult"];
            };
        };
        /** @description The matching services. The reply shape is not published; see the `CsServiceList` schema for what it is modelled on. */
        CsServiceListReply: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CsServiceList"];
            };
        };
    };
    parameters: {
        /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
        CsContactCenterId: string;
        /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
        CsGroupId: string;
        /**
         * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
         * @example 111222
         */
        CsServiceId: number;
        /**
         * @description State id, a 32-bit integer assigned by Context Services ("Start State").
         * @example 333444
         */
        CsStateId: number;
        /**
         * @description Task id, a 32-bit integer assigned by Context Services ("Start State").
         * @example 555666
         */
        CsTaskId: number;
        /** @description Customer id (a string, as in the `customer_id` field of start events, "Start Service"). */
        CsCustomerId: string;
        /** @description Only return services of these service types. Client code sends one value or repeats the parameter (`service_types=A&service_types=B`); whether a comma-separated list is also accepted is not published. */
        CsServiceTypes: string[];
        /** @description Only return services started at or after this time (client code). The time format is not published, so no format is declared. */
        CsStartedFrom: string;
        /** @description Only return services started at or before this time (client code). The time format is not published, so no format is declared. */
        CsStartedTo: string;
        /** @description Contact key of anonymous services: the `contact_key` given when the service was started without a `customer_id`, e.g. a PIN or ANI kept for later lookup ("Start Service"). */
        CsContactKey: string;
    };
    requestBodies: {
        /** @description End event ("Complete Service"). Client code always sends one, but whether it may be omitted is not published, so it is optional. Extra top-level keys are attached data. */
        CsEndEventBody: {
            content: {
                "application/json": components["schemas"]["CsEndEvent"];
            };
        };
    };
    headers: {
        /**
         * @description URI of the task found or created by the composite start, `${base_uri}/services/${service_id}/tasks/${task_id}`, or of the state, `${base_uri}/services/${service_id}/states/${state_id}`, when the request gave no `task` (Composite Start page). The vendor documentation's example answers with the path only: `/genesys/1/cs/services/111222/tasks/555666`.
         * @example /genesys/1/cs/services/111222/tasks/555666
         */
        CsLocation: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    startCsCompositeService: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsCompositeStartRequest"];
            };
        };
        responses: {
            /** @description The ids of the found or created service, state and task of each event, with whether each was created. Two forms are accepted (CsCompositeStartResponse): the worked example's `services` array, which servers are believed to send, and the "Body" template's single result without the wrapper. */
            200: {
                headers: {
                    Location: components["headers"]["CsLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsCompositeStartResponse"];
                };
            };
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    startCsService: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsServiceStartEvent"];
            };
        };
        responses: {
            /** @description The service was created. The code and the `service_id` field come from client code, not from a published page. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsServiceStartResult"];
                };
            };
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    getCsService: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service (shape not published; modelled on the fields client code reads). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsService"];
                };
            };
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    endCsService: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CsEndEventBody"];
        responses: {
            200: components["responses"]["CsEndAccepted"];
            204: components["responses"]["CsEndAccepted"];
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    listCsStates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The states of the service (shape not published). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsStateList"];
                };
            };
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    startCsState: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsStateStartEvent"];
            };
        };
        responses: {
            200: components["responses"]["CsStateStarted"];
            201: components["responses"]["CsStateStarted"];
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    getCsState: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
                /**
                 * @description State id, a 32-bit integer assigned by Context Services ("Start State").
                 * @example 333444
                 */
                state_id: components["parameters"]["CsStateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state (shape not published). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsState"];
                };
            };
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    endCsState: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
                /**
                 * @description State id, a 32-bit integer assigned by Context Services ("Start State").
                 * @example 333444
                 */
                state_id: components["parameters"]["CsStateId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CsEndEventBody"];
        responses: {
            200: components["responses"]["CsEndAccepted"];
            204: components["responses"]["CsEndAccepted"];
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    listCsTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tasks of the service (shape not published). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsTaskList"];
                };
            };
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    startCsTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CsTaskStartEvent"];
            };
        };
        responses: {
            200: components["responses"]["CsTaskStarted"];
            201: components["responses"]["CsTaskStarted"];
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    getCsTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
                /**
                 * @description Task id, a 32-bit integer assigned by Context Services ("Start State").
                 * @example 555666
                 */
                task_id: components["parameters"]["CsTaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task (shape not published). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsTask"];
                };
            };
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    endCsTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /**
                 * @description Service id. Services get auto-assigned 64-bit integer ids; the URI parameter is typed integer ("Start Service"), so a non-numeric segment is refused.
                 * @example 111222
                 */
                service_id: components["parameters"]["CsServiceId"];
                /**
                 * @description Task id, a 32-bit integer assigned by Context Services ("Start State").
                 * @example 555666
                 */
                task_id: components["parameters"]["CsTaskId"];
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["CsEndEventBody"];
        responses: {
            200: components["responses"]["CsEndAccepted"];
            204: components["responses"]["CsEndAccepted"];
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    listCsCustomerServices: {
        parameters: {
            query?: {
                /** @description Only return services of these service types. Client code sends one value or repeats the parameter (`service_types=A&service_types=B`); whether a comma-separated list is also accepted is not published. */
                service_types?: components["parameters"]["CsServiceTypes"];
                /** @description Only return services started at or after this time (client code). The time format is not published, so no format is declared. */
                started_from?: components["parameters"]["CsStartedFrom"];
                /** @description Only return services started at or before this time (client code). The time format is not published, so no format is declared. */
                started_to?: components["parameters"]["CsStartedTo"];
            };
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /** @description Customer id (a string, as in the `customer_id` field of start events, "Start Service"). */
                customer_id: components["parameters"]["CsCustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CsServiceListReply"];
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    listCsActiveCustomerServices: {
        parameters: {
            query?: {
                /** @description Only return services of these service types. Client code sends one value or repeats the parameter (`service_types=A&service_types=B`); whether a comma-separated list is also accepted is not published. */
                service_types?: components["parameters"]["CsServiceTypes"];
                /** @description Only return services started at or after this time (client code). The time format is not published, so no format is declared. */
                started_from?: components["parameters"]["CsStartedFrom"];
                /** @description Only return services started at or before this time (client code). The time format is not published, so no format is declared. */
                started_to?: components["parameters"]["CsStartedTo"];
            };
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /** @description Customer id (a string, as in the `customer_id` field of start events, "Start Service"). */
                customer_id: components["parameters"]["CsCustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CsServiceListReply"];
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    listCsCompletedCustomerServices: {
        parameters: {
            query?: {
                /** @description Only return services of these service types. Client code sends one value or repeats the parameter (`service_types=A&service_types=B`); whether a comma-separated list is also accepted is not published. */
                service_types?: components["parameters"]["CsServiceTypes"];
                /** @description Only return services started at or after this time (client code). The time format is not published, so no format is declared. */
                started_from?: components["parameters"]["CsStartedFrom"];
                /** @description Only return services started at or before this time (client code). The time format is not published, so no format is declared. */
                started_to?: components["parameters"]["CsStartedTo"];
            };
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /** @description Customer id (a string, as in the `customer_id` field of start events, "Start Service"). */
                customer_id: components["parameters"]["CsCustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CsServiceListReply"];
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    listCsAnonymousServices: {
        parameters: {
            query?: {
                /** @description Only return services of these service types. Client code sends one value or repeats the parameter (`service_types=A&service_types=B`); whether a comma-separated list is also accepted is not published. */
                service_types?: components["parameters"]["CsServiceTypes"];
                /** @description Only return services started at or after this time (client code). The time format is not published, so no format is declared. */
                started_from?: components["parameters"]["CsStartedFrom"];
                /** @description Only return services started at or before this time (client code). The time format is not published, so no format is declared. */
                started_to?: components["parameters"]["CsStartedTo"];
            };
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /** @description Contact key of anonymous services: the `contact_key` given when the service was started without a `customer_id`, e.g. a PIN or ANI kept for later lookup ("Start Service"). */
                contact_key: components["parameters"]["CsContactKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CsServiceListReply"];
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    listCsActiveAnonymousServices: {
        parameters: {
            query?: {
                /** @description Only return services of these service types. Client code sends one value or repeats the parameter (`service_types=A&service_types=B`); whether a comma-separated list is also accepted is not published. */
                service_types?: components["parameters"]["CsServiceTypes"];
                /** @description Only return services started at or after this time (client code). The time format is not published, so no format is declared. */
                started_from?: components["parameters"]["CsStartedFrom"];
                /** @description Only return services started at or before this time (client code). The time format is not published, so no format is declared. */
                started_to?: components["parameters"]["CsStartedTo"];
            };
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /** @description Contact key of anonymous services: the `contact_key` given when the service was started without a `customer_id`, e.g. a PIN or ANI kept for later lookup ("Start Service"). */
                contact_key: components["parameters"]["CsContactKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CsServiceListReply"];
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
    listCsCompletedAnonymousServices: {
        parameters: {
            query?: {
                /** @description Only return services of these service types. Client code sends one value or repeats the parameter (`service_types=A&service_types=B`); whether a comma-separated list is also accepted is not published. */
                service_types?: components["parameters"]["CsServiceTypes"];
                /** @description Only return services started at or after this time (client code). The time format is not published, so no format is declared. */
                started_from?: components["parameters"]["CsStartedFrom"];
                /** @description Only return services started at or before this time (client code). The time format is not published, so no format is declared. */
                started_to?: components["parameters"]["CsStartedTo"];
            };
            header?: {
                /** @description Tenant of the request in a multi-tenant deployment: the tenant DBID or the tenant name. Tenancy must be sent as a header, not in the body; without it Context Services runs single-tenant. An unknown tenant is answered with `{"message": "Invalid tenant specified : …", "exception": …}` ("Context Services API Welcome"). */
                ContactCenterId?: components["parameters"]["CsContactCenterId"];
                /** @description Optional business unit within the tenant named by `ContactCenterId` ("Context Services API Welcome"). */
                GroupId?: components["parameters"]["CsGroupId"];
            };
            path: {
                /** @description Contact key of anonymous services: the `contact_key` given when the service was started without a `customer_id`, e.g. a PIN or ANI kept for later lookup ("Start Service"). */
                contact_key: components["parameters"]["CsContactKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CsServiceListReply"];
            "4XX": components["responses"]["CsClientError"];
            "5XX": components["responses"]["CsServerError"];
        };
    };
}
