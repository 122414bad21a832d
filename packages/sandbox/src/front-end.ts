// The request checks in front of every answer, on Fetch's Request (browser-safe), in the mock front end's order:
// route (404/405) → credentials the operation's security requires (the contract's 401) → Content-Type (415) →
// decode JSON/form/multipart (400) → validate with the shared runtime (422 listing every violation). Routing,
// decoding and validation are @cx-contracts/openapi-runtime's (style guide habit 11); this file only orders them and
// words the refusals. Body size limits belong to the transport (the node adapter, MSW), not here.
import {
  type DecodeLimits,
  decodeFormBody,
  isJsonMediaType,
  type OperationInfo,
  parseJsonBody,
  parseMediaType,
  pickMediaType,
  RequestLimitError,
  resolveLimits,
  type Surface,
} from '@cx-contracts/openapi-runtime/browser';
import { SELECTION_QUERY } from './examples.js';
import {
  contentCodings,
  contractViolation,
  encodedBody,
  MAX_LISTED_VIOLATIONS,
  overLimit,
  type Violation,
} from './refusals.js';
import type { Problem } from './responses.js';

export type { Violation };

export interface CheckedRequest {
  operation: OperationInfo;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  mediaType?: string;
  /** Set when the body is unreadable JSON on an operation that answers that the platform's way (seed 001's 500). */
  unreadableJson?: string;
}

export type CheckResult =
  | { ok: true; request: CheckedRequest }
  | { ok: false; problem: Problem; operation?: OperationInfo; violations?: Violation[]; unauthorized?: boolean };

/**
 * What the checks and the sandbox read of a request. A Fetch Request is turned into this once (its body read);
 * the node adapter builds it directly, without a Request or a body stream (undici's Request, AbortSignal and
 * ReadableStream were the largest cost per request in the profile of `npm run bench:sandbox`).
 */
export interface RequestParts {
  method: string;
  url: URL;
  headers: Headers;
  /** The body's bytes; undefined when the request has none (Fetch's `body === null`). */
  body?: Uint8Array;
}

/** A Fetch Request as RequestParts, its body read (once: teeing the stream costs more than the checks). */
export async function requestParts(request: Request): Promise<RequestParts> {
  return {
    method: request.method,
    url: new URL(request.url),
    headers: request.headers,
    body: request.body === null ? undefined : new Uint8Array(await request.arrayBuffer()),
  };
}

export interface CheckOptions {
  /** Operations that answer unreadable JSON themselves, as the platform documents (seed 001: 500 "Could not read JSON"). */
  platformJsonErrors?: ReadonlySet<string>;
  /** Check the credentials the operation's security requires (default true); the Prism mode lets Prism do it. */
  checkCredentials?: boolean;
  /** The runtime's decode caps (pairs, parts, depth); its defaults when absent. */
  limits?: DecodeLimits;
}

/** 404 or 405 for a method and path no operation documents; undefined when one does. */
export function routeProblem(surface: Surface, method: string, pathname: string): Problem | undefined {
  const found = surface.router.match(method, pathname);
  if (found.error === 'not-found')
    return {
      status: 404,
      kind: 'path-not-found',
      title: 'No operation of the contract has this path',
      detail: `Received: ${method} ${pathname}. Documented paths start with ${pathPrefixes(surface.operations).join(', ')}.`,
    };
  if (found.error === 'method-not-allowed') {
    const allow = found.allowed.join(', ');
    return {
      status: 405,
      kind: 'method-not-allowed',
      title: 'The contract does not document this method on this path',
      detail: `Received: ${method} ${pathname}. Documented: ${allow}.`,
      headers: { allow },
      extra: { allowed: found.allowed },
    };
  }
  return undefined;
}

export async function checkRequest(
  surface: Surface,
  request: Request | RequestParts,
  options: CheckOptions = {},
): Promise<CheckResult> {
  try {
    return await check(
      surface,
      typeof request.url === 'string' ? await requestParts(request as Request) : (request as RequestParts),
      options,
    );
  } catch (error) {
    if (!(error instanceof BodyLimitError)) throw error;
    // The runtime's decode caps (issue 9 item 1), worded as the stateless mode words them (refusals.ts).
    return { ok: false, operation: error.operation, problem: overLimit(error.cause, 'body') };
  }
}

/** A decode cap hit in the body, with the operation it was for. */
class BodyLimitError extends Error {
  constructor(
    override readonly cause: RequestLimitError,
    readonly operation: OperationInfo,
  ) {
    super(cause.message);
  }
}

