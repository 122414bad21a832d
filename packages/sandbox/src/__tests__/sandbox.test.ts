// Namespaces, control API, faults, Prefer, fixtures, caps and expiry of the sandbox core, in process.
import { describe, expect, it } from 'vitest';
import { handlers } from '../handlers/index.js';
import { createSandbox, type Sandbox } from '../sandbox.js';
import { basic } from '../testing/flows.js';
import { document, surface } from './contract.js';

const BASE = 'http://sandbox.test';

function call(
  sandbox: Sandbox,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; json?: unknown; form?: string } = {},
) {
  const headers = new Headers(init.headers);
  let body: string | undefined;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  } else if (init.form !== undefined) {
    headers.set('content-type', 'application/x-www-form-urlencoded');
    body = init.form;
  }
  return sandbox.fetch(new Request(BASE + path, { method, headers, body }));
}

const ns = (name: string) => ({ 'x-cx-sandbox-namespace': name });

async function createGms(sandbox: Sandbox, headers: Record<string, string>, form = 'externalId=e1'): Promise<string> {
  const response = await call(sandbox, 'POST', '/genesys/2/openmedia/svc', { headers, form });
  return ((await response.json()) as { interactionId: string }).interactionId;
}

describe('registry', () => {
  it('has behaviour for every operation of the contract, and for nothing else', () => {
    const operationIds = surface.operations.map((operation) => operation.operationId).sort();
    expect(Object.keys(handlers).sort()).toEqual(operationIds);
  });
});

describe('namespaces', () => {
  it('keeps two namespaces apart', async () => {
    const sandbox = createSandbox({ document });
    const id = await createGms(sandbox, ns('alice'));
    const own = await call(sandbox, 'POST', `/genesys/2/openmedia/svc/${id}/get`, { headers: ns('alice'), form: '' });
    expect(await own.json()).toMatchObject({ statusCode: 0 });
    const other = await call(sandbox, 'POST', `/genesys/2/openmedia/svc/${id}/get`, { headers: ns('bob'), form: '' });
    expect(await other.json()).toMatchObject({ statusCode: 2, errors: [{ code: 248 }] });
    expect(other.headers.get('x-cx-sandbox-namespace')).toBe('bob');
  });

  it('derives the namespace from the credential: Basic user by name, API key by a hash that does not show the key', async () => {
    const sandbox = createSandbox({ document });
    const byUser = await call(sandbox, 'GET', '/api/v2/me/interactions', {
      headers: { authorization: basic('carol') },
    });
    expect(byUser.headers.get('x-cx-sandbox-namespace')).toBe('user:carol');
    const byKey = await call(sandbox, 'GET', '/nexus/v3/openmedia/s/interactions/x', {
      headers: { 'x-api-key': 'top-secret-key' },
    });
    const name = byKey.headers.get('x-cx-sandbox-namespace')!;
    expect(name).toMatch(/^key:[0-9a-f]{12}$/);
    expect(JSON.stringify(sandbox.dump()) + JSON.stringify(sandbox.requests(name))).not.toContain('top-secret-key');
    expect((await call(sandbox, 'GET', '/genesys/1/cs/services/1')).headers.get('x-cx-sandbox-namespace')).toBe(
      'default',
    );
  });

  it('refuses a namespace header that is not a name', async () => {
    const sandbox = createSandbox({ document });
    const response = await call(sandbox, 'GET', '/genesys/1/cs/services/1', { headers: ns('a b/../c') });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ detail: expect.stringContaining('x-cx-sandbox-namespace') });
  });

  it('drops namespaces idle for longer than idleMs', async () => {
    let now = 1_000_000;
    const sandbox = createSandbox({ document, idleMs: 60_000, clock: () => now });
    await createGms(sandbox, ns('old'));
    now += 61_000;
    await call(sandbox, 'GET', '/genesys/1/cs/services/1', { headers: ns('new') });
    expect(Object.keys(sandbox.dump().namespaces)).toEqual(['new']);
  });
});

