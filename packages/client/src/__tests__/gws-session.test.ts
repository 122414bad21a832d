import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { gwsSession, type GwsSessionOptions } from '../gws-session.js';

type Answer = { headers?: Record<string, string> | [string, string][] };

/** A client whose fetch records each request and answers with the next scripted headers. */
function scripted(answers: Answer[], options?: GwsSessionOptions) {
  const seen: Request[] = [];
  const client = createClient<any>({
    baseUrl: 'http://gws.test',
    fetch: async (request: Request) => {
      seen.push(request);
      return new Response('{"statusCode":0}', { headers: new Headers(answers.shift()?.headers ?? {}) });
    },
  });
  client.use(gwsSession(options));
  return { client, seen };
}

describe('gwsSession', () => {
  it('sends the CSRF token on PUT, POST and DELETE, never on GET', async () => {
    const { client, seen } = scripted([{ headers: { 'X-CSRF-HEADER': 'X-CSRF-TOKEN', 'X-CSRF-TOKEN': 't1' } }]);
    await client.GET('/api/v2/me', {});
    for (const method of ['GET', 'PUT', 'POST', 'DELETE'] as const)
      await client.request(method.toLowerCase() as 'get', '/x', {});
    expect(seen.map((request) => [request.method, request.headers.get('X-CSRF-TOKEN')])).toEqual([
      ['GET', null],
      ['GET', null],
      ['PUT', 't1'],
      ['POST', 't1'],
      ['DELETE', 't1'],
    ]);
  });

  it('keeps a token the caller set on the call', async () => {
    const { client, seen } = scripted([{ headers: { 'X-CSRF-TOKEN': 't1' } }]);
    await client.GET('/api/v2/me', {});
    await client.POST('/x', { headers: { 'X-CSRF-TOKEN': 'mine' } });
    expect(seen[1]!.headers.get('X-CSRF-TOKEN')).toBe('mine');
  });

  it('falls back to X-CSRF-TOKEN when X-CSRF-HEADER is missing or not a header name', async () => {
    const { client, seen } = scripted([{ headers: { 'X-CSRF-HEADER': 'bad name', 'X-CSRF-TOKEN': 't2' } }]);
    await client.GET('/api/v2/me', {});
    await client.POST('/x', {});
    expect(seen[1]!.headers.get('X-CSRF-TOKEN')).toBe('t2');
  });

  it('replays JSESSIONID only, drops it on Max-Age=0, and forgets the old token with a new session', async () => {
    const { client, seen } = scripted([
      {
        headers: [
          ['Set-Cookie', 'JSESSIONID=s1; Path=/; HttpOnly'],
          ['Set-Cookie', 'other=x'],
          ['X-CSRF-TOKEN', 't1'],
        ],
      },
      { headers: { 'Set-Cookie': 'JSESSIONID=s2; Path=/' } },
      {},
      { headers: { 'Set-Cookie': 'JSESSIONID=; Max-Age=0' } },
    ]);
    await client.GET('/a', {});
    await client.POST('/b', {});
    await client.POST('/c', {});
    await client.GET('/d', {});
    await client.GET('/e', {});
    expect(seen.map((request) => [request.headers.get('Cookie'), request.headers.get('X-CSRF-TOKEN')])).toEqual([
      [null, null],
      ['JSESSIONID=s1', 't1'],
      ['JSESSIONID=s2', null],
      ['JSESSIONID=s2', null],
      [null, null],
    ]);
  });

  it('can be turned off', async () => {
    const { client, seen } = scripted([{ headers: { 'Set-Cookie': 'JSESSIONID=s1', 'X-CSRF-TOKEN': 't1' } }], {
      cookies: false,
      csrf: false,
    });
    await client.GET('/a', {});
    await client.POST('/b', {});
    expect([seen[1]!.headers.get('Cookie'), seen[1]!.headers.get('X-CSRF-TOKEN')]).toEqual([null, null]);
  });
});
