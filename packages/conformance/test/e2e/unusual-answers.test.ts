// The sandbox behind a hostile front that changes how answers look on the wire but not what they say (issue 12,
// "valid-but-unusual behaviours"), or loses and cuts answers after the sandbox has done the write ("single faults"):
// a run of every surface must judge each the way the README says, show how to reproduce every finding, and leave
// nothing tagged in the sandbox.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  AGENT,
  API_KEY,
  type Hostile,
  type HostileOptions,
  type SandboxTarget,
  sandboxTargetPerTest,
} from '../fixtures/sandbox-target.js';
import { errorsOf, runSurface } from './cli.js';

const startTarget = sandboxTargetPerTest();

const run = (target: SandboxTarget, surface = 'all') =>
  runSurface(
    surface,
    target.url,
    ...target.credentials,
    '--rate-limit',
    '0',
    '--seed',
    '20261127',
    '--timeout',
    '5000',
  );

const isJson = (answer: Response) => /json/i.test(answer.headers.get('content-type') ?? '');

/** The answer with these headers changed and (optionally) another body. */
function relabel(answer: Response, headers: Record<string, string>, body: BodyInit | null = answer.body): Response {
  const changed = new Headers(answer.headers);
  for (const [name, value] of Object.entries(headers)) changed.set(name, value);
  return new Response(body, { status: answer.status, headers: changed });
}

/** A create of an interaction (GMS Open Media, Nexus) or a Context Services start: the writes that make something. */
const isCreate = (request: Request) =>
  request.method === 'POST' &&
  /^\/(genesys\/2\/openmedia\/[^/]+|nexus\/v3\/openmedia\/[^/]+\/interactions|genesys\/1\/cs\/services_composite\/start)$/.test(
    new URL(request.url).pathname,
  );

/** Content codings in turn, in odd spellings and stacked (RFC 9110 §8.4: listed in the order applied). */
const CODINGS: Array<[string, (bytes: Buffer) => Buffer]> = [
  ['GZIP', (bytes) => zlib.gzipSync(bytes)],
  ['br', (bytes) => zlib.brotliCompressSync(bytes)],
  ['x-gzip', (bytes) => zlib.gzipSync(bytes)],
  ['deflate', (bytes) => zlib.deflateRawSync(bytes)],
  ['deflate, gzip', (bytes) => zlib.gzipSync(zlib.deflateSync(bytes))],
  ['identity', (bytes) => bytes],
];
function encodedInTurn(): Hostile {
  let next = 0;
  return async (_request, answer) => {
    const bytes = Buffer.from(await answer.arrayBuffer());
    if (bytes.length === 0) return relabel(answer, {}, null);
    const [coding, encode] = CODINGS[next++ % CODINGS.length]!;
    return relabel(answer, { 'content-encoding': coding }, new Uint8Array(encode(bytes)));
  };
}

function webServicesSuccessForms(): Hostile {
  const forms = ['', '{"statusCode":0}', '{"status":0}'];
  let next = 0;
  return async (request, answer) => {
    const operation =
      request.method === 'POST' && /^\/api\/v2\/me\/interactions\/[^/]+$/.test(new URL(request.url).pathname);
    if (!operation || answer.status !== 200 || !(await answer.clone().text()).includes('"ok"')) return undefined;
    const form = forms[next++ % forms.length]!;
    return new Response(form || null, { status: 200, headers: form ? { 'content-type': 'application/json' } : {} });
  };
}

/** A read: a GET, or a GMS Open Media get (a POST the contract marks x-safe). */
const isRead = (request: Request) =>
  request.method === 'GET' || (request.method === 'POST' && new URL(request.url).pathname.endsWith('/get'));

/** The id-like segments of a request's path (they hold a digit; `v3`, `2` and other versions do not count). */
const idsOf = (request: Request) =>
  new URL(request.url).pathname.split('/').filter((segment) => /\d/.test(segment) && !/^v?\d$/.test(segment));

/**
 * Reads that lag writes, as a replica that has not caught up: after a write, the first read of each URL naming the same
 * resource (an id segment in common) that was read before answers what it answered last time; the read after it is
 * current. By count, not by time, so the test cannot race; per resource and per credentials, so other flows' writes
 * and the no-credentials probes do not stretch the lag.
 */
