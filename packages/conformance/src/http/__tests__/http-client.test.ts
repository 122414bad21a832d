import type http from 'node:http';
import zlib from 'node:zlib';
import { listen, type RunningServer } from '@cx-contracts/test-support';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpClient, RunStop } from '../http-client.js';

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve(handler: http.RequestListener): Promise<string> {
  const server = await listen(handler);
  servers.push(server);
  return server.url;
}

const client = (options: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) =>
  new HttpClient({ timeoutMs: 2_000, maxBodyBytes: 1024, concurrency: 2, ratePerSecond: 0, ...options });

describe('HttpClient', () => {
  it('reports a timeout when the server never answers', async () => {
    const base = await serve(() => undefined);
    const exchange = await client({ timeoutMs: 200 }).send({ method: 'GET', url: `${base}/x`, headers: {} });
    expect(exchange.error).toEqual({ kind: 'timeout', message: 'no complete response within 200 ms (--timeout)' });
  });

  it('reports a timeout when the body dribbles in past the limit, each chunk inside the idle timeout', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    const exchange = await client({ timeoutMs: 300 }).send({ method: 'GET', url: `${base}/x`, headers: {} });
    expect(exchange.error).toEqual({ kind: 'timeout', message: 'no complete response within 300 ms (--timeout)' });
  });

  it('shortens the timeout to the deadline and says so', async () => {
    const base = await serve(() => undefined);
    const exchange = await client({ timeoutMs: 60_000 }).send(
      { method: 'GET', url: `${base}/x`, headers: {} },
      undefined,
      Date.now() + 300,
    );
    expect(exchange.error?.kind).toBe('timeout');
    expect(exchange.error?.message).toMatch(/left in the run's time budget \(--budget\)$/);
  });

  it('stops reading a body above the cap', async () => {
    const base = await serve((_req, res) => res.end('x'.repeat(5000)));
    const exchange = await client().send({ method: 'GET', url: `${base}/`, headers: {} });
    expect(exchange.error).toEqual({
      kind: 'too-large',
      message: 'response body larger than the 1024-byte cap; stopped reading after 1024 bytes',
    });
  });

  it('follows a same-origin 307 for a POST, with its body', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/old') return res.writeHead(307, { location: '/new' }).end();
      let body = '';
      req.on('data', (chunk) => (body += chunk)).on('end', () => res.end(`${req.method} ${req.url} ${body}`));
    });
    const exchange = await client().send({ method: 'POST', url: `${base}/old`, headers: {}, body: 'payload' });
    expect(Buffer.from(exchange.response!.body).toString()).toBe('POST /new payload');
    expect(exchange.redirects).toEqual([`${base}/new`]);
  });

  it('reads Location, Content-Length and Content-Encoding whatever their case on the wire', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/old') return res.writeHead(307, { LOCATION: '/new' }).end();
      const body = zlib.gzipSync('{"moved":true}');
      res.writeHead(200, { 'CONTENT-ENCODING': 'gzip', 'Content-Length': String(body.byteLength) }).end(body);
    });
    const exchange = await client().send({ method: 'GET', url: `${base}/old`, headers: {} });
    expect(exchange.redirects).toEqual([`${base}/new`]);
    expect(Buffer.from(exchange.response!.body).toString()).toBe('{"moved":true}');
  });

  it('does not turn a POST into a GET on a 302: the 302 is the answer', async () => {
    const base = await serve((_req, res) => res.writeHead(302, { location: '/elsewhere' }).end());
    const exchange = await client().send({ method: 'POST', url: `${base}/x`, headers: {} });
    expect(exchange.response?.status).toBe(302);
    expect(exchange.error).toBeUndefined();
  });

  it('never follows a redirect to another origin (credentials stay put)', async () => {
    let reached = false;
    const other = await serve((_req, res) => {
      reached = true;
      res.end();
    });
    const base = await serve((_req, res) => res.writeHead(302, { location: `${other}/steal` }).end());
    const exchange = await client().send({ method: 'GET', url: `${base}/x`, headers: { authorization: 'Basic abc' } });
    expect(exchange.error?.kind).toBe('redirect');
    expect(reached).toBe(false);
  });

  it('detects a redirect loop', async () => {
    const base = await serve((req, res) => res.writeHead(302, { location: req.url }).end());
    const exchange = await client().send({ method: 'GET', url: `${base}/loop`, headers: {} });
    expect(exchange.error?.message).toMatch(/^redirect loop/);
  });

  it('keeps the session cookie per origin, reports it as a secret, and can leave it out', async () => {
    const seen: Array<string | undefined> = [];
    const base = await serve((req, res) => {
      seen.push(req.headers.cookie);
      res.writeHead(200, { 'set-cookie': 'JSESSIONID=s-12345; Path=/' }).end();
    });
    const secrets: string[] = [];
    const c = client({ onSecret: (value) => secrets.push(value) });
    await c.send({ method: 'GET', url: `${base}/a`, headers: {} });
    await c.send({ method: 'GET', url: `${base}/b`, headers: {} });
    await c.send({ method: 'GET', url: `${base}/c`, headers: {}, withoutCookies: true });
    expect(seen).toEqual([undefined, 'JSESSIONID=s-12345', undefined]);
    expect(secrets).toContain('s-12345');
  });
});

