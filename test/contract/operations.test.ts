// Every operation the source documents name (seeds 000-004, domain-notes §6 for the Context Services lifecycle) is in
// its surface, reached by a real wire path through the shared router. One row per operation: surface, method, a
// concrete path as a client would send it, and the operationId it must reach.
import { describe, expect, it } from 'vitest';
import { loadContract, surfaceNames } from './load-contract.js';

const table: [surface: string, method: string, wirePath: string, operationId: string][] = [
  // seed 001: GMS Service API
  ['v1', 'POST', '/genesys/1/service/request-interaction', 'createGmsService'],
  ['v1', 'POST', '/genesys/1/service/39a98e24-b03b-4191-b756-1efe8f3b16b8/refresh', 'requestGmsService'],
  // Service-specific chat requests whose names span segments ("Request Chat", GMS Chat API v1)
  ['v1', 'POST', '/genesys/1/service/39a98e24-b03b-4191-b756-1efe8f3b16b8/ixn/chat', 'startGmsChat'],
  ['v1', 'POST', '/genesys/1/service/39a98e24-b03b-4191-b756-1efe8f3b16b8/ixn/chat/refresh', 'refreshGmsChat'],
  ['v1', 'POST', '/genesys/1/service/39a98e24-b03b-4191-b756-1efe8f3b16b8/ixn/chat/send', 'sendGmsChatMessage'],
  ['v1', 'POST', '/genesys/1/service/39a98e24-b03b-4191-b756-1efe8f3b16b8/ixn/chat/disconnect', 'disconnectGmsChat'],
  ['v1', 'GET', '/genesys/1/service/efef8eb61-1f24-593d-90da-0034aca34b55/storage', 'listGmsStorageKeys'],
  ['v1', 'GET', '/genesys/1/service/efef8eb61-1f24-593d-90da-0034aca34b55/storage/Key1', 'getGmsStorageKey'],
  ['v1', 'POST', '/genesys/1/service/efef8eb61-1f24-593d-90da-0034aca34b55/storage', 'createOrUpdateGmsStorage'],
  [
    'v1',
    'GET',
    '/genesys/1/service/efef8eb61-1f24-593d-90da-0034aca34b55/storage/binary/myBinaryKey',
    'getGmsStorageBinaryKey',
  ],
  ['v1', 'DELETE', '/genesys/1/service/efef8eb61-1f24-593d-90da-0034aca34b55/storage/Key1', 'deleteGmsStorageKey'],
  ['v1', 'DELETE', '/genesys/1/service/efef8eb61-1f24-593d-90da-0034aca34b55/storage', 'deleteGmsStorage'],
  ['v1', 'DELETE', '/genesys/1/service/efef8eb61-1f24-593d-90da-0034aca34b55', 'deleteGmsService'],
  // seed 000: GMS Open Media
  ['v2', 'POST', '/genesys/2/openmedia/customer-support', 'createOpenMediaInteraction'],
  ['v2', 'POST', '/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/get', 'getOpenMediaInteraction'],
  ['v2', 'POST', '/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/update', 'updateOpenMediaInteraction'],
  ['v2', 'POST', '/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/stop', 'stopOpenMediaInteraction'],
  // seed 002: Web Services Interactions API
  ['v2', 'GET', '/api/v2/interactions', 'listGwsInteractions'],
  ['v2', 'GET', '/api/v2/me/interactions', 'listMyGwsInteractions'],
  ['v2', 'GET', '/api/v2/interactions/00009a8T8Y130123', 'getGwsInteraction'],
  ['v2', 'PUT', '/api/v2/interactions/00009a8T8Y130123', 'updateGwsInteraction'],
  ['v2', 'POST', '/api/v2/me/interactions/00009a8T8Y130123', 'performGwsInteractionOperation'],
  // seed 003: Nexus v3 open media
  ['v3', 'POST', '/nexus/v3/openmedia/support/interactions', 'createNexusInteraction'],
  ['v3', 'GET', '/nexus/v3/openmedia/support/interactions/0001AaB2C3D4E5F6', 'getNexusInteraction'],
  ['v3', 'GET', '/nexus/v3/openmedia/support/interactions/ext_xy932', 'getNexusInteractionByExternalId'],
  ['v3', 'POST', '/nexus/v3/openmedia/support/interactions/0001AaB2C3D4E5F6/stop', 'stopNexusInteraction'],
  ['v3', 'POST', '/nexus/v3/openmedia/support/interactions/ext_xy932/stop', 'stopNexusInteractionByExternalId'],
  ['v3', 'POST', '/nexus/v3/openmedia/support/interactions/0001AaB2C3D4E5F6/update', 'updateNexusInteraction'],
  ['v3', 'POST', '/nexus/v3/openmedia/support/interactions/ext_xy932/update', 'updateNexusInteractionByExternalId'],
  // seed 004 and domain-notes §6: Context Services
  ['context-service', 'POST', '/genesys/1/cs/services_composite/start', 'startCsCompositeService'],
  ['context-service', 'POST', '/genesys/1/cs/services/start', 'startCsService'],
  ['context-service', 'GET', '/genesys/1/cs/services/111222', 'getCsService'],
  ['context-service', 'POST', '/genesys/1/cs/services/111222/end', 'endCsService'],
  ['context-service', 'GET', '/genesys/1/cs/customers/cust-42/services', 'listCsCustomerServices'],
  ['context-service', 'GET', '/genesys/1/cs/services/anonymous/6504669999', 'listCsAnonymousServices'],
  ['context-service', 'POST', '/genesys/1/cs/services/111222/states/start', 'startCsState'],
  ['context-service', 'POST', '/genesys/1/cs/services/111222/states/333444/end', 'endCsState'],
  ['context-service', 'GET', '/genesys/1/cs/services/111222/states', 'listCsStates'],
  ['context-service', 'GET', '/genesys/1/cs/services/111222/states/333444', 'getCsState'],
  ['context-service', 'POST', '/genesys/1/cs/services/111222/tasks/start', 'startCsTask'],
  ['context-service', 'POST', '/genesys/1/cs/services/111222/tasks/555666/end', 'endCsTask'],
  ['context-service', 'GET', '/genesys/1/cs/services/111222/tasks', 'listCsTasks'],
  ['context-service', 'GET', '/genesys/1/cs/services/111222/tasks/555666', 'getCsTask'],
];

describe.each(surfaceNames)('surface %s', (surfaceName) => {
  const rows = table.filter(([surface]) => surface === surfaceName);

  it.each(rows.map(([, method, wirePath, operationId]) => ({ method, wirePath, operationId })))(
    '$method $wirePath reaches $operationId',
    async ({ method, wirePath, operationId }) => {
      const surface = await loadContract(surfaceName);
      const match = surface.router.match(method, wirePath);
      expect('operation' in match ? match.operation.operationId : match).toBe(operationId);
    },
  );

  it('reaches the same operations through the joined document the mock serves', async () => {
    const joined = await loadContract('all');
    for (const [, method, wirePath, operationId] of rows) {
      const match = joined.router.match(method, wirePath);
      expect('operation' in match ? match.operation.operationId : match).toBe(operationId);
    }
  });
});