describe('caps', () => {
  it('answers a full namespace with a clear 507 problem and keeps serving reads', async () => {
    const sandbox = createSandbox({ document, caps: { interactionsPerNamespace: 2 } });
    await createGms(sandbox, ns('a'));
    const second = await createGms(sandbox, ns('a'));
    const third = await call(sandbox, 'POST', '/genesys/2/openmedia/svc', { headers: ns('a'), form: 'externalId=x' });
    expect(third.status).toBe(507);
    expect(third.headers.get('content-type')).toBe('application/problem+json');
    expect(await third.json()).toMatchObject({
      cap: 'interactionsPerNamespace',
      limit: 2,
      detail: expect.stringContaining("'a'"),
    });
    const read = await call(sandbox, 'POST', `/genesys/2/openmedia/svc/${second}/get`, { headers: ns('a'), form: '' });
    expect(read.status).toBe(200);
  });

  it('makes room by dropping ended interactions, oldest first', async () => {
    const sandbox = createSandbox({ document, caps: { interactionsPerNamespace: 2 } });
    const first = await createGms(sandbox, ns('a'));
    const second = await createGms(sandbox, ns('a'));
    await call(sandbox, 'POST', `/genesys/2/openmedia/svc/${first}/stop`, { headers: ns('a'), form: '' });
    const third = await call(sandbox, 'POST', '/genesys/2/openmedia/svc', { headers: ns('a'), form: '' });
    expect(third.status).toBe(200);
    expect(sandbox.dump('a').namespaces.a!.interactions.map((item) => item.id)).toEqual([
      second,
      ((await third.json()) as { interactionId: string }).interactionId,
    ]);
  });

  it('holds fewer than 64 ended interactions per namespace however many were created and stopped', async () => {
    const sandbox = createSandbox({ document });
    const active = await createGms(sandbox, ns('a'));
    for (let i = 0; i < 200; i++) {
      const id = await createGms(sandbox, ns('a'), `externalId=e${i}`);
      await call(sandbox, 'POST', `/genesys/2/openmedia/svc/${id}/stop`, { headers: ns('a'), form: '' });
    }
    const held = sandbox.dump('a').namespaces.a!.interactions;
    expect(held.filter((item) => item.state === 'Stopped').length).toBeLessThan(64);
    expect(held.map((item) => item.id)).toContain(active);
    const read = await call(sandbox, 'POST', `/genesys/2/openmedia/svc/${active}/get`, { headers: ns('a'), form: '' });
    expect(((await read.json()) as { statusCode: number }).statusCode).toBe(0);
  });

  it('caps stored bytes per namespace and the number of namespaces', async () => {
    const sandbox = createSandbox({ document, caps: { bytesPerNamespace: 10, namespaces: 1 } });
    const put = await call(sandbox, 'POST', '/genesys/1/service/abc/storage', {
      headers: ns('a'),
      json: { k: 'x'.repeat(11) },
    });
    expect(put.status).toBe(507);
    expect(await put.json()).toMatchObject({ cap: 'bytesPerNamespace' });
    const otherNamespace = await call(sandbox, 'GET', '/genesys/1/service/abc/storage', { headers: ns('b') });
    expect(otherNamespace.status).toBe(507);
    expect(await otherNamespace.json()).toMatchObject({ cap: 'namespaces' });
  });
});