async function check(surface: Surface, request: RequestParts, options: CheckOptions): Promise<CheckResult> {
  const url = request.url;
  const pathname = url.pathname;
  const found = surface.router.match(request.method, pathname);
  if (found.error) return { ok: false, problem: routeProblem(surface, request.method, pathname)! };
  const operation = found.operation;
  if (options.checkCredentials !== false && !hasCredentials(surface, operation, request.headers))
    return {
      ok: false,
      operation,
      unauthorized: true,
      problem: { status: 401, kind: 'contract-violation', title: 'Missing credentials', detail: '' },
    };

  const contentType = request.headers.get('content-type');
  const declared = operation.requestBody?.content;
  const codings = contentCodings(request.headers.get('content-encoding'));
  // Issue 9 item 6, as the stateless mode (refusals.ts).
  if (codings.length > 0 && request.body !== undefined) return { ok: false, operation, problem: encodedBody(codings) };
  let body: unknown;
  let mediaType: string | undefined;
  let unreadableJson: string | undefined;
  const raw = request.body;
  if (raw && raw.byteLength > 0 && declared) {
    mediaType = contentType === null ? undefined : pickMediaType(declared, contentType);
    if (!mediaType) {
      const accepted = Object.keys(declared);
      return {
        ok: false,
        operation,
        problem: {
          status: 415,
          kind: 'unsupported-media-type',
          title: 'The contract does not accept this Content-Type here',
          detail: `Received: ${contentType ?? 'no Content-Type'}. Documented for ${operation.operationId}: ${accepted.join(', ')}.`,
          extra: { accepted },
        },
      };
    }
    const actual = parseMediaType(contentType);
    if (isJsonMediaType(parseMediaType(mediaType)) || isJsonMediaType(actual)) {
      const textBody = new TextDecoder().decode(raw);
      try {
        body = parseJsonBody(textBody, options.limits);
      } catch (error) {
        if (error instanceof RequestLimitError) throw new BodyLimitError(error, operation);
        const message = describeJsonError(error as Error, textBody);
        if (options.platformJsonErrors?.has(operation.operationId)) unreadableJson = message;
        else return { ok: false, operation, problem: malformed('JSON', message) };
      }
    } else if (actual?.essence === 'application/x-www-form-urlencoded') {
      try {
        body = decodeFormBody(new TextDecoder().decode(raw), options.limits);
      } catch (error) {
        if (error instanceof RequestLimitError) throw new BodyLimitError(error, operation);
        throw error;
      }
    } else if (actual?.essence === 'multipart/form-data') {
      try {
        body = await readMultipart(raw, contentType!, options.limits);
      } catch (error) {
        if (error instanceof RequestLimitError) throw new BodyLimitError(error, operation);
        return { ok: false, operation, problem: malformed('multipart/form-data', (error as Error).message) };
      }
    } else if (actual?.type === 'text') body = new TextDecoder().decode(raw);
    else body = raw;
  }

  let query: Record<string, unknown>;
  try {
    query = contractQuery(url.searchParams, options.limits);
  } catch (error) {
    if (!(error instanceof RequestLimitError)) throw error;
    return { ok: false, operation, problem: overLimit(error, 'query string') };
  }
  if (unreadableJson === undefined) {
    const violations = surface.validators.validateRequest(operation, {
      params: found.params,
      query,
      headers: request.headers,
      body,
      mediaType,
    });
    if (violations.length > 0) {
      // Issue 9 item 4: only the violations the answer can list are converted; the rest are counted (refusals.ts).
      const { listed, ...problem } = contractViolation(
        operation,
        violations.slice(0, MAX_LISTED_VIOLATIONS).map(toViolation),
        violations.length,
      );
      return { ok: false, operation, violations: listed, problem };
    }
  }
  return { ok: true, request: { operation, params: found.params, query, body, mediaType, unreadableJson } };
}

/**
 * Whether the request carries what one of the operation's security alternatives needs (OpenAPI 3.1.0, Security
 * Requirement Object: any one alternative suffices, `{}` means none needed). Presence and form only, like the mock:
 * the sandbox accepts any key, user or password.
 */
