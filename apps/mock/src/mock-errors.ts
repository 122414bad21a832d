// The answers the mock gives itself, before Prism: every one is `application/problem+json` (RFC 9457) with a
// `type` of `urn:cx-contracts:mock:<kind>`, a `title`, the `status`, a `detail` saying what was received and what the contract
// documents, and a header `x-cx-mock-error` naming the kind. Nothing in them comes from the host (no file paths,
// stacks or environment): only the request's own method, path and fields, and the contract.
import { STATUS_CODES, type ServerResponse } from 'node:http';
import { type Problem, type ProblemKind, problemBody } from '@cx-contracts/sandbox';
import { headerValues } from './header-values.js';

// One home for the refusals both modes give (issue 9): @cx-contracts/sandbox's refusals.ts, browser-safe.
export type MockErrorKind = ProblemKind;
export type MockError = Problem;
export {
  contractViolation,
  MAX_LISTED_VIOLATIONS,
  MAX_VIOLATION_TEXT,
  MAX_VIOLATIONS_BYTES,
  MAX_VIOLATIONS_HEADER,
  type ViolationSource,
} from '@cx-contracts/sandbox';

export function sendMockError(response: ServerResponse, error: MockError): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const body = problemBody(error);
  // The reason phrase is given so a half-written answer's phrase (a 422 whose header failed) is never reused.
  response.writeHead(error.status, STATUS_CODES[error.status], {
    ...headerValues(error.headers ?? {}),
    'content-type': 'application/problem+json',
    'content-length': Buffer.byteLength(body),
    'x-cx-mock-error': error.kind,
  });
  response.end(body);
}
