// Every operation of every surface, called through the factories against Prism's mock of the joined spec. Every
// request is checked twice: by Prism (`sl-violations`, or its 422) and by the runtime's validators (contractCheck);
// neither may object. Results are the generated types (checked at compile time with expectTypeOf, at run time
// against the spec's examples).
import type { Middleware } from 'openapi-fetch';
import type { components as V2 } from '@cx-contracts/types/v2';
import type { components as V3 } from '@cx-contracts/types/v3';
import type { components as CS } from '@cx-contracts/types/context-service';
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
import allDocument from '@cx-contracts/types/openapi/all.json' with { type: 'json' };
import { contractCheck } from './contract-check.js';
import { startPrism, type PrismMock } from './prism.js';

let prism: PrismMock;
const violations: string[] = [];
const contractProblems: string[] = [];
const calls = new Set<string>();

/** Records every call and every request Prism found invalid. */
const prismRecorder: Middleware = {
  onResponse({ request, response, schemaPath }) {
    calls.add(`${request.method} ${schemaPath}`);
    const found = response.headers.get('sl-violations');
    if (found) violations.push(`${request.method} ${schemaPath}: ${found}`);
    return undefined;
  },
};

const recorder = [contractCheck(allDocument, contractProblems), prismRecorder];

beforeAll(async () => {
  prism = await startPrism();
});
afterAll(async () => {
  await prism?.stop();
});

const auth = { username: 'agent1', password: 'secret' };

describe('v1 (GMS Service API)', () => {
  it('calls all thirteen operations', async () => {
    const v1 = createV1Client({ baseUrl: prism.baseUrl, gmsUser: 'default' });
    v1.use(...recorder);
    const service = { path: { id: '39a98e24-b03b-4191-b756-1efe8f3b16b8' } };

    const created = await v1.POST('/genesys/1/service/{id}', {
      params: { path: { id: 'request-interaction' } },
      body: { _customer_number: '5555551234', _attachment: new Blob(['hello'], { type: 'text/plain' }) },
    });
    expect(created.response.status).toBe(200);
    expect(created.data?._id ?? created.data?.id).toBeTruthy();

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

    const keys = await v1.GET('/genesys/1/service/{id}/storage', { params: service });
    expect(keys.data).toBeTypeOf('object');
    expectTypeOf(keys.data).toEqualTypeOf<{ [key: string]: string } | undefined>();

    const stored = await v1.POST('/genesys/1/service/{id}/storage', {
      params: service,
      body: {
        Key1: 'Value1',
        photo: new File([new Uint8Array([0xff, 0xd8, 0xff])], 'photo.jpg', { type: 'image/jpeg' }),
      },
    });
    expect(stored.response.status).toBe(200);

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

    for (const path of ['/genesys/1/service/{id}/storage/{key}'] as const) {
      const deleted = await v1.DELETE(path, { params: { path: { ...service.path, key: 'Key1' } } });
      expect(deleted.data).toBe('OK');
    }
    const deletedAll = await v1.DELETE('/genesys/1/service/{id}/storage', { params: service });
    expect(deletedAll.data).toBe('OK');
    const deletedService = await v1.DELETE('/genesys/1/service/{id}', { params: service });
    expect(deletedService.data).toBe('OK');
    expectTypeOf(deletedService.data).toEqualTypeOf<string | undefined>();
  });
});

