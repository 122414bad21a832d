import { describe, expect, it } from 'vitest';
import { loadSurface } from '../load.js';
import {
  attachCredentials,
  basicUser,
  exampleCredentials,
  readCookie,
  satisfiesSecurity,
  securityAlternatives,
} from '../security.js';

// Every kind of scheme, and operations that combine them the ways OpenAPI 3.1.0 §4.8.30 allows.
const document = {
  openapi: '3.1.0',
  info: { title: 'security', version: '1' },
  components: {
    securitySchemes: {
      key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
      session: { type: 'apiKey', in: 'cookie', name: 'JSESSIONID' },
      basic: { type: 'http', scheme: 'Basic' },
      bearer: { type: 'http', scheme: 'bearer' },
      oauth: { type: 'oauth2', flows: {} },
    },
  },
  paths: Object.fromEntries(
    Object.entries({
      none: undefined,
      key: [{ key: [] }],
      optionalBasic: [{ basic: [] }, {}],
      keyAndSession: [{ key: [], session: [] }],
      basicOnly: [{ basic: [] }],
      basicOrBearer: [{ basic: [] }, { bearer: [] }],
      queryKey: [{ queryKey: [] }],
      oauth: [{ oauth: [] }],
      missing: [{ nowhere: [] }],
    }).map(([id, security]) => [
      `/${id}`,
      { get: { operationId: id, security, responses: { 200: { description: 'ok' } } } },
    ]),
  ),
};
const surface = loadSurface(document);
const alternatives = (id: string) => securityAlternatives(document, surface.getOperation(id)!);
const basic = `Basic ${btoa('ann:secret')}`;

describe('securityAlternatives', () => {
  it('resolves each requirement to the slots its schemes fill', () => {
    expect(alternatives('keyAndSession')).toEqual([
      [
        { scheme: 'key', type: 'apiKey', in: 'header', name: 'x-api-key' },
        { scheme: 'session', type: 'apiKey', in: 'cookie', name: 'JSESSIONID' },
      ],
    ]);
    expect(alternatives('basicOrBearer')).toEqual([
      [{ scheme: 'basic', type: 'http', in: 'header', name: 'authorization', httpScheme: 'basic' }],
      [{ scheme: 'bearer', type: 'http', in: 'header', name: 'authorization', httpScheme: 'bearer' }],
    ]);
    expect(alternatives('optionalBasic')[1]).toEqual([]);
    expect(alternatives('none')).toEqual([]);
    expect(alternatives('missing')).toEqual([
      [{ scheme: 'nowhere', type: 'unknown', in: 'header', name: 'authorization' }],
    ]);
  });
});

describe('satisfiesSecurity', () => {
  const table: { name: string; operation: string; headers: Record<string, string>; want: boolean }[] = [
    { name: 'no security needs nothing', operation: 'none', headers: {}, want: true },
    { name: 'an apiKey header, any case', operation: 'key', headers: { 'x-api-key': 'k' }, want: true },
    { name: 'an empty apiKey header is missing', operation: 'key', headers: { 'x-api-key': '' }, want: false },
    { name: 'the `{}` alternative makes it optional', operation: 'optionalBasic', headers: {}, want: true },
    {
      name: 'both slots of one requirement',
      operation: 'keyAndSession',
      headers: { 'x-api-key': 'k', cookie: 'a=1; JSESSIONID=s' },
      want: true,
    },
    { name: 'one slot of two is not enough', operation: 'keyAndSession', headers: { 'x-api-key': 'k' }, want: false },
    { name: 'Basic with user:password', operation: 'basicOrBearer', headers: { authorization: basic }, want: true },
    {
      name: 'Basic without a colon is malformed',
      operation: 'basicOnly',
      headers: { authorization: `Basic ${btoa('ann')}` },
      want: false,
    },
    {
      name: 'the other alternative: bearer',
      operation: 'basicOrBearer',
      headers: { authorization: 'Bearer t' },
      want: true,
    },
    {
      name: 'a scheme word alone is no credential',
      operation: 'basicOrBearer',
      headers: { authorization: 'Bearer' },
      want: false,
    },
    { name: 'query apiKeys are not checked', operation: 'queryKey', headers: {}, want: true },
    { name: 'oauth2 is never satisfied', operation: 'oauth', headers: { authorization: 'Bearer t' }, want: false },
    {
      name: 'a scheme the document lacks is never satisfied',
      operation: 'missing',
      headers: { authorization: basic },
      want: false,
    },
  ];
  for (const { name, operation, headers, want } of table)
    it(name, () => expect(satisfiesSecurity(alternatives(operation), new Headers(headers))).toBe(want));
});

describe('attachCredentials', () => {
  it('sends each credential only to a scheme of its kind, under the declared header name', () => {
    const credentials = { apiKey: 'k', basic: 'ann:sécret' };
    const headers: Record<string, string> = {};
    expect(attachCredentials(document, surface.getOperation('key')!, credentials, { headers })).toEqual(['X-Api-Key']);
    expect(headers).toEqual({ 'X-Api-Key': 'k' });
    const basicHeaders: Record<string, string> = {};
    attachCredentials(document, surface.getOperation('basicOrBearer')!, credentials, { headers: basicHeaders });
    // RFC 7617 §2.1: the user-pass is UTF-8 before base64.
    expect(basicHeaders).toEqual({ authorization: `Basic ${Buffer.from('ann:sécret').toString('base64')}` });
    expect(basicUser(new Headers(basicHeaders))).toBe('ann');
    const none: Record<string, string> = {};
    expect(attachCredentials(document, surface.getOperation('none')!, credentials, { headers: none })).toEqual([]);
    expect(none).toEqual({});
  });
});

describe('exampleCredentials', () => {
  const made = (operation: string) => {
    const target = { headers: {} as Record<string, string>, query: new URLSearchParams(), cookies: [] as string[] };
    exampleCredentials(alternatives(operation), target);
    return { headers: target.headers, query: target.query.toString(), cookies: target.cookies };
  };
  it('fills the first alternative with made-up values that pass satisfiesSecurity', () => {
    expect(made('keyAndSession')).toEqual({
      headers: { 'x-api-key': 'example-api-key' },
      query: '',
      cookies: ['JSESSIONID=example-session'],
    });
    expect(made('basicOrBearer').headers.authorization).toBe(`Basic ${btoa('user:password')}`);
    expect(made('queryKey').query).toBe('api_key=example-api-key');
    const { headers, cookies } = made('keyAndSession');
    expect(
      satisfiesSecurity(alternatives('keyAndSession'), new Headers({ ...headers, cookie: cookies.join('; ') })),
    ).toBe(true);
  });
  it('adds nothing when security is optional or absent', () => {
    expect(made('optionalBasic')).toEqual({ headers: {}, query: '', cookies: [] });
    expect(made('none')).toEqual({ headers: {}, query: '', cookies: [] });
  });
});

describe('readCookie', () => {
  it('finds a cookie by exact name among others', () => {
    const headers = new Headers({ cookie: 'JSESSIONIDX=1; JSESSIONID = abc ; b=2' });
    expect(readCookie(headers, 'JSESSIONID')).toBe('abc');
    expect(readCookie(headers, 'c')).toBeUndefined();
  });
});
