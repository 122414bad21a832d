// The mock's HTTP layer (node:http): one front end (CORS, routing, body limits, timeouts, connection cap) for both
// modes. In sandbox mode (the default) the request then goes, as its parts and its route, to @cx-contracts/sandbox, whose
// own Fetch-based front end (credentials, media type, decoding, contract) and behaviour answer it. In stateless mode
// (--stateless), Prism answers, in the same process. Per request in stateless mode:
//   CORS → route (the contract's router: most literal template wins, contract-decisions rule 9) → 404/405
//   → read the body (limit, client gone) → 413 → security (Prism's check; a missing credential gets the
//   contract's 401 from Prism) → the sandbox's checkRequest, the same checks as sandbox mode: Content-Encoding and
//   media type → 415 → decode (JSON, form, multipart, the query; pair/part/depth caps: 413/400) → 400 → validate
//   with the shared runtime → 422 listing the first violations → Prism's mocker. A refusal takes the operation's
//   documented 400/422/4XX where it has one (the sandbox's refusalAnswer, issue 10), as in sandbox mode.
// Prism never sees a request the contract rejects, a body it cannot parse (stoplightio/prism#2672: a malformed
// multipart body crashed it), or a path it would route differently from the contract.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type DecodeLimits,
  fetchHeaders,
  loadSurface,
  rawHeaderPairs,
  readDocument,
  type OperationInfo,
  type RouteMatch,
  type Surface,
} from '@cx-contracts/openapi-runtime';
import {
  type Answer,
  checkRequest,
  createSandbox,
  refusalAnswer,
  routeProblem,
  type RequestParts,
  type Sandbox,
  type SandboxOptions,
  type SwapResult,
} from '@cx-contracts/sandbox';
import { createCors, isPreflight } from './cors.js';
import { headerValues } from './header-values.js';
import { sendMockError, type MockError } from './mock-errors.js';
import type { PrismEngine } from './prism-engine.js';
import { declaredLength, hasBody, readBody } from './request-body.js';

/** Default request body limit: far above any contract example, far below what hurts a shared mock. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
/** Time to receive a request's headers (slowloris), in ms: Node's `headersTimeout`. */
export const DEFAULT_HEADERS_TIMEOUT = 15_000;
/** Time to receive a whole request, body included (slow bodies), in ms: Node's `requestTimeout`. */
export const DEFAULT_REQUEST_TIMEOUT = 30_000;
/** Open connections at most; more are closed as they arrive. Below the usual 1024 open-files limit. */
export const DEFAULT_MAX_CONNECTIONS = 1000;

/** Requests whose `Expect: 100-continue` was refused because Content-Length is over the limit. */
const refusedAtContinue = new WeakSet<IncomingMessage>();

export interface MockServerOptions {
  /** A bundled OpenAPI document (all four surfaces joined). */
  documentPath: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  bodyLimit?: number;
  /** Memoise Prism's answers (default true); see prism-engine.ts. */
  memoize?: boolean;
  /** ms to receive a request's headers (default DEFAULT_HEADERS_TIMEOUT); then 408 and the connection closes. */
  headersTimeout?: number;
  /** ms to receive a whole request (default DEFAULT_REQUEST_TIMEOUT); at least headersTimeout. */
  requestTimeout?: number;
  /** Open connections at most (default DEFAULT_MAX_CONNECTIONS); connections past it are closed as they arrive. */
  maxConnections?: number;
  /**
   * Caps on what one request may make the decoders build (the runtime's DecodeLimits and defaults: 10,000 form or
   * query pairs, 1,000 multipart parts, 32 `[` per name, 64 levels of JSON). Over a cap: 413 for pairs and parts,
   * 400 for depth, naming the limit and its value.
   */
  limits?: DecodeLimits;
  /** `sandbox` (default): the stateful sandbox answers; `stateless`: Prism answers with the contract's examples. */
  mode?: 'sandbox' | 'stateless';
  /** Options of the sandbox (CSRF, caps, faults, log callback); sandbox mode only. */
  sandbox?: Omit<SandboxOptions, 'document'>;
}

