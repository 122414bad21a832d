import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openBrowserSite } from '../browser-site.js';
import { startCaptureServer, useCaptureServer } from '../capture-server.js';
import { serveDirectory } from '../static-server.js';
import { makeTempDir } from '../temp-dir.js';

describe('startCaptureServer', () => {
  it('records each request as sent and answers with the queued replies, then {"statusCode":0}', async () => {
    const capture = await startCaptureServer();
    capture.replies.push({ status: 201, body: 'created' }, (request) => ({ body: { echoed: request.url } }));
    try {
      const first = await fetch(`${capture.url}/a?x=1`, { method: 'POST', body: 'a=b' });
      expect([first.status, first.headers.get('content-type'), await first.text()]).toEqual([
        201,
        'text/plain',
        'created',
      ]);
      expect(await (await fetch(`${capture.url}/b`)).json()).toEqual({ echoed: '/b' });
      expect(await (await fetch(`${capture.url}/c`)).json()).toEqual({ statusCode: 0 });
      expect(capture.requests.map(({ method, url, body }) => [method, url, body.toString()])).toEqual([
        ['POST', '/a?x=1', 'a=b'],
        ['GET', '/b', ''],
        ['GET', '/c', ''],
      ]);
    } finally {
      await capture.close();
    }
  });
});

describe('serveDirectory', () => {
  const scratch = makeTempDir('cx-test-support-');
  const site = path.join(scratch.path, 'site');
  mkdirSync(site);
  writeFileSync(path.join(site, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(scratch.path, 'secret.txt'), 'outside');
  afterAll(() => scratch.remove());

  it('serves index.html at /, files with their type, 404 for what is missing or outside the directory', async () => {
    const seen: string[] = [];
    const server = await serveDirectory(site, seen);
    try {
      const home = await fetch(`${server.url}/`);
      expect([home.headers.get('content-type'), await home.text()]).toEqual([
        'text/html; charset=utf-8',
        '<p>home</p>',
      ]);
      expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.url}/..%2Fsecret.txt`)).status).toBe(404);
      expect(seen).toEqual(['/', '/missing.js', '/../secret.txt']);
    } finally {
      await server.close();
    }
  });
});

describe('useCaptureServer', () => {
  const capture = useCaptureServer();

  it('is running inside the tests of the file', async () => {
    capture.replies.push({ body: 'first' });
    expect(await (await fetch(`${capture.url}/one`)).text()).toBe('first');
    expect(capture.requests.map((request) => request.url)).toEqual(['/one']);
  });

  it('starts each test with no requests and no replies', () => {
    expect([capture.requests, capture.replies]).toEqual([[], []]);
  });
});

describe('openBrowserSite', () => {
  it('removes the directory and rethrows when filling it fails, before anything is started', async () => {
    let filled = '';
    const failure = openBrowserSite('cx-test-support-site-', (dir) => {
      filled = dir;
      throw new Error('could not write the page');
    });
    await expect(failure).rejects.toThrow('could not write the page');
    expect(filled).not.toBe('');
    expect(existsSync(filled)).toBe(false);
  });
});
