// createSandbox: the platform's behaviour behind one `fetch(request)`. Per request:
//   /__sandbox/… → control API (control-api.ts)
//   namespace (header, session, credential) → front end checks (front-end.ts: 404/405/401/415/400/422)
//   → `Prefer`/`__code`/`__example` → the documented answer (examples.ts)
//   → a sticky fault of the namespace, if one is armed for the operation → the operation's handler (handlers/).
// Every answer carries `x-cx-operation` and `x-cx-sandbox-namespace`, and goes to the namespace's request log.
import {
  basicUser,
  readCookie as cookie,
  type DecodeLimits,
  loadSurface,
  type OperationInfo,
  type RouteMatch,
  type Surface,
} from '@cx-contracts/openapi-runtime/browser';
import { DEFAULT_CONFIG, type SandboxConfig } from './config.js';
import { handleControl } from './control-api.js';
import { documentedAnswer, readSelection } from './examples.js';
import { matchesStatus, rewrite, rewrites } from './faults.js';
import { checkFixture, exportNamespace, type Fixture, FIXTURE_VERSION, importNamespace } from './fixtures.js';
import { type CheckedRequest, checkRequest, type RequestParts, requestParts } from './front-end.js';
import { GMS_JSON_ERROR_OPERATIONS } from './handlers/gms-service.js';
import type { HandlerContext } from './handlers/handler.js';
import { handlers } from './handlers/index.js';
import {
  type Caps,
  DEFAULT_CAPS,
  type Fault,
  type LogEntry,
  type Namespace,
  Namespaces,
  type Session,
} from './namespaces.js';
import { type ReportedViolation, refusalAnswer } from './refusals.js';
import { type Answer, CapError, type Problem, problemAnswer, toResponse } from './responses.js';

export interface SandboxOptions extends Partial<Omit<SandboxConfig, 'caps'>> {
  /** The bundled contract (the four surfaces joined: build/specs/all.yaml or packages/types/openapi/all.json). */
  document: object;
  caps?: Partial<Caps>;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  clock?: () => number;
  /** Faults armed in every namespace (sticky: `remaining` calls each). */
  faults?: Fault[];
  /** The runtime's decode caps (pairs, parts, depth; cx-mock's --max-pairs/--max-parts/--max-depth). */
  limits?: DecodeLimits;
  /** Called once per answered request (the node adapter prints it). */
  onRequest?: (entry: LogEntry) => void;
}

export interface SwapResult {
  /** The state survived the swap. */
  keptState: boolean;
  added: string[];
  removed: string[];
  /** Operations of the new contract the sandbox has no behaviour for: they answer their documented examples. */
  withoutBehaviour: string[];
}

export interface Sandbox {
  fetch(request: Request): Promise<Response>;
  /**
   * fetch() for a request given as its parts: the node adapter's way in, without building a Fetch Request. `route`:
   * `surface.router`'s match for the request's method and path when the caller has made it (not repeated). The answer
   * is plain (responses.ts Answer): the adapter writes it without a Response and its body stream.
   */
  serve(request: RequestParts, route?: RouteMatch<OperationInfo>): Promise<Answer>;
  /** Forget one namespace, or all of them. */
  reset(namespace?: string): void;
  /** Import a fixture (`{version: 1, namespaces: {…}}`): each namespace in it replaces the one of that name. */
  load(fixture: unknown): void;
  dump(namespace?: string): Fixture;
  /** The last requests of a namespace, oldest first. */
  requests(namespace: string): LogEntry[];
  /** Arm a sticky fault: the next `count` calls of the operation in the namespace answer as given. */
  fault(namespace: string, fault: Omit<Fault, 'remaining'> & { count?: number }): void;
  /** Offer an interaction to a Web Services agent (the platform's routing, done by hand). */
  offer(namespace: string, interactionId: string, user: string): boolean;
  /** Hot reload: serve a new contract, keeping the state. */
  swap(document: object): SwapResult;
  namespaceOf(request: Pick<Request, 'headers'>): Promise<string>;
  readonly surface: Surface;
  readonly config: SandboxConfig;
}

