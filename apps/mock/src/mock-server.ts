// The mock's HTTP layer (node:http): one front end for both modes. Per request:
//   CORS → route (the contract's router: most literal template wins, contract-decisions rule 9) → 404/405
//   → read the body (limit, client gone) → 413 → a Fetch Request →
//     sandbox mode (default): the sandbox (@cx-contracts/sandbox) answers: its front end checks credentials (401),
//       media type (415), decoding (400) and the contract (422), then the platform's behaviour;
//     stateless mode (--stateless): security (Prism's check; a missing credential gets the contract's 401 from
//       Prism) → the same Fetch-based checks (checkRequest from the sandbox, so they are written once)
//       → Prism's mocker.
// Prism never sees a request the contract rejects, a body it cannot parse (stoplightio/prism#2672: a malformed
// multipart body crashed it), or a path it would route differently from the contract.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSurface, readDocument, type OperationInfo, type Surface } from '@cx-contracts/openapi-runtime';
import {
  checkRequest,
  createSandbox,
  routeProblem,
  type Sandbox,
  type SandboxOptions,
  type SwapResult,
} from '@cx-contracts/sandbox';
import { createCors, isPreflight } from './cors.js';
import { sendMockError, type MockError } from './mock-errors.js';
import { createPrismEngine, type PrismEngine } from './prism-engine.js';
import { declaredLength, hasBody, readBody } from './request-body.js';

/** Default request body limit: far above any contract example, far below what hurts a shared mock. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

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
  /** `sandbox` (default): the stateful sandbox answers; `stateless`: Prism answers with the contract's examples. */
  mode?: 'sandbox' | 'stateless';
  /** Options of the sandbox (CSRF, caps, …); sandbox mode only. */
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
  /** Serve a newly bundled document; sandbox mode keeps its state (SwapResult says what changed). */
  reload(documentPath: string): Promise<SwapResult | undefined>;
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const document = await readDocument(options.documentPath);
  const mode = options.mode ?? 'sandbox';
  const sandbox = mode === 'sandbox' ? createSandbox({ ...options.sandbox, document }) : undefined;
  let surface = sandbox ? sandbox.surface : loadSurface(document);
  let engine: PrismEngine | undefined;
  if (mode === 'stateless') {
    engine = await createPrismEngine(options.documentPath, { memoize: options.memoize });
    const loaded = engine.operationIds;
    const missing = surface.operations.filter((operation) => !loaded.includes(operation.operationId));
    if (missing.length)
      throw new Error(`Prism did not load ${missing.map((operation) => operation.operationId).join(', ')}.`);
  }

  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const target: Target = { surface, engine, sandbox };
  const handle = createHandler(target, bodyLimit);
  const serve = (request: IncomingMessage, response: ServerResponse): void => {
    handle(request, response).catch((error: unknown) => internalError(response, error));
  };
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 15_000 }, serve);
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
    engine,
    sandbox,
    async reload(documentPath) {
      const next = await readDocument(documentPath);
      if (sandbox) {
        const result = sandbox.swap(next);
        target.surface = surface = sandbox.surface;
        return result;
      }
      const nextEngine = await createPrismEngine(documentPath, { memoize: options.memoize });
      target.surface = surface = loadSurface(next);
      target.engine = engine = nextEngine;
      return undefined;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
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

function createHandler(target: Target, bodyLimit: number) {
  let cors = createCors([]);
  let corsFor: Surface | undefined;

  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { surface, engine, sandbox } = target;
    if (corsFor !== surface) {
      corsFor = surface;
      cors = createCors([
        ...declaredResponseHeaders(surface.operations),
        ...(sandbox ? [sandbox.config.namespaceHeader] : []),
      ]);
    }
    cors.decorate(request, response);
    const rawUrl = request.url ?? '/';
    const queryStart = rawUrl.indexOf('?');
    const pathname = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const method = request.method ?? 'GET';
    const control = sandbox !== undefined && (pathname === '/__sandbox' || pathname.startsWith('/__sandbox/'));

    if (isPreflight(request)) {
      const requested = String(request.headers['access-control-request-method']).toUpperCase();
      const found = surface.router.match(requested, pathname);
      // An unknown path still gets its preflight, so the app's real request then reads the clear 404.
      const allowed = found.error === 'method-not-allowed' && !control ? found.allowed : [requested];
      return cors.preflight(request, response, allowed);
    }

    const unrouted = control ? undefined : routeProblem(surface, method, pathname);
    if (unrouted) {
      request.resume();
      return sendMockError(response, unrouted as MockError);
    }
    const operation = control
      ? undefined
      : (surface.router.match(method, pathname) as { operation: OperationInfo }).operation;
    if (operation) response.setHeader('x-cx-operation', operation.operationId);

    let raw: Buffer | undefined;
    if (refusedAtContinue.has(request)) {
      // No 100 Continue was sent, so the body is not coming; the connection closes after this answer.
      response.shouldKeepAlive = false;
      return sendMockError(response, tooLarge(declaredLength(request)!, bodyLimit));
    }
    if (hasBody(request)) {
      const read = await readBody(request, bodyLimit);
      if (read.kind === 'gone') return void response.destroy();
      if (read.kind === 'too-large') {
        if (!read.keepAlive) response.shouldKeepAlive = false;
        return sendMockError(response, tooLarge(read.received, bodyLimit));
      }
      raw = read.bytes.length > 0 ? read.bytes : undefined;
    }
    const fetchRequest = toFetchRequest(request, raw);

    if (sandbox) {
      const answer = await sandbox.fetch(fetchRequest);
      if (response.destroyed) return;
      const headers: Record<string, string | string[]> = {};
      answer.headers.forEach((value, name) => {
        if (name !== 'set-cookie') headers[name] = value;
      });
      const cookies = answer.headers.getSetCookie();
      if (cookies.length) headers['set-cookie'] = cookies;
      const bytes = Buffer.from(await answer.arrayBuffer());
      response.writeHead(answer.status, { ...headers, 'content-length': bytes.length });
      response.end(method === 'HEAD' ? undefined : bytes);
      return;
    }

    const prism = engine!;
    const query = new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1));
    const prismRequest = {
      method,
      path: pathname,
      query: prismQuery(query),
      headers: request.headers,
      body: raw?.toString('utf8'),
    };
    // A request the contract's security refuses is answered by Prism with the contract's 401, whatever its body.
    const authorized = prism.authorized(operation!.operationId, prismRequest);
    if (authorized) {
      const checked = await checkRequest(surface, fetchRequest, { checkCredentials: false });
      if (!checked.ok) return sendMockError(response, checked.problem as MockError);
    }

    const mocked = await prism.respond(operation!.operationId, prismRequest, authorized);
    if (response.destroyed) return;
    response.writeHead(mocked.status, { ...mocked.headers, 'content-length': mocked.body.length });
    response.end(request.method === 'HEAD' ? undefined : mocked.body);
  };
}

