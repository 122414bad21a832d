// The answers the mock gives itself, before Prism: every one is `application/problem+json` (RFC 9457) with a
// `type` of `urn:cx-contracts:mock:<kind>`, a `title`, the `status`, a `detail` saying what was received and what the contract
// documents, and a header `x-cx-mock-error` naming the kind. Nothing in them comes from the host (no file paths,
// stacks or environment): only the request's own method, path and fields, and the contract.
import type { ServerResponse } from 'node:http';

export const MOCK_ERROR_BASE = 'urn:cx-contracts:mock:';

export type MockErrorKind =
  | 'contract-violation'
  | 'malformed-body'
  | 'unsupported-media-type'
  | 'body-too-large'
  | 'path-not-found'
  | 'method-not-allowed'
  | 'internal-error';

export interface Violation {
  /** `path`, `query`, `header`, `cookie` or `body`. */
  location: string;
  /** The parameter or body field the violation is about (dotted, e.g. `userData.foo`), when there is one. */
  field?: string;
  /** JSON pointer into the received value (`/userData`), `''` for the whole value. */
  pointer: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `minProperties`, …). */
  rule: string;
  message: string;
  /** Where the rule is in the contract, e.g. `#/components/schemas/OpenMediaCreateRequest/properties/userData/type`. */
  schemaPointer?: string;
}

export interface MockError {
  status: number;
  kind: MockErrorKind;
  title: string;
  detail: string;
  headers?: Record<string, string>;
  extra?: Record<string, unknown>;
}

export function sendMockError(response: ServerResponse, error: MockError): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const body = JSON.stringify({
    type: MOCK_ERROR_BASE + error.kind,
    title: error.title,
    status: error.status,
    detail: error.detail,
    ...error.extra,
  });
  response.writeHead(error.status, {
    ...error.headers,
    'content-type': 'application/problem+json',
    'content-length': Buffer.byteLength(body),
    'x-cx-mock-error': error.kind,
  });
  response.end(body);
}