describe('control API', () => {
  it('resets a namespace', async () => {
    const sandbox = createSandbox({ document });
    const id = await createGms(sandbox, ns('a'));
    expect((await call(sandbox, 'POST', '/__sandbox/reset', { headers: ns('a') })).status).toBe(200);
    const get = await call(sandbox, 'POST', `/genesys/2/openmedia/svc/${id}/get`, { headers: ns('a'), form: '' });
    expect(await get.json()).toMatchObject({ statusCode: 2 });
  });

  it('exports and imports a namespace as a versioned fixture (round trip, binary included)', async () => {
    const sandbox = createSandbox({ document });
    const id = await createGms(sandbox, ns('a'), 'externalId=e1&userData%5BK%5D=v');
    const form = new FormData();
    form.append('File', new Blob([new Uint8Array([0, 1, 2, 255])], { type: 'image/png' }), 'f.png');
    await sandbox.fetch(
      new Request(`${BASE}/genesys/1/service/s1/storage`, { method: 'POST', headers: ns('a'), body: form }),
    );
    const fixture = await (await call(sandbox, 'GET', '/__sandbox/fixture', { headers: ns('a') })).json();
    expect(fixture).toMatchObject({ version: 1, namespaces: { a: { interactions: [{ id }] } } });

    const fresh = createSandbox({ document });
    const loaded = await fresh.fetch(
      new Request(`${BASE}/__sandbox/fixture`, { method: 'PUT', headers: ns('b'), body: JSON.stringify(fixture) }),
    );
    expect(loaded.status).toBe(200);
    const get = await call(fresh, 'POST', `/genesys/2/openmedia/svc/${id}/get`, { headers: ns('b'), form: '' });
    expect(await get.json()).toMatchObject({
      statusCode: 0,
      interactionProperties: { interactionUserData: [{}, { key: 'K', value: 'v' }] },
    });
    const binary = await call(fresh, 'GET', '/genesys/1/service/s1/storage/binary/File', { headers: ns('b') });
    expect(binary.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await binary.arrayBuffer())]).toEqual([0, 1, 2, 255]);
    expect(fresh.dump('b').namespaces.b).toEqual(sandbox.dump('a').namespaces.a);
  });

  it('refuses a fixture that is not one, naming what is wrong', async () => {
    const sandbox = createSandbox({ document });
    const bad = await sandbox.fetch(
      new Request(`${BASE}/__sandbox/fixture`, {
        method: 'PUT',
        body: JSON.stringify({ version: 1, namespaces: { x: { interactions: [{ id: 5 }] } } }),
      }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      detail: 'fixture.namespaces.x.interactions[0].id must be a non-empty string.',
    });
    expect(() => sandbox.load({ version: 2, namespaces: {} })).toThrow('fixture.version must be 1, got 2.');
  });

  it('offers an interaction to a named agent, who then sees it offered', async () => {
    const sandbox = createSandbox({ document });
    const id = await createGms(sandbox, ns('a'));
    const offer = await call(sandbox, 'POST', '/__sandbox/offer', {
      headers: ns('a'),
      json: { interactionId: id, user: 'agent7' },
    });
    expect(offer.status).toBe(200);
    const mine = await call(sandbox, 'GET', '/api/v2/me/interactions?fields=*', {
      headers: { ...ns('a'), authorization: basic('agent7') },
    });
    expect(await mine.json()).toMatchObject({
      interactions: [{ id, state: 'Offered', capabilities: ['Accept', 'Reject'] }],
    });
    const missing = await call(sandbox, 'POST', '/__sandbox/offer', {
      headers: ns('a'),
      json: { interactionId: 'nope', user: 'x' },
    });
    expect(missing.status).toBe(404);
  });

  it('logs the last requests of a namespace with operationId, status and violations', async () => {
    const sandbox = createSandbox({ document, logSize: 2 });
    await createGms(sandbox, ns('a'));
    await call(sandbox, 'POST', '/genesys/2/openmedia/svc', { headers: ns('a'), form: 'userData=foo' });
    await call(sandbox, 'POST', '/genesys/2/openmedia/svc/x/get', { headers: ns('a'), form: '' });
    const log = (await (await call(sandbox, 'GET', '/__sandbox/requests', { headers: ns('a') })).json()) as {
      requests: { operationId: string; status: number; violations?: unknown[] }[];
    };
    expect(log.requests).toHaveLength(2);
    expect(log.requests[0]).toMatchObject({
      method: 'POST',
      path: '/genesys/2/openmedia/svc',
      operationId: 'createOpenMediaInteraction',
      status: 422,
      violations: [{ location: 'body', field: 'userData', rule: 'type' }],
    });
    expect(log.requests[1]).toMatchObject({ operationId: 'getOpenMediaInteraction', status: 200 });
  });

  it('answers an unknown control route with the list of routes', async () => {
    const response = await call(createSandbox({ document }), 'GET', '/__sandbox/nope');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ detail: expect.stringContaining('POST /__sandbox/faults') });
  });
});

