// Building answers. Two kinds: the platform's own (JSON, text, bytes, with the status the contract documents) and
// the sandbox's own refusals, which use the mock front end's problem+json (RFC 9457) so a frontend reads one shape
// whichever mode answers: `type` `urn:cx-contracts:mock:<kind>`, `title`, `status`, `detail`, header
// `x-cx-mock-error`. Nothing in a refusal comes from the host or from a credential.

export const PROBLEM_BASE = 'urn:cx-contracts:mock:';

export type ProblemKind =
  | 'contract-violation'
  | 'malformed-body'
  | 'unsupported-media-type'
  | 'unsupported-content-encoding'
  | 'request-limit'
  | 'body-too-large'
  | 'path-not-found'
  | 'method-not-allowed'
  | 'example-not-found'
  | 'sandbox-cap'
  | 'sandbox-control'
  | 'internal-error';

export interface Problem {
  status: number;
  kind: ProblemKind;
  title: string;
  detail: string;
  headers?: Record<string, string>;
  extra?: Record<string, unknown>;
}

/** The problem document (RFC 9457 §3.1 members, then the problem's own), as JSON. One writer for both modes. */
export function problemBody(problem: Problem): string {
  return JSON.stringify({
    type: PROBLEM_BASE + problem.kind,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    ...problem.extra,
  });
}

/**
 * An answer as the sandbox makes it: status, headers (lower-case names; at most one Set-Cookie, the session's) and the
 * body's text or bytes. Only `sandbox.fetch()` turns it into a Fetch Response (toResponse); the node adapter writes it
 * as it is. A Response per answer, with its body stream read back by the adapter, was about a fifth of the sandbox's
 * time per request in the profile of `npm run bench:sandbox` (issue 11, second perf round).
 */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export function problemAnswer(problem: Problem): Answer {
  return {
    status: problem.status,
    headers: { ...problem.headers, 'content-type': 'application/problem+json', 'x-cx-mock-error': problem.kind },
    body: problemBody(problem),
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  return { status, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Answer {
  return { status, headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers }, body };
}

export function empty(status: number, headers: Record<string, string> = {}): Answer {
  return { status, headers };
}

/** The answer as a Fetch Response (sandbox.fetch, MSW). */
export function toResponse(answer: Answer): Response {
  const { body } = answer;
  // A Uint8Array over a SharedArrayBuffer is not a BodyInit in TypeScript's lib; the sandbox's never are.
  return new Response((body ?? null) as BodyInit | null, { status: answer.status, headers: answer.headers });
}

/** Thrown by a handler that would go over a cap; the sandbox answers it with a 507 problem. */
export class CapError extends Error {
  constructor(
    readonly cap: string,
    readonly limit: number,
    message: string,
  ) {
    super(message);
    this.name = 'CapError';
  }
}
