import { describe, expect, it } from 'vitest';
import { FAULT_TABLE } from '../fixtures/fault-table.js';
import {
  AGENT,
  API_KEY,
  type SandboxTarget,
  sandboxTargetPerTest,
  startSandboxTarget,
} from '../fixtures/sandbox-target.js';
import { errorsOf, runChild, runSurface } from './cli.js';

const RUN_OPTIONS = [
  '--rate-limit',
  '0',
  // A fixed seed: the generated values (and so the runs) are the same every time.
  '--seed',
  '20261127',
];

const startTarget = sandboxTargetPerTest();

/** A run of `surface` against `target` with its credentials and the fixed options, after any `extra` flags. */
const runAgainst = (target: SandboxTarget, surface: string, ...extra: string[]) =>
  runSurface(surface, target.url, ...extra, ...target.credentials, ...RUN_OPTIONS);

describe('the sandbox without faults', () => {
  it('yields no errors on any surface, exits 0 and leaves nothing behind', async () => {
    const target = await startTarget();
    const result = await runAgainst(target, 'all');
    expect(errorsOf(result.report)).toEqual([]);
    expect(result.code, result.stdout).toBe(0);
    expect(result.report?.summary.steps).toMatchObject({ failed: 0, error: 0, skipped: 0 });
    expect(result.report?.created.length).toBeGreaterThan(0);
    expect(result.report?.leftOver).toEqual([]);
    expect(await target.leftovers(result.report!.runId)).toEqual([]);
  });

  it('accepts the documented 500 of the Service API for unreadable JSON (contract decision 16)', async () => {
    const target = await startTarget();
    const result = await runAgainst(target, 'v1');
    const storage = result.report?.executions.find(
      (e) => e.operationId === 'createOrUpdateGmsStorage' && e.checkId === 'negative-data-rejection',
    );
    expect(storage?.runs).toBeGreaterThan(0);
    expect(result.report?.findings.filter((f) => f.checkId === 'not-a-server-error')).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('in --read-only mode calls only x-safe operations and creates nothing', async () => {
    const target = await startTarget();
    const result = await runAgainst(target, 'all', '--read-only');
    expect(result.code, result.stdout).toBe(0);
    const safe = new Set([
      'getOpenMediaInteraction',
      'getNexusInteraction',
      'getNexusInteractionByExternalId',
      'getGmsStorageKey',
      'getGmsStorageBinaryKey',
      'getCsService',
      'listCsActiveCustomerServices',
      'listMyGwsInteractions',
      'getGwsInteraction',
      'listGwsInteractions',
    ]);
    expect(target.calls.length).toBeGreaterThan(0);
    expect(target.calls.filter((operationId) => !safe.has(operationId))).toEqual([]);
    expect(result.report?.created).toEqual([]);
  });

  it('never writes to an interaction it did not create unless it is named with --interaction-id', async () => {
    const target = await startTarget();
    // The run's namespace (the last two credential flags), where the agent owns an interaction it could write to.
    const namespace = target.credentials.slice(-2);
    const result = await runSurface('v2', target.url, '--basic', AGENT, ...namespace, '--rate-limit', '0');
    expect(target.calls).toContain('getGwsInteraction');
    expect(target.calls).not.toContain('performGwsInteractionOperation');
    const skipped = result.report?.steps.filter((step) => step.status === 'skipped').map((step) => step.reason);
    expect(skipped).toContain(
      'the write steps attach and then delete a run-tagged user data key; they run only on an interaction named with --interaction-id',
    );
    expect(result.code).toBe(0);
  });

  it('an --interaction-id the target does not know: the attach is refused, and nothing is counted unknown', async () => {
    // The failure reply leaves the attach unsure (it may come after a write); cleanup's read of the interaction gets
    // the documented "not found" reply (statusCode 6), which settles that no key of the run is there.
    const target = await startTarget();
    const namespace = target.credentials.slice(-2);
    const result = await runSurface('v2', target.url, '--basic', AGENT, ...namespace, '--interaction-id', 'cxc-absent');
    expect(errorsOf(result.report)).toContainEqual(
      expect.objectContaining({
        checkId: 'round-trip',
        message: 'AttachUserData on interaction cxc-absent was not accepted',
      }),
    );
    expect(result.report?.unknown).toEqual([]);
    expect(result.report?.leftOver).toEqual([]);
  });

  it('reports Web Services steps as skipped, with the reason, when the agent owns no interaction', async () => {
    // Without the run's namespace the agent's requests go to its own (user:…), where it owns nothing.
    const target = await startTarget();
    const result = await runSurface('v2', target.url, '--basic', AGENT, '--rate-limit', '0');
    const read = result.report?.steps.find((step) => step.name === 'read the interaction');
    expect(read).toMatchObject({ status: 'skipped' });
    expect(read?.reason).toMatch(/no interaction owned by the agent/);
    expect(result.report?.summary.steps.passed).toBeGreaterThan(0);
  });
});

describe('selecting what runs', () => {
  it('--checks runs only the named checks', async () => {
    const target = await startTarget(FAULT_TABLE['update silently ignored']!.faults);
    const result = await runAgainst(target, 'v3', '--checks', 'round-trip');
    expect(new Set(result.report?.executions.filter((e) => e.runs > 0).map((e) => e.checkId))).toEqual(
      new Set(['round-trip']),
    );
    expect(result.code).toBe(1);
  });

  it('--exclude-checks leaves a check out, so its fault goes unreported', async () => {
    const target = await startTarget(FAULT_TABLE['API key not required']!.faults);
    const run = (extra: string[]) => runAgainst(target, 'v3', ...extra);
    expect((await run([])).code).toBe(1);
    const result = await run(['--exclude-checks', 'auth-required']);
    expect(result.code, result.stdout).toBe(0);
  });

  it('--operations calls nothing else; a step that needs another operation is skipped with the reason (exit 2: nothing tested)', async () => {
    const target = await startTarget();
    const result = await runAgainst(target, 'v3', '--operations', 'getNexusInteraction');
    expect(target.calls).toEqual([]);
    expect(result.report?.steps[0]).toMatchObject({
      status: 'skipped',
      reason: 'createNexusInteraction is not selected by --operations',
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/no step ran/);
  });

  it.each([
    [['--checks', 'speed'], /unknown check id 'speed'[\s\S]*fix: known checks: not-a-server-error/],
    [['--operations', 'getEverything'], /unknown operationId 'getEverything'/],
  ])('refuses %j before sending anything (exit 2)', async (extra, message) => {
    const target = await startTarget();
    const result = await runSurface('v3', target.url, ...extra);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(target.calls).toEqual([]);
  });

  it('an unreachable target is exit 2 with what to check', async () => {
    const target = await startSandboxTarget();
    const url = target.url;
    await target.close();
    const result = await runSurface('v1', url);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED\.\n {2}fix: check --base-url/);
  });
});

describe('the fault table against the sandbox: one fault at a time, reported by the right check, nothing left behind', () => {
  it.each(Object.entries(FAULT_TABLE))('%s', async (_name, { surface, faults, want, leftBehind, exitCode }) => {
    const target = await startTarget(faults);
    const result = await runAgainst(target, surface);
    const report = result.report!;
    if (want) {
      expect(report.findings.map((f) => [f.checkId, f.severity])).toContainEqual([want.checkId, want.severity]);
    } else {
      // The sandbox's own warnings (a 422 the contract does not list) are not the fault's: no error.
      expect(errorsOf(report), result.stdout).toEqual([]);
    }
    expect(result.code, result.stdout).toBe(exitCode ?? (want?.severity === 'error' ? 1 : 0));
    expect(report.unknown).toEqual([]);
    if (leftBehind) {
      // Issue 12 item 1: the report's "left behind" is what the sandbox's own state still holds, id for id.
      const held = (await target.leftovers(report.runId)).flatMap(
        (line) => /: (?:interaction|GMS service|Context Services service) (\S+)$/.exec(line)?.slice(1) ?? [],
      );
      expect(held.length).toBeGreaterThan(0);
      expect(new Set(report.leftOver.map((item) => item.id))).toEqual(new Set(held));
      expect(report.summary.cleanedUp + report.summary.leftOver).toBe(report.summary.created);
      expect(result.stdout).toMatch(new RegExp(`${report.summary.leftOver} left behind`));
      return;
    }
    // Issue 12 item 1: whatever the answers looked like, everything tagged is gone, in the sandbox's own state too.
    expect(await target.leftovers(report.runId)).toEqual([]);
    expect(report.leftOver).toEqual([]);
    expect(report.summary.created).toBeGreaterThan(0);
    expect(report.summary.cleanedUp).toBe(report.summary.created);
    expect(result.stdout).toMatch(
      new RegExp(
        `test data: ${report.summary.created} created, ${report.summary.created} removed, 0 left behind, 0 unknown`,
      ),
    );
  });
});

describe('the sandbox broken in exactly one way', () => {
  it.each([
    ['update silently ignored', 'v3', 'round-trip'],
    ['missing Location', 'context-service', 'response-headers-conformance'],
  ] as const)(
    '%s: the CLI in a child process exits 1 and its JSON report names the check',
    async (name, surface, checkId) => {
      const target = await startTarget(FAULT_TABLE[name]!.faults);
      const result = await runChild(['run', '--surface', surface, '--base-url', target.url, '--rate-limit', '0'], {
        env: { CX_API_KEY: API_KEY },
      });
      expect(result.code, result.stderr).toBe(1);
      const finding = result.report?.findings.find((f) => f.checkId === checkId && f.severity === 'error');
      expect(finding).toMatchObject({ checkId, severity: 'error' });
      for (const field of ['operationId', 'method', 'path', 'status', 'message', 'pointer'] as const)
        expect(finding).toHaveProperty(field);
      expect(result.stdout).toMatch(/Summary/);
    },
  );
});
