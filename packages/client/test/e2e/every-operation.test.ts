// Every operation of every surface, called through the factories against `npm start`'s server in its default mode,
// the stateful sandbox (@cx-contracts/mock's startMockServer, 127.0.0.1, port 0), one flow per surface: what a call
// needs (a service, an interaction, a state) is created first, as on the platform (issue 11, "It replaces the
// hand-made fakes"). Every request is checked twice: by the server's request validation (its log marks every
// refused request) and by the runtime's validators (contractCheck); every answer by the runtime's response
// validators (@cx-contracts/client/validation). None may object. Results are the generated types (checked at compile
// time with expectTypeOf, at run time against the contract).
import { createRequire } from 'node:module';
// The package has no entry point of its own: its built server module is the in-process API.
import { type MockServer, startMockServer } from '@cx-contracts/mock/dist/mock-server.js';
import type { LogEntry } from '@cx-contracts/sandbox';
import type { components as CS } from '@cx-contracts/types/context-service';
import allDocument from '@cx-contracts/types/openapi/all.json' with { type: 'json' };
import type { components as V2 } from '@cx-contracts/types/v2';
import type { components as V3 } from '@cx-contracts/types/v3';
import type { Middleware } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  classifyGmsResult,
  classifyGwsResult,
  createContextServiceClient,
  createV1Client,
  createV2Client,
  createV3Client,
  GmsFailureError,
} from '../../src/index.js';
import { createResponseValidator } from '../../src/validation.js';
import { contractCheck } from './contract-check.js';

let mock: MockServer;
/** Requests the server's validation refused (400/415/422 with violations, in its request log). */
const refused: string[] = [];
const contractProblems: string[] = [];
const drift: string[] = [];
const calls = new Set<string>();

const callRecorder: Middleware = {
  onResponse({ request, schemaPath }) {
    calls.add(`${request.method} ${schemaPath}`);
    return undefined;
  },
};

const recorder = [
  contractCheck(allDocument, contractProblems),
  createResponseValidator({
    document: allDocument,
    onDrift: (found) => drift.push(`${found.operationId} ${found.status} ${found.pointer}: ${found.message}`),
  }),
  callRecorder,
];

beforeAll(async () => {
  mock = await startMockServer({
    documentPath: createRequire(import.meta.url).resolve('@cx-contracts/types/openapi/all.json'),
    host: '127.0.0.1',
    port: 0,
    sandbox: {
      onRequest: (entry: LogEntry) => {
        if (entry.violations || [400, 415, 422].includes(entry.status))
          refused.push(`${entry.method} ${entry.path} ${entry.status}: ${JSON.stringify(entry.violations ?? [])}`);
      },
    },
  });
});
afterAll(async () => {
  await mock?.close();
});

// One namespace for every client of this file (packages/sandbox README, "Namespaces"), so an interaction created
// through GMS is the one the Web Services agent works on.
const headers = { 'x-cx-sandbox-namespace': 'every-operation' };
const auth = { username: 'agent1', password: 'secret' };

