import { describe, expect, it } from 'vitest';
import { readSurfaceDocument } from '../../src/surface.js';
import { FAULT_TABLE } from '../fixtures/fault-table.js';
import { allSurfacesArgs, type ArmedFault, ENV_CREDENTIALS, sandboxTargetPerTest } from '../fixtures/sandbox-target.js';
import { runChild } from './cli.js';

/** Every operation answers 60 ms late, so the signal lands while resources exist and requests are in flight; with
 * `broken`, the creates also answer JSON as text/plain (their outcome unknown until cleanup finds them). */
async function slowSandbox(broken: boolean): Promise<ArmedFault[]> {
  const paths = (await readSurfaceDocument('all')).paths as Record<string, Record<string, { operationId?: string }>>;
  const creates = FAULT_TABLE['a create answered JSON as text/plain']!.faults;
  return Object.values(paths)
    .flatMap((item) => Object.values(item).map((operation) => operation.operationId))
    .filter((operationId): operationId is string => typeof operationId === 'string')
    .map((operationId) => ({
      ...(broken ? creates.find((fault) => fault.operationId === operationId) : undefined),
      operationId,
      delayMs: 60,
    }));
}

const startTarget = sandboxTargetPerTest();

describe('an interrupted run', () => {
  it.each([
    ['SIGINT', 8, false],
    ['SIGTERM', 8, false],
    // Creates whose answers cannot be read: their outcome is unknown until cleanup finds them by id or run tag.
    ['SIGINT', 2, true],
  ] as const)(
    '%s after %d steps: everything created so far is removed, the report lists it, exit 2',
    async (signal, after, broken) => {
      const fixture = await startTarget(await slowSandbox(broken));
      let sent = false;
      const result = await runChild(allSurfacesArgs(fixture, '--concurrency', '4'), {
        env: ENV_CREDENTIALS,
        onStdout(text, child) {
          if (!sent && (text.match(/ (PASS|FAIL|ERR ) /g) ?? []).length >= after) {
            sent = true;
            child.kill(signal);
          }
        },
      });
      expect(sent).toBe(true);
      expect(result.code, result.stdout + result.stderr).toBe(2);
      expect(result.report?.outcome).toBe('interrupted');
      expect(result.report!.created.length).toBeGreaterThan(0);
      expect(result.report!.leftOver).toEqual([]);
      expect(result.report!.unknown).toEqual([]);
      expect(result.report!.summary.steps.skipped).toBeGreaterThan(0);
      // Issue 12 item 1, read from the sandbox's own state: nothing run-tagged is left in any namespace.
      expect(await fixture.leftovers(result.report!.runId)).toEqual([]);
      expect(result.stdout).toMatch(/removing what this run created/);
    },
  );
});
