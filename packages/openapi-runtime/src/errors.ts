// The one error taxonomy of the tools built on the runtime (README, "What the runtime owns"). The CLIs map it to
// exit codes: a contract violation is exit 1, anything that could not run is exit 2. Browser-safe.

/** The tool could not do its work (bad input, unreadable file, unreachable target); `hint` says what to fix. */
export class CouldNotRunError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A could-not-run the user fixes by changing the command line: a CLI prints its usage text with it. */
export class UsageError extends CouldNotRunError {}

/** The contract is broken: what the tool exists to report (a finding, a client-breaking change). */
export class ContractViolationError extends Error {}