describe('faults', () => {
  it('answers the next N calls of an operation with a named example, then behaves again', async () => {
    const sandbox = createSandbox({ document });
    const armed = await call(sandbox, 'POST', '/__sandbox/faults', {
      headers: ns('a'),
      json: { operationId: 'createOpenMediaInteraction', example: 'retryLater', count: 2 },
    });
    expect(armed.status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const faulted = await call(sandbox, 'POST', '/genesys/2/openmedia/svc', {
        headers: ns('a'),
        form: 'externalId=x',
      });
      expect(await faulted.json()).toEqual({ statusCode: 1 });
    }
    expect(
      await (await call(sandbox, 'POST', '/genesys/2/openmedia/svc', { headers: ns('a'), form: '' })).json(),
    ).toMatchObject({
      statusCode: 0,
    });
    // Only namespace a was faulted.
    expect(sandbox.dump('a').namespaces.a!.interactions).toHaveLength(1);
  });

  it('answers with a status, or after a delay', async () => {
    const sandbox = createSandbox({ document });
    sandbox.fault('a', { operationId: 'getNexusInteraction', status: 500 });
    const failed = await call(sandbox, 'GET', '/nexus/v3/openmedia/s/interactions/x', {
      headers: { ...ns('a'), 'x-api-key': 'k' },
    });
    expect(failed.status).toBe(500);
    sandbox.fault('a', { operationId: 'getNexusInteraction', delayMs: 20 });
    const delayed = await call(sandbox, 'GET', '/nexus/v3/openmedia/s/interactions/x', {
      headers: { ...ns('a'), 'x-api-key': 'k' },
    });
    expect(delayed.status).toBe(404);
  });

  it('refuses a fault for an unknown operation or without an effect', async () => {
    const sandbox = createSandbox({ document });
    const unknown = await call(sandbox, 'POST', '/__sandbox/faults', { json: { operationId: 'nope', status: 500 } });
    expect(unknown.status).toBe(400);
    const noEffect = await call(sandbox, 'POST', '/__sandbox/faults', { json: { operationId: 'getCsService' } });
    expect(await noEffect.json()).toMatchObject({
      detail: expect.stringContaining('A fault needs one of status, example'),
    });
  });
});

describe('Prefer and __code/__example', () => {
  it('answer the documented example without touching the state', async () => {
    const sandbox = createSandbox({ document });
    const forced = await call(sandbox, 'POST', '/genesys/2/openmedia/svc/abc/get', {
      headers: { ...ns('a'), prefer: 'example=interactionNotFound' },
      form: '',
    });
    expect(await forced.json()).toMatchObject({ statusCode: 2, errors: [{ code: 248 }] });
    const conflict = await call(sandbox, 'POST', '/nexus/v3/openmedia/s/interactions?__code=409', {
      headers: { ...ns('a'), 'x-api-key': 'k' },
      json: {},
    });
    expect(conflict.status).toBe(409);
    expect(sandbox.dump('a').namespaces.a?.interactions ?? []).toHaveLength(0);
  });

  it('name what exists when the selection does not', async () => {
    const sandbox = createSandbox({ document });
    const missing = await call(sandbox, 'POST', '/genesys/2/openmedia/svc/abc/get', {
      headers: { prefer: 'code=200, example=nope' },
      form: '',
    });
    expect(missing.status).toBe(404);
    // The shape the stateless mode gives (issue 9 item 5): the status's examples by media type.
    expect(await missing.json()).toMatchObject({
      examples: { 'application/json': ['success', 'retryLater', 'interactionNotFound'] },
    });
    const undocumented = await call(sandbox, 'POST', '/genesys/2/openmedia/svc/abc/get', {
      headers: { prefer: 'code=418' },
      form: '',
    });
    expect(await undocumented.json()).toMatchObject({ status: 404, statuses: ['200', '401'] });
  });

  it('still validates the request', async () => {
    const sandbox = createSandbox({ document });
    const response = await call(sandbox, 'POST', '/genesys/2/openmedia/svc?__code=200', { form: 'userData=foo' });
    expect(response.status).toBe(422);
  });
});