const NAMESPACE_PATTERN = /^[A-Za-z0-9._:@-]{1,64}$/;

export function createSandbox(options: SandboxOptions): Sandbox {
  const {
    document: _document,
    caps,
    clock: _clock,
    faults: _faults,
    onRequest: _onRequest,
    limits,
    ...settings
  } = options;
  const config: SandboxConfig = {
    ...DEFAULT_CONFIG,
    ...Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)),
    caps: { ...DEFAULT_CAPS, ...caps },
  };
  const clock = options.clock ?? Date.now;
  const namespaces = new Namespaces(config.caps, config.idleMs, config.logSize, clock, options.faults);
  let surface = loadSurface(options.document);

  async function namespaceOf(request: Pick<Request, 'headers'>): Promise<string> {
    const named = request.headers.get(config.namespaceHeader);
    if (named !== null) return named;
    const session = namespaces.session(cookie(request.headers, 'JSESSIONID'));
    if (session) return session.namespace;
    const user = basicUser(request.headers);
    if (user !== undefined) return `user:${user}`;
    const apiKey = request.headers.get('x-api-key');
    // The key itself never becomes a name (names show in logs and dumps): a SHA-256 prefix of it does.
    if (apiKey) return `key:${await digest(apiKey)}`;
    return 'default';
  }

  function space(name: string): Namespace {
    return namespaces.get(name);
  }

  const sandbox: Sandbox = {
    get surface() {
      return surface;
    },
    config,
    namespaceOf,

    async fetch(request) {
      return toResponse(await serve(await requestParts(request), request));
    },

    serve: (parts, route) => serve(parts, undefined, route),

    reset(namespace) {
      if (namespace === undefined) namespaces.clear();
      else namespaces.delete(namespace);
    },

    load(value) {
      const fixture = checkFixture(value);
      for (const [name, data] of Object.entries(fixture.namespaces)) {
        if (!NAMESPACE_PATTERN.test(name))
          throw new TypeError(`fixture.namespaces: '${name}' is not a namespace name.`);
        namespaces.set(name, importNamespace(data, `fixture.namespaces.${name}`, clock()));
      }
    },

    dump(namespace) {
      const names = namespace === undefined ? namespaces.names() : [namespace];
      const result: Fixture = { version: FIXTURE_VERSION, namespaces: {} };
      for (const name of names) {
        const found = namespaces.peek(name);
        if (found) result.namespaces[name] = exportNamespace(found.state);
      }
      return result;
    },

    requests(namespace) {
      return [...(namespaces.peek(namespace)?.log ?? [])];
    },

    fault(namespace, fault) {
      const { count, ...rest } = fault;
      space(namespace).faults.push({ ...rest, remaining: count ?? 1 });
    },

    offer(namespace, interactionId, user) {
      const interaction = namespaces.peek(namespace)?.state.interactions.get(interactionId);
      if (!interaction || ['Stopped', 'Completed', 'Cancelled'].includes(interaction.state)) return false;
      interaction.owner = undefined;
      interaction.state = 'Offered';
      interaction.offeredTo = user;
      return true;
    },

    swap(document) {
      const next = loadSurface(document);
      const before = new Set(surface.operations.map((item) => item.operationId));
      const after = new Set(next.operations.map((item) => item.operationId));
      surface = next;
      // The state is plain data keyed by ids, not by the contract, so it always survives; what changes is which
      // operations exist, and the caller reports that.
      return {
        keptState: true,
        added: [...after].filter((id) => !before.has(id)),
        removed: [...before].filter((id) => !after.has(id)),
        withoutBehaviour: [...after].filter((id) => !handlers[id]),
      };
    },
  };
  return sandbox;

  /**
   * One request, from its parts; `original` is the Fetch Request they came from, when there was one; `route` the
   * router's match when the caller made it.
   */
  /**
   * The answer before decoration: fills `progress` (namespace, operation, violations, fault) as it learns them. A
   * function of the sandbox rather than a closure per request (issue 11, second perf round).
   */
  async function produce(
    request: RequestParts,
    original: Request | undefined,
    route: RouteMatch<OperationInfo> | undefined,
    progress: Progress,
  ): Promise<Answer> {
    const url = request.url;
    try {
      progress.name = await namespaceOf(request);
      if (!NAMESPACE_PATTERN.test(progress.name)) {
        progress.name = 'invalid';
        return problemAnswer({
          status: 400,
          kind: 'sandbox-control',
          title: 'The namespace header is not a namespace name',
          detail: `${config.namespaceHeader} must be 1 to 64 characters of A-Z a-z 0-9 . _ : @ -.`,
        });
      }
      if (url.pathname === '/__sandbox' || url.pathname.startsWith('/__sandbox/'))
        // A Request again, from the parts (fetch() has read the original's body).
        return await handleControl(sandbox, namespaces, toRequest(request), progress.name);
      const routed = route ?? surface.router.match(request.method, url.pathname);
      if (!routed.error) {
        // Faults armed with --fault exist in every namespace, so the namespace is made for them; else only one
        // that exists can hold a fault.
        progress.current = options.faults?.length ? space(progress.name) : namespaces.peek(progress.name);
        const id = routed.operation.operationId;
        progress.fault = progress.current?.faults.find((item) => item.operationId === id && item.remaining > 0);
      }
      const fault = progress.fault;
      const skipCredentials = fault?.acceptWithoutCredentials === true;
      const checked = await checkRequest(surface, request, {
        platformJsonErrors: GMS_JSON_ERROR_OPERATIONS,
        limits,
        checkCredentials: !skipCredentials,
        route: routed,
      });
      if (skipCredentials) spend(progress);
      progress.operation = checked.ok ? checked.request.operation : checked.operation;
      if (!checked.ok) {
        progress.violations = checked.violations;
        // The operation's documented 400/422/4XX where it has one, else problem+json (refusals.ts, issue 10).
        return checked.unauthorized
          ? answer(documentedAnswer(surface.document, checked.operation!, { code: 401 }, null))
          : refusalAnswer(surface, checked.problem, checked.operation);
      }
      const selection = readSelection(request.headers, url.searchParams);
      if (selection && 'kind' in selection) return problemAnswer(selection);
      const accept = request.headers.get('accept');
      if (selection) return answer(documentedAnswer(surface.document, progress.operation!, selection, accept));

      progress.current = space(progress.name);
      // A delay comes first whatever else the fault does: a slow answer that is also wrong (faults.ts).
      if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault!.delayMs));
      if (fault && !rewrites(fault)) {
        spend(progress);
        if (fault.status !== undefined || fault.example !== undefined || fault.ignoreWrite)
          return answer(
            documentedAnswer(
              surface.document,
              progress.operation!,
              { code: fault.status, example: fault.example },
              accept,
            ),
          );
      }
      const handler = handlers[progress.operation!.operationId];
      if (!handler) return answer(documentedAnswer(surface.document, progress.operation!, {}, accept));
      return await handler(new Call(checked.request, request, original, progress.current, namespaces, config, clock()));
    } catch (error) {
      return error instanceof CapError
        ? problemAnswer({
            status: 507,
            kind: 'sandbox-cap',
            title: 'The sandbox is at one of its caps',
            detail: error.message,
            extra: { cap: error.cap, limit: error.limit },
          })
        : problemAnswer({
            status: 500,
            kind: 'internal-error',
            title: 'The sandbox failed on this request',
            detail: (error as Error)?.message ?? String(error),
          });
    }
  }

  /**
   * One request, from its parts; `original` is the Fetch Request they came from, when there was one; `route` the
   * router's match when the caller made it.
   */
  async function serve(request: RequestParts, original?: Request, route?: RouteMatch<OperationInfo>): Promise<Answer> {
    const started = clock();
    const url = request.url;
    const progress: Progress = { spent: false };
    let response = await produce(request, original, route, progress);
    const { fault, operation, violations } = progress;
    if (fault && rewrites(fault) && matchesStatus(fault, response.status)) {
      spend(progress);
      response = await rewrite(response, fault);
    }
    // Decorate and log every answer once.
    const name = progress.name ?? 'default';
    response.headers['x-cx-sandbox-namespace'] = name;
    if (operation) response.headers['x-cx-operation'] = operation.operationId;
    const entry: LogEntry = {
      time: new Date(started).toISOString(),
      namespace: name,
      method: request.method,
      path: url.pathname,
      ...(operation ? { operationId: operation.operationId } : {}),
      status: response.status,
      ms: clock() - started,
      ...(violations
        ? {
            violations: violations.map(({ location, field, rule, message }) => ({
              location,
              field,
              rule,
              message,
            })),
          }
        : {}),
    };
    const logged = namespaces.peek(name);
    if (logged) namespaces.record(logged, entry);
    options.onRequest?.(entry);
    return response;
  }
}

