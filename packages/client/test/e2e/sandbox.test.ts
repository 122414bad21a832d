// The factories against the stateful sandbox (@cx-contracts/sandbox) in process, through openapi-fetch's `fetch`
// option: no server, the same code path a frontend test or a service worker uses. Unlike Prism's examples, the
// sandbox answers with what was created, so these are real flows: create → get → update → stop, an agent's session
// with its CSRF token, Nexus's 409, v1 storage with a binary key, the composite start's find-or-create.
import allDocument from '@cx-contracts/types/openapi/all.json' with { type: 'json' };
import { createSandbox } from '@cx-contracts/sandbox';
import { describe, expect, it } from 'vitest';
import {
  classifyGmsResult,
  createContextServiceClient,
  createV1Client,
  createV2Client,
  createV3Client,
} from '../../src/index.js';

const sandbox = createSandbox({ document: allDocument });
const baseUrl = 'http://sandbox.test';
// One namespace for every client of this file, so Nexus and Web Services see the same interactions.
const headers = { 'x-cx-sandbox-namespace': 'client-e2e' };
const fetch = (request: Request) => sandbox.fetch(request);

describe('client against the sandbox', () => {
  it('GMS Open Media: create → get → update → get → stop → not found', async () => {
    const v2 = createV2Client({ baseUrl, headers, fetch });
    const serviceName = 'customer-support';
    const created = classifyGmsResult(
      (
        await v2.POST('/genesys/2/openmedia/{serviceName}', {
          params: { path: { serviceName } },
          body: { externalId: 'client-1', userData: { OrderNumber: 'ABC' } },
        })
      ).data,
    );
    if (created.kind !== 'success') throw new Error(`create failed: ${JSON.stringify(created)}`);
    const path = { serviceName, id: created.result.interactionId };

    const updated = await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/update', {
      params: { path },
      body: { change: { OrderNumber: 'XYZ' }, delete: { ExternalId: '' } },
    });
    expect(classifyGmsResult(updated.data).kind).toBe('success');
    const got = classifyGmsResult(
      (await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/get', { params: { path }, body: {} })).data,
    );
    if (got.kind !== 'success') throw new Error('get failed');
    expect(got.result.interactionProperties.interactionUserData).toEqual([
      { key: 'OrderNumber', type: 'str', value: 'XYZ' },
    ]);

    await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/stop', { params: { path }, body: {} });
    const gone = classifyGmsResult(
      (await v2.POST('/genesys/2/openmedia/{serviceName}/{id}/get', { params: { path }, body: {} })).data,
    );
    expect(gone).toMatchObject({ kind: 'failure', code: 248 });
  });

  it('Nexus creates, Web Services (session + CSRF from the client middleware) accepts and completes it', async () => {
    const v3 = createV3Client({ baseUrl, headers, fetch, apiKey: 'client-key' });
    const created = await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions', {
      params: { path: { openMediaService: 'customer-support' } },
      body: { externalId: 'client-2', userData: { Topic: 'refund' } },
    });
    expect(created.response.status).toBe(200);
    const duplicate = await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions', {
      params: { path: { openMediaService: 'customer-support' } },
      body: { externalId: 'client-2' },
    });
    expect(duplicate.response.status).toBe(409);
    const id = (created.data as { data: { interactionId: string } }).data.interactionId;

    const agent = createV2Client({ baseUrl, headers, fetch, auth: { username: 'agent1', password: 'secret' } });
    const listed = await agent.GET('/api/v2/interactions', { params: { query: { fields: '*' } } });
    expect(listed.data).toMatchObject({ statusCode: 0, interactions: [{ id, userData: { Topic: 'refund' } }] });
    const accepted = await agent.POST('/api/v2/me/interactions/{id}', {
      params: { path: { id } },
      body: { operationName: 'Accept' },
    });
    expect(accepted.data).toEqual({ status: 'ok' });
    const completed = await agent.POST('/api/v2/me/interactions/{id}', {
      params: { path: { id } },
      body: { operationName: 'Complete' },
    });
    expect(completed.data).toEqual({ statusCode: 0 });
    const afterwards = await v3.GET('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}', {
      params: { path: { openMediaService: 'customer-support', interactionId: id } },
    });
    expect(afterwards.response.status).toBe(404);
  });

  it('GMS Service API: create with a file, storage, the binary key with its content type, delete', async () => {
    const v1 = createV1Client({ baseUrl, headers, fetch, gmsUser: 'default' });
    const created = await v1.POST('/genesys/1/service/{id}', {
      params: { path: { id: 'request-interaction' } },
      body: {
        _phone_number: '6504669999',
        photo: new File([new Uint8Array([1, 2, 3])], 'p.png', { type: 'image/png' }),
      },
    });
    const id = (created.data as { _id: string })._id;
    const key = await v1.GET('/genesys/1/service/{id}/storage/{key}', {
      params: { path: { id, key: '_phone_number' } },
      headers: { accept: 'application/json' },
    });
    expect(key.data).toEqual({ _phone_number: '6504669999' });
    const binary = await v1.GET('/genesys/1/service/{id}/storage/binary/{key}', {
      params: { path: { id, key: 'photo' } },
    });
    expect(binary.response.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await (binary.data as Blob).arrayBuffer())]).toEqual([1, 2, 3]);
    expect((await v1.DELETE('/genesys/1/service/{id}', { params: { path: { id } } })).data).toBe('OK');
    const after = await v1.GET('/genesys/1/service/{id}/storage/{key}', { params: { path: { id, key: 'photo' } } });
    expect(after.response.status).toBe(404);
  });

  it('Context Services: the composite start finds what it created', async () => {
    const cs = createContextServiceClient({ baseUrl, headers, fetch });
    const body = {
      services: [{ service: { customer_id: 'client-c', service_type: 'S' }, state: { state_type: 'T' } }],
    };
    const first = await cs.POST('/genesys/1/cs/services_composite/start', { body });
    const second = await cs.POST('/genesys/1/cs/services_composite/start', { body });
    // The 200 answer has two documented forms (CsCompositeStartResponse): the `services` array the sandbox sends, and
    // the vendor's "Body" template's single result; the type is their union.
    const started = (data: typeof first.data) => (data && 'services' in data ? data.services[0] : undefined);
    expect(started(first.data)?.service.created).toBe('true');
    expect(started(second.data)).toMatchObject({
      service: { service_id: started(first.data)?.service.service_id, created: 'false' },
      state: { created: 'false' },
    });
    expect(second.response.headers.get('location')).toMatch(/^\/genesys\/1\/cs\/services\/\d+\/states\/\d+$/);
  });
});
