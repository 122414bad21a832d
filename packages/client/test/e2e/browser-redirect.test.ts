// Issue 9 item 2 in a browser: with `redirect: 'manual'` a browser's fetch does not follow the 30x and hands back an
// opaque-redirect response (Fetch standard: status 0, no headers). The README says what the client then returns;
// this test checks it in Debian's Chromium, with the client bundled for the browser, served from `home`, and a 307
// to `other` (another port of 127.0.0.1, so another origin). Nothing may arrive at `other`.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CaptureServer,
  launchChromium,
  listen,
  type RunningServer,
  startCaptureServer,
} from '@cx-contracts/test-support';

const source = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** Runs in the page: one call per redirect policy, against an API path that answers 307 to `other`. */
const pageScript = (otherOrigin: string) => `
import { createV3Client } from ${JSON.stringify(source)};
const path = '/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}';
const params = { path: { openMediaService: 'chat', interactionId: 'i-1' } };
const results = {};
for (const redirects of ['manual', 'follow-same-origin']) {
  const v3 = createV3Client({ baseUrl: location.origin, apiKey: 'browser-key-1', redirects });
  const { data, error, response } = await v3.GET(path, { params });
  results[redirects] = { data, error, type: response.type, status: response.status, location: response.headers.get('location') };
}
try {
  await createV3Client({ baseUrl: location.origin, apiKey: 'browser-key-1' }).GET(path, { params, baseUrl: ${JSON.stringify(otherOrigin)} });
} catch (error) {
  results.perCallBaseUrl = error.message.includes('refused to send a request');
}
window.results = results;
`;

let other: CaptureServer;
let home: RunningServer;
let browser: Browser;
const apiCalls: string[] = [];

beforeAll(async () => {
  other = await startCaptureServer();
  const bundle = await build({
    stdin: { contents: pageScript(other.url), resolveDir: fileURLToPath(new URL('.', import.meta.url)) },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  home = await listen((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<script type="module" src="/page.js"></script>');
    } else if (request.url === '/page.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    } else if (!request.url?.startsWith('/nexus/')) {
      response.writeHead(404).end(); // favicon.ico: the page's own fetches are not the client's
    } else {
      apiCalls.push(`${request.method} ${request.url} x-api-key=${request.headers['x-api-key']}`);
      response.writeHead(307, { Location: `${other.url}/steal` }).end();
    }
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await home?.close();
  await other?.close();
});

describe('in a browser', () => {
  it('a redirect comes back as an opaque-redirect result in both modes, and nothing reaches the other origin', async () => {
    const page = await browser.newPage();
    await page.goto(`${home.url}/`);
    const results = await page.waitForFunction(() => (window as { results?: unknown }).results, undefined, {
      timeout: 20_000,
    });
    const opaque = { data: undefined, error: '', type: 'opaqueredirect', status: 0, location: null };
    expect(await results.jsonValue()).toEqual({ manual: opaque, 'follow-same-origin': opaque, perCallBaseUrl: true });
    expect(apiCalls).toEqual([
      'GET /nexus/v3/openmedia/chat/interactions/i-1 x-api-key=browser-key-1',
      'GET /nexus/v3/openmedia/chat/interactions/i-1 x-api-key=browser-key-1',
    ]);
    expect(other.requests).toEqual([]);
    await page.close();
  });
});