export function hasCredentials(surface: Surface, operation: OperationInfo, headers: Headers): boolean {
  if (operation.security.length === 0) return true;
  const schemes = ((surface.document.components as Record<string, unknown> | undefined)?.securitySchemes ??
    {}) as Record<string, { type?: string; scheme?: string; in?: string; name?: string }>;
  return operation.security.some((requirement) =>
    Object.keys(requirement).every((name) => {
      const scheme = schemes[name] ?? {};
      if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') return basicUser(headers) !== undefined;
      if (scheme.type === 'http') return /^\S+\s+\S+/.test(headers.get('authorization') ?? '');
      if (scheme.type === 'apiKey' && scheme.in === 'header') return (headers.get(scheme.name ?? '') ?? '') !== '';
      if (scheme.type === 'apiKey' && scheme.in === 'cookie') return cookie(headers, scheme.name ?? '') !== undefined;
      if (scheme.type === 'apiKey' && scheme.in === 'query') return true;
      return false;
    }),
  );
}

/** The user name of an `Authorization: Basic` header (RFC 7617), undefined when absent or malformed. */
export function basicUser(headers: Headers): string | undefined {
  const match = /^basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headers.get('authorization') ?? '');
  if (!match) return undefined;
  try {
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(match[1] ?? ''), (c) => c.charCodeAt(0)));
    const colon = decoded.indexOf(':');
    return colon > 0 ? decoded.slice(0, colon) : undefined;
  } catch {
    return undefined;
  }
}

export function cookie(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** A multipart body in the shape decodeMultipartBody gives: text parts as strings, files as {filename, contentType, size, data}. */
async function readMultipart(
  raw: Uint8Array,
  contentType: string,
  limits?: DecodeLimits,
): Promise<Record<string, unknown>> {
  let form: FormData;
  try {
    form = await new Response(raw.slice(), { headers: { 'content-type': contentType } }).formData();
  } catch (error) {
    // Fetch's parser only says "Failed to parse body as FormData"; name the cause the stateless mode names
    // (runtime decoders.ts) when it is that one, so both modes explain the same refusal (issue 9 item 1).
    if (partAfterClose(raw, contentType)) throw new Error('Multipart part after the closing boundary.');
    throw error;
  }
  const fields = new URLSearchParams();
  const files: [string, unknown][] = [];
  const maxParts = resolveLimits(limits).maxParts;
  let parts = 0;
  for (const [name, value] of form) {
    if (++parts > maxParts) throw new RequestLimitError('maxParts', maxParts, 'in the multipart body');
    if (typeof value === 'string') fields.append(name, value);
    else {
      const data = new Uint8Array(await value.arrayBuffer());
      files.push([
        name,
        { filename: value.name, contentType: value.type || 'application/octet-stream', size: data.byteLength, data },
      ]);
    }
  }
  const result = decodeFormBody(fields.toString(), limits);
  for (const [name, file] of files) result[name] = file;
  return result;
}

/** True when a part starts after the close delimiter `--boundary--` (RFC 2046 §5.1.1: that is the epilogue). */
function partAfterClose(raw: Uint8Array, contentType: string): boolean {
  const boundary = parseMediaType(contentType)?.parameters.boundary;
  if (!boundary) return false;
  const text = new TextDecoder('latin1').decode(raw);
  const close = text.indexOf(`--${boundary}--`);
  return close !== -1 && text.indexOf(`--${boundary}\r\n`, close + boundary.length + 4) !== -1;
}

/** The query as the validator reads it (deepObject `a[k]` nested, like form bodies), without Prism's selection keys. */
function contractQuery(query: URLSearchParams, limits?: DecodeLimits): Record<string, unknown> {
  const contract = new URLSearchParams();
  for (const [name, value] of query) if (!SELECTION_QUERY.includes(name)) contract.append(name, value);
  return decodeFormBody(contract.toString(), limits);
}

/** V8 says "… in JSON at position 12"; add the line and column a person looks for. */
function describeJsonError(error: Error, textBody: string): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position && !/end of JSON input/.test(error.message)) return error.message;
  const offset = position ? Number(position[1]) : textBody.length;
  const message = position ? error.message : `${error.message} at position ${offset}`;
  const before = textBody.slice(0, offset).split('\n');
  return `${message} (line ${before.length}, column ${(before[before.length - 1] ?? '').length + 1})`;
}

function malformed(what: string, message: string): Problem {
  return { status: 400, kind: 'malformed-body', title: `The body is not well-formed ${what}`, detail: message };
}

function toViolation(violation: {
  location: string;
  name?: string;
  pointer: string;
  keyword: string;
  message: string;
  schemaPointer?: string;
}): Violation {
  const path = violation.pointer
    ? violation.pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    : [];
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

function pathPrefixes(operations: OperationInfo[]): string[] {
  return [...new Set(operations.map((operation) => `${operation.pathTemplate.split('/').slice(0, 3).join('/')}/`))];
}
