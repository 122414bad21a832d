// Issue 9: the attack pass against the mock, replayed. Each test sends the attack to a mock this file starts on
// 127.0.0.1 (small timeouts so nothing waits 15 s), asserts the answer (status, no 5xx), and then that the mock still
// answers a normal request.
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LISTED_VIOLATIONS, MAX_VIOLATIONS_HEADER } from '../../src/mock-errors.js';
import { bundledDocument, runMock, sandboxArgs, startMock, type RunningMock } from './mock-process.js';

// The attack pass is re-run against `npm start`, which serves the sandbox; --stateless (Prism) must hold too. Every
// attack runs against both modes (the blocks run one after the other, so `mock` is the current mode's).
const MODES: [string, (...extra: string[]) => string[]][] = [
  ['sandbox', sandboxArgs],
  [
    'stateless',
    (...extra) => ['--stateless', '--spec', bundledDocument, '--host', '127.0.0.1', '--port', '0', ...extra],
  ],
];

let mock: RunningMock;

const CREATE = '/genesys/2/openmedia/svc';
const FORM = 'application/x-www-form-urlencoded';

/** A plain GET on its own connection (no keep-alive pool): the request any other client sends meanwhile. */
function normalGet(url = mock.url): Promise<number> {
  return new Promise((resolve, reject) => {
    // `Prefer: code=200` picks the documented answer in both modes (the sandbox has no service 111222 until one is made).
    const options = { agent: false, headers: { prefer: 'code=200' } };
    const outgoing = httpRequest(`${url}/genesys/1/cs/services/111222`, options, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode!));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function expectStillServing(): Promise<void> {
  expect(await normalGet()).toBe(200);
}

const postForm = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
  fetch(mock.url + CREATE, { method: 'POST', headers: { 'content-type': FORM, ...headers }, body });

interface RawOutcome {
  /** What the server sent before closing (empty when it closed without a word). */
  received: string;
  /** false when the socket was still open after `giveUp` ms: the server never ended it. */
  closed: boolean;
}

/** Writes `chunks` one every `interval` ms on a fresh socket, and reports what came back once the server closes. */
function trickle(chunks: string[], interval: number, giveUp = 10_000): Promise<RawOutcome> {
  const { hostname, port } = new URL(mock.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    let sent = 0;
    const writer = setInterval(() => {
      if (sent < chunks.length && socket.writable) socket.write(chunks[sent++] ?? '');
    }, interval);
    const stop = setTimeout(() => finish(false), giveUp);
    function finish(closed: boolean): void {
      clearInterval(writer);
      clearTimeout(stop);
      socket.destroy();
      resolve({ received, closed });
    }
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => finish(true));
  });
}

