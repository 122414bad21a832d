// The answers the mock gives itself, before Prism: every one is `application/problem+json` (RFC 9457) with a
// `type` of `urn:cx-contracts:mock:<kind>`, a `title`, the `status`, a `detail` saying what was received and what the contract
// documents, and a header `x-cx-mock-error` naming the kind. Nothing in them comes from the host (no file paths,
// stacks or environment): only the request's own method, path and fields, and the contract.
import { STATUS_CODES, type ServerResponse } from 'node:http';
import { asciiJson, headerValues } from './header-values.js';

export const MOCK_ERROR_BASE = 'urn:cx-contracts:mock:';

export type MockErrorKind =
  | 'contract-violation'
  | 'malformed-body'
  | 'unsupported-media-type'
  | 'unsupported-content-encoding'
  | 'body-too-large'
  | 'request-limit'
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
  // The reason phrase is given so a half-written answer's phrase (a 422 whose header failed) is never reused.
  response.writeHead(error.status, STATUS_CODES[error.status], {
    ...headerValues(error.headers ?? {}),
    'content-type': 'application/problem+json',
    'content-length': Buffer.byteLength(body),
    'x-cx-mock-error': error.kind,
  });
  response.end(body);
}

/** How many violations a 422 lists (issue 9 item 4: a 1 MiB request produced a 7.3 MB answer); the total is counted. */
export const MAX_LISTED_VIOLATIONS = 50;
/** Longest string (field, pointer, message) a listed violation keeps; longer ones end in `…`. */
export const MAX_VIOLATION_TEXT = 200;
/**
 * Budget of the listed violations in the body (their JSON and their line in `detail`, UTF-8 bytes): 50 clipped
 * strings can still be 50 × ~3.6 KB when every character is a control character escaped as `\u0001`.
 */
export const MAX_VIOLATIONS_BYTES = 48 * 1024;
/** Budget of the `sl-violations` header: whole violations, as many as fit. */
export const MAX_VIOLATIONS_HEADER = 8000;

export interface ViolationSource {
  operationId: string;
  method: string;
  pathTemplate: string;
}

/**
 * The 422 for a request that breaks the contract: the first MAX_LISTED_VIOLATIONS violations (fewer when they pass
 * MAX_VIOLATIONS_BYTES; always one), each string clipped to MAX_VIOLATION_TEXT, and `violationCount` with the total,
 * so the answer stays under 64 KiB whatever the request.
 */
export function contractViolation(
  operation: ViolationSource,
  violations: Violation[],
  total = violations.length,
): MockError {
  const listed: Violation[] = [];
  const lines: string[] = [];
  let bytes = 0;
  for (const violation of violations.slice(0, MAX_LISTED_VIOLATIONS)) {
    const clipped = clipViolation(violation);
    const line = `${clipped.location}${clipped.field ? ` ${clipped.field}` : ''}: ${clipped.message}`;
    bytes += Buffer.byteLength(JSON.stringify(clipped)) + Buffer.byteLength(JSON.stringify(line));
    if (bytes > MAX_VIOLATIONS_BYTES && listed.length > 0) break;
    listed.push(clipped);
    lines.push(line);
  }
  const more = total - listed.length;
  const summary = lines.join('; ');
  return {
    status: 422,
    kind: 'contract-violation',
    title: 'The request breaks the contract',
    detail:
      `${operation.operationId} (${operation.method} ${operation.pathTemplate}): ${summary}` +
      (more > 0 ? `; and ${more} more (${total} in all, the first ${listed.length} listed)` : ''),
    // Prism's header name, for tools that already read it: valid JSON, ASCII only (see header-values.ts).
    headers: { 'sl-violations': violationsHeader(listed) },
    extra: { operationId: operation.operationId, violationCount: total, violations: listed },
  };
}

function violationsHeader(violations: Violation[]): string {
  const parts: string[] = [];
  let length = 2;
  for (const violation of violations) {
    const part = asciiJson(violation);
    if (length + part.length + 1 > MAX_VIOLATIONS_HEADER) break;
    parts.push(part);
    length += part.length + 1;
  }
  return `[${parts.join(',')}]`;
}

function clipViolation(violation: Violation): Violation {
  const clipped = { ...violation };
  for (const key of ['field', 'pointer', 'message', 'schemaPointer'] as const) {
    const text = clipped[key];
    if (text !== undefined && text.length > MAX_VIOLATION_TEXT) clipped[key] = `${text.slice(0, MAX_VIOLATION_TEXT)}…`;
  }
  return clipped;
}
