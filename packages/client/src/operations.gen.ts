// Generated from the bundled specs (@cx-contracts/types/openapi/<surface>.json) by
// `node packages/client/scripts/generate-operations.mjs`. Do not edit by hand: change the spec and regenerate;
// `node packages/client/scripts/generate-operations.mjs --check` fails when this file is stale.

import type { OperationTable } from './operation-table.js';

/** Operations of specs/v1/openapi.yaml, keyed `METHOD /path/template`. */
export const v1Operations: OperationTable = {
  "POST /genesys/1/service/{id}": {
    "operationId": "createGmsService",
    "requestContent": {
      "multipart/form-data": {},
      "application/x-www-form-urlencoded": {},
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "DELETE /genesys/1/service/{id}": {
    "operationId": "deleteGmsService",
    "successContent": [
      "text/plain"
    ]
  },
  "POST /genesys/1/service/{id}/{request}": {
    "operationId": "requestGmsService",
    "requestContent": {
      "multipart/form-data": {},
      "application/x-www-form-urlencoded": {},
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/1/service/{id}/ixn/chat": {
    "operationId": "startGmsChat",
    "requestContent": {
      "multipart/form-data": {},
      "application/x-www-form-urlencoded": {},
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/1/service/{id}/ixn/chat/refresh": {
    "operationId": "refreshGmsChat",
    "requestContent": {
      "multipart/form-data": {},
      "application/x-www-form-urlencoded": {},
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/1/service/{id}/ixn/chat/send": {
    "operationId": "sendGmsChatMessage",
    "requestContent": {
      "multipart/form-data": {},
      "application/x-www-form-urlencoded": {},
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/1/service/{id}/ixn/chat/disconnect": {
    "operationId": "disconnectGmsChat",
    "requestContent": {
      "multipart/form-data": {},
      "application/x-www-form-urlencoded": {},
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "GET /genesys/1/service/{id}/storage": {
    "operationId": "listGmsStorageKeys",
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/1/service/{id}/storage": {
    "operationId": "createOrUpdateGmsStorage",
    "requestContent": {
      "multipart/form-data": {},
      "application/x-www-form-urlencoded": {},
      "application/json": {}
    },
    "successContent": []
  },
  "DELETE /genesys/1/service/{id}/storage": {
    "operationId": "deleteGmsStorage",
    "successContent": [
      "text/plain"
    ]
  },
  "GET /genesys/1/service/{id}/storage/{key}": {
    "operationId": "getGmsStorageKey",
    "successContent": [
      "text/plain",
      "application/json"
    ]
  },
  "DELETE /genesys/1/service/{id}/storage/{key}": {
    "operationId": "deleteGmsStorageKey",
    "successContent": [
      "text/plain"
    ]
  },
  "GET /genesys/1/service/{id}/storage/binary/{key}": {
    "operationId": "getGmsStorageBinaryKey",
    "successContent": [
      "*/*"
    ]
  }
};

/** Operations of specs/v2/openapi.yaml, keyed `METHOD /path/template`. */
export const v2Operations: OperationTable = {
  "POST /genesys/2/openmedia/{serviceName}": {
    "operationId": "createOpenMediaInteraction",
    "requestContent": {
      "application/x-www-form-urlencoded": {
        "encoding": {
          "userData": {
            "style": "deepObject",
            "explode": true
          }
        }
      }
    },
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/2/openmedia/{serviceName}/{id}/get": {
    "operationId": "getOpenMediaInteraction",
    "requestContent": {
      "application/x-www-form-urlencoded": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/2/openmedia/{serviceName}/{id}/update": {
    "operationId": "updateOpenMediaInteraction",
    "requestContent": {
      "application/x-www-form-urlencoded": {
        "encoding": {
          "change": {
            "style": "deepObject",
            "explode": true
          },
          "delete": {
            "style": "deepObject",
            "explode": true
          }
        }
      }
    },
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/2/openmedia/{serviceName}/{id}/stop": {
    "operationId": "stopOpenMediaInteraction",
    "requestContent": {
      "application/x-www-form-urlencoded": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "GET /api/v2/interactions": {
    "operationId": "listGwsInteractions",
    "successContent": [
      "application/json"
    ]
  },
  "GET /api/v2/interactions/{id}": {
    "operationId": "getGwsInteraction",
    "successContent": [
      "application/json"
    ]
  },
  "PUT /api/v2/interactions/{id}": {
    "operationId": "updateGwsInteraction",
    "requestContent": {
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "GET /api/v2/me/interactions": {
    "operationId": "listMyGwsInteractions",
    "successContent": [
      "application/json"
    ]
  },
  "POST /api/v2/me/interactions/{id}": {
    "operationId": "performGwsInteractionOperation",
    "requestContent": {
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  }
};

/** Operations of specs/v3/openapi.yaml, keyed `METHOD /path/template`. */
export const v3Operations: OperationTable = {
  "POST /nexus/v3/openmedia/{openMediaService}/interactions": {
    "operationId": "createNexusInteraction",
    "requestContent": {
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "GET /nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}": {
    "operationId": "getNexusInteraction",
    "successContent": [
      "application/json"
    ]
  },
  "GET /nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}": {
    "operationId": "getNexusInteractionByExternalId",
    "successContent": [
      "application/json"
    ]
  },
  "POST /nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/stop": {
    "operationId": "stopNexusInteraction",
    "requestContent": {
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "POST /nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}/stop": {
    "operationId": "stopNexusInteractionByExternalId",
    "requestContent": {
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "POST /nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/update": {
    "operationId": "updateNexusInteraction",
    "requestContent": {
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "POST /nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}/update": {
    "operationId": "updateNexusInteractionByExternalId",
    "requestContent": {
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  }
};

/** Operations of specs/context-service/openapi.yaml, keyed `METHOD /path/template`. */
export const contextServiceOperations: OperationTable = {
  "POST /genesys/1/cs/services_composite/start": {
    "operationId": "startCsCompositeService",
    "requestContent": {
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/1/cs/services/start": {
    "operationId": "startCsService",
    "requestContent": {
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "GET /genesys/1/cs/services/{service_id}": {
    "operationId": "getCsService",
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/1/cs/services/{service_id}/end": {
    "operationId": "endCsService",
    "requestContent": {
      "application/json": {}
    },
    "successContent": []
  },
  "GET /genesys/1/cs/services/{service_id}/states": {
    "operationId": "listCsStates",
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/1/cs/services/{service_id}/states/start": {
    "operationId": "startCsState",
    "requestContent": {
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "GET /genesys/1/cs/services/{service_id}/states/{state_id}": {
    "operationId": "getCsState",
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/1/cs/services/{service_id}/states/{state_id}/end": {
    "operationId": "endCsState",
    "requestContent": {
      "application/json": {}
    },
    "successContent": []
  },
  "GET /genesys/1/cs/services/{service_id}/tasks": {
    "operationId": "listCsTasks",
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/1/cs/services/{service_id}/tasks/start": {
    "operationId": "startCsTask",
    "requestContent": {
      "application/json": {}
    },
    "successContent": [
      "application/json"
    ]
  },
  "GET /genesys/1/cs/services/{service_id}/tasks/{task_id}": {
    "operationId": "getCsTask",
    "successContent": [
      "application/json"
    ]
  },
  "POST /genesys/1/cs/services/{service_id}/tasks/{task_id}/end": {
    "operationId": "endCsTask",
    "requestContent": {
      "application/json": {}
    },
    "successContent": []
  },
  "GET /genesys/1/cs/customers/{customer_id}/services": {
    "operationId": "listCsCustomerServices",
    "successContent": [
      "application/json"
    ]
  },
  "GET /genesys/1/cs/customers/{customer_id}/services/active": {
    "operationId": "listCsActiveCustomerServices",
    "successContent": [
      "application/json"
    ]
  },
  "GET /genesys/1/cs/customers/{customer_id}/services/completed": {
    "operationId": "listCsCompletedCustomerServices",
    "successContent": [
      "application/json"
    ]
  },
  "GET /genesys/1/cs/services/anonymous/{contact_key}": {
    "operationId": "listCsAnonymousServices",
    "successContent": [
      "application/json"
    ]
  },
  "GET /genesys/1/cs/services/anonymous/{contact_key}/active": {
    "operationId": "listCsActiveAnonymousServices",
    "successContent": [
      "application/json"
    ]
  },
  "GET /genesys/1/cs/services/anonymous/{contact_key}/completed": {
    "operationId": "listCsCompletedAnonymousServices",
    "successContent": [
      "application/json"
    ]
  }
};
