// The refusals both of the mock's modes word the same way (issue 9): the node front end of --stateless
// (apps/mock/src/mock-server.ts) and the sandbox's Fetch-based front end (front-end.ts) build them here, so a client
// reads one answer whichever mode serves it. Browser-safe: no node: imports (byte counts with TextEncoder).
// Refusals are contract-first (issue 10): where the operation documents its own answer to a malformed request (400,
// 422 or `4XX`), the refusal takes that status and shape (refusalAnswer below).
import {
  followRefs,
  isJsonMediaType,
  type JsonSchema,
  type OperationInfo,
  parseMediaType,
  type RequestLimitError,
  type Surface,
  unescapePointerSegment,
  type Violation,
} from '@cx-contracts/openapi-runtime/browser';
import { errorBodies } from './handlers/error-bodies.js';
import { type Answer, type Problem, type ProblemKind, problemAnswer, problemBody } from './responses.js';

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

/** The refusals that say the request does not match the contract; the mock's own limits keep their problem+json. */
const CONTRACT_REFUSALS: ReadonlySet<ProblemKind> = new Set([
  'contract-violation',
  'malformed-body',
  'unsupported-media-type',
]);

/** How an operation answers a refusal of one status, read from the contract (issue 10). */
export interface RefusalForm {
  status: number;
  /** The documented response the answer follows (`400`, `422`, `4XX`); absent: the mock's problem+json. */
  responseKey?: string;
  /** The documented media type of the body (a JSON one). */
  mediaType?: string;
  /** Where the documented body's schema is, e.g. `#/components/schemas/CsError`. */
  schemaPointer?: string;
  /**
   * `problem`: the body is the problem document (the documented schema leaves the body open);
   * `documented`: the body has the documented shape (the platform's words, else the documented example).
   */
  body: 'problem' | 'documented';
  /** Where the violations go besides the `sl-violations` header: a body field, or only the header. */
  violationsIn: string | 'header';
}

const forms = new WeakMap<OperationInfo, Map<number, RefusalForm>>();

/**
 * How `operation` answers a refusal of `status` (400, 415 or 422). Contract-first (issue 10): a malformed request
 * (400) or one that breaks the contract (422) gets the operation's documented 400, else its documented 422 (the
 * status changes to the documented one); any refusal gets the exact status or its `4XX` range when documented (the
 * status stays, the range documents it). The body is the problem document where the documented schema leaves the
 * body open (declares no field: Nexus's `{object}`, seed 003), else the documented shape (Context Services'
 * `{message, exception}`, U25) with the violations in a free-form field of it when it declares one, else only in the
 * `sl-violations` header. Nothing documented, no body documented, or no JSON body: the mock's problem+json.
 */
export function refusalForm(surface: Surface, operation: OperationInfo, status: number): RefusalForm {
  let known = forms.get(operation);
  if (!known) forms.set(operation, (known = new Map()));
  let form = known.get(status);
  if (!form) known.set(status, (form = readRefusalForm(surface, operation, status)));
  return form;
}

function readRefusalForm(surface: Surface, operation: OperationInfo, status: number): RefusalForm {
  const problem: RefusalForm = { status, body: 'problem', violationsIn: 'violations' };
  const exact = status === 400 || status === 422 ? [String(status), String(400 + 422 - status)] : [String(status)];
  const range = Object.keys(operation.responses).find((key) => key.toUpperCase() === `${String(status)[0]}XX`);
  const responseKey = exact.find((key) => Object.hasOwn(operation.responses, key)) ?? range;
  if (responseKey === undefined) return problem;
  const documentedStatus = responseKey === range ? status : Number(responseKey);
  const content = operation.responses[responseKey]!.content ?? {};
  const mediaType = Object.keys(content).find((key) => isJsonMediaType(parseMediaType(key)));
  // A documented status without a JSON body (none documented, or another media type): the problem, in that status.
  if (mediaType === undefined) return { ...problem, status: documentedStatus, responseKey };
  const schema = schemaOf(surface, content[mediaType]!.schema);
  const form = { status: documentedStatus, responseKey, mediaType, schemaPointer: schema.pointer || undefined };
  if (declaresNothing(schema.value)) return { ...form, body: 'problem', violationsIn: 'violations' };
  const properties = (schema.value as { properties?: Record<string, JsonSchema> }).properties ?? {};
  const field = Object.keys(properties).find((name) => freeForm(schemaOf(surface, properties[name]).value));
  return { ...form, body: 'documented', violationsIn: field ?? 'header' };
}

