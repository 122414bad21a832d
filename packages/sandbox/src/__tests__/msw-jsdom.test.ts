// @vitest-environment jsdom
// What a frontend test does (issue 14): vitest with jsdom, @cx-contracts/client calling the contract's paths, and
// `createSandbox()` handlers in `msw/node` answering them with state. Also each use the README documents: isolation
// per createSandbox() call, reset between tests, a fixture loaded for one test, a failure forced for one test.
import { createV2Client, createV3Client } from '@cx-contracts/client';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../msw.js';
import { document } from './contract.js';

const baseUrl = 'http://api.frontend.test';
const sandbox = createSandbox({ document, baseUrl, namespace: 'app' });
const server = setupServer(...sandbox.handlers);
const openMediaService = 'customer-support';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  sandbox.reset();
});
afterAll(() => server.close());

const v3 = () => createV3Client({ baseUrl, apiKey: 'frontend-key' });
const v2 = () => createV2Client({ baseUrl });

/** The "component": shows an interaction the way a frontend would, from what the API answered. */
function render(data: { interactionId: string; state?: string; userData?: Record<string, unknown> }): HTMLElement {
  const element = document_.createElement('section');
  element.dataset.id = data.interactionId;
  element.textContent = `${data.interactionId} ${data.state ?? ''} ${JSON.stringify(data.userData ?? {})}`;
  document_.body.replaceChildren(element);
  return element;
}
const document_ = globalThis.document;

describe('client + msw/node handlers in jsdom', () => {
  it('runs in jsdom', () => {
    expect(globalThis.window).toBeDefined();
    expect(navigator.userAgent).toMatch(/jsdom/);
  });

  it('Nexus v3: create → get → update → stop → 404, rendered into the DOM', async () => {
    const client = v3();
    const params = { path: { openMediaService } };
    const created = await client.POST('/nexus/v3/openmedia/{openMediaService}/interactions', {
      params,
      body: { externalId: 'jsdom-1', userData: { Topic: 'refund' } },
    });
    expect(created.response.status).toBe(200);
    const id = (created.data as { data: { interactionId: string } }).data.interactionId;
    const path = { openMediaService, interactionId: id };
    await client.POST('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/update', {
      params: { path },
      body: { changedProperties: { Topic: 'exchange' } },
    });
    const got = await client.GET('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}', {
      params: { path },
    });
    const shown = render((got.data as { data: { interactionId: string; userData: Record<string, unknown> } }).data);
    expect(shown.textContent).toContain('"Topic":"exchange"');
    expect(document_.querySelector(`[data-id="${id}"]`)).toBe(shown);
    const stopped = await client.POST('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/stop', {
      params: { path },
      body: {},
    });
    expect(stopped.response.status).toBe(200);
    const gone = await client.GET('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}', {
      params: { path },
    });
    expect(gone.response.status).toBe(404);
    expect(sandbox.requests('app').map((entry) => `${entry.operationId} ${entry.status}`)).toEqual([
      'createNexusInteraction 200',
      'updateNexusInteraction 200',
      'getNexusInteraction 200',
      'stopNexusInteraction 200',
      'getNexusInteraction 404',
    ]);
  });

  it('a request the contract refuses gets the node server’s problem+json with its violations', async () => {
    const response = await fetch(`${baseUrl}/genesys/2/openmedia/${openMediaService}/1/update`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'nothing=1',
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { status: number; violations: { field: string; rule: string }[] };
    expect(problem.status).toBe(422);
    expect(problem.violations.map(({ field, rule }) => `${rule} ${field}`)).toEqual([
      'required change',
      'required delete',
      'anyOf undefined',
    ]);
  });

  it('reset() between tests: the previous test’s interaction is gone', async () => {
    expect(sandbox.dump().namespaces).toEqual({});
  });

  it('load(fixture) for one test: GMS Open Media sees the loaded interaction', async () => {
    const seeded = createSandbox({ document, baseUrl: 'http://seed.test', namespace: 'app' });
    const created = await seeded.core.fetch(
      new Request(`http://seed.test/genesys/2/openmedia/${openMediaService}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-cx-sandbox-namespace': 'app' },
        body: 'externalId=fixture-1&userData%5BOrderNumber%5D=A1',
      }),
    );
    const { interactionId } = (await created.json()) as { interactionId: string };
    sandbox.load(seeded.dump('app'));
    const got = await v2().POST('/genesys/2/openmedia/{serviceName}/{id}/get', {
      params: { path: { serviceName: openMediaService, id: interactionId } },
      body: {},
    });
    expect(got.data).toMatchObject({
      statusCode: 0,
      interactionProperties: {
        interactionUserData: expect.arrayContaining([{ key: 'OrderNumber', type: 'str', value: 'A1' }]),
      },
    });
  });

  it('fault() forces one failure (the documented example), then the sandbox answers normally again', async () => {
    sandbox.fault({ operationId: 'createNexusInteraction', status: 500 });
    const params = { path: { openMediaService } };
    const failed = await v3().POST('/nexus/v3/openmedia/{openMediaService}/interactions', { params, body: {} });
    expect(failed.response.status).toBe(500);
    const next = await v3().POST('/nexus/v3/openmedia/{openMediaService}/interactions', { params, body: {} });
    expect(next.response.status).toBe(200);
  });

  it('Prefer on one request picks a named example of the contract without touching the state', async () => {
    const client = createV2Client({ baseUrl, headers: { prefer: 'example=retryLater' } });
    const answer = await client.POST('/genesys/2/openmedia/{serviceName}', {
      params: { path: { serviceName: openMediaService } },
      body: { externalId: 'x' },
    });
    expect(answer.data).toEqual({ statusCode: 1 });
    expect(sandbox.dump().namespaces.app?.interactions ?? []).toEqual([]);
  });

  it('each createSandbox() is its own state', async () => {
    const other = createSandbox({ document, baseUrl: 'http://other.test', namespace: 'app' });
    server.use(...other.handlers);
    const otherClient = createV3Client({ baseUrl: 'http://other.test', apiKey: 'k' });
    const params = { path: { openMediaService } };
    await otherClient.POST('/nexus/v3/openmedia/{openMediaService}/interactions', {
      params,
      body: { externalId: 'o' },
    });
    expect(Object.keys(other.dump().namespaces)).toEqual(['app']);
    expect(sandbox.dump().namespaces).toEqual({});
  });
});
