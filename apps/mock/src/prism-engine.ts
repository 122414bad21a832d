// Prism, in process, as the producer of every mocked response. The HTTP layer in mock-server.ts has already routed,
// read, decoded and validated the request; this module asks Prism's own pipeline (router → security → mocker) for the
// response and remembers it when nothing in the request can change it.
//
// Where stock `prism mock` spends its time, and what is done about it here (measured in bench/mock-bench.mjs):
// - pino logging of every request, negotiation step and violation (CLI default level `info`, piped through signale):
//   a silent logger, so the log calls are no-ops;
// - routing every request against all operations (score, sort, match each template): the request arrives with its
//   operation already chosen by the contract's router, and Prism is handed that one operation;
// - request validation (AJV compiled per request body schema, deepObject/multipart re-parsing) and response
//   validation of its own mock: off, because the HTTP layer validates with the shared runtime and Prism's own
//   example is not re-checked against the schema it came from;
// - negotiation and example serialisation for every request: the finished response is memoised, keyed on what
//   Prism's mocker reads (operation, security outcome, Prefer/__code/__example, Accept, method). `dynamic=true`
//   responses are random by design and never memoised.
import {
  createInstance,
  getHttpOperationsFromSpec,
  ProblemJsonError,
  type IHttpConfig,
  type IHttpRequest,
} from '@stoplight/prism-http';
import { validateSecurity } from '@stoplight/prism-http/dist/validator/validators/security/index.js';
import { getHttpConfigFromRequest } from '@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js';
import { serialize } from '@stoplight/prism-http-server/dist/serialize.js';
import { credentialSlot } from '@cx-contracts/openapi-runtime';

export type PrismOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

export interface MockedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface PrismRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
  /** The raw body text; Prism's mocker only reads it for callbacks, which the contract does not declare. */
  body?: string;
}

export interface PrismEngine {
  operationIds: string[];
  /** Does the request meet the operation's security requirements, by Prism's own check? */
  authorized(operationId: string, request: PrismRequest): boolean;
  /** Prism's answer; `authorized` may pass the result of authorized() so it is not computed twice. */
  respond(operationId: string, request: PrismRequest, authorized?: boolean): Promise<MockedResponse>;
  /** How many responses are memoised (tests read it). */
  readonly cacheSize: number;
}

// Enough for every operation × documented status × named example × a few Accept values; past it the cache starts
// over rather than growing without bound on arbitrary Prefer/Accept strings.
const CACHE_LIMIT = 2000;

// Prism calls logger.child() per request and the success/info/… levels on it; a no-op object with the same shape
// costs nothing. (prism-core's createLogger at level `silent` still builds a pino child per request.)
const noop = (): void => undefined;
const silentLogger: Record<string, unknown> = { level: 'silent' };
for (const level of ['fatal', 'error', 'warn', 'info', 'success', 'debug', 'trace']) silentLogger[level] = noop;
silentLogger.child = () => silentLogger;

// The options `prism mock` uses (prism-cli createServer.js), minus request/response validation (see above).
const baseConfig: IHttpConfig = {
  isProxy: false,
  validateRequest: false,
  validateResponse: false,
  checkSecurity: true,
  errors: false,
  upstreamProxy: undefined,
  mock: { dynamic: false },
};

export interface PrismEngineOptions {
  /** false: ask Prism's mocker for every request (`--no-memo`); the benchmark shows what memoising adds. */
  memoize?: boolean;
}