/** What serving one request has found out so far (produce fills it; serve decorates and logs with it). */
interface Progress {
  name?: string;
  operation?: OperationInfo;
  violations?: ReportedViolation[];
  /** The fault armed for this call's operation, and the namespace holding it. */
  fault?: Fault;
  current?: Namespace;
  /** The fault has been counted: once when it acts (faults.ts). */
  spent: boolean;
}

function spend(progress: Progress): void {
  const { fault, current } = progress;
  if (!fault || !current || progress.spent) return;
  progress.spent = true;
  fault.remaining--;
  current.faults = current.faults.filter((item) => item.remaining > 0);
}

/**
 * A handler's context. A class, not an object literal with a getter and a spread: that literal was among the
 * largest self times of `sandbox.serve` in the profile (issue 11, second perf round). The Request and the origin
 * are made only for the handlers that read them (Web Services sessions and URIs, GMS service requests).
 */
class Call implements HandlerContext {
  readonly operation: OperationInfo;
  readonly params: Record<string, string>;
  readonly query: Record<string, unknown>;
  readonly body: unknown;
  readonly mediaType?: string;
  readonly unreadableJson?: string;
  readonly now: Date;
  session?: Session;
  #request: Request | undefined;

  constructor(
    checked: CheckedRequest,
    private readonly parts: RequestParts,
    original: Request | undefined,
    readonly space: Namespace,
    readonly namespaces: Namespaces,
    readonly config: SandboxConfig,
    now: number,
  ) {
    this.operation = checked.operation;
    this.params = checked.params;
    this.query = checked.query;
    this.body = checked.body;
    this.mediaType = checked.mediaType;
    this.unreadableJson = checked.unreadableJson;
    this.#request = original;
    this.now = new Date(now);
  }

  get request(): Request {
    return (this.#request ??= toRequest({ ...this.parts, body: undefined }));
  }

  get origin(): string {
    return this.parts.url.origin;
  }
}

function toRequest(parts: RequestParts): Request {
  const withBody = parts.body !== undefined && parts.method !== 'GET' && parts.method !== 'HEAD';
  return new Request(parts.url, {
    method: parts.method,
    headers: parts.headers,
    body: withBody ? parts.body!.slice() : undefined,
  });
}

function answer(result: Answer | Problem): Answer {
  return 'kind' in result ? problemAnswer(result) : result;
}

/** Recent API keys → their digest, so a client sending the same key does not pay for SHA-256 on every request. */
const digests = new Map<string, string>();

async function digest(value: string): Promise<string> {
  const known = digests.get(value);
  if (known) return known;
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  const hex = [...new Uint8Array(hash).slice(0, 6)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  if (digests.size >= 1000) digests.clear();
  digests.set(value, hex);
  return hex;
}
