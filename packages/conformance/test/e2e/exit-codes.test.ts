// Exit codes exactly as the README documents them (issue 12 item 7): 0 clean, 1 findings, 2 could not run or did not
// finish (budget used up, interrupted), whatever was found.
import { describe, expect, it } from 'vitest';
import { each, FAULT_TABLE, NEXUS } from '../fixtures/fault-table.js';
import { type ArmedFault, sandboxTargetPerTest, v3RunArgs } from '../fixtures/sandbox-target.js';
import { runInProcess } from './cli.js';

const startTarget = sandboxTargetPerTest();

/** Nexus refuses a request without x-api-key with 400 instead of 401: only warnings (a refusal, undocumented status). */
const refusesWith400 = each(NEXUS, { onStatus: 401, setStatus: 400, body: { message: 'x-api-key missing' } });
const wrongStatus = FAULT_TABLE['wrong status']!.faults;
/** Every Nexus answer late by `ms`; the wrong-status fault's answers too when `wrong`. */
const slowed = (ms: number, wrong = false): ArmedFault[] =>
  NEXUS.map((operationId) => ({
    ...(wrong ? wrongStatus.find((fault) => fault.operationId === operationId) : undefined),
    operationId,
    delayMs: ms,
  }));

describe('exit codes', () => {
  it.each([
    ['a clean run', 0, [], []],
    ['an error finding', 1, wrongStatus, []],
    ['warnings only', 0, refusesWith400, []],
    ['warnings only, with --fail-on-warnings', 1, refusesWith400, ['--fail-on-warnings']],
    // A slow server and a short budget: the run stops early; its errors do not turn a partial run into a verdict.
    ['the budget used up, with errors found', 2, slowed(400, true), ['--budget', '2s']],
  ] as Array<[string, number, ArmedFault[], string[]]>)('%s → exit %d', async (_name, code, fault, extra) => {
    const fixture = await startTarget(fault);
    const result = await runInProcess(v3RunArgs(fixture.url, ...extra));
    expect(result.code, result.stdout).toBe(code);
    expect(result.report?.summary.exitCode).toBe(code);
    if (extra.includes('--budget')) expect(result.report?.outcome).toBe('budget-exceeded');
    if (fault === refusesWith400) {
      expect(result.report?.summary).toMatchObject({ errors: 0 });
      expect(result.report?.summary.warnings).toBeGreaterThan(0);
    }
    expect(await fixture.leftovers(result.report!.runId)).toEqual([]);
  });

  it('--max-response-time reports every slower answer with the response-time check (exit 1)', async () => {
    const fixture = await startTarget(slowed(120));
    const result = await runInProcess(v3RunArgs(fixture.url, '--max-response-time', '20'));
    expect(result.code).toBe(1);
    const slow = result.report!.findings.filter((finding) => finding.checkId === 'response-time');
    expect(slow.length).toBeGreaterThan(0);
    expect(slow[0]).toMatchObject({ severity: 'error' });
    expect(slow[0]!.message).toMatch(/^the answer took \d+ ms, more than the 20 ms allowed \(--max-response-time\)$/);
  });

  it('without --max-response-time the response-time check does not run', async () => {
    const fixture = await startTarget(slowed(50));
    const result = await runInProcess(v3RunArgs(fixture.url));
    expect(result.report!.executions.filter((e) => e.checkId === 'response-time')).toEqual([]);
    expect(result.code).toBe(0);
  });
});
