// Issue 9 item 8: an error built from server text must not carry the credentials the client holds. The capture server
// here echoes every credential it received (the Basic header, its base64 and decoded forms, the password, the API
// key, the CSRF token, the session cookie) into the text the client turns into errors.
import { describe, expect, it } from 'vitest';
import { createV1Client, createV2Client, createV3Client, GmsFailureError, GwsFailureError } from '../../src/index.js';
import { useCaptureServer, type CapturedRequest } from '@cx-contracts/test-support';

const username = 'agent1';
const password = 's3cret-pässword';
const base64 = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
const apiKey = 'nexus-key-123';
const session = 'node0session42';
const csrf = 'csrf-4a92be65';
const SECRETS = [
  `Basic ${base64}`,
  base64,
  `${username}:${password}`,
  password,
  encodeURIComponent(password),
  apiKey,
  session,
  csrf,
];

/** Everything the server received that is a credential, in the forms a careless server echoes it. */
function echo(request: CapturedRequest): string {
  const authorization = request.headers.authorization ?? '';
  const decoded = Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString('utf8');
  return [
    `Authorization: ${authorization}`,
    `decoded ${decoded}`,
    `password ${decoded.slice(decoded.indexOf(':') + 1)} (${encodeURIComponent(password)})`,
    `x-api-key ${request.headers['x-api-key'] ?? ''}`,
    `Cookie: ${request.headers.cookie ?? ''}`,
    `X-CSRF-TOKEN: ${request.headers['x-csrf-token'] ?? ''}`,
  ].join('; ');
}

const server = useCaptureServer();

/** Every way an error is commonly turned into text: message, String(), stack, JSON (its own fields), and causes. */
function textOf(error: unknown): string {
  const parts: string[] = [];
  for (let current = error as Error & { cause?: unknown }, depth = 0; current && depth < 5; depth++) {
    parts.push(String(current), String(current.stack), JSON.stringify(current));
    current = current.cause as Error & { cause?: unknown };
  }
  return parts.join('\n');
}

function expectRedacted(error: unknown): void {
  const text = textOf(error);
  expect(SECRETS.filter((secret) => text.includes(secret))).toEqual([]);
}

/** A v2 client with Basic auth that already holds a JSESSIONID and a CSRF token, as after a first GET. */
async function gwsWithSession(options: { throwOnFailureEnvelope?: boolean } = {}) {
  const v2 = createV2Client({ baseUrl: server.url, auth: { username, password }, ...options });
  server.replies.push({
    body: { statusCode: 0, uris: [] },
    headers: { 'X-CSRF-TOKEN': csrf, 'Set-Cookie': `JSESSIONID=${session}; Path=/` },
  });
  await v2.GET('/api/v2/me/interactions');
  return v2;
}

const placeInQueue = {
  params: { path: { id: 'i-1' } },
  body: { operationName: 'PlaceInQueue' as const, queueName: 'Overflow' },
};

describe('failure envelopes that echo credentials', () => {
  it('GwsFailureError ({statusCode, statusMessage}) redacts message, statusMessage and stack', async () => {
    const v2 = await gwsWithSession({ throwOnFailureEnvelope: true });
    server.replies.push((request) => ({ body: { statusCode: 2, statusMessage: echo(request) } }));
    const error = await v2.POST('/api/v2/me/interactions/{id}', placeInQueue).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GwsFailureError);
    // The server did echo them (else this test proves nothing): the raw answer still holds them.
    const raw = await (error as GwsFailureError).response.clone().text();
    for (const secret of [`Basic ${base64}`, `${username}:${password}`, session, csrf]) expect(raw).toContain(secret);
    expectRedacted(error);
    const { message, statusMessage } = error as GwsFailureError;
    expect(statusMessage).toBe(
      'Authorization: [REDACTED]; decoded [REDACTED]; password [REDACTED] ([REDACTED]); x-api-key ; ' +
        'Cookie: [REDACTED]; X-CSRF-TOKEN: [REDACTED]',
    );
    expect(message).toBe(`performGwsInteractionOperation: Web Services answered statusCode 2: ${statusMessage}.`);
  });

  it('GwsFailureError ({status: "error", errorDescription}) redacts too', async () => {
    const v2 = await gwsWithSession({ throwOnFailureEnvelope: true });
    server.replies.push((request) => ({ body: { status: 'error', errorDescription: echo(request) } }));
    const error = await v2.POST('/api/v2/me/interactions/{id}', placeInQueue).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GwsFailureError);
    expectRedacted(error);
    expect((error as GwsFailureError).statusMessage).toContain('Authorization: [REDACTED]');
  });

  it('GmsFailureError redacts advice, errors[].advice and the message', async () => {
    const v2 = createV2Client({ baseUrl: server.url, auth: { username, password }, throwOnFailureEnvelope: true });
    server.replies.push((request) => ({ body: { statusCode: 2, errors: [{ code: 248, advice: echo(request) }] } }));
    const error = await v2
      .POST('/genesys/2/openmedia/{serviceName}/{id}/stop', { params: { path: { serviceName: 's', id: 'x' } } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GmsFailureError);
    expectRedacted(error);
    const { advice, errors, code } = error as GmsFailureError;
    expect(code).toBe(248);
    expect(advice).toContain('Authorization: [REDACTED]; decoded [REDACTED]');
    expect(errors).toEqual([{ code: 248, advice }]);
  });
});