describe('v1 (GMS Service API)', () => {
  it('calls all thirteen operations on a service it created', async () => {
    const v1 = createV1Client({ baseUrl: mock.url, headers, gmsUser: 'default' });
    v1.use(...recorder);

    const created = await v1.POST('/genesys/1/service/{id}', {
      params: { path: { id: 'request-interaction' } },
      body: { _customer_number: '5555551234', _attachment: new Blob(['hello'], { type: 'text/plain' }) },
    });
    expect(created.response.status).toBe(200);
    const id = created.data?._id ?? created.data?.id;
    expect(id).toBeTypeOf('string');
    const service = { path: { id: id as string } };

    const requested = await v1.POST('/genesys/1/service/{id}/{request}', {
      params: { path: { ...service.path, request: 'ixn' } },
      body: { message: 'hello' },
    });
    expect(requested.response.status).toBe(200);
    expectTypeOf(requested.data).toEqualTypeOf<{ [key: string]: unknown } | undefined>();

    // Chat requests whose names span segments have paths of their own (a path parameter cannot match `/`).
    for (const chat of [
      v1.POST('/genesys/1/service/{id}/ixn/chat', { params: service, body: { _verbose: 'true' } }),
      v1.POST('/genesys/1/service/{id}/ixn/chat/refresh', {
        params: { ...service, query: { transcriptPosition: '1' } },
        body: {},
      }),
      v1.POST('/genesys/1/service/{id}/ixn/chat/send', { params: service, body: { message: 'hello' } }),
      v1.POST('/genesys/1/service/{id}/ixn/chat/disconnect', { params: service, body: {} }),
    ]) {
      expect((await chat).response.status).toBe(200);
    }

    const stored = await v1.POST('/genesys/1/service/{id}/storage', {
      params: service,
      body: {
        Key1: 'Value1',
        photo: new File([new Uint8Array([0xff, 0xd8, 0xff])], 'photo.jpg', { type: 'image/jpeg' }),
      },
    });
    expect(stored.response.status).toBe(200);

    const keys = await v1.GET('/genesys/1/service/{id}/storage', { params: service });
    expect(keys.data).toMatchObject({ Key1: 'Value1' });
    expectTypeOf(keys.data).toEqualTypeOf<{ [key: string]: string } | undefined>();

    const one = await v1.GET('/genesys/1/service/{id}/storage/{key}', {
      params: { path: { ...service.path, key: 'Key1' } },
    });
    expect(one.response.status).toBe(200);
    expect(one.data).toBeDefined();

    const binary = await v1.GET('/genesys/1/service/{id}/storage/binary/{key}', {
      params: { path: { ...service.path, key: 'photo' } },
    });
    expect(binary.response.status).toBe(200);
    expect(binary.data).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await (binary.data as Blob).arrayBuffer())]).toEqual([0xff, 0xd8, 0xff]);

    const deleted = await v1.DELETE('/genesys/1/service/{id}/storage/{key}', {
      params: { path: { ...service.path, key: 'Key1' } },
    });
    expect(deleted.data).toBe('OK');
    const deletedAll = await v1.DELETE('/genesys/1/service/{id}/storage', { params: service });
    expect(deletedAll.data).toBe('OK');
    const deletedService = await v1.DELETE('/genesys/1/service/{id}', { params: service });
    expect(deletedService.data).toBe('OK');
    expectTypeOf(deletedService.data).toEqualTypeOf<string | undefined>();
  });
});

