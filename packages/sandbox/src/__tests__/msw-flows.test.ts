// The behaviour suite (src/testing/flows.ts) twice: against the node server (apps/mock's startMockServer on
// 127.0.0.1, port 0: the adapter `npm start` runs) and through the MSW handlers in `msw/node` (issue 14). Each flow
// must pass on both and give the same normalised transcript: status, the headers a client reads, the body.
// apps/mock is imported from source by path (vitest compiles it): declaring it as a dependency would make a cycle (it
// depends on this package), and a computed path keeps it out of this package's typecheck (its rootDir).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '@cx-contracts/openapi-runtime';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../msw.js';
import { flows } from '../testing/flows.js';
import { type Answer, runFlow } from '../testing/run-flow.js';
import { answerViolations } from './contract.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const documentPath = path.join(repoRoot, 'build', 'specs', 'all.yaml');
const mswOrigin = 'http://sandbox.msw.test';
// Headers a client reads; transport headers (date, content-length, CORS, keep-alive) differ by adapter and are not
// behaviour.
const KEPT_HEADERS = [
  'content-type',
  'location',
  'set-cookie',
  'x-csrf-header',
  'x-csrf-token',
  'x-cx-mock-error',
  'x-cx-operation',
  'x-cx-sandbox-namespace',
];

interface MockServer {
  url: string;
  close(): Promise<void>;
}
const mockServerSource = path.join(repoRoot, 'apps', 'mock', 'src', 'mock-server.ts');
let node: MockServer;
const msw = setupServer();

beforeAll(async () => {
  const { startMockServer } = (await import(/* @vite-ignore */ mockServerSource)) as {
    startMockServer(options: { documentPath: string; host: string; port: number }): Promise<MockServer>;
  };
  node = await startMockServer({ documentPath, host: '127.0.0.1', port: 0 });
  const sandbox = createSandbox({ document: await readDocument(documentPath), baseUrl: mswOrigin });
  msw.use(...sandbox.handlers);
  msw.listen({ onUnhandledRequest: 'bypass' });
}, 60_000);

afterAll(async () => {
  msw.close();
  await node?.close();
});

/** One exchange with what differs run to run (origin, uuids, clock times, CSRF tokens, session ids) named instead. */
function normalise(origin: string, request: Request, answer: Answer): string {
  const volatile = (text: string) =>
    text
      .replaceAll(origin, '<origin>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
      .replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?/g, '<time>')
      .replace(/JSESSIONID=[^;,\s"]+/g, 'JSESSIONID=<session>');
  const url = new URL(request.url);
  const headers = KEPT_HEADERS.filter((name) => answer.headers.has(name)).map((name) =>
    name === 'x-csrf-token' ? `${name}: <token>` : `${name}: ${volatile(answer.headers.get(name)!)}`,
  );
  return [
    volatile(`${request.method} ${url.pathname}${url.search} → ${answer.status}`),
    ...headers,
    volatile(answer.text),
  ].join('\n');
}

describe('the flows, node server and msw/node', () => {
  for (const [index, flow] of flows.entries()) {
    it(flow.name, async () => {
      const transcripts: string[][] = [];
      const violations: string[] = [];
      for (const baseUrl of [node.url, mswOrigin]) {
        const transcript: string[] = [];
        await runFlow((request) => fetch(request), flow, {
          baseUrl,
          namespace: `twice-${index}`,
          onExchange: (request, answer) => {
            transcript.push(normalise(baseUrl, request, answer));
            violations.push(...answerViolations(answer));
          },
        });
        transcripts.push(transcript);
      }
      expect(transcripts[0]?.length).toBe(flow.steps.length);
      expect(transcripts[1]).toEqual(transcripts[0]);
      expect(violations).toEqual([]);
    });
  }
});

// Refused and special requests: the same problem+json (violations included), the platform's documented 400 bodies,
// 404/405 for paths and methods the contract lacks, Prefer's named examples and the control API.
const json = { 'content-type': 'application/json', 'x-api-key': 'k' };
const refused: {
  name: string;
  status: number;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}[] = [
  { name: 'unknown path', status: 404, method: 'GET', path: '/genesys/9/nothing' },
  { name: 'method the path lacks', status: 405, method: 'DELETE', path: '/genesys/2/openmedia/svc' },
  {
    name: 'GMS Open Media update without change/delete (422)',
    status: 422,
    method: 'POST',
    path: '/genesys/2/openmedia/s/1/update',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'x=1',
  },
  {
    name: 'unsupported Content-Type (415)',
    status: 415,
    method: 'POST',
    path: '/genesys/2/openmedia/s',
    headers: { 'content-type': 'text/csv' },
    body: 'a,b',
  },
  {
    name: 'Nexus bad body (documented 400)',
    status: 400,
    method: 'POST',
    path: '/nexus/v3/openmedia/s/interactions',
    headers: json,
    body: '{"userData":7}',
  },
  {
    name: 'Nexus unreadable JSON',
    status: 400,
    method: 'POST',
    path: '/nexus/v3/openmedia/s/interactions',
    headers: json,
    body: '{',
  },
  { name: 'Nexus without x-api-key (401)', status: 401, method: 'GET', path: '/nexus/v3/openmedia/s/interactions/1' },
  {
    name: 'Prefer a named example',
    status: 200,
    method: 'POST',
    path: '/genesys/2/openmedia/s',
    headers: { 'content-type': 'application/x-www-form-urlencoded', prefer: 'example=retryLater' },
    body: 'externalId=1',
  },
  {
    name: 'control API: arm a fault',
    status: 200,
    method: 'POST',
    path: '/__sandbox/faults',
    headers: json,
    body: '{"operationId":"createOpenMediaInteraction","status":500}',
  },
  {
    name: 'control API: bad fault',
    status: 400,
    method: 'POST',
    path: '/__sandbox/faults',
    headers: json,
    body: '{"operationId":7}',
  },
  {
    name: 'bad namespace name',
    status: 400,
    method: 'GET',
    path: '/__sandbox/',
    headers: { 'x-cx-sandbox-namespace': 'no spaces' },
  },
];

describe('refused requests, node server and msw/node', () => {
  for (const item of refused) {
    it(item.name, async () => {
      const transcripts: string[] = [];
      for (const baseUrl of [node.url, mswOrigin]) {
        const headers = new Headers({ 'x-cx-sandbox-namespace': 'refused', ...item.headers });
        const request = new Request(baseUrl + item.path, { method: item.method, headers, body: item.body });
        const response = await fetch(request.clone());
        const text = await response.text();
        transcripts.push(
          normalise(baseUrl, request, { status: response.status, headers: response.headers, text, json: undefined }),
        );
      }
      expect(transcripts[0]).toMatch(`${item.method} ${item.path} → ${item.status}`);
      expect(transcripts[1]).toBe(transcripts[0]);
    });
  }
});
