// Every operation of every surface, called with a request built from its own examples, is answered by Prism with
// the contract's default response: the lowest documented 2xx and its first ("seed") example.
import { describe, expect, it } from 'vitest';
import type { OperationInfo, Surface } from '@cx-contracts/openapi-runtime';
import { defaultResponse, exampleRequest, surfaceGroups } from '../../src/example-requests.js';
import { loadContract, send, useMock } from './mock-process.js';

const surface: Surface = await loadContract();
const mock = useMock();

async function call(operationId: string): Promise<Response> {
  const operation = surface.getOperation(operationId);
  if (!operation) throw new Error(`${operationId} is not in the contract`);
  return send(mock.url, await exampleRequest(surface, operation));
}

describe('the contract has what these tests walk through', () => {
  it('holds the four surfaces, each with operations', () => {
    const groups = surfaceGroups(surface);
    expect(groups).toHaveLength(4);
    for (const group of groups) expect(group.operations.length, group.name).toBeGreaterThan(0);
  });
});

for (const group of surfaceGroups(surface)) {
  describe(`${group.name}: each operation answers with its seed example`, () => {
    it.each(group.operations.map((operation) => [operation.operationId, operation] as [string, OperationInfo]))(
      '%s',
      async (operationId, operation) => {
        const expected = defaultResponse(surface, operation);
        const response = await send(mock.url, await exampleRequest(surface, operation));
        const text = await response.text();
        expect(response.status, text).toBe(Number(expected.status));
        expect(response.headers.get('x-cx-operation')).toBe(operationId);
        if (expected.example === undefined) return;
        if (response.headers.get('content-type')?.includes('json')) expect(JSON.parse(text)).toEqual(expected.example);
        else expect(text).toBe(String(expected.example));
      },
    );
  });
}

describe('seed answers a frontend relies on', () => {
  it('GMS Open Media create answers statusCode 0 with the seed interaction id', async () => {
    const response = await call('createOpenMediaInteraction');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ statusCode: 0, interactionId: '01QG0Q2S5S50G000' });
  });

  it('Context Services composite start answers 200 with a Location header and the seed ids', async () => {
    const response = await call('startCsCompositeService');
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBe('/genesys/1/cs/services/111222/tasks/555666');
    const body = await response.json();
    expect(body.services[0]).toEqual({
      service: { service_id: 111222, created: 'false' },
      state: { state_id: 333444, created: 'true' },
      task: { task_id: 555666, created: 'true' },
    });
  });

  it('GMS Service create answers with the seed reply', async () => {
    const response = await call('createGmsService');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(defaultResponse(surface, surface.getOperation('createGmsService')!).example);
  });

  it('Nexus create answers 200 when the x-api-key is sent, 401 from the contract when it is not', async () => {
    expect((await call('createNexusInteraction')).status).toBe(200);
    const operation = surface.getOperation('createNexusInteraction')!;
    const request = await exampleRequest(surface, operation);
    delete request.headers['x-api-key'];
    const refused = await send(mock.url, request);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-cx-mock-error')).toBeNull();
  });

  it.each([
    ['a JSESSIONID cookie', { cookie: 'JSESSIONID=anything' }, 200],
    ['any Basic credentials', { authorization: 'Basic Zm9vOmJhcg==' }, 200],
    ['no credentials', {}, 401],
  ])('Web Services accepts %s as credentials (answer %i)', async (_, headers, status) => {
    const response = await fetch(`${mock.url}/api/v2/interactions`, { headers });
    expect(response.status).toBe(status);
  });

  it('every answer carries a Content-Length and keeps the connection reusable', async () => {
    const response = await call('listGwsInteractions');
    expect(response.headers.get('content-length')).not.toBeNull();
    expect(response.headers.get('connection')).toBe('keep-alive');
  });
});