export interface MockServer {
  url: string;
  /** The contract being served (changes on reload). */
  readonly surface: Surface;
  /** Prism, in stateless mode. */
  engine?: PrismEngine;
  /** The sandbox, in sandbox mode. */
  sandbox?: Sandbox;
  /** Serve a newly bundled document; the sandbox keeps its state (SwapResult says what changed). */
  reload(documentPath: string): Promise<SwapResult | undefined>;
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const document = await readDocument(options.documentPath);
  const sandbox =
    (options.mode ?? 'sandbox') === 'sandbox'
      ? createSandbox({ ...options.sandbox, limits: options.limits, document })
      : undefined;
  const target: Target = { surface: sandbox ? sandbox.surface : loadSurface(document), sandbox };
  if (!sandbox) target.engine = await loadPrism(options.documentPath, target.surface, options.memoize);

  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const handle = createHandler(target, bodyLimit, options.limits ?? {});
  const serve = (request: IncomingMessage, response: ServerResponse): void => {
    handle(request, response).catch((error: unknown) => internalError(response, error));
  };
  const headersTimeout = options.headersTimeout ?? DEFAULT_HEADERS_TIMEOUT;
  const requestTimeout = options.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT;
  if (!(headersTimeout > 0 && requestTimeout >= headersTimeout))
    throw new Error(
      `headersTimeout (${headersTimeout} ms) must be > 0 and at most requestTimeout (${requestTimeout} ms).`,
    );
  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      // Node checks both timeouts only every connectionsCheckingInterval (default 30 s), so a 15 s limit fired at
      // about 22 s and 30 s at about 52 s (issue 9 item 7). Checking every second, or every tenth of a shorter
      // timeout, keeps the cut within that of the documented limit.
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(headersTimeout / 10))),
    },
    serve,
  );
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  // `Expect: 100-continue` with a Content-Length over the limit is refused before the client sends the body
  // (RFC 9110 §10.1.1); the handler answers it like any other oversized body and closes the connection.
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    if ((declaredLength(request) ?? 0) <= bodyLimit) response.writeContinue();
    else refusedAtContinue.add(request);
    serve(request, response);
  });
  // HTTP Node cannot parse never reaches the handler: answer like Node's default handler does (431 for oversized
  // headers, 408 for a request that took too long, else 400) and close, without crashing on a dead socket.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });

  const url = await listen(server, options.host ?? '127.0.0.1', options.port ?? 4010);
  return {
    url,
    get surface() {
      return target.surface;
    },
    engine: target.engine,
    sandbox,
    async reload(documentPath) {
      const next = await readDocument(documentPath);
      if (sandbox) {
        const result = sandbox.swap(next);
        target.surface = sandbox.surface;
        return result;
      }
      const surface = loadSurface(next);
      target.engine = await loadPrism(documentPath, surface, options.memoize);
      target.surface = surface;
      return undefined;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function loadPrism(documentPath: string, surface: Surface, memoize?: boolean): Promise<PrismEngine> {
  // Loaded only for --stateless: the sandbox (the default) never needs Prism's modules, which take a while to load.
  const { createPrismEngine } = await import('./prism-engine.js');
  const engine = await createPrismEngine(documentPath, { memoize });
  const missing = surface.operations.filter((operation) => !engine.operationIds.includes(operation.operationId));
  if (missing.length)
    throw new Error(`Prism did not load ${missing.map((operation) => operation.operationId).join(', ')}.`);
  return engine;
}

function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost}:${address.port}`);
    });
  });
}

/** What answers, swapped as a whole on reload. */
interface Target {
  surface: Surface;
  engine?: PrismEngine;
  sandbox?: Sandbox;
}

function createHandler(target: Target, bodyLimit: number, limits: DecodeLimits) {
  let cors = createCors([]);
  let corsFor: Surface | undefined;

  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { surface, sandbox } = target;
    if (corsFor !== surface) {
      corsFor = surface;
      const names = declaredResponseHeaders(surface.operations);
      cors = createCors(sandbox ? [...names, sandbox.config.namespaceHeader] : names);
    }
    cors.decorate(request, response);
    const rawUrl = request.url ?? '/';
    const queryStart = rawUrl.indexOf('?');
    const pathname = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const method = request.method ?? 'GET';
    // The sandbox's control API (/__sandbox/) is not in the contract: it skips the routing below.
    if (sandbox && (pathname === '/__sandbox' || pathname.startsWith('/__sandbox/'))) {
      const body = await readOrRefuse(request, response, bodyLimit);
      return body && answerFromSandbox(sandbox, request, response, body.raw, undefined);
    }

    if (isPreflight(request)) {
      const requested = String(request.headers['access-control-request-method']).toUpperCase();
      const found = surface.router.match(requested, pathname);
      // An unknown path still gets its preflight, so the app's real request then reads the clear 404.
      const allowed = found.error === 'method-not-allowed' ? found.allowed : [requested];
      return cors.preflight(request, response, allowed);
    }

    const found = surface.router.match(method, pathname);
    if (found.error) {
      request.resume();
      return sendMockError(response, routeProblem(surface, method, pathname, found)!);
    }
    const operation = found.operation;
    response.setHeader('x-cx-operation', operation.operationId);
    const body = await readOrRefuse(request, response, bodyLimit);
    if (!body) return;
    const raw = body.raw;
    // The match goes down with the request: the sandbox and its checks do not route it again.
    if (sandbox) return answerFromSandbox(sandbox, request, response, raw, found);
    const engine = target.engine!;

    const query = new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1));
    const prismRequest = {
      method,
      path: pathname,
      query: prismQuery(query),
      headers: request.headers,
      body: raw?.toString('utf8'),
    };
    // A request the contract's security refuses is answered by Prism with the contract's 401, whatever its body.
    const authorized = engine.authorized(operation.operationId, prismRequest);
    if (authorized) {
      // One home for the checks after routing (415, 400, 422, decode caps; issue 9): the sandbox's Fetch-based
      // front end, credentials left to Prism (its 401 is the contract's).
      const checked = await checkRequest(surface, toRequestParts(request, raw), {
        checkCredentials: false,
        limits,
        route: found,
      });
      // Contract-first, as in sandbox mode: the operation's documented 400/422/4XX where it has one (issue 10).
      if (!checked.ok) return sendAnswer(request, response, refusalAnswer(surface, checked.problem, operation));
    }

    const mocked = await engine.respond(operation.operationId, prismRequest, authorized);
    if (response.destroyed) return;
    response.writeHead(mocked.status, headerValues({ ...mocked.headers, 'content-length': mocked.body.length }));
    response.end(request.method === 'HEAD' ? undefined : mocked.body);
  };
}

/**
 * Reads the body within the limit, in both modes. Returns undefined when it has already answered: 413 (over the limit,
 * or refused at `Expect: 100-continue`) or a destroyed response (client gone).
 */
async function readOrRefuse(
  request: IncomingMessage,
  response: ServerResponse,
  bodyLimit: number,
): Promise<{ raw?: Buffer } | undefined> {
  if (refusedAtContinue.has(request)) {
    // No 100 Continue was sent, so the body is not coming; the connection closes after this answer.
    response.shouldKeepAlive = false;
    sendMockError(response, tooLarge(declaredLength(request)!, bodyLimit));
    return undefined;
  }
  if (!hasBody(request)) return {};
  const read = await readBody(request, bodyLimit);
  if (read.kind === 'gone') {
    response.destroy();
    return undefined;
  }
  if (read.kind === 'too-large') {
    if (!read.keepAlive) response.shouldKeepAlive = false;
    sendMockError(response, tooLarge(read.received, bodyLimit));
    return undefined;
  }
  return { raw: read.bytes.length > 0 ? read.bytes : undefined };
}

/** Sandbox mode: the sandbox answers the request, given as its parts and the route already matched (if any). */
async function answerFromSandbox(
  sandbox: Sandbox,
  request: IncomingMessage,
  response: ServerResponse,
  raw: Buffer | undefined,
  route: RouteMatch<OperationInfo> | undefined,
): Promise<void> {
  return sendAnswer(request, response, await sandbox.serve(toRequestParts(request, raw), route));
}

/** Writes the sandbox's plain answer (or a refusal) to the node response, as it is; HEAD gets no body. */
function sendAnswer(request: IncomingMessage, response: ServerResponse, answer: Answer): void {
  if (response.destroyed) return;
  const body = answer.body ?? '';
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  response.writeHead(answer.status, headerValues({ ...answer.headers, 'content-length': length }));
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * The node request as the parts the sandbox reads (style guide habit 12: the sandbox's own type, not node's), without
 * building a Fetch Request: its AbortSignal and body stream were the largest cost per request (bench:sandbox).
 */
function toRequestParts(request: IncomingMessage, body: Buffer | undefined): RequestParts {
  const headers = fetchHeaders(rawHeaderPairs(request.rawHeaders));
  // The origin the client used, for URIs the platform reports (GWS `uri`); Host is checked to be a host[:port].
  const host = HOST.test(request.headers.host ?? '') ? request.headers.host : '127.0.0.1';
  const method = request.method ?? 'GET';
  // As Fetch: GET and HEAD carry no body.
  const withBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
  return { method, url: new URL(`http://${host}${request.url ?? '/'}`), headers, body: withBody ? body : undefined };
}

