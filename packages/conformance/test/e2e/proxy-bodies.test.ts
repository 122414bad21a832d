// How the proxy handles bodies (issue 13: "streams bodies within the caps"): compressed answers are checked decoded
// and passed on as sent; answers over the cap stream through unchecked; request bodies reach the target whole.
import http from 'node:http';
import { listen, type RunningServer } from '@cx-contracts/test-support';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSurfaces } from '../../src/cli/passive-options.js';
import { Redactor } from '../../src/http/redactor.js';
import { PassiveSession } from '../../src/passive/passive-session.js';
import { FINDINGS_HEADER, startValidatingProxy } from '../../src/proxy/validating-proxy.js';
import type { ConformanceSurface } from '../../src/surface.js';

const NEXUS = '/nexus/v3/openmedia/email-intake/interactions/ext_order-1';
const BODY = JSON.stringify({ status: { code: 0, message: 'OK' }, data: { externalId: 'order-1' } });
const GZIPPED = gzipSync(BODY);
let target: RunningServer;
let received: Buffer[] = [];
let surfaces: ConformanceSurface[];

beforeAll(async () => {
  surfaces = await loadSurfaces(['v3']);
  // A target that answers gzip when asked, a large body on /big, and records request bodies.
  target = await listen(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    received.push(Buffer.concat(chunks));
    if (request.url?.endsWith('ext_big')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      // Chunked, no Content-Length: the proxy only learns the size while holding it.
      for (let i = 0; i < 64; i += 1) response.write(`${i === 0 ? '{"pad":"' : ''}${'x'.repeat(1024)}`);
      response.end('"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    response.end(GZIPPED);
  });
});
afterAll(() => target.close());

function proxyFor(maxBodyBytes?: number) {
  const session = new PassiveSession({ surfaces, source: 'proxy', target: target.url, redactor: new Redactor() });
  return startValidatingProxy({ target: target.url, session, maxBodyBytes, strict: true });
}

/** Raw bytes as received (fetch would decompress). */
function get(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'x-api-key': 'k-123456', 'accept-encoding': 'gzip' } }, async (response) => {
        const chunks: Buffer[] = [];
        for await (const chunk of response) chunks.push(chunk as Buffer);
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) });
      })
      .on('error', reject);
  });
}

it('checks a gzip answer decoded and hands the client the compressed bytes the target sent', async () => {
  const proxy = await proxyFor();
  try {
    const answer = await get(`${proxy.url}${NEXUS}`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.body.equals(GZIPPED)).toBe(true);
    expect(answer.headers[FINDINGS_HEADER]).toBe('errors=0; warnings=0');
  } finally {
    await proxy.close();
  }
});

it('streams an answer over the cap through unchecked, whole, and says so', async () => {
  const proxy = await proxyFor(16 * 1024);
  try {
    const answer = await get(`${proxy.url}/nexus/v3/openmedia/email-intake/interactions/ext_big`);
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBe(64 * 1024 + 10);
    expect(answer.headers[FINDINGS_HEADER]).toBe('unchecked; body over the 16384-byte cap');
  } finally {
    await proxy.close();
  }
});

it('forwards a request body over the cap whole (only checking is skipped)', async () => {
  const proxy = await proxyFor(1024);
  received = [];
  try {
    const body = JSON.stringify({ changedProperties: { note: 'y'.repeat(8000) } });
    const response = await fetch(`${proxy.url}/nexus/v3/openmedia/email-intake/interactions/ext_order-1/update`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k-123456' },
      body,
    });
    await response.arrayBuffer();
    expect(received.at(-1)?.toString()).toBe(body);
    // Its body was not kept, so it is not judged: no "missing required body" finding for a body that was sent.
    expect(response.headers.get(FINDINGS_HEADER)).toBe('errors=0; warnings=0');
  } finally {
    await proxy.close();
  }
});