describe('v2 (GMS Open Media and Web Services)', () => {
  it('calls the four Open Media operations with form bodies', async () => {
    const v2 = createV2Client({ baseUrl: prism.baseUrl });
    v2.use(...recorder);
    const path = { serviceName: 'customer-support', id: '01QG0Q2S5S50G000' };

    const created = await v2.POST('/genesys/2/openmedia/{serviceName}', {
      params: { path },
      body: { externalId: 'xy932', interactionType: 'Inbound', userData: { OrderNumber: 'ABC123456789' } },
    });
    expectTypeOf(created.data).toEqualTypeOf<V2['schemas']['OpenMediaCreateResult'] | undefined>();
    const outcome = classifyGmsResult(created.data);
    expect(outcome).toEqual({ kind: 'success', result: { statusCode: 0, interactionId: '01QG0Q2S5S50G000' } });
    if (outcome.kind === 'success') expectTypeOf(outcome.result.interactionId).toBeString();

    const got = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/get', {
      params: { path },
      body: { searchByExternalId: false },
    });
    const found = classifyGmsResult(got.data);
    expect(found.kind).toBe('success');
    if (found.kind === 'success') expect(found.result.interactionProperties.interactionId).toBe('01QG0Q2S5S50G000');

    // Prism decodes deepObject form keys only for declared properties, so it always reads `change` and `delete` as
    // empty maps and refuses this valid update with 422 (toolchain notes, Prism). The runtime's validators accept it
    // (contractCheck), and the wire test pins its bytes.
    const updated = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/update', {
      params: { path },
      body: { change: { OrderNumber: 'XYZ' }, delete: { Obsolete: '' } },
    });
    expect(updated.response.status).toBe(422);
    expect((updated.error as unknown as { validation: { code: string; message: string }[] }).validation).toEqual([
      expect.objectContaining({ code: 'minProperties', message: expect.stringContaining('change') }),
      expect.objectContaining({ code: 'minProperties', message: expect.stringContaining('delete') }),
    ]);
    const updatedFailure = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/update', {
      params: { path },
      body: { change: { OrderNumber: 'XYZ' } },
      headers: { Prefer: 'example=interactionNotFound' },
    });
    expect(updatedFailure.response.status).toBe(422); // same Prism limitation, whatever the example

    const stopped = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/stop', {
      params: { path },
      body: { reasonSystemName: 'Cancel', reasonDescription: 'Not needed' },
    });
    expect(classifyGmsResult(stopped.data).kind).toBe('success');
  });

  it('classifies the failure envelope Prism serves for Prefer: example=interactionNotFound', async () => {
    const v2 = createV2Client({ baseUrl: prism.baseUrl });
    v2.use(...recorder);
    const { data, response } = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/get', {
      params: { path: { serviceName: 'customer-support', id: '01QG0Q2S5S50G000' } },
      headers: { Prefer: 'example=interactionNotFound' },
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

    const throwing = createV2Client({ baseUrl: prism.baseUrl, throwOnFailureEnvelope: true });
    const error = await throwing
      .POST('/genesys/2/openmedia/{serviceName}/{id}/stop', {
        params: { path: { serviceName: 'customer-support', id: '01QG0Q2S5S50G000' } },
        headers: { Prefer: 'example=interactionNotFound' },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GmsFailureError);
    expect(error).toMatchObject({ operationId: 'stopOpenMediaInteraction', code: 248 });
  });

  it('calls the five Web Services operations with basic authentication', async () => {
    const v2 = createV2Client({ baseUrl: prism.baseUrl, auth });
    v2.use(...recorder);
    const id = { path: { id: '00009a8T8Y130123' } };

    const all = await v2.GET('/api/v2/interactions', { params: { query: { fields: '*' } } });
    expect(classifyGwsResult(all.data).kind).toBe('success');
    const mine = await v2.GET('/api/v2/me/interactions');
    expect(mine.data).toMatchObject({ statusCode: 0 });
    expectTypeOf(mine.data).toEqualTypeOf<V2['schemas']['GwsInteractionListResult'] | undefined>();
    const one = await v2.GET('/api/v2/interactions/{id}', { params: id });
    expect(classifyGwsResult(one.data).kind).toBe('success');
    const put = await v2.PUT('/api/v2/interactions/{id}', { params: id, body: {} });
    expect(classifyGwsResult(put.data).kind).toBe('success');
    const operations = [
      { operationName: 'Accept' },
      { operationName: 'PlaceInQueue', queueName: 'Overflow' },
      { operationName: 'UpdateUserData', userData: { OrderNumber: 'ABC', Priority: 3 } },
      { operationName: 'Transfer', userId: 'agent2' },
    ] as const;
    for (const body of operations) {
      const done = await v2.POST('/api/v2/me/interactions/{id}', { params: id, body });
      expect(done.response.status).toBe(200);
      expect(classifyGwsResult(done.data).kind).toBe('success');
    }
    const failed = await v2.GET('/api/v2/interactions/{id}', { params: id, headers: { Prefer: 'example=failed' } });
    expect(classifyGwsResult(failed.data)).toMatchObject({ kind: 'failure' });
  });
});