const HOST = /^[A-Za-z0-9.[\]:-]+$/;

function tooLarge(received: number, limit: number): MockError {
  return {
    status: 413,
    kind: 'body-too-large',
    title: 'The request body is over the mock’s limit',
    detail: `Received: ${received} bytes. Limit: ${limit} bytes.`,
    extra: { limit },
  };
}

function internalError(response: ServerResponse, error: unknown): void {
  // The process keeps serving; the message says what failed without host details.
  console.error(`cx-mock: request failed: ${(error as Error)?.message ?? String(error)}`);
  sendMockError(response, {
    status: 500,
    kind: 'internal-error',
    title: 'The mock failed on this request',
    detail: 'See the mock’s console.',
  });
}

/** The query as Prism's server hands it to Prism: name → value, or values when repeated. One pass (getAll per name
 * would be quadratic in the number of names, the class of bug in issue 9 item 1). */
function prismQuery(query: URLSearchParams): Record<string, string | string[]> {
  const values = new Map<string, string[]>();
  for (const [name, value] of query) {
    const list = values.get(name);
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  // fromEntries defines own properties, so a name `__proto__` stays data.
  return Object.fromEntries([...values].map(([name, list]) => [name, list.length === 1 ? (list[0] as string) : list]));
}

function declaredResponseHeaders(operations: OperationInfo[]): string[] {
  const names = new Set<string>();
  for (const operation of operations) {
    for (const response of Object.values(operation.responses))
      for (const name of Object.keys(response.headers ?? {})) names.add(name);
  }
  return [...names];
}
