// The request checks in front of every answer, on Fetch's Request (browser-safe), in the mock front end's order:
// route (404/405) → credentials the operation's security requires (the contract's 401; presence and form only, the
// sandbox accepts any key, user or password) → Content-Type (415) →
// decode JSON/form/multipart (400) → validate with the shared runtime (422 listing every violation). Routing,
// decoding and validation are @cx-contracts/openapi-runtime's (style guide habit 11); this file only orders them and
// words the refusals. Body size limits belong to the transport (the node adapter, MSW), not here.
import {
  bodyKind,
  type DecodeLimits,
  decodeBody,
  decodeFormBody,
  isJsonMediaType,
  type OperationInfo,
  parseMediaType,
  pickMediaType,
  RequestLimitError,
  type RouteMatch,
  type Surface,
  satisfiesSecurity,
  securityAlternatives,
} from '@cx-contracts/openapi-runtime/browser';
import { SELECTION_QUERY } from './examples.js';
import { contentCodings, contractViolation, encodedBody, overLimit, type ReportedViolation } from './refusals.js';
import type { Problem } from './responses.js';

export interface CheckedRequest {
  operation: OperationInfo;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** The declared media type the body matched, if any. */
  mediaType?: string;
  /** Set when the body is unreadable JSON on an operation that answers that the platform's way (seed 001's 500). */
  unreadableJson?: string;
}

export type CheckResult =
  | { ok: true; request: CheckedRequest }
  | {
      ok: false;
      problem: Problem;
      operation?: OperationInfo;
      /** The violations the refusal lists (refusals.ts contractViolation). */
      violations?: ReportedViolation[];
      unauthorized?: boolean;
    };

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
  /**
   * The surface router's match for this request's method and path, when the caller routed it already (the node
   * adapter and the sandbox do): not repeated. Routing three times per request showed in the profile of
   * `npm run bench:sandbox` (issue 11, second perf round).
   */
  route?: RouteMatch<OperationInfo>;
}

/** 404 or 405 for a method and path no operation documents; undefined when one does. `found`: the match, if made. */
export function routeProblem(
  surface: Surface,
  method: string,
  pathname: string,
  found: RouteMatch<OperationInfo> = surface.router.match(method, pathname),
): Problem | undefined {
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
  const found = options.route ?? surface.router.match(request.method, pathname);
  if (found.error) return { ok: false, problem: routeProblem(surface, request.method, pathname, found)! };
  const operation = found.operation;
  if (
    options.checkCredentials !== false &&
    !satisfiesSecurity(securityAlternatives(surface.document, operation), request.headers)
  )
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
    // JSON when either the documented or the sent media type says so; the rest by the sent Content-Type.
    const kind = isJsonMediaType(parseMediaType(mediaType)) ? 'json' : bodyKind(contentType);
    try {
      body = await decodeBody(raw, contentType!, { kind, limits: options.limits });
    } catch (error) {
      if (error instanceof RequestLimitError) throw new BodyLimitError(error, operation);
      if (kind === 'json') {
        const message = describeJsonError(error as Error, new TextDecoder().decode(raw));
        if (options.platformJsonErrors?.has(operation.operationId)) unreadableJson = message;
        else return { ok: false, operation, problem: malformed('JSON', message) };
      } else if (kind === 'multipart')
        return { ok: false, operation, problem: malformed('multipart/form-data', (error as Error).message) };
      else throw error;
    }
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
      const { listed, ...problem } = contractViolation(operation, violations);
      return { ok: false, operation, violations: listed, problem };
    }
  }
  return { ok: true, request: { operation, params: found.params, query, body, mediaType, unreadableJson } };
}

/** The query as the validator reads it (deepObject `a[k]` nested, like form bodies), without Prism's selection keys. */
function contractQuery(query: URLSearchParams, limits?: DecodeLimits): Record<string, unknown> {
  // Most requests carry no selection key: their query is decoded as it came, not copied and re-serialised.
  if (!SELECTION_QUERY.some((name) => query.has(name))) return decodeFormBody(query.toString(), limits);
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

function pathPrefixes(operations: OperationInfo[]): string[] {
  return [...new Set(operations.map((operation) => `${operation.pathTemplate.split('/').slice(0, 3).join('/')}/`))];
}