describe('v3 (Nexus)', () => {
  it('calls all seven operations with x-api-key', async () => {
    const v3 = createV3Client({ baseUrl: prism.baseUrl, apiKey: 'nexus-key' });
    v3.use(...recorder);
    const byId = { path: { openMediaService: 'email-intake', interactionId: '0001KaBcDeF0001' } };
    const byExt = { path: { openMediaService: 'email-intake', externalId: 'ORDER-1001' } };

    const created = await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions', {
      params: { path: { openMediaService: 'email-intake' } },
      body: { externalId: 'ORDER-1001', receivedAt: '2024-05-01T10:00:00Z' },
    });
    expect(created.response.status).toBe(200);
    expectTypeOf(created.data).toEqualTypeOf<V3['schemas']['NexusUnpublishedBody'] | undefined>();
    expect(
      (await v3.GET('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}', { params: byId })).response
        .status,
    ).toBe(200);
    expect(
      (await v3.GET('/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}', { params: byExt })).response
        .status,
    ).toBe(200);
    const stop = { reasonSystemName: 'Cancel', reasonDescription: 'Not needed' };
    expect(
      (
        await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/stop', {
          params: byId,
          body: stop,
        })
      ).response.status,
    ).toBe(200);
    expect(
      (
        await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}/stop', {
          params: byExt,
          body: stop,
        })
      ).response.status,
    ).toBe(200);
    const change = { deletedProperties: ['Obsolete'] };
    expect(
      (
        await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/update', {
          params: byId,
          body: change,
        })
      ).response.status,
    ).toBe(200);
    expect(
      (
        await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions/ext_{externalId}/update', {
          params: byExt,
          body: change,
        })
      ).response.status,
    ).toBe(200);
  });
});

describe('context-service', () => {
  it('calls all eighteen operations with tenancy headers', async () => {
    const cs = createContextServiceClient({ baseUrl: prism.baseUrl, contactCenterId: '1', groupId: 'sales' });
    cs.use(...recorder);
    const service = { path: { service_id: 111222 } };

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
      body: { customer_id: 'c-1', service_type: 'MyService1' },
    });
    expect(started.response.status).toBe(201);
    expect(started.data?.service_id).toBeTypeOf('number');
    expect((await cs.GET('/genesys/1/cs/services/{service_id}', { params: service })).data?.service_id).toBeTypeOf(
      'number',
    );
    expect(
      (await cs.POST('/genesys/1/cs/services/{service_id}/end', { params: service, body: { disposition: 'done' } }))
        .response.ok,
    ).toBe(true);

    expect((await cs.GET('/genesys/1/cs/services/{service_id}/states', { params: service })).response.status).toBe(200);
    expect(
      (
        await cs.POST('/genesys/1/cs/services/{service_id}/states/start', {
          params: service,
          body: { state_type: 'Feedback' },
        })
      ).response.ok,
    ).toBe(true);
    const state = { path: { service_id: 111222, state_id: 333444 } };
    expect(
      (await cs.GET('/genesys/1/cs/services/{service_id}/states/{state_id}', { params: state })).response.status,
    ).toBe(200);
    expect(
      (await cs.POST('/genesys/1/cs/services/{service_id}/states/{state_id}/end', { params: state, body: {} })).response
        .ok,
    ).toBe(true);

    expect((await cs.GET('/genesys/1/cs/services/{service_id}/tasks', { params: service })).response.status).toBe(200);
    expect(
      (
        await cs.POST('/genesys/1/cs/services/{service_id}/tasks/start', {
          params: service,
          body: { task_type: 'Survey' },
        })
      ).response.ok,
    ).toBe(true);
    const task = { path: { service_id: 111222, task_id: 555666 } };
    expect(
      (await cs.GET('/genesys/1/cs/services/{service_id}/tasks/{task_id}', { params: task })).response.status,
    ).toBe(200);
    expect(
      (await cs.POST('/genesys/1/cs/services/{service_id}/tasks/{task_id}/end', { params: task, body: {} })).response
        .ok,
    ).toBe(true);

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
  it('called every operation of the joined document, and Prism found no invalid request', async () => {
    const expected = Object.entries(
      allDocument.paths as Record<string, Record<string, { operationId?: string }>>,
    ).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'put', 'post', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(expected.length).toBe(47);
    expect(expected.filter((call) => !calls.has(call))).toEqual([]);
    expect(violations).toEqual([]);
    expect(contractProblems).toEqual([]);
  });
});
