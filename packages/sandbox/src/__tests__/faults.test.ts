// Contract-breaking faults (faults.ts): each rewrites the real answer of the next N calls of one operation, in one
// namespace or (the `faults` option, `--fault`) in every namespace, and the write still happens unless it is ignored.
import { describe, expect, it, vi } from 'vitest';
import { createSandbox, type Sandbox } from '../sandbox.js';
import { document } from './contract.js';

const BASE = 'http://sandbox.test';
const NS = { 'x-cx-sandbox-namespace': 'a' };

function request(
  sandbox: Sandbox,
  method: string,
  path: string,
  init: { headers?: object; body?: string; type?: string } = {},
) {
  const headers = new Headers({ ...NS, ...init.headers });
  if (init.body !== undefined) headers.set('content-type', init.type ?? 'application/x-www-form-urlencoded');
  return sandbox.fetch(new Request(BASE + path, { method, headers, body: init.body }));
}

const create = (sandbox: Sandbox, headers: object = {}) =>
  request(sandbox, 'POST', '/genesys/2/openmedia/svc', { headers, body: 'externalId=e1&userData[code]=0123' });

function post(sandbox: Sandbox, fault: object): Promise<Response> {
  return request(sandbox, 'POST', '/__sandbox/faults', { body: JSON.stringify(fault), type: 'application/json' });
}

/** Arms the fault through the control API, which must accept it. */
async function arm(sandbox: Sandbox, fault: object): Promise<void> {
  const answer = await post(sandbox, fault);
  expect(answer.status, await answer.clone().text()).toBe(200);
}

const interactions = (sandbox: Sandbox, name = 'a') => sandbox.dump(name).namespaces[name]?.interactions ?? [];