describe('HttpClient: encoded answers (issue 12 item 2)', () => {
  const json = Buffer.from(JSON.stringify({ statusCode: 0, note: 'x'.repeat(200) }));
  it.each([
    ['gzip', zlib.gzipSync(json)],
    ['x-gzip', zlib.gzipSync(json)],
    ['deflate', zlib.deflateSync(json)],
    ['deflate', zlib.deflateRawSync(json)],
    ['br', zlib.brotliCompressSync(json)],
    ['gzip, br', zlib.brotliCompressSync(zlib.gzipSync(json))],
    ['identity', json],
  ])('asks for gzip, deflate, br and decodes Content-Encoding %s', async (coding, bytes) => {
    let asked: string | undefined;
    const base = await serve((req, res) => {
      asked = req.headers['accept-encoding'];
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding });
      res.end(bytes);
    });
    const exchange = await client().send({ method: 'GET', url: `${base}/x`, headers: {} });
    expect(asked).toBe('gzip, deflate, br');
    expect(exchange.error).toBeUndefined();
    expect(Buffer.from(exchange.response!.body).toString()).toBe(json.toString());
  });

  it('applies the body cap after decompression (a gzip bomb is cut, not inflated)', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(50 * 1024 * 1024));
    const base = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(bomb);
    });
    const exchange = await client({ maxBodyBytes: 1024 * 1024 }).send({ method: 'GET', url: `${base}/x`, headers: {} });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(exchange.error).toEqual({
      kind: 'too-large',
      message: 'response body larger than the 1048576-byte cap once decoded (gzip)',
    });
  });

  it.each([
    ['compress', /^Content-Encoding 'compress' cannot be decoded/],
    ['gzip', /^the body is not valid gzip although Content-Encoding says so/],
  ])('reports a body it cannot decode (%s) as an invalid response', async (coding, message) => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding });
      res.end('{"plain":"json"}');
    });
    const exchange = await client().send({ method: 'GET', url: `${base}/x`, headers: {} });
    expect(exchange.error?.kind).toBe('invalid-response');
    expect(exchange.error?.message).toMatch(message);
  });
});