/** Loads Prism's operations from a bundled document (a file path) and returns the in-process mocker. */
export async function createPrismEngine(documentPath: string, options: PrismEngineOptions = {}): Promise<PrismEngine> {
  const memoize = options.memoize ?? true;
  const operations = await getHttpOperationsFromSpec(documentPath);
  const byId = new Map<string, PrismOperation>();
  for (const operation of operations) if (operation.iid) byId.set(operation.iid, operation);
  // Prism types its logger as pino's Logger; it only calls the methods silentLogger has.
  const prism = createInstance(baseConfig, {
    logger: silentLogger as unknown as Parameters<typeof createInstance>[1]['logger'],
  });
  const cache = new Map<string, MockedResponse>();
  const securityInputs = new Map([...byId].map(([id, operation]) => [id, credentialSources(operation)]));
  const securityCache = new Map<string, boolean>();

  function authorized(operationId: string, request: PrismRequest): boolean {
    const operation = byId.get(operationId);
    if (!operation) return false;
    // Prism's verdict depends only on the request parts its security handlers read; remember it per their values.
    const sources = securityInputs.get(operationId)!;
    const key = operationId + sources.map((source) => `\u0000${credential(request, source)}`).join('');
    let verdict = memoize ? securityCache.get(key) : undefined;
    if (verdict === undefined) {
      verdict = validateSecurity({ resource: operation, element: toPrismInput(request) })._tag === 'Right';
      if (securityCache.size >= CACHE_LIMIT) securityCache.clear();
      if (memoize) securityCache.set(key, verdict);
    }
    return verdict;
  }

  async function respond(
    operationId: string,
    request: PrismRequest,
    secure = authorized(operationId, request),
  ): Promise<MockedResponse> {
    const operation = byId.get(operationId);
    if (!operation)
      return problem(500, 'Operation not loaded by Prism', `Prism did not load operation ${operationId}.`);
    const input = toPrismInput(request);
    // Prism's own reading of `Prefer: code=…, example=…, dynamic=…` and `?__code=…&__example=…`, skipped when the
    // request has neither (Prism would find nothing to read). A fresh object per request: Prism's mocker writes the
    // Accept header's media types into it (prism-http mocker/index.js).
    let mock = { ...baseConfig.mock };
    if (request.headers.prefer !== undefined || Object.keys(request.query).some((name) => name.startsWith('__'))) {
      const preferences = getHttpConfigFromRequest(input);
      if (preferences._tag === 'Left') {
        return problem(400, 'Prefer header or __code/__example query not understood', preferences.left.detail);
      }
      mock = { ...baseConfig.mock, ...withoutUndefined(preferences.right) };
      const unknown = unknownSelection(operation, mock.code, mock.exampleKey);
      if (unknown) return unknown;
    }
    const accept = headerText(request.headers.accept);
    const key =
      mock.dynamic || !memoize
        ? undefined
        : [operationId, input.method, secure, mock.code, mock.exampleKey, accept].join('\u0000');
    const hit = key === undefined ? undefined : cache.get(key);
    if (hit) return hit;

    const result = await prism.request(input, [operation], { ...baseConfig, mock })();
    // A documented example of another media type than the one Prism negotiated from Accept: Prism fails with a 500
    // ("We tried default response") when a code was given, a 404 otherwise; both become the 404 naming the examples.
    // Other failures (406 for an Accept nothing matches) stay Prism's.
    const response =
      result._tag === 'Right'
        ? toMockedResponse(result.right.output)
        : mock.exampleKey !== undefined && [undefined, 404, 500].includes((result.left as { status?: number }).status)
          ? unknownSelection(operation, mock.code, mock.exampleKey, true)!
          : prismError(result.left);
    if (key !== undefined && result._tag === 'Right') {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, response);
    }
    return response;
  }

  return {
    operationIds: [...byId.keys()],
    authorized,
    respond,
    get cacheSize() {
      return cache.size;
    },
  };
}

/**
 * The 404 for a selection the operation does not document (the README's "Choosing the answer"): an undocumented
 * `code` names the documented statuses, an unknown `example` names the examples of that status by media type.
 * Prism itself answers `code=200, example=<unknown>` with a 500 (its negotiator retries the default response and
 * reports that failure). `force`: the name exists, but not for the media type the request's Accept selects.
 */
function unknownSelection(
  operation: PrismOperation,
  code: string | number | undefined,
  exampleKey: string | undefined,
  force = false,
): MockedResponse | undefined {
  const statuses = operation.responses.map((response) => response.code);
  const status = code === undefined ? undefined : String(code);
  // Prism's lookup (prism-http negotiator findResponseByStatusCode / findDefaultResponse): exact, `2XX`, `default`.
  const response =
    status === undefined
      ? defaultResponse(operation)
      : (operation.responses.find((candidate) => candidate.code.toLowerCase() === status) ??
        operation.responses.find((candidate) => candidate.code === `${status.charAt(0)}XX`) ??
        operation.responses.find((candidate) => candidate.code === 'default'));
  if (!response) {
    return notFound(`Status ${status} is not documented for ${operation.iid}. Documented: ${statuses.join(', ')}.`, {
      statuses,
    });
  }
  if (exampleKey === undefined) return undefined;
  const examples: Record<string, string[]> = {};
  for (const content of response.contents ?? [])
    examples[content.mediaType] = (content.examples ?? []).map((example) => example.key);
  const names = Object.values(examples).flat();
  if (names.includes(exampleKey) && !force) return undefined;
  const listed = Object.entries(examples)
    .filter(([, keys]) => keys.length > 0)
    .map(([mediaType, keys]) => `${keys.join(', ')} (${mediaType})`);
  const hint = names.includes(exampleKey)
    ? ' Send an Accept header with the media type the example is listed under.'
    : '';
  return notFound(
    `Example ${exampleKey} is not documented for status ${response.code} of ${operation.iid}` +
      (force ? ' with the media type Accept selects' : '') +
      `. Examples for ${response.code}: ${listed.length ? listed.join('; ') : 'none'}.${hint}`,
    { forStatus: response.code, examples },
  );
}

