// `cx-conformance proxy` as a user runs it: findings printed as they happen, reports, coverage and the HAR written on
// Ctrl-C, and the credentials of proxied requests in none of them (issue 13).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createV2Client, createV3Client } from '@cx-contracts/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { PassiveReport } from '../../src/passive/passive-session.js';
import { clientJourney } from '../fixtures/client-journey.mjs';
import { journeyCredentials } from '../fixtures/journey-credentials.js';
import { reportArgs, reportFiles } from '../fixtures/report-files.js';
import { startSandboxServer, type SandboxServer } from '../fixtures/sandbox-http.js';

const { credentials, secrets: SECRETS } = journeyCredentials('nexus-key-proxy-2c9e', 'agent3', 'proxy-pw-51ab77');
let sandbox: SandboxServer;

beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());

it('prints findings as they happen, writes reports, coverage and HAR on interrupt, and never shows a credential', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'cxc-proxy-'));
  const files = { ...reportFiles(dir, 'report'), har: path.join(dir, 'proxy.har') };
  let stdout = '';
  let stderr = '';
  let interrupt: (() => void) | undefined;
  let listening: (url: string) => void;
  const url = new Promise<string>((resolve) => (listening = resolve));
  const exit = main({
    argv: ['proxy', '--target', sandbox.url, '--port', '0', '--no-color', '--har', files.har, ...reportArgs(files)],
    env: {},
    stdout: (text) => {
      stdout += text;
      const match = /cx-conformance proxy (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match) listening(match[1]!);
    },
    stderr: (text) => (stderr += text),
    onInterrupt: (handler) => {
      interrupt = () => handler('SIGINT');
      return () => undefined;
    },
  });
  const baseUrl = await url;
  // In the namespace of the journey's Basic user, which the GMS calls land in.
  await sandbox.arm(
    { authorization: `Basic ${SECRETS[2]}` },
    { operationId: 'stopOpenMediaInteraction', setStatus: 418 },
  );
  const calls = await clientJourney(
    { createV2Client, createV3Client },
    { baseUrl, ...credentials, externalId: 'cli-1' },
  );
  expect(calls.find((call) => call.name === 'stop')?.status).toBe(418);
  // Printed as it happened, before the proxy was stopped.
  expect(stdout).toMatch(/FAIL v2 proxy › proxy #4 stopOpenMediaInteraction 418/);
  interrupt!();
  expect(await exit).toBe(1);

  const report = JSON.parse(await readFile(files.json, 'utf8')) as PassiveReport;
  expect(report.findings.map((finding) => `${finding.operationId} ${finding.checkId}`)).toEqual([
    'stopOpenMediaInteraction status-code-conformance',
  ]);
  const har = JSON.parse(await readFile(files.har, 'utf8')) as { log: { entries: unknown[] } };
  expect(har.log.entries).toHaveLength(8);
  const outputs = [stdout, stderr, ...(await Promise.all(Object.values(files).map((file) => readFile(file, 'utf8'))))];
  for (const output of outputs) for (const secret of SECRETS) expect(output).not.toContain(secret);
  // The recorded HAR checks clean apart from the broken stop (credentials redacted there are still present headers).
  let harOut = '';
  const code = await main({
    argv: ['check-har', files.har, '--no-color'],
    env: {},
    stdout: (t) => (harOut += t),
    stderr: (t) => (harOut += t),
  });
  expect(code).toBe(1);
  expect(harOut).toMatch(/1 error/);
});
