// Calls that must not compile. Each `@ts-expect-error TSnnnn` names the error the next line must produce;
// test/types/compile.test.ts compiles this file as is (every directive must be used) and with the directives
// blanked out (each named line must fail with that code).
import { classifyGmsResult, createContextServiceClient, createV2Client, createV3Client } from '../../src/index.js';

const v2 = createV2Client({ baseUrl: 'http://gms:8080' });
const v3 = createV3Client({ baseUrl: 'http://nexus', apiKey: 'k' });
const cs = createContextServiceClient({ baseUrl: 'http://gms:8080' });

// openapi-fetch infers each call's options generically, so a misspelt *optional* body field slips through; wrong
// value types and missing required fields do not.
export async function wrongBodies() {
  await v2.POST('/genesys/2/openmedia/{serviceName}', {
    params: { path: { serviceName: 's' } },
    // @ts-expect-error TS2322 userData values are strings
    body: { userData: { OrderNumber: 42 } },
  });
  await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/get', {
    params: { path: { serviceName: 's', id: 'i' } },
    // @ts-expect-error TS2322 searchByExternalId is a boolean
    body: { searchByExternalId: 'yes' },
  });
  await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/update', {
    params: { path: { openMediaService: 'email', interactionId: 'i' } },
    // @ts-expect-error TS2322 deletedProperties is an array of key names
    body: { deletedProperties: 'Obsolete' },
  });
  await cs.POST('/genesys/1/cs/services_composite/start', {
    // @ts-expect-error TS2561 misspelt required field (servics for services)
    body: { servics: [] },
  });
  await cs.POST('/genesys/1/cs/services/{service_id}/states/start', {
    params: { path: { service_id: 1 } },
    // @ts-expect-error TS2322 state_type is a business attribute id or name
    body: { state_type: true },
  });
  await v2.POST('/api/v2/me/interactions/{id}', {
    params: { path: { id: '00009a8T8Y130123' } },
    // @ts-expect-error TS2322 PlaceInQueue needs queueName (the operationName union is enforced)
    body: { operationName: 'PlaceInQueue' },
  });
  await v2.POST('/api/v2/me/interactions/{id}', {
    params: { path: { id: '00009a8T8Y130123' } },
    // @ts-expect-error TS2322 no such operationName
    body: { operationName: 'Explode' },
  });
}

export async function missingParameters() {
  await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/get', {
    // @ts-expect-error TS2741 missing path parameter id
    params: { path: { serviceName: 's' } },
  });
  await cs.GET('/genesys/1/cs/services/{service_id}', {
    // @ts-expect-error TS2741 missing path parameter service_id
    params: {},
  });
  // @ts-expect-error TS2345 update by id needs its body
  await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/update', {
    params: { path: { openMediaService: 'email', interactionId: 'i' } },
  });
  await cs.GET('/genesys/1/cs/services/{service_id}', {
    // @ts-expect-error TS2322 service ids are integers
    params: { path: { service_id: 'abc' } },
  });
}

export async function wrongPathsAndOptions() {
  // @ts-expect-error TS2345 no such path on the surface
  await v3.GET('/nexus/v3/openmedia/{openMediaService}/nope', {});
  // @ts-expect-error TS2345 GET is not declared on a POST-only path
  await v2.GET('/genesys/2/openmedia/{serviceName}', { params: { path: { serviceName: 's' } } });
  // @ts-expect-error TS2345 createV3Client needs apiKey
  createV3Client({ baseUrl: 'http://nexus' });
  // @ts-expect-error TS2322 throwOnFailureEnvelope is a boolean
  createV2Client({ throwOnFailureEnvelope: 'yes' });
  // @ts-expect-error TS2353 classifyGmsResult takes GMS Open Media replies only
  classifyGmsResult({ status: 'ok' });
}
