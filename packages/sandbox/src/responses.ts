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

export function problemResponse(problem: Problem): Response {
  return new Response(problemBody(problem), {
    status: problem.status,
    headers: { ...problem.headers, 'content-type': 'application/problem+json', 'x-cx-mock-error': problem.kind },
  });
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'content-type': 'application/json' } });
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers } });
}

export function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
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
