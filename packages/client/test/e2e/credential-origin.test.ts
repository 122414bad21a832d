// Issue 9 item 2: no credential may reach an origin other than the client's baseUrl origin. Two capture servers on
// two ports of 127.0.0.1 are two origins (RFC 6454 §5: the port is part of it): `home` is every client's baseUrl,
// `other` is where a redirect, a per-call baseUrl or a crafted path tries to send the request. The attack pass saw
// x-api-key, X-CSRF-TOKEN, ContactCenterId/GroupId and gms_user arrive at the other port after a 307.
import { describe, expect, it } from 'vitest';
import {
  createContextServiceClient,
  createV1Client,
  createV2Client,
  createV3Client,
  type SurfaceClientOptions,
} from '../../src/index.js';
import { useCaptureServer, type CapturedRequest } from '@cx-contracts/test-support';

const username = 'agent1';
const password = 's3cret-pässword';
const basic = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
const apiKey = 'nexus-key-123';
const gmsUser = 'gms-user-7';
const session = 'node0session42';
const csrf = 'csrf-4a92be65';

/** Every credential-like header name and value the clients below send. */
const CREDENTIAL_HEADERS = [
  'authorization',
  'cookie',
  'x-api-key',
  'x-csrf-token',
  'gms_user',
  'contactcenterid',
  'groupid',
];
const CREDENTIAL_VALUES = [basic.slice(6), password, apiKey, gmsUser, session, csrf, 'tenant-7', 'sales'];

const home = useCaptureServer();
const other = useCaptureServer();

/** Whatever reached `server` that looks like a credential: header names and values anywhere in the request. */
function credentialsIn(requests: CapturedRequest[]): string[] {
  return requests.flatMap((request) => {
    const text = `${request.url} ${JSON.stringify(request.headers)} ${request.body.toString('utf8')}`;
    return [
      ...CREDENTIAL_HEADERS.filter((name) => request.headers[name] !== undefined),
      ...CREDENTIAL_VALUES.filter((value) => text.includes(value)),
    ];
  });
}

interface Surface {
  name: string;
  /** Headers the call must have sent to home (so the test cannot pass by sending nothing at all). */
  sent: Record<string, string>;
  /** Makes the client, primes its session if it has one, and makes one credentialed call; returns the result. */
  run(options: SurfaceClientOptions): Promise<{ response: Response }>;
}

const surfaces: Surface[] = [
  {
    name: 'v3: x-api-key',
    sent: { 'x-api-key': apiKey },
    run: (options) =>
      createV3Client({ ...options, apiKey }).POST('/nexus/v3/openmedia/{openMediaService}/interactions', {
        params: { path: { openMediaService: 'chat' } },
        body: { externalId: 'ext-1' },
      }),
  },
  {
    name: 'v1: Basic + gms_user',
    sent: { authorization: basic, gms_user: gmsUser },
    run: (options) =>
      createV1Client({ ...options, gmsUser, auth: { username, password } }).POST('/genesys/1/service/{id}/storage', {
        params: { path: { id: 'svc-1' } },
        headers: { 'Content-Type': 'application/json' },
        body: { Key1: 'Value1' },
      }),
  },
  {
    name: 'v2: Basic + JSESSIONID + CSRF replay',
    sent: { authorization: basic, cookie: `JSESSIONID=${session}`, 'x-csrf-token': csrf },
    async run(options) {
      const v2 = createV2Client({ ...options, gmsUser, auth: { username, password } });
      home.replies.unshift({
        body: { statusCode: 0, uris: [] },
        headers: {
          'X-CSRF-HEADER': 'X-CSRF-TOKEN',
          'X-CSRF-TOKEN': csrf,
          'Set-Cookie': `JSESSIONID=${session}; Path=/`,
        },
      });
      await v2.GET('/api/v2/me/interactions');
      return v2.POST('/api/v2/me/interactions/{id}', {
        params: { path: { id: '00009a8T8Y130123' } },
        body: { operationName: 'PlaceInQueue', queueName: 'Overflow' },
      });
    },
  },
  {
    name: 'context-service: tenancy headers + Basic',
    sent: { contactcenterid: 'tenant-7', groupid: 'sales', authorization: basic },
    run: (options) =>
      createContextServiceClient({
        ...options,
        contactCenterId: 'tenant-7',
        groupId: 'sales',
        auth: { username, password },
      }).POST('/genesys/1/cs/services/start', { body: { customer_id: 'c-1', service_type: 'MyService1' } }),
  },
];