function laggingReads(): Hostile {
  const last = new Map<string, { status: number; headers: Headers; body: string; ids: string[] }>();
  const behind = new Set<string>();
  return async (request, answer) => {
    const credentials = `${request.headers.get('authorization')} ${request.headers.get('x-api-key')}`;
    const key = `${request.method} ${request.url} ${credentials}`;
    if (!isRead(request)) {
      const written = idsOf(request);
      for (const [read, { ids }] of last) if (ids.some((id) => written.includes(id))) behind.add(read);
      return undefined;
    }
    const stale = behind.delete(key) ? last.get(key) : undefined;
    if (stale) return new Response(stale.body || null, { status: stale.status, headers: stale.headers });
    const headers = new Headers(answer.headers);
    headers.delete('set-cookie'); // a replayed answer must not roll the session back
    last.set(key, { status: answer.status, headers, body: await answer.clone().text(), ids: idsOf(request) });
    return undefined;
  };
}

/** Ids with characters that mean something in a URL: every interaction id the sandbox hands out gets this prefix. */
const ODD_ID = 'a/b ?#%&+ü;=';
const oddIds: [Hostile, HostileOptions] = [
  async (request, answer) => {
    // Interactions of GMS Open Media and Nexus only: the Web Services one is named on the command line.
    if (!/^\/(nexus|genesys\/2)\//.test(new URL(request.url).pathname) || !isJson(answer)) return undefined;
    return new Response((await answer.text()).replaceAll('00SB', `${ODD_ID}00SB`), answer);
  },
  {
    // The client must percent-encode the id as one path segment; anything else reaches the sandbox as a 404.
    path: (url) => {
      const [path, query] = url.split('?', 2) as [string, string?];
      const mapped = path
        .split('/')
        .map((segment) => {
          const decoded = decodeURIComponent(segment);
          return decoded.startsWith(ODD_ID) ? encodeURIComponent(decoded.slice(ODD_ID.length)) : segment;
        })
        .join('/');
      return query === undefined ? mapped : `${mapped}?${query}`;
    },
  },
];

/** `answer` for every fifth request the front is asked (before the sandbox sees it), nothing for the others. */
function everyFifth(answer: () => Response): (path: string) => Response | undefined {
  let count = 0;
  return () => {
    count += 1;
    return count % 5 === 0 ? answer() : undefined;
  };
}

/** Every request is first sent elsewhere on the same origin with a 307 (method and body kept, RFC 9110 §15.4.8). */
const MOVED = '/__moved';
const redirected: [Hostile, HostileOptions] = [
  () => undefined,
  {
    before: (url) =>
      url.startsWith(MOVED) ? undefined : new Response(null, { status: 307, headers: { location: MOVED + url } }),
    path: (url) => url.slice(MOVED.length),
  },
];

interface Case {
  hostile: Hostile;
  options?: HostileOptions;
  /** The finding the behaviour must produce (exit 1), or none: a clean run (exit 0, warnings allowed). */
  want?: { checkId: string; operationId: string };
}

const VALID_BUT_UNUSUAL: Record<string, Case> = {
  'Content-Type in odd case with odd parameters': {
    hostile: (_request, answer) =>
      isJson(answer) ? relabel(answer, { 'content-type': 'Application/JSON;Charset=UTF-8' }) : undefined,
  },
  'application/problem+json on every refusal, a vendor +json type on every success (RFC 6839 §3.1)': {
    hostile: (_request, answer) =>
      isJson(answer)
        ? relabel(answer, {
            'content-type':
              answer.status >= 400 ? 'application/problem+json' : 'application/vnd.cx+json; charset=utf-8',
          })
        : undefined,
  },
  'gzip, br, x-gzip, raw deflate, stacked codings and identity, in turn': { hostile: encodedInTurn() },
  'chunked bodies with no Content-Length, and the connection closed after every answer': {
    hostile: (_request, answer) => ({ answer, chunked: true, connectionClose: true }),
  },
  // RFC 9112 §9.6: a server may close a kept-alive connection whenever it likes, without Connection: close; a request
  // sent on it in that moment gets no answer. Reads are sent again, writes never travel on a kept-alive connection.
  'the connection closed after every answer without saying so': {
    hostile: (_request, answer) => ({ answer, closeAfter: true }),
  },
  // A gateway that rate-limits: every fifth request refused with 429 and Retry-After (RFC 6585 §4), not processed.
  'every fifth request refused with 429 Too Many Requests and Retry-After: 0': {
    hostile: () => undefined,
    options: { before: everyFifth(() => new Response(null, { status: 429, headers: { 'retry-after': '0' } })) },
  },
  'reads that lag writes: the first read after a write answers what the one before it did': {
    hostile: laggingReads(),
  },
  'cookies named like the report keys': {
    hostile: (_request, answer) => {
      const headers = new Headers(answer.headers);
      for (const name of ['summary', 'findings', 'steps', 'curl', 'message', 'runId'])
        headers.append('set-cookie', `${name}=value-of-${name}; Path=/`);
      return new Response(answer.body, { status: answer.status, headers });
    },
  },
  'answers written by hand: header names upper-cased, bodies delimited by closing the connection (RFC 9112 §6.3)': {
    hostile: async (_request, answer) => {
      const body = Buffer.from(await answer.arrayBuffer());
      const head = [`HTTP/1.1 ${answer.status} Whatever`];
      answer.headers.forEach((value, name) => {
        if (!['content-length', 'transfer-encoding', 'connection', 'set-cookie'].includes(name))
          head.push(`${name.toUpperCase()}: ${value}`);
      });
      for (const cookie of answer.headers.getSetCookie()) head.push(`SET-COOKIE: ${cookie}`);
      head.push('CONNECTION: close');
      return { raw: Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]) };
    },
  },
  'interaction ids with URL-special characters': { hostile: oddIds[0], options: oddIds[1] },
  // Seed 004 shows the composite reply twice: its example wraps the results in `services`, its "Body" template is
  // one result with no wrapper. Both are documented (contract decision 18); this server sends the template's form.
  'Context Services composite starts answered in the single-result form': {
    hostile: async (request, answer) => {
      if (!/services_composite\/start$/.test(request.url) || answer.status !== 200) return undefined;
      const body = JSON.parse(await answer.text()) as { services?: unknown[] };
      return relabel(answer, {}, JSON.stringify(body.services?.[0] ?? body));
    },
  },
  // Contract decision 5 and the 200's x-empty-body-allowed: a Web Services operation succeeds as {"status":"ok"},
  // {"statusCode":0}, {"status":0} or an empty 200 (what servers are believed to send); this server rotates them.
  'Web Services operations answered in every documented success form, the empty 200 included': {
    hostile: webServicesSuccessForms(),
  },
  // Seed 003 publishes no reply body for a Nexus create: one that names no id is valid, and the by-id steps still run.
  'Nexus creates answered with a body that names no id': {
    hostile: (request, answer) =>
      isCreate(request) && /\/nexus\//.test(request.url) && answer.status === 200
        ? relabel(answer, {}, '{"status":"created"}')
        : undefined,
  },
  'a same-origin 307 before every answer': { hostile: redirected[0], options: redirected[1] },
  'extra undocumented fields in every JSON object reply': {
    hostile: async (_request, answer) => {
      if (!isJson(answer)) return undefined;
      const body = JSON.parse(await answer.text()) as unknown;
      if (body === null || typeof body !== 'object' || Array.isArray(body))
        return relabel(answer, {}, JSON.stringify(body));
      // A string, since some replies are maps of strings (v1 storage keys), where any other value is a fault.
      return relabel(answer, {}, JSON.stringify({ ...body, cxVendorExtension: 'added by the vendor' }));
    },
  },
};