describe('v2 (GMS Open Media and Web Services)', () => {
  it('calls the four Open Media operations with form bodies on the interaction it created', async () => {
    const v2 = createV2Client({ baseUrl: mock.url, headers });
    v2.use(...recorder);
    const serviceName = 'customer-support';

    const created = await v2.POST('/genesys/2/openmedia/{serviceName}', {
      params: { path: { serviceName } },
      body: { externalId: 'xy932', interactionType: 'Inbound', userData: { OrderNumber: 'ABC123456789' } },
    });
    expectTypeOf(created.data).toEqualTypeOf<V2['schemas']['OpenMediaCreateResult'] | undefined>();
    const outcome = classifyGmsResult(created.data);
    if (outcome.kind !== 'success') throw new Error(`create failed: ${JSON.stringify(outcome)}`);
    expectTypeOf(outcome.result.interactionId).toBeString();
    const path = { serviceName, id: outcome.result.interactionId };

    const got = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/get', {
      params: { path },
      body: { searchByExternalId: false },
    });
    const found = classifyGmsResult(got.data);
    expect(found.kind).toBe('success');
    if (found.kind === 'success') expect(found.result.interactionProperties.interactionId).toBe(path.id);

    // The sandbox reads change[k]/delete[k] as the contract's deepObject maps (Prism read them as empty and refused
    // this valid update with 422: toolchain notes, Prism).
    const updated = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/update', {
      params: { path },
      body: { change: { OrderNumber: 'XYZ' }, delete: { Obsolete: '' } },
    });
    expect(classifyGmsResult(updated.data).kind).toBe('success');
    const updatedFailure = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/update', {
      params: { path },
      body: { change: { OrderNumber: 'XYZ' } },
      headers: { Prefer: 'example=interactionNotFound' },
    });
    expect(classifyGmsResult(updatedFailure.data)).toMatchObject({ kind: 'failure', code: 248 });

    const stopped = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/stop', {
      params: { path },
      body: { reasonSystemName: 'Cancel', reasonDescription: 'Not needed' },
    });
    expect(classifyGmsResult(stopped.data).kind).toBe('success');
  });

  it('classifies the failure envelopes: a stopped interaction, and Prefer: example=retryLater', async () => {
    const v2 = createV2Client({ baseUrl: mock.url, headers });
    v2.use(...recorder);
    // The interaction stopped by the test above: GMS answers 200 with statusCode 2, code 248 (seed 000).
    const { data, response } = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/get', {
      params: { path: { serviceName: 'customer-support', id: 'xy932' } },
      body: { searchByExternalId: true },
    });
    expect(response.status).toBe(200);
    const outcome = classifyGmsResult(data);
    expect(outcome.kind).toBe('failure');
    expect(outcome).toMatchObject({ code: 248 });
    if (outcome.kind === 'failure') expect(outcome.advice).toMatch(/not found/);

    const retry = await v2.POST('/genesys/2/openmedia/{serviceName}', {
      params: { path: { serviceName: 'customer-support' } },
      headers: { Prefer: 'example=retryLater' },
    });
    expect(classifyGmsResult(retry.data)).toEqual({ kind: 'retryable' });

    const throwing = createV2Client({ baseUrl: mock.url, headers, throwOnFailureEnvelope: true });
    const error = await throwing
      .POST('/genesys/2/openmedia/{serviceName}/{id}/stop', {
        params: { path: { serviceName: 'customer-support', id: 'never-created' } },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GmsFailureError);
    expect(error).toMatchObject({ operationId: 'stopOpenMediaInteraction', code: 248 });
  });

  it('calls the five Web Services operations with basic authentication, session and CSRF token', async () => {
    const gms = createV2Client({ baseUrl: mock.url, headers });
    const created = classifyGmsResult(
      (
        await gms.POST('/genesys/2/openmedia/{serviceName}', {
          params: { path: { serviceName: 'customer-support' } },
          body: { externalId: 'for-agent1' },
        })
      ).data,
    );
    if (created.kind !== 'success') throw new Error(`create failed: ${JSON.stringify(created)}`);
    const v2 = createV2Client({ baseUrl: mock.url, headers, auth });
    v2.use(...recorder);
    const id = { path: { id: created.result.interactionId } };

    const all = await v2.GET('/api/v2/interactions', { params: { query: { fields: '*' } } });
    expect(classifyGwsResult(all.data).kind).toBe('success');
    // Accept, work, back to the queue, accept again and hand over: each needs the state the one before left.
    const operations = [
      { operationName: 'Accept' },
      { operationName: 'UpdateUserData', userData: { OrderNumber: 'ABC', Priority: 3 } },
      { operationName: 'PlaceInQueue', queueName: 'Overflow' },
      { operationName: 'Accept' },
    ] as const;
    for (const body of operations) {
      const done = await v2.POST('/api/v2/me/interactions/{id}', { params: id, body });
      expect(done.response.status).toBe(200);
      expect(classifyGwsResult(done.data).kind).toBe('success');
    }
    const mine = await v2.GET('/api/v2/me/interactions');
    expect(mine.data).toMatchObject({ statusCode: 0 });
    expectTypeOf(mine.data).toEqualTypeOf<V2['schemas']['GwsInteractionListResult'] | undefined>();
    const one = await v2.GET('/api/v2/interactions/{id}', { params: id });
    expect(classifyGwsResult(one.data).kind).toBe('success');
    const put = await v2.PUT('/api/v2/interactions/{id}', { params: id, body: {} });
    expect(classifyGwsResult(put.data).kind).toBe('success');
    const transfer = await v2.POST('/api/v2/me/interactions/{id}', {
      params: id,
      body: { operationName: 'Transfer', userId: 'agent2' },
    });
    expect(classifyGwsResult(transfer.data).kind).toBe('success');
    const failed = await v2.GET('/api/v2/interactions/{id}', { params: id, headers: { Prefer: 'example=failed' } });
    expect(classifyGwsResult(failed.data)).toMatchObject({ kind: 'failure' });
  });
});

describe('v3 (Nexus)', () => {
  it('calls all seven operations with x-api-key on two interactions it created', async () => {
    const v3 = createV3Client({ baseUrl: mock.url, headers, apiKey: 'nexus-key' });
    v3.use(...recorder);
    const openMediaService = 'email-intake';
    const create = (externalId: string) =>
      v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions', {
        params: { path: { openMediaService } },
        body: { externalId, receivedAt: '2024-05-01T10:00:00Z' },
      });
    const created = await create('ORDER-1001');
    expect(created.response.status).toBe(200);
    expectTypeOf(created.data).toEqualTypeOf<V3['schemas']['NexusUnpublishedBody'] | undefined>();
    const interactionId = (created.data as { data: { interactionId: string } }).data.interactionId;
    expect((await create('ORDER-1002')).response.status).toBe(200);
    // One interaction is worked on by id, the other by ext_{externalId}; each ends with its stop.
    const byId = { path: { openMediaService, interactionId } };
    const byExt = { path: { openMediaService, externalId: 'ORDER-1002' } };
    const change = { changedProperties: { Channel: 'chat' }, deletedProperties: ['Obsolete'] };
    const stop = { reasonSystemName: 'Cancel', reasonDescription: 'Not needed' };
    const path = {
      byId: '/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}',
      byExt: '/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}',
      updateById: '/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/update',
      updateByExt: '/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}/update',
      stopById: '/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/stop',
      stopByExt: '/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}/stop',
    } as const;
    const answers = [
      await v3.GET(path.byId, { params: byId }),
      await v3.GET(path.byExt, { params: byExt }),
      await v3.POST(path.updateById, { params: byId, body: change }),
      await v3.POST(path.updateByExt, { params: byExt, body: change }),
      await v3.POST(path.stopById, { params: byId, body: stop }),
      await v3.POST(path.stopByExt, { params: byExt, body: stop }),
    ];
    expect(answers.map((answer) => answer.response.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });
});