describe('HttpClient: the wire as it comes', () => {
  it('stops a request in flight when the run stops, and says why', async () => {
    const base = await serve(() => undefined);
    const stop = new AbortController();
    const c = client({ timeoutMs: 60_000 });
    const pending = c.send({ method: 'GET', url: `${base}/x`, headers: {} }, stop.signal);
    const other = c.send(
      { method: 'GET', url: `${base}/y`, headers: {} },
      new AbortController().signal,
      Date.now() + 300,
    );
    stop.abort(new RunStop('interrupted', 'interrupted (SIGINT)'));
    expect((await pending).error).toEqual({ kind: 'interrupted', message: 'interrupted (SIGINT)' });
    // A request on another signal is not stopped with it: it ends by its own deadline.
    expect((await other).error?.kind).toBe('timeout');
  });

  it('does not send a request whose run has already stopped', async () => {
    const seen: string[] = [];
    const base = await serve((req, res) => res.end(seen.push(req.url ?? '') && ''));
    const stop = new AbortController();
    stop.abort(new RunStop('budget', 'the budget is used up'));
    const exchange = await client().send({ method: 'GET', url: `${base}/x`, headers: {} }, stop.signal);
    expect(exchange.error).toEqual({ kind: 'budget', message: 'the budget is used up' });
    expect(seen).toEqual([]);
  });

  it('reads the final answer after a 103 Early Hints', async () => {
    const base = await serve((_req, res) => {
      res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    const exchange = await client().send({ method: 'GET', url: `${base}/x`, headers: {} });
    expect(exchange.response?.status).toBe(201);
    expect(Buffer.from(exchange.response!.body).toString()).toBe('{"ok":true}');
  });

  it('reads a chunked body of many pieces whole, and an empty 204 as no bytes', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/empty') return res.writeHead(204).end();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      for (let index = 0; index < 500; index += 1) res.write(`${index},`);
      res.end('500]');
    });
    const whole = await client({ maxBodyBytes: 1024 * 1024 }).send({ method: 'GET', url: `${base}/x`, headers: {} });
    expect(JSON.parse(Buffer.from(whole.response!.body).toString())).toHaveLength(501);
    const empty = await client().send({ method: 'GET', url: `${base}/empty`, headers: {} });
    expect(empty.response?.status).toBe(204);
    expect(empty.response?.body.byteLength).toBe(0);
  });

  it('reports a connection closed in the middle of the body', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":', () => res.socket?.destroy());
    });
    const exchange = await client().send({ method: 'GET', url: `${base}/x`, headers: {} });
    expect(exchange.error?.kind).toBe('connection');
  });

  it('sends the path and query as built, and refuses a URL that is not http(s)', async () => {
    const seen: string[] = [];
    const base = await serve((req, res) => res.end(seen.push(req.url ?? '') && ''));
    const c = client();
    await c.send({ method: 'GET', url: `${base}/a/b%2Fc?x=1&y=%20`, headers: {} });
    await c.send({ method: 'GET', url: `${base}/a b/../c?q=é`, headers: {} });
    await c.send({ method: 'GET', url: `${base}?only=query`, headers: {} });
    expect(seen).toEqual(['/a/b%2Fc?x=1&y=%20', '/c?q=%C3%A9', '/?only=query']);
    const refused = await c.send({ method: 'GET', url: 'ftp://127.0.0.1/x', headers: {} });
    expect(refused.error).toEqual({ kind: 'connection', message: 'not an http(s) URL: ftp://127.0.0.1/x' });
  });
});

