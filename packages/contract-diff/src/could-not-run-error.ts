/** Anything that stops the CLI from producing a report: exit code 2, and the message says what to fix. */
export class CouldNotRunError extends Error {}
