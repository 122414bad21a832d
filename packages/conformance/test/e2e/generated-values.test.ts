// Issue 12 item 5: request values generated from the contract's schemas, seeded, replayable and shrunk.
import { describe, expect, it } from 'vitest';
import { FAULT_TABLE } from '../fixtures/fault-table.js';
import { API_KEY, type ArmedFault, type SandboxTarget, sandboxTargetPerTest } from '../fixtures/sandbox-target.js';
import { SHRINK_WRITES } from '../../src/checks/round-trip-probe.js';
import { runChild, runSurface } from './cli.js';

const startTarget = sandboxTargetPerTest();

/** A run of one surface against the sandbox with a fixed seed (the surface's credentials are the target's). */
const runSeeded = (surface: 'v2' | 'v3', target: SandboxTarget, seed: string) =>
  runSurface(surface, target.url, ...target.credentials, '--rate-limit', '0', '--seed', seed);
const run = (target: SandboxTarget, seed: string) => runSeeded('v3', target, seed);

describe('generated values', () => {
  it('find a digit-only value read back as a number, shrink it to a minimal one, and replay it from the seed', async () => {
    const fixture = await startTarget(FAULT_TABLE['digit-only user data read back as a number']!.faults);
    const first = await run(fixture, '7');
    const second = await run(fixture, '7');
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

  it('write at most SHRINK_WRITES more values while shrinking, even when every value fails (a target may be production)', async () => {
    // Reads never find the interaction, whatever was written: every shrink candidate fails, and each one of the
    // create flow is a new interaction (before the cap: 262 creates in one run).
    const fixture = await startTarget(FAULT_TABLE['created data not readable']!.faults);
    const result = await runSeeded('v2', fixture, '1');
    const creates = fixture.calls.filter((operationId) => operationId === 'createOpenMediaInteraction').length;
    // The flow's own creates (the first interaction, the generated user data's), the failing try, the cap and the
    // replay of the minimal value.
    expect(creates).toBeGreaterThan(SHRINK_WRITES);
    expect(creates).toBeLessThanOrEqual(SHRINK_WRITES + 5);
    const generated = result.report!.findings.find((f) => /generated externalId/.test(f.message));
    expect(generated?.message).toMatch(/shrunk in \d+ step\(s\) from a failure at try 1; replay with --seed 1/);
    expect(result.report!.summary).toMatchObject({ cleanedUp: result.report!.summary.created, leftOver: 0 });
    expect(await fixture.leftovers(result.report!.runId)).toEqual([]);
  });

  it('pass against a server that keeps every value as written, and print the random seed they used', async () => {
    const fixture = await startTarget();
    const result = await runSurface('v3', fixture.url, '--api-key', API_KEY);
    expect(result.code, result.stdout).toBe(0);
    const seed = result.report!.seed;
    expect(Number.isInteger(seed)).toBe(true);
    expect(result.stdout).toContain(`seed: ${seed} (--seed ${seed} replays the generated values)`);
    const step = result.report!.steps.find((s) => s.name === 'generated user data round-trips');
    expect(step).toMatchObject({ status: 'passed' });
  });
});

/**
 * GMS Open Media and Web Services (v2): user data written through an update's `change` map (a form) and through
 * AttachUserData (JSON), read back through get. The faults turn digit-only user data values into JSON numbers in the
 * reads only (packages/sandbox/src/faults.ts, `digitsAsNumbers`).
 */
const DIGITS_AS_NUMBERS: ArmedFault[] = [
  { operationId: 'getOpenMediaInteraction', digitsAsNumbers: ['interactionProperties.interactionUserData'] },
  { operationId: 'getGwsInteraction', digitsAsNumbers: ['interaction.userData'] },
];
const runV2 = (target: SandboxTarget, seed: string) => runSeeded('v2', target, seed);

describe('generated values through GMS Open Media and Web Services', () => {
  it('find a digit-only value read back as a number in both, with the seed and the minimal value, and replay it', async () => {
    const fixture = await startTarget(DIGITS_AS_NUMBERS);
    const first = await runV2(fixture, '7');
    const second = await runV2(fixture, '7');
    // Web Services keys carry the run id (the interaction is the agent's, not the run's): compare without it. The two
    // scenarios run side by side, so their findings are sorted.
    const generated = (report: typeof first.report) =>
      report!.findings
        .filter((f) => f.step?.includes('› generated'))
        .map((f) => `${f.step}: ${f.checkId} ${f.severity}: ${f.message.replaceAll(report!.runId, '<run>')}`)
        .sort();
    expect(first.code).toBe(1);
    expect(generated(first.report)).toEqual([
      'open-media › generated externalId and user data of a create round-trip: round-trip error: user data key cxc_g_ reads back as the number 0, but "generated externalId and user data of a create round-trip" wrote the string "0" (generated value {"externalId":"","userData":{"cxc_g_":"0"}}, shrunk in 6 step(s) from a failure at try 3; replay with --seed 7)',
      'open-media › generated user data round-trips: round-trip error: user data key cxc_g_ reads back as the number 0, but "generated user data round-trips" wrote the string "0" (generated value {"cxc_g_":"0"}, shrunk in 7 step(s) from a failure at try 1; replay with --seed 7)',
      'web-services › generated user data round-trips: round-trip error: user data key cxc_run_<run>_g_ reads back as the number 0, but "generated user data round-trips" wrote the string "0" (generated value {"cxc_run_<run>_g_":"0"}, shrunk in 7 step(s) from a failure at try 1; replay with --seed 7)',
    ]);
    expect(generated(second.report)).toEqual(generated(first.report));
    expect(first.stdout).toMatch(/· seed 7\n/);
    expect(await fixture.leftovers(first.report!.runId)).toEqual([]);
    expect(await fixture.leftovers(second.report!.runId)).toEqual([]);
  });

  it('pass against a server that keeps every value as written, and remove every generated key', async () => {
    const fixture = await startTarget();
    const result = await runV2(fixture, '11');
    expect(result.code, result.stdout).toBe(0);
    const steps = result.report!.steps.filter((s) => s.name.startsWith('generated'));
    expect(steps.map((s) => [s.scenario, s.name, s.status]).sort()).toEqual([
      ['open-media', 'generated externalId and user data of a create round-trip', 'passed'],
      ['open-media', 'generated user data round-trips', 'passed'],
      ['web-services', 'generated user data round-trips', 'passed'],
    ]);
    // Each generated create is counted, and was stopped again by the step itself.
    const generatedCreates = result.report!.cleanedUp.filter((c) => c.step.startsWith('generated externalId'));
    expect(generatedCreates.length).toBeGreaterThanOrEqual(10);
    expect(generatedCreates.every((c) => c.by === 'scenario' && c.outcome === 'cleaned')).toBe(true);
    expect(result.report!.summary).toMatchObject({ leftOver: 0, unknown: 0 });
    expect(fixture.calls.filter((id) => id === 'performGwsInteractionOperation').length).toBeGreaterThan(10);
    expect(await fixture.leftovers(result.report!.runId)).toEqual([]);
  });
});

describe('an interrupted property step (issue 12 item 1)', () => {
  it('removes every generated Web Services key written before SIGINT, and reports it', async () => {
    // Reads answer late, so the property is still running when its first generated key has been written.
    const target = await startTarget([{ operationId: 'getGwsInteraction', delayMs: 200 }]);
    let child: { kill(signal: NodeJS.Signals): boolean } | undefined;
    let from: number | undefined;
    let sent = false;
    // SIGINT once the sandbox has answered the first AttachUserData of the generated step (the first Web Services
    // write after the fixed steps' last read).
    const poll = setInterval(() => {
      if (child && from !== undefined && !sent && target.calls.slice(from).includes('performGwsInteractionOperation')) {
        sent = child.kill('SIGINT');
      }
    }, 5);
    const result = await runChild(
      ['run', '--surface', 'v2', '--base-url', target.url, ...target.credentials, '--rate-limit', '0', '--seed', '3'],
      {
        onStdout(text, running) {
          child = running;
          if (from === undefined && text.includes('web-services › read back after delete')) from = target.calls.length;
        },
      },
    ).finally(() => clearInterval(poll));
    expect(sent).toBe(true);
    expect(result.code, result.stdout + result.stderr).toBe(2);
    const keys = result.report!.cleanedUp.filter((record) => record.kind === 'Web Services user data keys');
    expect(keys).toEqual([expect.objectContaining({ by: 'cleanup', outcome: 'cleaned' })]);
    expect(result.report!.leftOver).toEqual([]);
    expect(await target.leftovers(result.report!.runId)).toEqual([]);
  });
});