/** The response Prism answers when no code is asked for: the lowest 2xx, else `default`, else the first. */
function defaultResponse(operation: PrismOperation): PrismOperation['responses'][number] | undefined {
  const success = operation.responses
    .filter((response) => /^2(\d\d|XX)$/.test(response.code))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return success[0] ?? operation.responses.find((response) => response.code === 'default') ?? operation.responses[0];
}

// Prism's NOT_FOUND problem type, as the README documents for an unknown selection, with what is documented instead.
function notFound(detail: string, extra: Record<string, unknown>): MockedResponse {
  const body = {
    type: 'https://stoplight.io/prism/errors#NOT_FOUND',
    title: 'The server cannot find the requested content',
    status: 404,
    detail,
    ...extra,
  };
  return {
    status: 404,
    headers: { 'content-type': 'application/problem+json' },
    body: Buffer.from(JSON.stringify(body)),
  };
}

type CredentialSource = { in: 'header' | 'query'; name: string };

/**
 * Where the operation's security schemes look for credentials (the runtime's credential slots; Prism's handlers in
 * prism-http validator/security read the same places). A cookie slot is read from the Cookie header.
 */
function credentialSources(operation: PrismOperation): CredentialSource[] {
  const sources = new Map<string, CredentialSource>();
  for (const scheme of (operation.security ?? []).flat() as {
    key?: string;
    type: string;
    in?: string;
    name?: string;
  }[]) {
    const slot = credentialSlot(scheme.key ?? '', scheme);
    const source: CredentialSource =
      slot.in === 'cookie' ? { in: 'header', name: 'cookie' } : { in: slot.in, name: slot.name };
    sources.set(`${source.in} ${source.name}`, source);
  }
  return [...sources.values()];
}

function credential(request: PrismRequest, source: CredentialSource): string {
  const value = source.in === 'query' ? request.query[source.name] : request.headers[source.name];
  return Array.isArray(value) ? value.join('\u0001') : (value ?? '\u0002');
}

function toPrismInput(request: PrismRequest): IHttpRequest {
  return {
    method: request.method.toLowerCase() as IHttpRequest['method'],
    url: { path: request.path, query: request.query },
    headers: request.headers as IHttpRequest['headers'],
    body: request.body,
  };
}

function toMockedResponse(output: {
  statusCode: number;
  headers?: Record<string, unknown>;
  body?: unknown;
}): MockedResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(output.headers ?? {})) {
    // A header without an example and without a usable schema comes back as null from Prism's mocker.
    if (value !== null && value !== undefined) headers[name.toLowerCase()] = String(value);
  }
  try {
    const text = serialize(output.body, headers['content-type']);
    return { status: output.statusCode, headers, body: Buffer.from(text === undefined ? '' : String(text)) };
  } catch (error) {
    return prismError(error as Error);
  }
}

// Same shape Prism's own server sends for its errors (prism-http-server server.js): application/problem+json.
function prismError(
  error: Error & { status?: number; additional?: { headers?: Record<string, string> } },
): MockedResponse {
  const response = problem(error.status ?? 500, '', '');
  response.body = Buffer.from(JSON.stringify(ProblemJsonError.toProblemJson(error)));
  for (const [name, value] of Object.entries(error.additional?.headers ?? {}))
    response.headers[name.toLowerCase()] = value;
  return response;
}

function problem(status: number, title: string, detail: string): MockedResponse {
  return {
    status,
    headers: { 'content-type': 'application/problem+json' },
    body: Buffer.from(JSON.stringify({ status, title, detail })),
  };
}

function headerText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
