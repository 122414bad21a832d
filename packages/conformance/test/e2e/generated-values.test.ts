// Issue 12 item 5: request values generated from the contract's schemas, seeded, replayable and shrunk.
import { describe, expect, it } from 'vitest';
import { FAULT_TABLE } from '../fixtures/fault-table.js';
import { API_KEY, sandboxTargetPerTest, v3RunArgs } from '../fixtures/sandbox-target.js';
import { runInProcess } from './cli.js';

const startTarget = sandboxTargetPerTest();

const run = (url: string, seed: string) => runInProcess(v3RunArgs(url, '--seed', seed));

describe('generated values', () => {
  it('find a digit-only value read back as a number, shrink it to a minimal one, and replay it from the seed', async () => {
    const fixture = await startTarget(FAULT_TABLE['digit-only user data read back as a number']!.faults);
    const first = await run(fixture.url, '7');
    const second = await run(fixture.url, '7');
    const generated = (report: typeof first.report) =>
      report!.findings.filter((f) => f.checkId === 'round-trip').map((f) => f.message);
    expect(first.code).toBe(1);
    expect(generated(first.report)).toEqual([
      'user data key cxc_g_ reads back as the number 0, but "generated user data round-trips" wrote the string "0" (generated value {"cxc_g_":"0"}, shrunk in 7 step(s) from a failure at try 1; replay with --seed 7)',
    ]);
    expect(generated(second.report)).toEqual(generated(first.report));
    expect(first.report?.seed).toBe(7);
    expect(first.stdout).toMatch(/· seed 7\n/);
    expect(await fixture.leftovers(first.report!.runId)).toEqual([]);
    expect(await fixture.leftovers(second.report!.runId)).toEqual([]);
  });

  it('pass against a server that keeps every value as written, and print the random seed they used', async () => {
    const fixture = await startTarget();
    const result = await runInProcess(['run', '--surface', 'v3', '--base-url', fixture.url, '--api-key', API_KEY]);
    expect(result.code, result.stdout).toBe(0);
    const seed = result.report!.seed;
    expect(Number.isInteger(seed)).toBe(true);
    expect(result.stdout).toContain(`seed: ${seed} (--seed ${seed} replays the generated values)`);
    const step = result.report!.steps.find((s) => s.name === 'generated user data round-trips');
    expect(step).toMatchObject({ status: 'passed' });
  });
});