describe.each(MODES)('%s mode', (_mode, modeArgs) => {
  beforeAll(async () => {
    mock = await startMock(modeArgs('--headers-timeout', '1', '--request-timeout', '2'));
  });
  afterAll(async () => {
    await mock?.stop();
  });

  describe('item 3: header values built from request data are always sendable', () => {
    it('a non-Latin-1 key in a violation gives the 422, with the violation in sl-violations as ASCII JSON', async () => {
      const response = await postForm('userData[日]=1&userData[日]=2');
      expect(response.status).toBe(422);
      expect(response.headers.get('x-cx-mock-error')).toBe('contract-violation');
      const header = response.headers.get('sl-violations')!;
      expect(header).toMatch(/^[\x20-\x7e]*$/);
      expect(JSON.parse(header)[0].field).toBe('userData.日');
      const body = await response.json();
      expect(body.violations[0]).toMatchObject({ field: 'userData.日', pointer: '/userData/日', rule: 'type' });
      await expectStillServing();
    });

    it('emoji and an ill-formed UTF-8 sequence in a form key give the 422, not a 500', async () => {
      // Web Services userData values are open (issue 15), so the key goes through the GMS form map, whose values are
      // strings: a repeated key is an array there. %ED%A0%80 is a UTF-8-encoded lone surrogate (ill-formed UTF-8).
      const key = '%F0%9F%98%80%ED%A0%80';
      const response = await postForm(`userData[${key}]=1&userData[${key}]=2`);
      expect(response.status).toBe(422);
      const header = response.headers.get('sl-violations')!;
      expect(header).toMatch(/^[\x20-\x7e]*$/);
      expect(JSON.parse(header)[0].field).toMatch(/^userData\.\u{1f600}/u);
      await expectStillServing();
    });

    it('a non-ASCII Origin is echoed in an encodable form', async () => {
      const { hostname, port } = new URL(mock.url);
      const answer = await new Promise<string>((resolve) => {
        const socket: Socket = connect(Number(port), hostname, () =>
          socket.end(
            Buffer.from(
              'GET /genesys/1/cs/services/111222 HTTP/1.1\r\nHost: x\r\nPrefer: code=200\r\nOrigin: http://\xe9.example\r\nConnection: close\r\n\r\n',
              'latin1',
            ),
          ),
        );
        let received = '';
        socket.on('data', (chunk) => (received += chunk.toString('latin1')));
        socket.on('close', () => resolve(received));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 200/);
      expect(answer).toContain('access-control-allow-origin: http://%C3%A9.example');
    });
  });

  describe('item 4: a request with many violations gets a small answer', () => {
    it('~1 MiB of repeated keys: the first N violations listed, the total counted, answer and header bounded', async () => {
      // 5,000 keys sent twice (each a violation: an array where a string is required): 10,000 pairs, the default
      // maxPairs, of ~100 bytes each, just under the 1 MiB body limit.
      const keys: string[] = [];
      for (let key = 0; key < 5000; key++) keys.push(`userData[k${key}-${'x'.repeat(80)}]`);
      const body1MiB = keys.map((key) => `${key}=1&${key}=2`).join('&');
      expect(body1MiB.length).toBeGreaterThan(900_000);
      const response = await postForm(body1MiB);
      expect(response.status).toBe(422);
      const text = await response.text();
      const body = JSON.parse(text);
      expect(body.violationCount).toBe(keys.length);
      expect(body.violations).toHaveLength(MAX_LISTED_VIOLATIONS);
      expect(body.detail).toContain(`${keys.length} in all`);
      // 50 violations of at most ~1 KB each, and the header's budget: far from the 7.3 MB the attack pass got.
      expect(text.length).toBeLessThan(64 * 1024);
      const header = response.headers.get('sl-violations')!;
      expect(header.length).toBeLessThanOrEqual(MAX_VIOLATIONS_HEADER);
      expect(JSON.parse(header).length).toBeGreaterThan(0);
      await expectStillServing();
    });

    it('violations whose strings are all escapes (control characters) still give an answer under 64 KiB', async () => {
      // Each key: 300 × U+0001, which JSON writes as 6 bytes each; 60 keys sent twice.
      const keys = Array.from({ length: 60 }, (_, key) => `userData[${'%01'.repeat(300)}${key}]`);
      const response = await postForm(keys.map((key) => `${key}=1&${key}=2`).join('&'));
      expect(response.status).toBe(422);
      const text = await response.text();
      expect(Buffer.byteLength(text)).toBeLessThan(64 * 1024);
      const body = JSON.parse(text);
      expect(body.violationCount).toBe(60);
      expect(body.violations.length).toBeGreaterThan(0);
      expect(body.detail).toContain('60 in all');
    });

    it('a 100 KB field name is clipped in the violation, not echoed whole', async () => {
      const response = await postForm(`userData[${'x'.repeat(100_000)}]=1&userData[${'x'.repeat(100_000)}]=2`);
      expect(response.status).toBe(422);
      expect((await response.text()).length).toBeLessThan(16 * 1024);
    });
  });

  describe('item 1: the pair, part and depth caps', () => {
    // The attack: 280 KB of one repeated key took 25 s to decode, and a GET sent meanwhile waited 24.5 s.
    const REPEATED_280KB = 'userData=1&'.repeat(25_500);

    it('280 KB of one repeated key → 413 naming maxPairs and its value; a GET sent meanwhile → 200', async () => {
      const attack = postForm(REPEATED_280KB);
      const meanwhile = normalGet();
      const response = await attack;
      expect(response.status).toBe(413);
      expect(response.headers.get('x-cx-mock-error')).toBe('request-limit');
      const body = await response.json();
      expect(body).toMatchObject({ limit: 'maxPairs', max: 10_000, in: 'body' });
      expect(body.detail).toContain('--max-pairs');
      expect(await meanwhile).toBe(200);
      await expectStillServing();
    });

    it('a name with 40 `[` → 400 naming maxDepth 32', async () => {
      const response = await postForm(`userData${'['.repeat(40)}a=1`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ limit: 'maxDepth', max: 32 });
    });

    it('JSON nested 100,000 deep → 400 naming maxDepth 64, and the mock still serves', async () => {
      const response = await fetch(`${mock.url}/genesys/1/cs/services/start`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ limit: 'maxDepth', max: 64 });
      await expectStillServing();
    });

    it('a multipart file part after the closing boundary (busboy never ended it: the request hung) → 400', async () => {
      const response = await fetch(`${mock.url}/genesys/1/service/request-chat`, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=b' },
        body: '--b--\r\n--b\r\n--b\r\nContent-Disposition: form-data; name="f"; filename="x"\r\n\r\nx\r\n',
      });
      expect(response.status).toBe(400);
      expect((await response.json()).detail).toContain('after the closing boundary');
      await expectStillServing();
    });

    describe('with caps set by flags', () => {
      let raised: RunningMock;
      beforeAll(async () => {
        raised = await startMock(modeArgs('--max-pairs', '1000000', '--max-parts', '5', '--max-depth', '2'));
      });
      afterAll(async () => {
        await raised?.stop();
      });

      it('1 MiB of one repeated key under a raised --max-pairs decodes to its 422; a GET sent meanwhile → 200', async () => {
        // Decoding is linear now; before, this body would have blocked the mock for minutes (the test would time out).
        const attack = fetch(raised.url + CREATE, {
          method: 'POST',
          headers: { 'content-type': FORM },
          body: 'userData=1&'.repeat(95_000),
        });
        const meanwhile = normalGet(raised.url);
        const response = await attack;
        expect(response.status).toBe(422);
        expect((await response.json()).violations[0]).toMatchObject({ field: 'userData', rule: 'type' });
        expect(await meanwhile).toBe(200);
      });

      it('a multipart body of 6 parts under --max-parts 5 → 413 naming maxParts 5', async () => {
        const form = new FormData();
        for (let part = 0; part < 6; part++) form.append(`p${part}`, 'x');
        const response = await fetch(`${raised.url}/genesys/1/service/request-chat`, { method: 'POST', body: form });
        expect(response.status).toBe(413);
        expect(await response.json()).toMatchObject({ limit: 'maxParts', max: 5 });
        expect(await normalGet(raised.url)).toBe(200);
      });

      it('a query name with 3 `[` under --max-depth 2 → 400 naming maxDepth and the query string', async () => {
        const response = await fetch(`${raised.url}/genesys/1/cs/services/111222?a%5B%5B%5Bb=1`);
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({ limit: 'maxDepth', max: 2, in: 'query string' });
      });
    });
  });

  describe('item 5: selecting an example or status the contract does not document', () => {
    const GET_OPEN_MEDIA = '/genesys/2/openmedia/svc/01QG0Q2S5S50G000/get';

    async function expectNotFound(response: Response): Promise<Record<string, unknown>> {
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const body = await response.json();
      expect(body.status).toBe(404);
      return body;
    }

    it('Prefer: code=200, example=<unknown> → 404 naming the examples of 200', async () => {
      const body = await expectNotFound(
        await fetch(mock.url + GET_OPEN_MEDIA, { method: 'POST', headers: { prefer: 'code=200, example=nope' } }),
      );
      expect(body.detail).toContain('nope');
      expect(body.detail).toContain('success, retryLater, interactionNotFound');
      expect(body.examples).toEqual({ 'application/json': ['success', 'retryLater', 'interactionNotFound'] });
      await expectStillServing();
    });

    it('?__code=200&__example=<unknown> → the same 404', async () => {
      const body = await expectNotFound(
        await fetch(`${mock.url + GET_OPEN_MEDIA}?__code=200&__example=nope`, { method: 'POST' }),
      );
      expect(body.examples).toEqual({ 'application/json': ['success', 'retryLater', 'interactionNotFound'] });
    });

    it('an undocumented code → 404 naming the documented codes', async () => {
      const body = await expectNotFound(
        await fetch(mock.url + GET_OPEN_MEDIA, { method: 'POST', headers: { prefer: 'code=418, example=success' } }),
      );
      expect(body.statuses).toEqual(['200', '401']);
      expect(body.detail).toContain('418');
    });

    it('an example of another media type than Accept selects → 404 saying to send Accept', async () => {
      const body = await expectNotFound(
        await fetch(`${mock.url}/genesys/1/service/x/storage/k`, {
          headers: { prefer: 'code=200, example=keyObject' },
        }),
      );
      expect(body.detail).toContain('Accept');
      expect(body.examples).toEqual({ 'text/plain': ['bareValue'], 'application/json': ['keyObject'] });
      await expectStillServing();
    });

    it('an unknown example of a range status (4XX) → 404 naming the range’s examples', async () => {
      const body = await expectNotFound(
        await fetch(`${mock.url}/genesys/1/cs/services/1`, { headers: { prefer: 'code=404, example=nope' } }),
      );
      expect(body.examples).toEqual({ 'application/json': ['invalidTenant'] });
    });
  });

  describe('item 6: encoded request bodies are refused with 415', () => {
    it('a gzip form body → 415 unsupported-content-encoding, not garbage fields', async () => {
      const response = await postForm(new Uint8Array(gzipSync('externalId=x&userData[a]=b')), {
        'content-encoding': 'gzip',
      });
      expect(response.status).toBe(415);
      expect(response.headers.get('x-cx-mock-error')).toBe('unsupported-content-encoding');
      expect(response.headers.get('accept-encoding')).toBe('identity');
      expect((await response.json()).detail).toContain('gzip');
      await expectStillServing();
    });

    it('br and deflate, and a list of codings, are refused the same way', async () => {
      for (const coding of ['br', 'deflate', 'identity, gzip'])
        expect((await postForm('userData[a]=b', { 'content-encoding': coding })).status).toBe(415);
    });

    it('Content-Encoding: identity is an unencoded body', async () => {
      const response = await postForm('userData[a]=b', { 'content-encoding': 'identity' });
      expect(response.status).toBe(200);
    });
  });

  describe('item 7: slow clients are cut at the configured timeouts, others are served meanwhile', () => {
    it('slowloris (headers one byte every 200 ms, headers timeout 1 s) → 408 or closed, a GET meanwhile → 200', async () => {
      const headers = 'GET /genesys/1/cs/services/1 HTTP/1.1\r\nHost: x\r\nX-A: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n';
      const attack = trickle(headers.split(''), 200);
      expect(await normalGet()).toBe(200);
      const outcome = await attack;
      expect(outcome.closed).toBe(true);
      expect(outcome.received).toMatch(/^(HTTP\/1\.1 408 |$)/);
    });

    it('a connection that never sends anything is closed', async () => {
      const outcome = await trickle([], 200);
      expect(outcome.closed).toBe(true);
      expect(outcome.received).not.toMatch(/^HTTP\/1\.1 [25]/);
    });

    it('a slow body (one byte every 200 ms, request timeout 2 s) → 408 or closed, a GET meanwhile → 200', async () => {
      const head = `POST ${CREATE} HTTP/1.1\r\nHost: x\r\nContent-Type: ${FORM}\r\nContent-Length: 200\r\n\r\n`;
      const attack = trickle([head, ...'userData[a]=b&userData[c]=d&externalId=e'.split('')], 200);
      expect(await normalGet()).toBe(200);
      const outcome = await attack;
      expect(outcome.closed).toBe(true);
      expect(outcome.received).toMatch(/^(HTTP\/1\.1 408 |$)/);
      await expectStillServing();
    });
  });

  describe('item 7: --max-connections', () => {
    it('connections past the cap are closed at once; freed slots serve again', async () => {
      const capped = await startMock(modeArgs('--max-connections', '3'));
      const { hostname, port } = new URL(capped.url);
      const open = (): Promise<Socket> =>
        new Promise((resolve) => {
          const socket = connect(Number(port), hostname, () => resolve(socket));
          socket.on('error', () => undefined);
        });
      try {
        const held = await Promise.all([open(), open(), open()]);
        const extra = await open();
        const outcome = await new Promise<string>((resolve) => {
          let received = '';
          extra.on('data', (chunk) => (received += chunk));
          extra.on('close', () => resolve(received));
          extra.write('GET /genesys/1/cs/services/1 HTTP/1.1\r\nHost: x\r\n\r\n');
        });
        expect(outcome).toBe('');
        for (const socket of held) socket.destroy();
        // The server counts a connection out when it sees the close: ask again until it has (bounded: 40 tries).
        let status = 0;
        for (let attempt = 0; attempt < 40 && status !== 200; attempt++) {
          status = await normalGet(capped.url).catch(() => 0);
          if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(status).toBe(200);
      } finally {
        await capped.stop();
      }
    });
  });
});

describe('limit flags', () => {
  it.each([
    ['--headers-timeout', 'abc'],
    ['--request-timeout', '-1'],
    ['--max-connections', '0'],
    ['--max-pairs', '1e3'],
    ['--max-parts', 'many'],
    ['--max-depth', '-3'],
  ])('%s %s → exit 2 naming the flag', async (flag, value) => {
    const { code, output } = await runMock(['--spec', bundledDocument, '--port', '0', flag, value]);
    expect(code).toBe(2);
    expect(output).toContain(flag);
  });

  it('--headers-timeout longer than --request-timeout → exit 2', async () => {
    const { code, output } = await runMock([
      ...['--spec', bundledDocument, '--port', '0', '--headers-timeout', '5', '--request-timeout', '2'],
    ]);
    expect(code).toBe(2);
    expect(output).toContain('--request-timeout');
  });
});
