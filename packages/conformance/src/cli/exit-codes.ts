/** Exit codes of cx-conformance (README "Exit codes"). */
export const EXIT_OK = 0;
/** The run completed and found at least one error-severity finding. */
export const EXIT_FINDINGS = 1;
/** The run could not be carried out: bad arguments, unknown surface, unreachable target, interrupted. */
export const EXIT_CANNOT_RUN = 2;

// A problem the user fixes by changing the command line (exit 2) is the runtime's UsageError: one error taxonomy
// (openapi-runtime README, "What the runtime owns").
export { UsageError } from '@cx-contracts/openapi-runtime';