/**
 * The answer to a refused request, in the form refusalForm reads from the contract; the mock's problem+json when the
 * refusal is the mock's own (a decode cap, an encoded body, no operation) or the contract documents nothing for it.
 * Every refusal keeps its `x-cx-mock-error` header and, when it has violations, the `sl-violations` header.
 */
export function refusalAnswer(surface: Surface, problem: Problem, operation?: OperationInfo): Answer {
  if (!operation || !CONTRACT_REFUSALS.has(problem.kind)) return problemAnswer(problem);
  const form = refusalForm(surface, operation, problem.status);
  if (form.responseKey === undefined) return problemAnswer(problem);
  const answered = { ...problem, status: form.status };
  if (form.mediaType === undefined) return problemAnswer(answered);
  const headers = { ...problem.headers, 'content-type': form.mediaType, 'x-cx-mock-error': problem.kind };
  if (form.body === 'problem') return { status: form.status, headers, body: problemBody(answered) };
  const violations = problem.extra?.violations;
  const body = documentedBody(surface, operation, form, problem.detail);
  if (form.violationsIn !== 'header' && violations) body[form.violationsIn] = violations;
  return { status: form.status, headers, body: JSON.stringify(body) };
}

/** The documented shape: the platform's words for the schema (handlers/error-bodies.ts), else the documented example. */
function documentedBody(
  surface: Surface,
  operation: OperationInfo,
  form: RefusalForm,
  detail: string,
): Record<string, unknown> {
  const media = operation.responses[form.responseKey!]!.content[form.mediaType!]!;
  const words = form.schemaPointer === undefined ? undefined : errorBodies[form.schemaPointer];
  if (words) return words(detail);
  const example = Object.values(media.examples ?? {})[0];
  const value =
    example === undefined ? media.example : followRefs<{ value?: unknown }>(surface.document, example, '').value.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
}

function schemaOf(
  surface: Surface,
  schema: JsonSchema | undefined,
): { value: JsonSchema | undefined; pointer: string } {
  return followRefs<JsonSchema | undefined>(surface.document, schema, '');
}

/** Keywords that only annotate (JSON Schema 2020-12 §9 and the meta-data vocabulary; OpenAPI's `x-*`). */
const ANNOTATIONS = new Set(['title', 'description', 'examples', 'example', 'default', 'deprecated', '$comment']);

function annotationsOnly(schema: Record<string, unknown>, allowed: string[] = []): boolean {
  return Object.keys(schema).every((key) => ANNOTATIONS.has(key) || key.startsWith('x-') || allowed.includes(key));
}

/** A schema that declares no field: any object (`{object}`), or any value at all. */
function declaresNothing(schema: JsonSchema | undefined): boolean {
  if (schema === undefined || schema === true) return true;
  if (schema === false) return false;
  return (
    (schema.type === undefined || schema.type === 'object') &&
    schema.additionalProperties !== false &&
    annotationsOnly(schema, ['type', 'additionalProperties']) &&
    (schema.additionalProperties === undefined || freeForm(schema.additionalProperties as JsonSchema))
  );
}

/** A field that takes any value, or a list of any values or objects: the list of violations fits it. */
function freeForm(schema: JsonSchema | undefined): boolean {
  if (schema === undefined || schema === true) return true;
  if (schema === false) return false;
  if (annotationsOnly(schema)) return true;
  if (schema.type !== 'array' || !annotationsOnly(schema, ['type', 'items'])) return false;
  const items = schema.items as JsonSchema | undefined;
  return freeForm(items) || (typeof items === 'object' && items.type === 'object' && annotationsOnly(items, ['type']));
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
