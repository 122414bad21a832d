import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { CredentialRedactor } from '../credential-redaction.js';
import type { OperationTable } from '../operation-table.js';
import { originGuard } from '../origin-guard.js';
import { withSpecEncoding } from '../spec-encoding.js';

const table: OperationTable = {
  'POST /form': {
    operationId: 'form',
    requestContent: { 'application/x-www-form-urlencoded': { encoding: { tags: { style: 'form', explode: true } } } },
    successContent: ['application/json'],
  },
  'POST /multi': {
    operationId: 'multi',
    requestContent: { 'multipart/form-data': {}, 'application/x-www-form-urlencoded': {}, 'application/json': {} },
    successContent: [],
  },
  'GET /text': { operationId: 'text', successContent: ['text/plain'] },
  'GET /binary': { operationId: 'binary', successContent: ['*/*'] },
  'GET /either': { operationId: 'either', successContent: ['text/plain', 'application/json'] },
};

function client(
  answer: () => Response = () => new Response('{}', { headers: { 'Content-Type': 'application/json' } }),
) {
  const seen: Request[] = [];
  const base = createClient<any>({
    baseUrl: 'http://api.test',
    headers: { 'Content-Type': 'text/bogus' },
    fetch: async (request: Request) => {
      seen.push(request);
      return answer();
    },
  });
  const guards = {
    guard: originGuard({ where: 'test', baseUrl: 'http://api.test' }),
    redactor: new CredentialRedactor(),
  };
  return { api: withSpecEncoding(base, table, guards) as any, seen };
}

describe('withSpecEncoding: request bodies', () => {
  it('writes the first media type the spec lists, overriding a client-wide Content-Type', async () => {
    const { api, seen } = client();
    await api.POST('/form', { body: { a: 1, flag: true, map: { k: 'v' }, tags: ['x', 'y'], skip: undefined } });
    expect(seen[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(await seen[0]!.text()).toBe('a=1&flag=true&map%5Bk%5D=v&tags=x&tags=y');
  });

  it('sends multipart without a Content-Type of its own, so fetch adds the boundary', async () => {
    const { api, seen } = client();
    await api.POST('/multi', { body: { name: 'n', file: new Blob(['x']) } });
    expect(seen[0]!.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('follows a Content-Type the call sets when the operation lists it', async () => {
    const { api, seen } = client();
    await api.POST('/multi', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: { a: 'b' } });
    expect(seen[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(await seen[0]!.text()).toBe('a=b');
  });

  it('passes bodies the caller encoded (FormData, URLSearchParams, strings) through', async () => {
    const { api, seen } = client();
    const form = new FormData();
    form.append('a', 'b');
    await api.POST('/multi', { body: form });
    await api.POST('/form', { body: 'raw=1' });
    expect(seen[0]!.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(await seen[1]!.text()).toBe('raw=1');
    expect(seen[1]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
  });

  it('leaves a per-call bodySerializer and unknown operations to openapi-fetch', async () => {
    const { api, seen } = client();
    await api.POST('/form', { body: { a: 1 }, bodySerializer: () => 'custom' });
    await api.POST('/unknown', { body: { a: 1 } });
    expect(await seen[0]!.text()).toBe('custom');
    expect(await seen[1]!.text()).toBe('{"a":1}');
  });
});

describe('withSpecEncoding: response parsing', () => {
  it('reads text-only operations as text and binary ones as a Blob', async () => {
    const { api } = client(() => new Response('OK', { headers: { 'Content-Type': 'text/plain' } }));
    expect((await api.GET('/text')).data).toBe('OK');
    expect((await api.GET('/binary')).data).toBeInstanceOf(Blob);
  });

  it('reads text-or-JSON operations by the response Content-Type', async () => {
    const answers = [
      new Response('Value1', { headers: { 'Content-Type': 'text/plain' } }),
      new Response('{"k":"v"}', { headers: { 'Content-Type': 'application/json;charset=UTF-8' } }),
    ];
    const { api } = client(() => answers.shift()!);
    expect((await api.GET('/either')).data).toBe('Value1');
    expect((await api.GET('/either')).data).toEqual({ k: 'v' });
  });

  it('keeps the caller’s parseAs', async () => {
    const { api } = client(() => new Response('OK', { headers: { 'Content-Type': 'text/plain' } }));
    expect((await api.GET('/text', { parseAs: 'arrayBuffer' })).data).toBeInstanceOf(ArrayBuffer);
  });
});