describe('HttpClient: servers that close, refuse for a while, or redirect to set a cookie', () => {
  /** Answers in full, without `Connection: close`, then closes the connection (RFC 9112 §9.6 allows it). */
  async function closingServer(seen: string[]): Promise<string> {
    return serve((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '2' });
      res.end('{}', () => req.socket.destroy());
    });
  }

  it('sends an idempotent request again when its kept-alive connection turns out closed; every write goes on a connection of its own', async () => {
    const seen: string[] = [];
    const base = await closingServer(seen);
    const c = client({ concurrency: 1 });
    const outcomes: Array<string | undefined> = [];
    for (let index = 0; index < 6; index += 1) {
      outcomes.push((await c.send({ method: 'GET', url: `${base}/read/${index}`, headers: {} })).error?.message);
      const safePost = { method: 'POST', url: `${base}/get/${index}`, headers: {}, body: '', idempotent: true };
      outcomes.push((await c.send(safePost)).error?.message);
      outcomes.push(
        (await c.send({ method: 'POST', url: `${base}/write/${index}`, headers: {}, body: '{}' })).error?.message,
      );
    }
    await c.close();
    expect(outcomes.filter(Boolean)).toEqual([]);
    // Each write reached the server exactly once: none was sent twice.
    for (let index = 0; index < 6; index += 1)
      expect(seen.filter((line) => line === `POST /write/${index}`)).toHaveLength(1);
  });

  it('never sends a write twice after its connection closed without an answer', async () => {
    const seen: string[] = [];
    const base = await serve((req) => {
      seen.push(`${req.method} ${req.url}`);
      req.socket.destroy();
    });
    const exchange = await client().send({ method: 'POST', url: `${base}/write`, headers: {}, body: '{}' });
    expect(exchange.error?.kind).toBe('connection');
    expect(seen).toEqual(['POST /write']);
    const read = await client().send({ method: 'GET', url: `${base}/read`, headers: {} });
    expect(read.error?.kind).toBe('connection');
    expect(seen.filter((line) => line === 'GET /read')).toHaveLength(2);
  });

  it('waits out a 429 with Retry-After once, then takes the next answer as the answer', async () => {
    const seen: string[] = [];
    const base = await serve((req, res) => {
      seen.push(req.url ?? '');
      const refusals = seen.filter((url) => url === req.url).length;
      if (req.url === '/always' || refusals === 1) return res.writeHead(429, { 'retry-after': '0' }).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const c = client();
    const once = await c.send({ method: 'POST', url: `${base}/once`, headers: {}, body: '{}' });
    expect(once.response?.status).toBe(200);
    const always = await c.send({ method: 'GET', url: `${base}/always`, headers: {} });
    expect(always.response?.status).toBe(429);
    expect(seen).toEqual(['/once', '/once', '/always', '/always']);
  });

  it('does not wait out a Retry-After longer than it allows, nor past the run deadline', async () => {
    const seen: string[] = [];
    const base = await serve((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(req.url === '/overloaded' ? 503 : 429, { 'retry-after': req.url === '/late' ? '5' : '3600' }).end();
    });
    const c = client();
    expect((await c.send({ method: 'GET', url: `${base}/long`, headers: {} })).response?.status).toBe(429);
    const late = await c.send({ method: 'GET', url: `${base}/late`, headers: {} }, undefined, Date.now() + 1_000);
    expect(late.response?.status).toBe(429);
    // A write answered 503 may have been applied: it is not sent again.
    const write = await c.send({ method: 'POST', url: `${base}/overloaded`, headers: {}, body: '{}' });
    expect(write.response?.status).toBe(503);
    expect(seen).toEqual(['/long', '/late', '/overloaded']);
  });

  it('follows a redirect to the same URL that sets a cookie, once; the same redirect again is a loop', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/gate' && !req.headers.cookie?.includes('gate=ok'))
        return res.writeHead(307, { location: '/gate', 'set-cookie': 'gate=ok; Path=/' }).end();
      if (req.url === '/gate') return res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      res.writeHead(307, { location: req.url, 'set-cookie': 'same=1; Path=/' }).end();
    });
    const c = client();
    const gate = await c.send({ method: 'GET', url: `${base}/gate`, headers: {} });
    expect(gate.error).toBeUndefined();
    expect(gate.response?.status).toBe(200);
    const loop = await c.send({ method: 'GET', url: `${base}/loop`, headers: {} });
    expect(loop.error?.message).toMatch(/^redirect loop: 2 redirects ending at/);
  });

  it('times the answer from when the request could go, not from the wait for a free slot', async () => {
    const arrived: string[] = [];
    let answerFirst: (() => void) | undefined;
    const base = await serve((req, res) => {
      arrived.push(req.url ?? '');
      const answer = () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      if (req.url === '/first') answerFirst = answer;
      else answer();
    });
    const c = client({ concurrency: 1 });
    // Only the clock the durations are read from is faked: the network and every timer stay real.
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const first = c.send({ method: 'GET', url: `${base}/first`, headers: {} });
      while (!answerFirst) await new Promise((resolve) => setImmediate(resolve));
      const second = c.send({ method: 'GET', url: `${base}/second`, headers: {} }); // waits for the one slot
      vi.advanceTimersByTime(5_000); // five seconds pass while /first is answered slowly and /second waits
      answerFirst();
      const [slow, queued] = await Promise.all([first, second]);
      expect(arrived).toEqual(['/first', '/second']);
      expect(slow.durationMs).toBeGreaterThanOrEqual(5_000);
      expect(queued.durationMs).toBeLessThan(5_000);
    } finally {
      vi.useRealTimers();
    }
  });
});
