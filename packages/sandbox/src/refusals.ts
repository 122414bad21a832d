// The refusals both of the mock's modes word the same way (issue 9): the node front end of --stateless
// (apps/mock/src/mock-server.ts) and the sandbox's Fetch-based front end (front-end.ts) build them here, so a client
// reads one answer whichever mode serves it. Browser-safe: no node: imports (byte counts with TextEncoder).
import { type RequestLimitError, unescapePointerSegment, type Violation } from '@cx-contracts/openapi-runtime/browser';
import type { Problem } from './responses.js';

/**
 * How a refusal lists one of the runtime's violations on the wire (the `violations` of the body and of the
 * `sl-violations` header). The names are the ones clients already read (`field`, `rule`); reportViolation is the one
 * place that writes them.
 */
export interface ReportedViolation {
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

const encoder = new TextEncoder();
const byteLength = (text: string): number => encoder.encode(text).byteLength;

/**
 * The 422 for a request that breaks the contract: the first MAX_LISTED_VIOLATIONS violations (fewer when they pass
 * MAX_VIOLATIONS_BYTES; always one), each reported (reportViolation) with its strings clipped to MAX_VIOLATION_TEXT,
 * and `violationCount` with the total, so the answer stays under 64 KiB whatever the request. Only the violations
 * listed are reported (issue 9 item 4); the rest are counted.
 */
export function contractViolation(
  operation: ViolationSource,
  violations: readonly Violation[],
): Problem & { listed: ReportedViolation[] } {
  const listed: ReportedViolation[] = [];
  const lines: string[] = [];
  let bytes = 0;
  for (const violation of violations.slice(0, MAX_LISTED_VIOLATIONS)) {
    const clipped = clipViolation(reportViolation(violation));
    const line = `${clipped.location}${clipped.field ? ` ${clipped.field}` : ''}: ${clipped.message}`;
    bytes += byteLength(JSON.stringify(clipped)) + byteLength(JSON.stringify(line));
    if (bytes > MAX_VIOLATIONS_BYTES && listed.length > 0) break;
    listed.push(clipped);
    lines.push(line);
  }
  const total = violations.length;
  const more = total - listed.length;
  return {
    status: 422,
    kind: 'contract-violation',
    title: 'The request breaks the contract',
    detail:
      `${operation.operationId} (${operation.method} ${operation.pathTemplate}): ${lines.join('; ')}` +
      (more > 0 ? `; and ${more} more (${total} in all, the first ${listed.length} listed)` : ''),
    // Prism's header name, for tools that already read it: valid JSON, ASCII only.
    headers: { 'sl-violations': violationsHeader(listed) },
    extra: { operationId: operation.operationId, violationCount: total, violations: listed },
    listed,
  };
}

/** One of the runtime's violations as a refusal lists it. */
export function reportViolation(violation: Violation): ReportedViolation {
  const path = violation.pointer ? violation.pointer.slice(1).split('/').map(unescapePointerSegment) : [];
  // A missing property is named by the field a frontend has to add (`state`, `services.0.state`), not its parent.
  const missing =
    violation.keyword === 'required' ? /required property '(.+)'$/.exec(violation.message)?.[1] : undefined;
  if (missing) path.push(missing);
  const field = violation.name ?? (path.length ? path.join('.') : undefined);
  return {
    location: violation.location,
    ...(field ? { field } : {}),
    pointer: violation.pointer,
    rule: violation.keyword,
    message: violation.message,
    ...(violation.schemaPointer ? { schemaPointer: violation.schemaPointer } : {}),
  };
}

/**
 * A decoder refused the request (issue 9 item 1): too many pairs or parts is a body too large in count, 413; too
 * deep is a shape no contract body has, 400. The limit's name and value are in the answer so the client can see
 * which cap it hit and the operator which flag raises it.
 */
export function overLimit(error: RequestLimitError, where: 'body' | 'query string'): Problem {
  const [what, flag] = {
    maxPairs: ['name/value pairs', '--max-pairs'],
    maxParts: ['multipart parts', '--max-parts'],
    maxDepth: ['levels of nesting (`[` in one name, or nested JSON arrays and objects)', '--max-depth'],
  }[error.limit];
  return {
    status: error.limit === 'maxDepth' ? 400 : 413,
    kind: 'request-limit',
    title: `The request is over the mock’s ${error.limit} limit`,
    detail: `The request's ${where} has more than ${error.max} ${what} (${error.limit}: ${error.max}). The mock's operator can change it with ${flag}.`,
    extra: { limit: error.limit, max: error.max, in: where },
  };
}

/** The codings a Content-Encoding header lists (RFC 9110 §8.4), `identity` left out. */
export function contentCodings(header: string | null | undefined): string[] {
  if (header == null) return [];
  return header
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
}

/**
 * Refused rather than inflated (issue 9 item 6): no contract documents an encoded request body, and not inflating
 * leaves no decompression bomb to defend against. RFC 9110 §8.4.1 and §15.5.16: 415, with Accept-Encoding saying
 * what is accepted (§12.5.3).
 */
export function encodedBody(codings: string[]): Problem {
  return {
    status: 415,
    kind: 'unsupported-content-encoding',
    title: 'The mock does not accept encoded request bodies',
    detail: `Received: Content-Encoding ${codings.join(', ')}. Send the body unencoded (no Content-Encoding, or identity).`,
    headers: { 'accept-encoding': 'identity' },
    extra: { accepted: ['identity'] },
  };
}

/**
 * JSON for a header: every character above U+007E written as a `\uXXXX` escape (RFC 8259 §7), so the value is ASCII
 * and `JSON.parse` on the header gives back the original strings.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function violationsHeader(violations: ReportedViolation[]): string {
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

function clipViolation(violation: ReportedViolation): ReportedViolation {
  const clipped = { ...violation };
  for (const key of ['field', 'pointer', 'message', 'schemaPointer'] as const) {
    const text = clipped[key];
    if (text !== undefined && text.length > MAX_VIOLATION_TEXT) clipped[key] = `${text.slice(0, MAX_VIOLATION_TEXT)}…`;
  }
  return clipped;
}
