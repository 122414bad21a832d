// HAR files recorded by Playwright (Debian's Chromium) from a page that drives @cx-contracts/client against the
// sandbox, checked with `cx-conformance check-har` (issue 13, "Tests that must exist").
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '@cx-contracts/test-support';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { PassiveReport } from '../../src/passive/passive-session.js';
import { journeyCredentials } from '../fixtures/journey-credentials.js';
import { servePage } from '../fixtures/journey-page.js';
import { reportArgs, reportFiles } from '../fixtures/report-files.js';
import { startSandboxServer, type SandboxServer } from '../fixtures/sandbox-http.js';

const { credentials, secrets: SECRETS } = journeyCredentials('nexus-key-har-7f3a91', 'agent9', 'har-pw-c0ffee42');
/** The header that names the journey's namespace (its Basic user's) when a fault is armed. */
const journeyUser = { authorization: `Basic ${SECRETS[2]}` };

let sandbox: SandboxServer;
let pageUrl: string;
let browser: Browser;
let dir: string;
let recordings = 0;

beforeAll(async () => {
  sandbox = await startSandboxServer();
  pageUrl = servePage(sandbox);
  dir = await mkdtemp(path.join(tmpdir(), 'cxc-har-'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
});

/** Runs the journey in Chromium with Playwright's recordHar and returns the HAR file. */
async function record(): Promise<{ har: string; calls: Array<{ name: string; status: number }> }> {
  const har = path.join(dir, `recording-${++recordings}.har`);
  const context = await browser.newContext({ recordHar: { path: har, content: 'embed' } });
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.waitForFunction(() => document.title === 'ready');
  const calls = await page.evaluate(
    (options) =>
      (window as unknown as { runJourney(o: unknown): Promise<Array<{ name: string; status: number }>> }).runJourney(
        options,
      ),
    { ...credentials, externalId: `har-${recordings}` },
  );
  await context.close();
  return { har, calls };
}

async function checkHar(har: string, ...args: string[]) {
  const files = reportFiles(dir, path.basename(har));
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['check-har', har, '--no-color', ...reportArgs(files), ...args],
    env: {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  const report = JSON.parse(await readFile(files.json, 'utf8')) as PassiveReport;
  const outputs = [stdout, stderr, ...(await Promise.all(Object.values(files).map((file) => readFile(file, 'utf8'))))];
  return { code, stdout, report, outputs };
}

describe('check-har on Playwright recordings of the client against the sandbox', () => {
  it('a clean recording has no findings; page and module requests are counted, not failed', async () => {
    const { har, calls } = await record();
    expect(calls.every((call) => call.status === 200)).toBe(true);
    const { code, stdout, report, outputs } = await checkHar(har);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    const html = outputs[3];
    expect(html).toMatch(/sent no request of its own and created nothing/); // not the active run's cleanup promise
    expect(html).not.toMatch(/is removed at the end/);
    expect(report.passive.checked).toBe(8);
    expect(report.passive.unknownPath).toBeGreaterThanOrEqual(3); // the page, journey.mjs, the client's modules
    expect(report.passive.passedOver.map((item) => item.url)).toContain(pageUrl);
    const update = report.coverage.operations.find((op) => op.operationId === 'updateOpenMediaInteraction')!;
    expect(update).toMatchObject({
      calls: 1,
      statuses: { seen: ['200'] },
      responseForms: { seen: ['200 OpenMediaSuccess'] },
    });
    expect(report.coverage.totals.operations.seen).toBe(8);
    expect(stdout).toMatch(/Contract coverage \(seen\/documented\)/);
    expect(stdout).toMatch(/No errors: the traffic matches the contract \(exit 0\)/);
  });

  it('a recording with contract-breaking answers has exactly the expected findings', async () => {
    // In the namespace of the journey's Basic user (the GMS calls); the create's numbers become strings and strings
    // numbers, so a typed client would misread every field.
    await sandbox.arm(journeyUser, { operationId: 'getOpenMediaInteraction', setStatus: 418 });
    await sandbox.arm(journeyUser, { operationId: 'updateOpenMediaInteraction', contentType: 'text/plain' });
    await sandbox.arm(journeyUser, {
      operationId: 'createOpenMediaInteraction',
      set: { statusCode: '0', interactionId: 42 },
    });
    const { har } = await record();
    const { code, report, stdout } = await checkHar(har);
    expect(code).toBe(1);
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    expect(new Set(errors.map((finding) => `${finding.operationId} ${finding.checkId}`))).toEqual(
      new Set([
        'createOpenMediaInteraction envelope-conformance',
        'createOpenMediaInteraction response-schema-conformance',
        'getOpenMediaInteraction status-code-conformance',
        'updateOpenMediaInteraction content-type-conformance',
      ]),
    );
    for (const finding of errors) expect(finding.step).toMatch(/^entry \d+$/);
    expect(stdout).toMatch(/status 418 is not documented for getOpenMediaInteraction/);
  });

  it('credentials in the HAR appear in no report, coverage file or console output', async () => {
    const { har } = await record();
    const text = await readFile(har, 'utf8');
    // The recording does carry them (otherwise this test proves nothing).
    expect(text).toContain(credentials.apiKey);
    expect(text).toContain(SECRETS[2]);
    const { outputs } = await checkHar(har, '--verbose');
    for (const output of outputs) for (const secret of SECRETS) expect(output).not.toContain(secret);
  });
});