describe('CSRF option', () => {
  it('with csrf off, POST needs no token and GET carries none', async () => {
    const sandbox = createSandbox({ document, csrf: false });
    const id = await createGms(sandbox, ns('a'));
    const headers = { ...ns('a'), authorization: basic('agent1') };
    const list = await call(sandbox, 'GET', '/api/v2/me/interactions', { headers });
    expect(list.headers.get('x-csrf-token')).toBeNull();
    const accept = await call(sandbox, 'POST', `/api/v2/me/interactions/${id}`, {
      headers,
      json: { operationName: 'Accept' },
    });
    expect(await accept.json()).toEqual({ status: 'ok' });
  });
});

describe('hot swap', () => {
  it('keeps the state and reports the operations that changed', async () => {
    const sandbox = createSandbox({ document });
    const id = await createGms(sandbox, ns('a'));
    const smaller = structuredClone(document) as { paths: Record<string, unknown> };
    delete smaller.paths['/genesys/1/cs/services/{service_id}'];
    const result = sandbox.swap(smaller);
    expect(result).toMatchObject({ keptState: true, added: [], removed: ['getCsService'] });
    expect((await call(sandbox, 'GET', '/genesys/1/cs/services/1')).status).toBe(404);
    const get = await call(sandbox, 'POST', `/genesys/2/openmedia/svc/${id}/get`, { headers: ns('a'), form: '' });
    expect(await get.json()).toMatchObject({ statusCode: 0 });
  });
});

describe('Context Services caps', () => {
  it('over all namespaces: completed services anywhere make room, active ones are kept', async () => {
    const sandbox = createSandbox({ document, caps: { csServicesTotal: 1 } });
    const start = (name: string) =>
      call(sandbox, 'POST', '/genesys/1/cs/services/start', { headers: ns(name), json: { customer_id: 'c' } });
    const first = (await (await start('a')).json()) as { service_id: number };
    const refused = await start('b');
    expect(refused.status).toBe(507);
    expect(await refused.json()).toMatchObject({ cap: 'csServicesTotal', limit: 1 });
    await call(sandbox, 'POST', `/genesys/1/cs/services/${first.service_id}/end`, { headers: ns('a'), json: {} });
    expect((await start('b')).status).toBe(201);
  });

  it('drops completed services to make room, and refuses only when every service is active', async () => {
    const sandbox = createSandbox({ document, caps: { csServicesPerNamespace: 1 } });
    const start = () =>
      call(sandbox, 'POST', '/genesys/1/cs/services/start', { headers: ns('a'), json: { customer_id: 'c' } });
    const first = (await (await start()).json()) as { service_id: number };
    expect((await start()).status).toBe(507);
    await call(sandbox, 'POST', `/genesys/1/cs/services/${first.service_id}/end`, { headers: ns('a'), json: {} });
    expect((await start()).status).toBe(201);
  });
});

describe('front end', () => {
  it('refuses an encoded body with 415 instead of reading garbage', async () => {
    const sandbox = createSandbox({ document });
    const response = await sandbox.fetch(
      new Request(`${BASE}/genesys/2/openmedia/svc`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' },
        body: new Uint8Array([0x1f, 0x8b, 8, 0]),
      }),
    );
    expect(response.status).toBe(415);
    expect(response.headers.get('accept-encoding')).toBe('identity');
  });

  it('answers a body over the runtime decode caps with 413 or 400 naming the limit', async () => {
    const sandbox = createSandbox({ document });
    const many = await call(sandbox, 'POST', '/genesys/2/openmedia/svc', { form: 'a=1&'.repeat(20_000) });
    expect(many.status).toBe(413);
    expect(await many.json()).toMatchObject({ limit: 'maxPairs' });
    const deep = await call(sandbox, 'POST', '/nexus/v3/openmedia/s/interactions', {
      headers: { 'x-api-key': 'k' },
      json: JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`),
    });
    expect(deep.status).toBe(400);
  });
});