describe('contract-breaking faults', () => {
  it('answers an undocumented status for the next N calls, the write still done, then behaves again', async () => {
    const sandbox = createSandbox({ document });
    await arm(sandbox, { operationId: 'createOpenMediaInteraction', setStatus: 201, count: 2 });
    expect((await create(sandbox)).status).toBe(201);
    expect((await create(sandbox)).status).toBe(201);
    expect((await create(sandbox)).status).toBe(200);
    expect(interactions(sandbox)).toHaveLength(3);
  });

  it('answers a bodiless status without the body', async () => {
    const sandbox = createSandbox({ document });
    await arm(sandbox, { operationId: 'createOpenMediaInteraction', setStatus: 204 });
    const answer = await create(sandbox);
    expect([answer.status, await answer.text(), answer.headers.get('content-type')]).toEqual([204, '', null]);
  });

  it('labels JSON text/plain, or sends it gzip-encoded', async () => {
    const sandbox = createSandbox({ document });
    await arm(sandbox, { operationId: 'createOpenMediaInteraction', contentType: 'text/plain' });
    const plain = await create(sandbox);
    expect(plain.headers.get('content-type')).toBe('text/plain');
    expect(JSON.parse(await plain.text())).toMatchObject({ statusCode: 0 });

    await arm(sandbox, { operationId: 'createOpenMediaInteraction', encoding: 'gzip' });
    const zipped = await create(sandbox);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const bytes = new Uint8Array(await zipped.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const decoded = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')));
    expect(await decoded.json()).toMatchObject({ statusCode: 0, interactionId: expect.any(String) });
  });

  it('rewrites only answers of onStatus, counting only those: a 404 served as an HTML page', async () => {
    const sandbox = createSandbox({ document });
    const get = () =>
      request(sandbox, 'GET', '/nexus/v3/openmedia/s/interactions/x', { headers: { 'x-api-key': 'k' } });
    await arm(sandbox, { operationId: 'getNexusInteraction', onStatus: 500, html: true });
    const untouched = await get();
    expect([untouched.status, untouched.headers.get('content-type')]).toEqual([404, 'application/json']);
    const still = await (await request(sandbox, 'GET', '/__sandbox/faults')).json();
    expect(still.faults).toHaveLength(1);

    await request(sandbox, 'DELETE', '/__sandbox/faults');
    await arm(sandbox, { operationId: 'getNexusInteraction', onStatus: 404, html: true });
    const page = await get();
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toMatch(/^<!DOCTYPE html>/);
  });

  it('turns a refused bad request into a 500 or a 200', async () => {
    const sandbox = createSandbox({ document });
    const start = () =>
      request(sandbox, 'POST', '/genesys/1/cs/services_composite/start', { body: '{}', type: 'application/json' });
    const refused = (await start()).status;
    expect(refused).toBeGreaterThanOrEqual(400);
    await arm(sandbox, { operationId: 'startCsCompositeService', onStatus: '4XX', setStatus: 500 });
    expect((await start()).status).toBe(500);
    await arm(sandbox, {
      operationId: 'startCsCompositeService',
      onStatus: refused,
      setStatus: 200,
      body: { services: [] },
    });
    const accepted = await start();
    expect([accepted.status, await accepted.json()]).toEqual([200, { services: [] }]);
  });

  it('delays a rewritten answer too: a slow answer that is also wrong', async () => {
    const sandbox = createSandbox({ document });
    await arm(sandbox, { operationId: 'createOpenMediaInteraction', delayMs: 5000, setStatus: 202 });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      let settled = false;
      const pending = create(sandbox).finally(() => (settled = true));
      await vi.advanceTimersByTimeAsync(4999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).status).toBe(202);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops or renames a response header', async () => {
    const sandbox = createSandbox({ document });
    const start = () =>
      request(sandbox, 'POST', '/genesys/1/cs/services_composite/start', {
        type: 'application/json',
        body: JSON.stringify({
          services: [
            { service: { customer_id: 'c', service_type: 'S', media_type: 'voice' }, state: { state_type: 'T' } },
          ],
        }),
      });
    expect((await start()).headers.get('location')).toMatch(/^\/genesys\/1\/cs\/services\//);
    await arm(sandbox, { operationId: 'startCsCompositeService', dropHeaders: ['Location'] });
    expect((await start()).headers.get('location')).toBeNull();
    await arm(sandbox, { operationId: 'startCsCompositeService', renameHeaders: { Location: 'Content-Location' } });
    const renamed = await start();
    expect(renamed.headers.get('location')).toBeNull();
    expect(renamed.headers.get('content-location')).toMatch(/^\/genesys\/1\/cs\/services\//);
  });

  it('mutates the body: drops a required field, sets a value of the wrong type, reads digits back as numbers', async () => {
    const sandbox = createSandbox({ document });
    const id = ((await (await create(sandbox)).json()) as { interactionId: string }).interactionId;
    const get = async () => (await request(sandbox, 'POST', `/genesys/2/openmedia/svc/${id}/get`, { body: '' })).json();
    await arm(sandbox, {
      operationId: 'getOpenMediaInteraction',
      drop: ['interactionProperties.interactionQueue'],
      set: { 'interactionProperties.interactionTenantId': '1', statusCode: '0' },
      digitsAsNumbers: ['interactionProperties.interactionUserData'],
    });
    const broken = await get();
    expect(broken.statusCode).toBe('0');
    expect(broken.interactionProperties.interactionTenantId).toBe('1');
    expect(broken.interactionProperties).not.toHaveProperty('interactionQueue');
    expect(broken.interactionProperties.interactionUserData).toContainEqual({ key: 'code', type: 'str', value: 123 });
    const fine = await get();
    expect(fine.interactionProperties.interactionUserData).toContainEqual({ key: 'code', type: 'str', value: '0123' });
  });

  it('answers the documented success of a write without applying it', async () => {
    const sandbox = createSandbox({ document });
    const id = ((await (await create(sandbox)).json()) as { interactionId: string }).interactionId;
    await arm(sandbox, { operationId: 'updateOpenMediaInteraction', ignoreWrite: true });
    const update = await request(sandbox, 'POST', `/genesys/2/openmedia/svc/${id}/update`, {
      body: 'change[code]=999',
    });
    expect(await update.json()).toMatchObject({ statusCode: 0 });
    expect(interactions(sandbox)[0]).toMatchObject({ userData: { code: '0123' } });
  });

  it('serves an operation without the credentials its security requires', async () => {
    const sandbox = createSandbox({ document });
    const get = () => request(sandbox, 'GET', '/nexus/v3/openmedia/s/interactions/x');
    expect((await get()).status).toBe(401);
    await arm(sandbox, { operationId: 'getNexusInteraction', acceptWithoutCredentials: true });
    expect((await get()).status).toBe(404);
    expect((await get()).status).toBe(401);
  });

  it('arms a fault in every namespace with the faults option (--fault), for all calls', async () => {
    const sandbox = createSandbox({
      document,
      faults: [{ operationId: 'createOpenMediaInteraction', remaining: Number.MAX_SAFE_INTEGER, setStatus: 201 }],
    });
    for (const name of ['x', 'y', 'x'])
      expect((await create(sandbox, { 'x-cx-sandbox-namespace': name })).status).toBe(201);
    expect(interactions(sandbox, 'y')).toHaveLength(1);
  });

  it('arms a fault for a namespace that has no state yet, named by the credential its calls will carry', async () => {
    const sandbox = createSandbox({ document });
    const call = (path: string, headers: Record<string, string>, body: string, type: string) =>
      sandbox.fetch(new Request(BASE + path, { method: 'POST', headers: { ...headers, 'content-type': type }, body }));
    const nexus = () => call('/nexus/v3/openmedia/s/interactions', { 'x-api-key': 'k-1' }, '{}', 'application/json');
    const gms = { authorization: `Basic ${btoa('agent9:pw')}` };
    const get = () => call('/genesys/2/openmedia/svc/x/get', gms, '', 'application/x-www-form-urlencoded');
    // The journeys' namespaces (an API key's, a Basic user's) do not exist before the control calls below.
    expect(sandbox.dump().namespaces).toEqual({});
    const armed = await call(
      '/__sandbox/faults',
      { 'x-api-key': 'k-1' },
      JSON.stringify({ operationId: 'createNexusInteraction', setStatus: 418 }),
      'application/json',
    );
    expect(armed.status).toBe(200);
    const answer = JSON.stringify({ operationId: 'getOpenMediaInteraction', set: { statusCode: '0' } });
    expect((await call('/__sandbox/faults', gms, answer, 'application/json')).status).toBe(200);
    expect([(await nexus()).status, (await nexus()).status]).toEqual([418, 200]);
    expect(await (await get()).json()).toMatchObject({ statusCode: '0' });
    expect(await (await get()).json()).toMatchObject({ statusCode: 2 });
  });

  it('refuses a fault it cannot apply, naming the field', async () => {
    const sandbox = createSandbox({ document });
    const refusal = async (fault: object) => ((await (await post(sandbox, fault)).json()) as { detail: string }).detail;
    expect(await refusal({ operationId: 'getCsService', setStatus: 101 })).toMatch(/^setStatus must be an HTTP status/);
    expect(await refusal({ operationId: 'getCsService', html: true, onStatus: '4xx' })).toMatch(/^onStatus must be/);
    expect(await refusal({ operationId: 'getCsService', encoding: 'br' })).toMatch(/^encoding must be/);
    expect(await refusal({ operationId: 'getCsService', drop: 'a' })).toMatch(/^drop must be a non-empty array/);
    expect(await refusal({ operationId: 'getCsService', mangle: true })).toMatch(/^Unknown fault field 'mangle'/);
    expect(await refusal({ operationId: 'getCsService', status: 500, html: true })).toMatch(/not both/);
    expect(await refusal({ operationId: 'getCsService', html: true, count: 0 })).toMatch(/^count must be/);
    const all = await (await post(sandbox, { operationId: 'getCsService', html: true, count: 'all' })).json();
    expect(all.faults).toEqual([{ operationId: 'getCsService', remaining: Number.MAX_SAFE_INTEGER, html: true }]);
  });
});