describe('bodies that are not the JSON they claim to be', () => {
  it('a JSON parse error names the operation, not the text (which echoed the API key)', async () => {
    const v3 = createV3Client({ baseUrl: server.url, apiKey });
    server.replies.push((request) => ({
      headers: { 'Content-Type': 'application/json' },
      body: `{"received": ${request.headers['x-api-key']}}`,
    }));
    const error = await v3
      .GET('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}', {
        params: { path: { openMediaService: 'chat', interactionId: 'i-1' } },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyntaxError);
    expect((error as Error).message).toBe(
      'GET /nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}: the 200 response says it is JSON but its body is not valid JSON.',
    );
    expectRedacted(error);
  });

  it('the same for an operation read by its Content-Type (GMS "query one key")', async () => {
    const v1 = createV1Client({ baseUrl: server.url, auth: { username, password } });
    server.replies.push((request) => ({
      headers: { 'Content-Type': 'application/json' },
      body: request.headers.authorization ?? '',
    }));
    const error = await v1
      .GET('/genesys/1/service/{id}/storage/{key}', { params: { path: { id: 'abc', key: 'k' } } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyntaxError);
    expect((error as Error).message).toMatch(/^GET \/genesys\/1\/service\/\{id\}\/storage\/\{key\}: the 200 response/);
    expectRedacted(error);
  });
});

describe('other errors that pass through a call', () => {
  it("middleware that throws the request's headers has them redacted, a call's own API key included", async () => {
    const v3 = createV3Client({ baseUrl: server.url, apiKey: 'client-wide-key' });
    v3.use({
      onResponse({ request }) {
        throw new Error(`debug: ${JSON.stringify(Object.fromEntries(request.headers))}`, { cause: new Error(apiKey) });
      },
    });
    const error = await v3
      .GET('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}', {
        params: { path: { openMediaService: 'chat', interactionId: 'i-1' } },
        headers: { 'x-api-key': apiKey },
      })
      .catch((caught: unknown) => caught);
    expect(server.requests.at(-1)?.headers['x-api-key']).toBe(apiKey);
    expectRedacted(error);
    expect((error as Error).message).toContain('"x-api-key":"[REDACTED]"');
    expect(String((error as Error).cause)).toBe('Error: [REDACTED]');
  });

  it('a session cookie and CSRF token captured from the server are redacted once held', async () => {
    const v2 = await gwsWithSession();
    v2.use({
      onRequest({ request }) {
        throw new TypeError(`refusing ${request.headers.get('cookie')} ${request.headers.get('x-csrf-token')}`);
      },
    });
    const error = await v2.POST('/api/v2/me/interactions/{id}', placeInQueue).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('refusing JSESSIONID=[REDACTED] [REDACTED]');
    expectRedacted(error);
  });
});

describe('credentials that are not valid header values', () => {
  // fetch's own error quotes the value: 'Headers.set: "…" is an invalid header value.'
  it('a factory refuses them by option name', () => {
    expect(() => createV3Client({ baseUrl: server.url, apiKey: `${apiKey}\r\nX-Injected: 1` })).toThrow(
      /^createV3Client: apiKey is not a valid header value/,
    );
    expect(() => createV1Client({ baseUrl: server.url, gmsUser: 'user\n' })).toThrow(
      /^createV1Client: gmsUser is not a valid header value/,
    );
  });

  it("a call's own invalid x-api-key is redacted from fetch's error, and nothing is sent", async () => {
    const v3 = createV3Client({ baseUrl: server.url, apiKey: 'client-wide-key' });
    const error = await v3
      .GET('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}', {
        params: { path: { openMediaService: 'chat', interactionId: 'i-1' } },
        headers: { 'x-api-key': `${apiKey}\nX-Injected: 1` },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expectRedacted(error);
    expect(server.requests).toEqual([]);
  });
});