/** The node request as a Fetch Request, for the sandbox and the shared checks (style guide habit 12). */
function toFetchRequest(request: IncomingMessage, raw: Buffer | undefined): Request {
  const headers = new Headers();
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    try {
      headers.append(request.rawHeaders[i], request.rawHeaders[i + 1]);
    } catch {
      // A header value Fetch refuses (control characters Node let through) is left out rather than failing.
    }
  }
  // The origin the client used, for URIs the platform reports (GWS `uri`); Host is checked to be a host[:port].
  const host = /^[A-Za-z0-9.[\]:-]+$/.test(request.headers.host ?? '') ? request.headers.host : '127.0.0.1';
  const method = request.method ?? 'GET';
  const withBody = raw !== undefined && method !== 'GET' && method !== 'HEAD';
  return new Request(`http://${host}${request.url ?? '/'}`, {
    method,
    headers,
    body: withBody ? new Uint8Array(raw) : undefined,
  });
}

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

/** The query as Prism's server hands it to Prism: name → value, or values when repeated. */
function prismQuery(query: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    result[name] = values.length === 1 ? values[0] : values;
  }
  return result;
}

function declaredResponseHeaders(operations: OperationInfo[]): string[] {
  const names = new Set<string>();
  for (const operation of operations) {
    for (const response of Object.values(operation.responses))
      for (const name of Object.keys(response.headers ?? {})) names.add(name);
  }
  return [...names];
}
