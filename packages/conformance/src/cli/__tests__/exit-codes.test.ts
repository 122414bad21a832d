import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../report.js';
import { runExitCode } from '../exit-codes.js';

function report(
  outcome: RunReport['outcome'],
  counts: Partial<RunReport['summary']['steps']>,
  errors = 0,
  warnings = 0,
) {
  const steps = { passed: 0, failed: 0, skipped: 0, error: 0, ...counts };
  return { outcome, summary: { errors, warnings, steps } } as RunReport;
}

describe('runExitCode: README "Exit codes", decided by the CLI from the report', () => {
  it.each<[string, RunReport, boolean, number]>([
    ['everything ran, no finding', report('completed', { passed: 3 }), false, 0],
    ['warnings only', report('completed', { passed: 3 }, 0, 2), false, 0],
    ['warnings only, with --fail-on-warnings', report('completed', { passed: 3 }, 0, 2), true, 1],
    ['errors found', report('completed', { passed: 2, failed: 1 }, 1), false, 1],
    ['interrupted, even with errors', report('interrupted', { failed: 1 }, 1), false, 2],
    ['budget used up', report('budget-exceeded', { passed: 1 }), false, 2],
    ['a step could not run', report('completed', { passed: 2, error: 1 }), false, 2],
    ['nothing tested (every step skipped)', report('completed', { skipped: 4 }), false, 2],
  ])('%s → %i', (_, given, failOnWarnings, want) => {
    expect(runExitCode(given, failOnWarnings)).toBe(want);
  });
});