describe('context-service', () => {
  it('calls all eighteen operations with tenancy headers on the services it started', async () => {
    const cs = createContextServiceClient({ baseUrl: mock.url, headers, contactCenterId: '1', groupId: 'sales' });
    cs.use(...recorder);

    const composite = await cs.POST('/genesys/1/cs/services_composite/start', {
      body: {
        services: [
          {
            service: { customer_id: 'c-1', service_type: 'MyService1' },
            state: { state_type: 'Feedback' },
            associate_state_task: false,
          },
        ],
      },
    });
    expect(composite.response.status).toBe(200);
    expect(composite.response.headers.get('Location')).toMatch(/^\/genesys\/1\/cs\/services\//);
    expectTypeOf(composite.data).toEqualTypeOf<CS['schemas']['CsCompositeStartResponse'] | undefined>();

    const started = await cs.POST('/genesys/1/cs/services/start', {
      body: { customer_id: 'c-1', service_type: 'MyService1', contact_key: '5555551234' },
    });
    expect(started.response.status).toBe(201);
    expect(started.data?.service_id).toBeTypeOf('number');
    const service = { path: { service_id: started.data?.service_id as number } };
    expect((await cs.GET('/genesys/1/cs/services/{service_id}', { params: service })).data?.service_id).toBe(
      service.path.service_id,
    );

    const stateStarted = await cs.POST('/genesys/1/cs/services/{service_id}/states/start', {
      params: service,
      body: { state_type: 'Feedback' },
    });
    const taskStarted = await cs.POST('/genesys/1/cs/services/{service_id}/tasks/start', {
      params: service,
      body: { task_type: 'Survey' },
    });
    expect([stateStarted.response.ok, taskStarted.response.ok]).toEqual([true, true]);
    const state = { path: { ...service.path, state_id: stateStarted.data?.state_id as number } };
    const task = { path: { ...service.path, task_id: taskStarted.data?.task_id as number } };
    // Reads, then the ends: the state and the task before their service.
    const lifecycle = [
      await cs.GET('/genesys/1/cs/services/{service_id}/states', { params: service }),
      await cs.GET('/genesys/1/cs/services/{service_id}/states/{state_id}', { params: state }),
      await cs.GET('/genesys/1/cs/services/{service_id}/tasks', { params: service }),
      await cs.GET('/genesys/1/cs/services/{service_id}/tasks/{task_id}', { params: task }),
      await cs.POST('/genesys/1/cs/services/{service_id}/states/{state_id}/end', { params: state, body: {} }),
      await cs.POST('/genesys/1/cs/services/{service_id}/tasks/{task_id}/end', { params: task, body: {} }),
      await cs.POST('/genesys/1/cs/services/{service_id}/end', { params: service, body: { disposition: 'done' } }),
    ];
    expect(lifecycle.map((answer) => answer.response.ok)).toEqual(lifecycle.map(() => true));

    const customer = { path: { customer_id: 'c-1' }, query: { service_types: ['MyService1', 'MyService2'] } };
    const anonymous = { path: { contact_key: '5555551234' } };
    for (const result of [
      await cs.GET('/genesys/1/cs/customers/{customer_id}/services', { params: customer }),
      await cs.GET('/genesys/1/cs/customers/{customer_id}/services/active', { params: customer }),
      await cs.GET('/genesys/1/cs/customers/{customer_id}/services/completed', { params: customer }),
      await cs.GET('/genesys/1/cs/services/anonymous/{contact_key}', { params: anonymous }),
      await cs.GET('/genesys/1/cs/services/anonymous/{contact_key}/active', { params: anonymous }),
      await cs.GET('/genesys/1/cs/services/anonymous/{contact_key}/completed', { params: anonymous }),
    ]) {
      expect(result.response.status).toBe(200);
      expect(Array.isArray(result.data)).toBe(true);
    }
  });
});

describe('coverage', () => {
  it('called every operation of the joined document; no request was refused, no answer drifted', async () => {
    const expected = Object.entries(
      allDocument.paths as Record<string, Record<string, { operationId?: string }>>,
    ).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'put', 'post', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(expected.length).toBe(47);
    expect(expected.filter((call) => !calls.has(call))).toEqual([]);
    expect(refused).toEqual([]);
    expect(contractProblems).toEqual([]);
    expect(drift).toEqual([]);
  });
});