const policies: { name: string; options: Pick<SurfaceClientOptions, 'redirects'> }[] = [
  { name: 'default (manual)', options: {} },
  { name: "redirects: 'follow-same-origin'", options: { redirects: 'follow-same-origin' } },
];

describe.each(surfaces)('$name', (surface) => {
  describe.each(policies)('$name', ({ options }) => {
    it.each([301, 302, 303, 307, 308])(
      'a %i to the other origin is returned to the caller; nothing reaches it',
      async (status) => {
        const location = `${other.url}/steal?from=redirect`;
        home.replies.push({ status, headers: { Location: location }, body: '' });
        const { response } = await surface.run({ baseUrl: home.url, ...options });
        // What leaked, named (header names and values), then: nothing at all arrived.
        expect(credentialsIn(other.requests)).toEqual([]);
        expect(other.requests).toEqual([]);
        expect(response.status).toBe(status);
        expect(response.headers.get('location')).toBe(location);
        // The credentials did go to home, on the redirected call.
        expect(home.requests.at(-1)?.headers).toMatchObject(surface.sent);
      },
    );
  });
});

describe("redirects: 'follow-same-origin' on the baseUrl origin", () => {
  async function gws(options: SurfaceClientOptions = {}) {
    const v2 = createV2Client({
      baseUrl: home.url,
      redirects: 'follow-same-origin',
      auth: { username, password },
      ...options,
    });
    home.replies.push({
      body: { statusCode: 0, uris: [] },
      headers: { 'X-CSRF-TOKEN': csrf, 'Set-Cookie': `JSESSIONID=${session}; Path=/` },
    });
    await v2.GET('/api/v2/me/interactions');
    home.requests.length = 0;
    return v2;
  }
  const operation = (v2: Awaited<ReturnType<typeof gws>>) =>
    v2.POST('/api/v2/me/interactions/{id}', {
      params: { path: { id: 'i-1' } },
      body: { operationName: 'PlaceInQueue', queueName: 'Overflow' },
    });
  const sent = { authorization: basic, cookie: `JSESSIONID=${session}`, 'x-csrf-token': csrf };
  const json = '{"operationName":"PlaceInQueue","queueName":"Overflow"}';

  it.each([307, 308])('%i keeps method, body and credentials (RFC 9110 §15.4.8, §15.4.9)', async (status) => {
    const v2 = await gws();
    home.replies.push(
      { status, headers: { Location: '/api/v2/me/interactions/i-2' }, body: '' },
      { body: { status: 'ok' } },
    );
    const { data, response } = await operation(v2);
    expect(response.status).toBe(200);
    expect(data).toEqual({ status: 'ok' });
    expect(home.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'POST /api/v2/me/interactions/i-1',
      'POST /api/v2/me/interactions/i-2',
    ]);
    expect(home.requests[1]!.headers).toMatchObject({ ...sent, 'content-type': 'application/json' });
    expect(home.requests[1]!.body.toString('utf8')).toBe(json);
  });

  it.each([
    [303, 'POST'],
    [302, 'POST'],
    [301, 'POST'],
  ])('%i turns a %s into a GET without body or Content-Type, credentials kept (RFC 9110 §15.4)', async (status) => {
    const v2 = await gws();
    home.replies.push({ status, headers: { Location: `${home.url}/api/v2/me/interactions` }, body: '' });
    await operation(v2);
    const get = home.requests[1]!;
    expect(`${get.method} ${get.url}`).toBe('GET /api/v2/me/interactions');
    expect(get.body.length).toBe(0);
    expect(get.headers['content-type']).toBeUndefined();
    expect(get.headers).toMatchObject(sent);
  });

  it('302 keeps a PUT a PUT with its body (only POST becomes GET: Fetch standard, HTTP-redirect fetch)', async () => {
    const v2 = await gws();
    home.replies.push({ status: 302, headers: { Location: '/api/v2/interactions/i-2' }, body: '' });
    await v2.PUT('/api/v2/interactions/{id}', { params: { path: { id: 'i-1' } }, body: { userData: { a: 'b' } } });
    expect(home.requests.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual([
      'PUT /api/v2/interactions/i-1 {"userData":{"a":"b"}}',
      'PUT /api/v2/interactions/i-2 {"userData":{"a":"b"}}',
    ]);
    expect(home.requests[1]!.headers).toMatchObject(sent);
  });

  it('follows same-origin hops, then returns the first cross-origin one unfollowed', async () => {
    const v2 = await gws();
    home.replies.push(
      { status: 307, headers: { Location: '/hop-1' }, body: '' },
      { status: 302, headers: { Location: `${other.url}/steal` }, body: '' },
    );
    const { response } = await operation(v2);
    expect(response.status).toBe(302);
    expect(home.requests.map((request) => request.url)).toEqual(['/api/v2/me/interactions/i-1', '/hop-1']);
    expect(other.requests).toEqual([]);
  });

  it('stops after maxRedirects with an error, having sent maxRedirects + 1 requests', async () => {
    const v2 = await gws({ maxRedirects: 3 });
    for (let index = 0; index < 10; index++)
      home.replies.push({ status: 307, headers: { Location: '/loop' }, body: '' });
    const error = await operation(v2).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('createV2Client: stopped after 3 redirects (maxRedirects).');
    expect(home.requests).toHaveLength(4);
  });

  it('returns a Location that is scheme-relative to another origin, or carries user:password, unfollowed', async () => {
    const v2 = await gws();
    const otherHost = new URL(other.url).host;
    home.replies.push({ status: 307, headers: { Location: `//${otherHost}/steal` }, body: '' });
    expect((await operation(v2)).response.status).toBe(307);
    home.replies.push({ status: 307, headers: { Location: `http://x:y@${new URL(home.url).host}/in` }, body: '' });
    expect((await operation(v2)).response.status).toBe(307);
    expect(home.requests).toHaveLength(2);
    expect(other.requests).toEqual([]);
  });

  it('a different scheme or port on the same host is another origin', async () => {
    const v2 = await gws();
    const port = new URL(home.url).port;
    home.replies.push({ status: 307, headers: { Location: `https://127.0.0.1:${port}/tls` }, body: '' });
    expect((await operation(v2)).response.status).toBe(307);
    home.replies.push({ status: 307, headers: { Location: `http://localhost:${port}/alias` }, body: '' });
    expect((await operation(v2)).response.status).toBe(307);
    expect(home.requests).toHaveLength(2);
  });
});

