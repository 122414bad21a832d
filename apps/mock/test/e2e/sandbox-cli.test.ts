// The node adapter's options around the sandbox: --state-file across a restart, --fixtures, --no-csrf, --fault,
// --log json, and hot reload of specs/ (on a scratch copy of the specs, through CX_REPO_ROOT).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { basic } from '@cx-contracts/sandbox/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, sandboxArgs, startMock } from './mock-process.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'cx-sandbox-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const ns = (name: string) => ({ 'x-cx-sandbox-namespace': name });

async function createGms(url: string, namespace: string, externalId: string): Promise<string> {
  const response = await fetch(`${url}/genesys/2/openmedia/svc`, {
    method: 'POST',
    headers: { ...form, ...ns(namespace) },
    body: `externalId=${externalId}`,
  });
  return ((await response.json()) as { interactionId: string }).interactionId;
}

async function getGms(url: string, namespace: string, id: string): Promise<{ statusCode: number }> {
  const response = await fetch(`${url}/genesys/2/openmedia/svc/${id}/get`, {
    method: 'POST',
    headers: { ...form, ...ns(namespace) },
    body: '',
  });
  return (await response.json()) as { statusCode: number };
}

async function waitFor(check: () => boolean, what: string, output: () => string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; output:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('--state-file', () => {
  it('writes the state on shutdown and restores it on the next start', async () => {
    const file = path.join(scratch, 'state.json');
    const first = await startMock(sandboxArgs('--state-file', file));
    const id = await createGms(first.url, 'persist', 'kept');
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output()).toContain('state written to');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1, namespaces: { persist: {} } });

    const second = await startMock(sandboxArgs('--state-file', file));
    try {
      expect(second.output()).toContain('State restored from');
      expect(await getGms(second.url, 'persist', id)).toMatchObject({ statusCode: 0 });
      // New ids do not collide with restored ones.
      expect(await createGms(second.url, 'persist', 'new')).not.toBe(id);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('refuses a state file that is not a fixture, with exit code 2 and the reason', async () => {
    const file = path.join(scratch, 'broken.json');
    writeFileSync(file, JSON.stringify({ version: 9, namespaces: {} }));
    await expect(startMock(sandboxArgs('--state-file', file))).rejects.toThrow(
      /exited with 2[\s\S]*fixture.version must be 1, got 9/,
    );
  });
});

describe('--fixtures, --no-csrf, --fault, --log json', () => {
  it('seeds fixtures at start, drops CSRF, arms the fault, and logs one JSON line per request', async () => {
    const dir = path.join(scratch, 'fixtures');
    mkdirSync(dir, { recursive: true });
    const interaction = {
      id: '00FIXTURE0000001',
      externalId: 'from-fixture',
      service: 'svc',
      createdThrough: 'fixture',
      interactionType: 'Inbound',
      interactionSubtype: 'InboundNew',
      mediaType: 'workitem',
      queue: 'Q',
      state: 'Queued',
      userData: { Seeded: 'yes' },
      receivedAt: '2026-01-01T00:00:00Z',
      submittedAt: '2026-01-01T00:00:00Z',
      placedInQueueAt: '2026-01-01T00:00:00Z',
      submitSeq: 1,
      placeInQueueSeq: 2,
    };
    writeFileSync(
      path.join(dir, 'team.json'),
      JSON.stringify({ version: 1, namespaces: { 'user:fixture-agent': { interactions: [interaction] } } }),
    );
    const mock = await startMock(
      [
        ...sandboxArgs('--fixtures', dir, '--no-csrf', '--fault', 'getCsService:status=500,count=1', '--log', 'json'),
      ].filter((arg) => arg !== '--quiet'),
    );
    try {
      expect(mock.output()).toContain('Fixtures: 1 file(s)');
      const headers = { authorization: basic('fixture-agent'), 'content-type': 'application/json' };
      const accept = await fetch(`${mock.url}/api/v2/me/interactions/00FIXTURE0000001`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ operationName: 'Accept' }),
      });
      expect(await accept.json()).toEqual({ status: 'ok' });

      expect((await fetch(`${mock.url}/genesys/1/cs/services/1`)).status).toBe(500);
      expect((await fetch(`${mock.url}/genesys/1/cs/services/1`)).status).toBe(404);

      await waitFor(
        () => mock.output().includes('"operationId":"getCsService","status":404'),
        'the log line',
        mock.output,
      );
      const line = mock
        .output()
        .split('\n')
        .find((text) => text.includes('"operationId":"performGwsInteractionOperation"'))!;
      expect(JSON.parse(line)).toMatchObject({
        namespace: 'user:fixture-agent',
        method: 'POST',
        path: '/api/v2/me/interactions/00FIXTURE0000001',
        status: 200,
        ms: expect.any(Number),
        time: expect.any(String),
      });
      expect(mock.output()).not.toContain('secret');
    } finally {
      await mock.stop();
    }
  }, 60_000);

  it('refuses sandbox options with --stateless', async () => {
    await expect(startMock(['--stateless', '--no-csrf', '--spec', 'x'])).rejects.toThrow(/only apply to the sandbox/);
  });
});

describe('hot reload of specs/', () => {
  it('re-bundles a change and swaps it in, keeping the state; a broken change keeps the previous contract', async () => {
    // A scratch copy inside the repository (build/ is ignored), so Redocly's plugin resolves node_modules.
    mkdirSync(path.join(repoRoot, 'build'), { recursive: true });
    const root = mkdtempSync(path.join(repoRoot, 'build', 'hot-reload-'));
    try {
      for (const entry of ['redocly.yaml', 'specs', 'packages/redocly-rules'])
        cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
      const mock = await startMock(['--host', '127.0.0.1', '--port', '0', '--quiet'], { CX_REPO_ROOT: root });
      try {
        expect(mock.output()).toContain('Watching specs/');
        const id = await createGms(mock.url, 'hot', 'survives');
        const anonymous = `${mock.url}/genesys/1/cs/services/anonymous/123/completed`;
        expect((await fetch(anonymous)).headers.get('x-cx-operation')).toBe('listCsCompletedAnonymousServices');

        const rootDocument = path.join(root, 'specs', 'context-service', 'openapi.yaml');
        const original = readFileSync(rootDocument, 'utf8');
        const lines = original.split('\n');
        const at = lines.findIndex((line) =>
          line.startsWith('  /genesys/1/cs/services/anonymous/{contact_key}/completed:'),
        );
        expect(at).toBeGreaterThan(0);
        lines.splice(at, 2);
        writeFileSync(rootDocument, lines.join('\n'));
        await waitFor(
          () => mock.output().includes('removed listCsCompletedAnonymousServices'),
          'the reload',
          mock.output,
        );
        expect(mock.output()).toContain('state kept');
        expect((await fetch(anonymous)).status).toBe(404);
        expect(await getGms(mock.url, 'hot', id)).toMatchObject({ statusCode: 0 });

        writeFileSync(rootDocument, 'openapi: [\n');
        await waitFor(() => mock.output().includes('still serving the previous contract'), 'the refusal', mock.output);
        expect((await fetch(anonymous)).status).toBe(404);
        expect(await getGms(mock.url, 'hot', id)).toMatchObject({ statusCode: 0 });
      } finally {
        await mock.stop();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
