// Every documented status and every named example is selectable with Prism's `Prefer: code=…, example=…` header
// or the `__code`/`__example` query, through the mock's validation layer, which passes both to Prism untouched.
import { describe, expect, it } from 'vitest';
import type { Surface } from '@cx-contracts/openapi-runtime';
import { followRefs } from '@cx-contracts/openapi-runtime';
import { exampleRequest, selectableResponses } from '../../src/example-requests.js';
import { loadContract, send, useMock } from './mock-process.js';

const surface: Surface = await loadContract();
const mock = useMock();

async function request(operationId: string) {
  return exampleRequest(surface, surface.getOperation(operationId)!);
}

function exampleValue(operationId: string, status: string, mediaType: string, name: string): unknown {
  const examples = surface.getOperation(operationId)!.responses[status]!.content[mediaType]!.examples!;
  return followRefs<{ value: unknown }>(surface.document, examples[name], '#').value.value;
}

/** A concrete status for a documented key: `4XX` is asked for as 400 (Prism takes three digits only). */
const concrete = (status: string): number => Number(status.replace(/XX$/, '00'));

interface Case {
  operationId: string;
  status: string;
  mediaType?: string;
  name?: string;
}
const cases: Case[] = surface.operations.flatMap((operation) =>
  selectableResponses(operation).flatMap(({ status, mediaType, examples }): Case[] =>
    examples.length
      ? examples.map((name) => ({ operationId: operation.operationId, status, mediaType, name }))
      : [{ operationId: operation.operationId, status, mediaType }],
  ),
);

describe('every documented status and named example, selected with Prefer', () => {
  it('covers more than one status per operation somewhere', () => {
    expect(cases.length).toBeGreaterThan(surface.operations.length);
  });

  it.each(
    cases.map((entry) => [`${entry.operationId} ${entry.status} ${entry.name ?? '(no example)'}`, entry] as const),
  )('%s', async (_, entry) => {
    const prefer = entry.name
      ? `code=${concrete(entry.status)}, example=${entry.name}`
      : `code=${concrete(entry.status)}`;
    const response = await send(mock.url, await request(entry.operationId), {
      prefer,
      accept: entry.mediaType ?? '*/*',
    });
    const text = await response.text();
    expect(response.status, text).toBe(concrete(entry.status));
    expect(response.headers.get('x-cx-mock-error')).toBeNull();
    if (!entry.name) return;
    const expected = exampleValue(entry.operationId, entry.status, entry.mediaType!, entry.name);
    if (entry.mediaType!.includes('json')) expect(JSON.parse(text)).toEqual(expected);
    else expect(text).toBe(String(expected));
  });
});

describe('failure envelopes a frontend asks for', () => {
  it('GMS Open Media "interaction not found": HTTP 200, statusCode 2 with errors[{code, advice}]', async () => {
    const response = await send(mock.url, await request('getOpenMediaInteraction'), {
      prefer: 'example=interactionNotFound',
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.statusCode).toBe(2);
    expect(body.errors[0]).toEqual({ code: expect.any(Number), advice: expect.stringContaining('not found') });
  });

  it('the same envelope with the query form ?__example=', async () => {
    const base = await request('stopOpenMediaInteraction');
    const response = await send(mock.url, { ...base, path: `${base.path}?__example=interactionNotFound` });
    expect(response.status).toBe(200);
    expect((await response.json()).statusCode).toBe(2);
  });

  it('Nexus create 409 with Prefer: code=409', async () => {
    const response = await send(mock.url, await request('createNexusInteraction'), { prefer: 'code=409' });
    expect(response.status).toBe(409);
    expect(response.headers.get('x-cx-operation')).toBe('createNexusInteraction');
  });

  it('Nexus create 409 with ?__code=409', async () => {
    const base = await request('createNexusInteraction');
    const response = await send(mock.url, { ...base, path: `${base.path}?__code=409` });
    expect(response.status).toBe(409);
  });

  it('Context Services 4XX range answered with the status asked for', async () => {
    const response = await send(mock.url, await request('getCsService'), { prefer: 'code=404' });
    expect(response.status).toBe(404);
    expect((await response.json()).message).toContain('Invalid tenant');
  });
});

describe('selections the contract cannot satisfy', () => {
  it('an unknown example name gets Prism’s 404 problem naming it', async () => {
    const response = await send(mock.url, await request('getOpenMediaInteraction'), {
      prefer: 'example=noSuchExample',
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).detail).toContain('noSuchExample');
  });

  it('an undocumented status gets Prism’s 404 problem naming it', async () => {
    const response = await send(mock.url, await request('createNexusInteraction'), { prefer: 'code=418' });
    expect(response.status).toBe(404);
    expect((await response.json()).detail).toContain('418');
  });

  it('a Prefer value Prism cannot read gets a 400 saying so', async () => {
    const response = await send(mock.url, await request('createNexusInteraction'), { prefer: 'code=abc' });
    expect(response.status).toBe(400);
    expect((await response.json()).title).toContain('Prefer');
  });

  it('a request that breaks the contract is refused even with a Prefer header', async () => {
    const response = await fetch(`${mock.url}/genesys/2/openmedia/svc`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', prefer: 'code=200, example=success' },
      body: 'userData=foo',
    });
    expect(response.status).toBe(422);
  });
});