describe('manual redirects (the default)', () => {
  it('returns even a same-origin redirect to the caller, as the 30x with its Location', async () => {
    home.replies.push({ status: 307, headers: { Location: '/elsewhere' }, body: '' });
    const v3 = createV3Client({ baseUrl: home.url, apiKey });
    const { data, error, response } = await v3.GET(
      '/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}',
      {
        params: { path: { openMediaService: 'chat', interactionId: 'i-1' } },
      },
    );
    expect(data).toBeUndefined();
    expect(error).toBeDefined();
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/elsewhere');
    expect(home.requests).toHaveLength(1);
  });

  it("ignores fetch's own redirect option, on the client and on a call", async () => {
    home.replies.push(
      { status: 307, headers: { Location: `${other.url}/a` }, body: '' },
      { status: 307, headers: { Location: `${other.url}/b` }, body: '' },
    );
    const v3 = createV3Client({ baseUrl: home.url, apiKey, redirect: 'follow' } as SurfaceClientOptions & {
      apiKey: string;
    });
    const path = '/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}' as const;
    const params = { path: { openMediaService: 'chat', interactionId: 'i-1' } };
    expect((await v3.GET(path, { params })).response.status).toBe(307);
    expect((await v3.GET(path, { params, redirect: 'follow' })).response.status).toBe(307);
    expect(other.requests).toEqual([]);
  });
});

