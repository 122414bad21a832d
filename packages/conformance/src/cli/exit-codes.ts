import type { RunReport } from '../report.js';

/** Exit codes of cx-conformance (README "Exit codes"). */
export const EXIT_OK = 0;
/** The run completed and found at least one error-severity finding (or a warning, with --fail-on-warnings). */
export const EXIT_FINDINGS = 1;
/** The run could not be carried out: bad arguments, unknown surface, unreachable target, interrupted. */
export const EXIT_CANNOT_RUN = 2;

// A problem the user fixes by changing the command line (exit 2) is the runtime's UsageError: one error taxonomy
// (openapi-runtime README, "What the runtime owns").
export { UsageError } from '@cx-contracts/openapi-runtime';

/**
 * The exit code of `run`, `check-har` and `proxy`, decided here and only here from the report the library returned
 * (a passive session's report is always completed, with no step that could not run). README "Exit codes": an
 * incomplete run (interrupted, budget used up, a step that could not run, nothing tested: every step skipped, or no
 * exchange checked) is 2 whatever it found, so a partial run is never read as a verdict; then 1 for errors (and
 * warnings with --fail-on-warnings); else 0.
 */
export function runExitCode(report: RunReport, failOnWarnings: boolean): number {
  const { errors, warnings, steps } = report.summary;
  if (report.outcome !== 'completed' || steps.error > 0 || steps.passed + steps.failed === 0) return EXIT_CANNOT_RUN;
  return errors > 0 || (failOnWarnings && warnings > 0) ? EXIT_FINDINGS : EXIT_OK;
}