const FAULTS: Record<string, Case> = {
  // The sandbox made the interaction; its answer never arrives. Cleanup finds it by its run tag.
  'every create answered by a reset connection': {
    hostile: (request, answer) => (isCreate(request) && answer.status === 200 ? { reset: true } : undefined),
    want: { checkId: 'transport', operationId: 'createNexusInteraction' },
  },
  // The sandbox stopped, deleted or ended it; the answer never arrives, neither to the scenario nor to cleanup. The
  // read after each removal shows it gone, so it counts as removed.
  'every stop, delete and end answered by a reset connection': {
    hostile: (request, answer) =>
      answer.status < 300 && (request.method === 'DELETE' || /\/(stop|end)$/.test(new URL(request.url).pathname))
        ? { reset: true }
        : undefined,
    want: { checkId: 'transport', operationId: 'stopNexusInteraction' },
  },
  'every create answered with a body cut off mid-JSON': {
    hostile: (request, answer) =>
      isCreate(request) && answer.status === 200
        ? {
            raw: 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n5\r\n{"int\r\n0\r\n\r\n',
          }
        : undefined,
    want: { checkId: 'response-schema-conformance', operationId: 'createOpenMediaInteraction' },
  },
  'every create answered with a body beyond the 4 MiB cap': {
    hostile: (request, answer) =>
      isCreate(request) && answer.status === 200
        ? relabel(answer, {}, `{"padding":"${'x'.repeat(5 * 1024 * 1024)}"}`)
        : undefined,
    want: { checkId: 'transport', operationId: 'startCsCompositeService' },
  },
  'a read answered with JSON nested 100,000 levels deep': {
    hostile: (request, answer) =>
      request.method === 'GET' && /\/nexus\//.test(request.url) && answer.status === 200
        ? relabel(answer, {}, `${'['.repeat(100_000)}${']'.repeat(100_000)}`)
        : undefined,
    want: { checkId: 'response-schema-conformance', operationId: 'getNexusInteraction' },
  },
};

describe('valid but unusual answers: a clean run, nothing left behind', () => {
  it.each(Object.entries(VALID_BUT_UNUSUAL))('%s', async (_name, { hostile, options }) => {
    const target = await startTarget([], hostile, options);
    const result = await run(target);
    const report = result.report!;
    expect(errorsOf(report), result.stdout).toEqual([]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(report.summary.steps).toMatchObject({ failed: 0, error: 0, skipped: 0 });
    expect(report.summary.created).toBeGreaterThan(0);
    expect(report.summary).toMatchObject({ cleanedUp: report.summary.created, leftOver: 0, unknown: 0 });
    expect(await target.leftovers(report.runId)).toEqual([]);
  });
});

describe('an answer lost or broken after the write was done: the fault is reported, nothing is left behind', () => {
  it.each(Object.entries(FAULTS))('%s', async (_name, { hostile, options, want }) => {
    const target = await startTarget([], hostile, options);
    const result = await run(target);
    const report = result.report!;
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(report.findings).toContainEqual(expect.objectContaining({ ...want, severity: 'error' }));
    // Issue 12 item 6: every finding can be replayed, with credentials only as placeholders.
    for (const finding of report.findings) {
      expect(finding.curl).toMatch(/^curl /);
      expect(finding.curl).not.toContain(API_KEY);
      expect(finding.curl).not.toContain(AGENT.split(':')[1]);
    }
    expect(report.summary.created).toBeGreaterThan(0);
    expect(report.summary).toMatchObject({ cleanedUp: report.summary.created, leftOver: 0, unknown: 0 });
    expect(await target.leftovers(report.runId)).toEqual([]);
  });
});

describe('a success status the contract does not list on every write (202 where 200 is documented)', () => {
  it('is reported by status-code-conformance alone: the write counts as taken and every read-back still runs', async () => {
    const target = await startTarget([], (request, answer) =>
      request.method !== 'GET' && answer.status === 200
        ? new Response(answer.body, { status: 202, headers: answer.headers })
        : undefined,
    );
    const result = await run(target);
    const report = result.report!;
    expect(result.code, result.stdout).toBe(1);
    expect(new Set(errorsOf(report).map((finding) => finding.checkId))).toEqual(new Set(['status-code-conformance']));
    expect(report.summary.steps).toMatchObject({ skipped: 0, error: 0 });
    expect(report.summary).toMatchObject({ cleanedUp: report.summary.created, leftOver: 0, unknown: 0 });
    expect(await target.leftovers(report.runId)).toEqual([]);
  });
});

describe('the Web Services list in its object form, whose objects carry only a uri (the object is provisional)', () => {
  it("still names the agent's interaction for the read steps", async () => {
    const target = await startTarget([], async (request, answer) => {
      if (request.method !== 'GET' || new URL(request.url).pathname !== '/api/v2/me/interactions') return undefined;
      const body = JSON.parse(await answer.text()) as { uris?: string[] };
      const objects = { statusCode: 0, interactions: (body.uris ?? []).map((uri) => ({ uri })) };
      return relabel(answer, {}, JSON.stringify(objects));
    });
    // Without --interaction-id: the run reads the first interaction the list names and writes nothing.
    const namespace = target.credentials.slice(-2);
    const result = await runSurface('v2', target.url, '--basic', AGENT, ...namespace, '--rate-limit', '0');
    expect(result.report?.steps.find((step) => step.name === 'read the interaction')).toMatchObject({
      status: 'passed',
    });
    expect(target.calls).toContain('getGwsInteraction');
    expect(errorsOf(result.report)).toEqual([]);
  });
});
