// Exit codes exactly as the README documents them (issue 12 item 7): 0 clean, 1 findings, 2 could not run or did not
// finish (budget used up, interrupted), whatever was found.
import { afterEach, describe, expect, it } from 'vitest';
import { API_KEY, startContractServer, type Fault, type Fixture } from '../fixtures/contract-server.js';
import { wrongStatus } from '../fixtures/wrong-status.js';
import { runInProcess } from './cli.js';

let fixture: Fixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

/** Nexus refuses a request without x-api-key with 400 instead of 401: only warnings (a refusal, undocumented status). */
const refusesWith400: Fault = {
  before: (request) =>
    request.path.startsWith('/nexus/') && !request.headers['x-api-key']
      ? { status: 400, body: { message: 'x-api-key missing' } }
      : undefined,
};

const v3 = (url: string, ...extra: string[]) => [
  'run',
  '--surface',
  'v3',
  '--base-url',
  url,
  '--api-key',
  API_KEY,
  '--rate-limit',
  '0',
  ...extra,
];

describe('exit codes', () => {
  it.each([
    ['a clean run', 0, {}, []],
    ['an error finding', 1, wrongStatus.fault, []],
    ['warnings only', 0, refusesWith400, []],
    ['warnings only, with --fail-on-warnings', 1, refusesWith400, ['--fail-on-warnings']],
    // A slow server and a short budget: the run stops early; its errors do not turn a partial run into a verdict.
    ['the budget used up, with errors found', 2, { ...wrongStatus.fault, delayMs: 400 }, ['--budget', '2s']],
  ] as Array<[string, number, Fault, string[]]>)('%s → exit %d', async (_name, code, fault, extra) => {
    fixture = await startContractServer(fault);
    const result = await runInProcess(v3(fixture.url, ...extra));
    expect(result.code, result.stdout).toBe(code);
    expect(result.report?.summary.exitCode).toBe(code);
    if (extra.includes('--budget')) expect(result.report?.outcome).toBe('budget-exceeded');
    if (fault === refusesWith400) {
      expect(result.report?.summary).toMatchObject({ errors: 0 });
      expect(result.report?.summary.warnings).toBeGreaterThan(0);
    }
    expect(fixture.leftovers()).toEqual([]);
  });

  it('--max-response-time reports every slower answer with the response-time check (exit 1)', async () => {
    fixture = await startContractServer({ delayMs: 120 });
    const result = await runInProcess(v3(fixture.url, '--max-response-time', '20'));
    expect(result.code).toBe(1);
    const slow = result.report!.findings.filter((finding) => finding.checkId === 'response-time');
    expect(slow.length).toBeGreaterThan(0);
    expect(slow[0]).toMatchObject({ severity: 'error' });
    expect(slow[0]!.message).toMatch(/^the answer took \d+ ms, more than the 20 ms allowed \(--max-response-time\)$/);
  });

  it('without --max-response-time the response-time check does not run', async () => {
    fixture = await startContractServer({ delayMs: 50 });
    const result = await runInProcess(v3(fixture.url));
    expect(result.report!.executions.filter((e) => e.checkId === 'response-time')).toEqual([]);
    expect(result.code).toBe(0);
  });
});