describe('requests aimed at another origin without a redirect', () => {
  const path = '/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}' as const;
  const params = { path: { openMediaService: 'chat', interactionId: 'i-1' } };
  const refused =
    /^createV3Client: refused to send a request to http:\/\/127\.0\.0\.1:\d+: this client sends only to its baseUrl origin http:\/\/127\.0\.0\.1(:\d+)?\.$/;

  async function failure(promise: Promise<unknown>): Promise<Error> {
    const error = await promise.then(() => undefined).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).not.toContain(apiKey);
    return error as Error;
  }

  it('refuses a per-call baseUrl, also with a per-call fetch', async () => {
    const v3 = createV3Client({ baseUrl: home.url, apiKey });
    expect((await failure(v3.GET(path, { params, baseUrl: other.url }))).message).toMatch(refused);
    const own = (request: Request) => fetch(request);
    expect((await failure(v3.GET(path, { params, baseUrl: other.url, fetch: own }))).message).toMatch(refused);
    expect(other.requests).toEqual([]);
    expect(home.requests).toEqual([]);
  });

  it('refuses a path that makes the concatenated URL another origin (":port/…", "@host/…")', async () => {
    const otherPort = new URL(other.url).port;
    // baseUrl without a port + ':<port>/x' = the other server.
    const portless = createV3Client({ baseUrl: 'http://127.0.0.1', apiKey });
    expect((await failure(portless.GET(`:${otherPort}/x` as typeof path, { params }))).message).toMatch(refused);
    // baseUrl + '@host/x' = a URL whose host is the other server (and whose "user" is the baseUrl).
    const v3 = createV3Client({ baseUrl: home.url, apiKey });
    await failure(v3.GET(`@127.0.0.1:${otherPort}/x` as typeof path, { params }));
    expect(other.requests).toEqual([]);
  });

  it('refuses an absolute URL given as the path, with or without a baseUrl', async () => {
    const absolute = `${other.url}/x` as typeof path;
    // Appended to a baseUrl it is not a URL at all; without one it would be the other origin.
    await failure(createV3Client({ baseUrl: home.url, apiKey }).GET(absolute, { params }));
    const error = await failure(createV3Client({ apiKey }).GET(absolute, { params }));
    expect(error.message).toBe('createV3Client: baseUrl is required (an absolute http or https URL).');
    expect(other.requests).toEqual([]);
  });

  it('refuses a request that middleware pointed at another origin', async () => {
    const v3 = createV3Client({ baseUrl: home.url, apiKey });
    v3.use({ onRequest: ({ request }) => new Request(`${other.url}/rewritten`, request) });
    expect((await failure(v3.GET(path, { params }))).message).toMatch(refused);
    expect(other.requests).toEqual([]);
  });

  it('refuses a baseUrl with a user name or password, without echoing it', () => {
    expect(() => createV3Client({ baseUrl: `http://user:${apiKey}@127.0.0.1:1`, apiKey })).toThrow(
      'createV3Client: baseUrl must not contain a user name or password; pass them as auth.',
    );
    expect(() => createV2Client({ baseUrl: 'not a url' })).toThrow('createV2Client: baseUrl is not a valid URL');
    expect(() => createV1Client({ baseUrl: 'ftp://gms' })).toThrow(
      'createV1Client: baseUrl must be an http: or https: URL.',
    );
  });

  it('refuses unknown redirect options by name', () => {
    expect(() => createV1Client({ baseUrl: home.url, redirects: 'follow' as never })).toThrow(
      "createV1Client: redirects must be 'manual' or 'follow-same-origin'.",
    );
    expect(() => createV1Client({ baseUrl: home.url, maxRedirects: -1 })).toThrow(
      'createV1Client: maxRedirects must be a non-negative integer.',
    );
  });
});
