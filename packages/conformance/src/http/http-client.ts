import { setTimeout as delay } from 'node:timers/promises';
import zlib from 'node:zlib';
import { Agent, type Dispatcher } from 'undici';
import { isSessionCookie } from './redactor.js';
import { RequestPacer } from './request-pacer.js';

/** One request as the engine builds it: absolute URL, final headers, encoded body. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Do not send cookies from the jar (auth-required probes strip every credential). */
  withoutCookies?: boolean;
  /**
   * The request may be sent twice (RFC 9110 §9.2.2): default by method (GET, HEAD, OPTIONS, TRACE, PUT, DELETE); a
   * scenario marks a POST the contract declares `x-safe: true`. Only these are retried after a connection closed
   * before the answer, and only these travel on kept-alive connections (see HttpClient).
   */
  idempotent?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: Uint8Array;
}

export type TransportErrorKind =
  | 'timeout'
  | 'connection'
  | 'invalid-response'
  | 'too-large'
  | 'redirect'
  | 'budget'
  | 'interrupted';

export interface TransportError {
  kind: TransportErrorKind;
  message: string;
}

/** What happened on the wire for one logical request: a response, or the reason there is none. */
export interface HttpExchange {
  request: HttpRequest;
  response?: HttpResponse;
  error?: TransportError;
  /** URLs of redirects followed (same origin only). */
  redirects: string[];
  durationMs: number;
}

export interface HttpClientOptions {
  /** Per-request limit for the whole exchange (connect, headers and body). */
  timeoutMs: number;
  /** Responses larger than this are cut off and reported instead of being read into memory. */
  maxBodyBytes: number;
  concurrency: number;
  /** Request starts per second; 0 = unlimited. */
  ratePerSecond: number;
  /** Same-origin redirects followed before giving up (a loop ends here). */
  maxRedirects?: number;
  /** Called with every secret the server hands out (session cookies), so reports can redact it. */
  onSecret?: (value: string) => void;
}

/** The signal reason the engine uses; it tells a budget stop from an interrupt in findings. */
export class RunStop extends Error {
  constructor(
    readonly kind: 'budget' | 'interrupted',
    message: string,
  ) {
    super(message);
  }
}

/** A request in flight that its run signal can stop. */
interface InFlight {
  signal: AbortSignal;
  stop(reason: unknown): void;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);
/** The longest Retry-After the suite waits out before sending a refused request once more. */
const MAX_RETRY_AFTER_MS = 10_000;

/** What the suite asks for and can decode: the codings browsers send (RFC 9110 §12.5.3). */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * Undoes Content-Encoding (RFC 9110 §8.4: codings listed in the order applied, so undone last to first). The size
 * cap applies to the decoded bytes (zlib's maxOutputLength), so a small compressed bomb cannot exhaust memory. Any
 * coding the suite decodes is fine whether or not it was asked for (RFC 9110 §12.5.3 allows any coding to a
 * request without Accept-Encoding); only undecodable ones are reported.
 */
export function decodeContent(
  body: Uint8Array,
  contentEncoding: string,
  cap: number,
): { bytes: Uint8Array } | { error: TransportError } {
  const codings = contentEncoding
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  let bytes = body;
  for (const coding of codings.reverse()) {
    const options = { maxOutputLength: cap };
    try {
      if (coding === 'gzip' || coding === 'x-gzip') bytes = zlib.gunzipSync(bytes, options);
      else if (coding === 'br') bytes = zlib.brotliDecompressSync(bytes, options);
      else if (coding === 'deflate') bytes = inflateEither(bytes, options);
      else {
        return {
          error: {
            kind: 'invalid-response',
            message: `Content-Encoding '${coding}' cannot be decoded (the suite decodes gzip, deflate and br)`,
          },
        };
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE')
        return {
          error: {
            kind: 'too-large',
            message: `response body larger than the ${cap}-byte cap once decoded (${coding})`,
          },
        };
      return {
        error: {
          kind: 'invalid-response',
          message: `the body is not valid ${coding} although Content-Encoding says so: ${(error as Error).message}`,
        },
      };
    }
  }
  return { bytes };
}

/** `deflate` is the zlib format (RFC 9110 §8.4.1.2), but some servers send raw deflate: accept both. */
function inflateEither(bytes: Uint8Array, options: zlib.ZlibOptions): Buffer {
  try {
    return zlib.inflateSync(bytes, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw error;
    return zlib.inflateRawSync(bytes, options);
  }
}

/**
 * The HTTP layer of the suite (undici). Deliberately small and strict, because it runs against real deployments:
 * - every request has a deadline (per-request timeout, cut short by the run's signal: budget or SIGINT/SIGTERM);
 * - bodies are read up to a cap, so a hostile or broken server cannot exhaust memory;
 * - redirects are followed only within the same origin and only where the method is preserved
 *   (307/308, or 301/302/303 on GET/HEAD); a redirect to another origin is never followed, so credentials are
 *   never sent to a host the user did not name;
 * - a per-origin cookie jar keeps the session cookie some surfaces need (Web Services JSESSIONID).
 */
export class HttpClient {
  /** Idempotent requests: kept-alive connections, retried once when one turns out closed. */
  private readonly agent: Agent;
  /** Other requests (writes): a connection of their own, never a kept-alive one the server may have closed. */
  private freshAgent: Agent | undefined;
  private readonly pacer: RequestPacer;
  private readonly cookies = new Map<string, Map<string, string>>();
  private readonly inFlight = new Set<InFlight>();
  private readonly watched = new WeakSet<AbortSignal>();

  constructor(private readonly options: HttpClientOptions) {
    this.pacer = new RequestPacer(options.concurrency, options.ratePerSecond);
    this.agent = new Agent({ ...this.agentOptions(), keepAliveTimeout: 4_000 });
  }

  private agentOptions(): Agent.Options {
    return {
      connections: this.options.concurrency,
      headersTimeout: this.options.timeoutMs,
      bodyTimeout: this.options.timeoutMs,
      connectTimeout: this.options.timeoutMs,
    };
  }

  /**
   * A server may close a kept-alive connection at any time without saying so (RFC 9112 §9.6), and a request sent on it
   * in that moment fails with no answer. An idempotent request is then sent again (RFC 9112 §9.3.1); a write must not
   * be, since it may have been applied, so writes go on connections of their own (`pipelining: 0`: no keep-alive).
   */
  private agentFor(request: HttpRequest, fresh: boolean): Agent {
    if (!fresh && this.isIdempotent(request)) return this.agent;
    this.freshAgent ??= new Agent({ ...this.agentOptions(), pipelining: 0 });
    return this.freshAgent;
  }

  /**
   * `deadline` (epoch ms) shortens the per-request timeout so no request outlives the run's budget; a request that
   * gets no answer in the window it had is a timeout either way, and the message says which limit applied.
   */
  async send(request: HttpRequest, runSignal?: AbortSignal, deadline?: number): Promise<HttpExchange> {
    const redirects: string[] = [];
    let release: (() => void) | undefined;
    try {
      // A free slot is taken without a promise (the common case on a run with no rate limit).
      release = this.pacer.tryAcquire() ?? (await this.pacer.acquire(runSignal));
    } catch (reason) {
      return { request, redirects, durationMs: 0, error: stopError(reason) };
    }
    // From here: the time the target took (and the redirects and retries it asked for), not the wait for a slot.
    const started = performance.now();
    const done = (outcome: { response?: HttpResponse; error?: TransportError }): HttpExchange => ({
      request,
      redirects,
      durationMs: performance.now() - started,
      ...outcome,
    });
    try {
      let current = request;
      let seen: Set<string> | undefined; // made on the first redirect only
      let sentKey = this.cookies.size > 0 ? this.redirectKey(request) : undefined;
      let reconnected = false;
      let waitedOut = false;
      for (;;) {
        const single = await this.sendOnce(current, runSignal, deadline, reconnected);
        if (single.error?.kind === 'connection' && !single.response && !reconnected && this.isIdempotent(current)) {
          reconnected = true; // the connection closed before any answer: once more, on a connection of its own
          continue;
        }
        if (single.error || !single.response) return done(single);
        const response = single.response;
        const wait = waitedOut ? undefined : this.retryAfter(current, response, deadline);
        if (wait !== undefined) {
          waitedOut = true;
          const stopped = await pause(wait, runSignal);
          if (stopped) return done({ error: stopped });
          continue;
        }
        const location = headerValue(response.headers, 'location');
        if (!REDIRECT_STATUSES.has(response.status) || !location) return done({ response });
        const next = this.redirectTarget(current, response.status, location);
        if (!next) return done({ response });
        if ('error' in next) return done({ response, error: next.error });
        // A gateway may redirect to the same URL once it has set a cookie: the same request with other cookies is
        // not a loop.
        const key = this.redirectKey(next);
        seen ??= new Set([sentKey ?? this.redirectKey(request, '')]); // the jar was empty when it went
        if (seen.has(key) || redirects.length >= (this.options.maxRedirects ?? 5)) {
          return done({
            response,
            error: {
              kind: 'redirect',
              message: `redirect loop: ${redirects.length + 1} redirects ending at ${next.url}; the target keeps redirecting`,
            },
          });
        }
        seen.add(key);
        sentKey = key;
        redirects.push(next.url);
        current = next;
      }
    } finally {
      release();
    }
  }

  private isIdempotent(request: HttpRequest): boolean {
    return request.idempotent ?? IDEMPOTENT_METHODS.has(request.method.toUpperCase());
  }

  /**
   * How long to wait before sending a refused request once more, or undefined: a 429 (RFC 6585 §4: the request was
   * not processed) or an idempotent request's 503, whose Retry-After (RFC 9110 §10.2.3: seconds or an HTTP date)
   * asks for at most MAX_RETRY_AFTER_MS and ends before the run's deadline. Anything else is the answer.
   */
  private retryAfter(request: HttpRequest, response: HttpResponse, deadline?: number): number | undefined {
    if (response.status !== 429 && !(response.status === 503 && this.isIdempotent(request))) return undefined;
    const value = headerValue(response.headers, 'retry-after')?.trim();
    if (!value) return undefined;
    const wait = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
    if (!Number.isFinite(wait) || wait > MAX_RETRY_AFTER_MS) return undefined;
    const ms = Math.max(0, wait);
    if (deadline !== undefined && Date.now() + ms + 250 >= deadline) return undefined;
    return ms;
  }

  /** Method, URL and the cookies the jar would send with them: what makes two requests of a redirect chain the same. */
  private redirectKey(request: HttpRequest, cookie = this.cookieHeader(request)): string {
    return `${request.method} ${request.url} ${cookie ?? ''}`;
  }

  /** The Cookie header the jar adds to `request`, if any. */
  private cookieHeader(request: HttpRequest, origin?: string): string | undefined {
    if (this.cookies.size === 0 || request.withoutCookies) return undefined;
    const jar = this.cookies.get(origin ?? splitUrl(request.url)?.origin ?? '');
    if (!jar || jar.size === 0) return undefined;
    return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /**
   * Every request has settled by now (by its answer, its timer or the run's stop); what undici may still hold is a
   * request stopped while it waited for a connection. Destroyed, not closed: closing would wait for that connect.
   */
  async close(): Promise<void> {
    await Promise.all(
      [this.agent.destroy(), this.freshAgent?.destroy()].map((closing) => closing?.catch(() => undefined)),
    );
  }

  /** Forgets cookies (a new session); used between independent flows. */
  clearCookies(): void {
    this.cookies.clear();
  }

  private redirectTarget(
    current: HttpRequest,
    status: number,
    location: string,
  ): HttpRequest | { error: TransportError } | null {
    let target: URL;
    try {
      target = new URL(location, current.url);
    } catch {
      return { error: { kind: 'redirect', message: `redirect to an unparsable Location: ${location}` } };
    }
    const from = new URL(current.url);
    if (target.origin !== from.origin) {
      return {
        error: {
          kind: 'redirect',
          message: `redirect to another origin (${target.origin}) not followed so that credentials stay with ${from.origin}; point --base-url at the final host if that is intended`,
        },
      };
    }
    const safeMethod = current.method === 'GET' || current.method === 'HEAD';
    // 301/302/303 turn a POST into a GET in browsers; a contract test must not change the operation it calls.
    if (status !== 307 && status !== 308 && !safeMethod) return null;
    return { ...current, url: target.href };
  }

  /**
   * One request on undici's dispatch API: the answer's chunks are collected as they come, with no stream, no
   * AbortController and no promise per chunk (undici's `request()` builds all three for every answer, which cost more
   * than every check of the suite together: bench/throughput.mjs). One timer covers the whole exchange, so a body
   * that dribbles in byte by byte cannot outlive the window.
   */
  private sendOnce(
    request: HttpRequest,
    runSignal?: AbortSignal,
    deadline?: number,
    fresh = false,
  ): Promise<{ response?: HttpResponse; error?: TransportError }> {
    if (runSignal?.aborted) return Promise.resolve({ error: stopError(runSignal.reason) });
    const window =
      deadline === undefined
        ? this.options.timeoutMs
        : Math.max(250, Math.min(this.options.timeoutMs, deadline - Date.now()));
    const target = splitUrl(request.url);
    if (!target) {
      return Promise.resolve({ error: { kind: 'connection', message: `not an http(s) URL: ${request.url}` } });
    }
    const headers: Record<string, string> = { ...request.headers };
    // Ask for what browsers ask for, and decode all of it (issue 12 item 2); a request that names its own
    // Accept-Encoding keeps it.
    if (!hasHeader(headers, 'accept-encoding')) headers['accept-encoding'] = ACCEPT_ENCODING;
    const cookie = this.cookieHeader(request, target.origin);
    if (cookie !== undefined && !hasHeader(headers, 'cookie')) headers.cookie = cookie;
    const cap = this.options.maxBodyBytes;
    return new Promise((resolve) => {
      let settled = false;
      let controller: Dispatcher.DispatchController | undefined;
      let abortReason: Error | undefined; // asked for before undici handed over its controller
      let status = 0;
      let responseHeaders: Record<string, string | string[]> = {};
      const chunks: Buffer[] = [];
      let size = 0;
      const abort = (reason: Error): void => {
        if (controller) controller.abort(reason);
        else abortReason = reason;
      };
      const settle = (result: { response?: HttpResponse; error?: TransportError }): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (stop) this.inFlight.delete(stop);
        resolve(result);
      };
      const answer = (): HttpResponse => ({
        status,
        headers: responseHeaders,
        body: size === 0 ? new Uint8Array(0) : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size),
      });
      const timedOut = (): TransportError => {
        const limit =
          window < this.options.timeoutMs
            ? `the ${window} ms left in the run's time budget (--budget)`
            : `${window} ms (--timeout)`;
        return { kind: 'timeout', message: `no complete response within ${limit}` };
      };
      const timer = setTimeout(() => {
        settle({ error: timedOut() });
        abort(new Error('no complete response within the window'));
      }, window);
      const stop: InFlight | undefined = runSignal && {
        signal: runSignal,
        stop: (reason) => {
          settle({ error: stopError(reason) });
          abort(new Error('run stopped'));
        },
      };
      if (stop && runSignal) {
        this.inFlight.add(stop);
        this.watch(runSignal);
      }
      const handler: Dispatcher.DispatchHandler = {
        onRequestStart: (started) => {
          controller = started;
          if (abortReason) started.abort(abortReason);
        },
        onResponseStart: (_controller, statusCode, headersIn) => {
          if (statusCode < 200) return; // an informational answer; the real one follows
          status = statusCode;
          responseHeaders = headersIn as Record<string, string | string[]>; // never undefined from undici
          const setCookie = headersIn['set-cookie'];
          if (setCookie) this.storeCookies(target.origin, setCookie);
        },
        onResponseData: (dataController, chunk) => {
          if (settled) return;
          if (size + chunk.byteLength > cap) {
            chunks.push(chunk.subarray(0, cap - size));
            size = cap;
            const response = answer();
            settle({
              response,
              error: {
                kind: 'too-large',
                message: `response body larger than the ${cap}-byte cap; stopped reading after ${cap} bytes`,
              },
            });
            dataController.abort(new Error('response body above the cap'));
            return;
          }
          chunks.push(chunk);
          size += chunk.byteLength;
        },
        onResponseEnd: () => {
          if (settled) return;
          const response = answer();
          const coding = headerValue(responseHeaders, 'content-encoding');
          if (coding && size > 0) {
            const decoded = decodeContent(response.body, coding, cap);
            if ('error' in decoded) return settle({ response, error: decoded.error });
            response.body = decoded.bytes;
          }
          settle({ response });
        },
        onResponseError: (_controller, error) => {
          if (settled) return;
          if (runSignal?.aborted) return settle({ error: stopError(runSignal.reason) });
          settle({ error: isUndiciTimeout(error) ? timedOut() : describeNetworkError(error) });
        },
      };
      try {
        this.agentFor(request, fresh).dispatch(
          {
            origin: target.origin,
            path: target.path,
            method: request.method as Dispatcher.HttpMethod,
            headers,
            body: request.body ?? null,
            headersTimeout: window,
            bodyTimeout: window,
          },
          handler,
        );
      } catch (error) {
        // undici reports most errors through the handler; any it throws instead end the request the same way.
        settle({ error: describeNetworkError(error) });
        abort(error as Error);
      }
    });
  }

  /** One listener per run signal for all requests in flight (a listener per request showed in the bench profile). */
  private watch(signal: AbortSignal): void {
    if (this.watched.has(signal)) return;
    this.watched.add(signal);
    signal.addEventListener(
      'abort',
      () => {
        for (const entry of [...this.inFlight]) if (entry.signal === signal) entry.stop(signal.reason);
      },
      { once: true },
    );
  }

  private storeCookies(origin: string, setCookie: string | string[] | undefined): void {
    if (!setCookie) return;
    const jar = this.cookies.get(origin) ?? new Map<string, string>();
    for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
      const pair = line.split(';', 1)[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      jar.set(name, value);
      if (isSessionCookie(name)) this.options.onSecret?.(value);
    }
    this.cookies.set(origin, jar);
  }
}

/** Waits `ms`, or until the run stops: then the stop, as the transport error it ends the request with. */
async function pause(ms: number, signal?: AbortSignal): Promise<TransportError | undefined> {
  try {
    await delay(ms, undefined, { signal });
    return undefined;
  } catch {
    return stopError(signal?.reason);
  }
}

function isUndiciTimeout(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
}

function stopError(reason: unknown): TransportError {
  if (reason instanceof RunStop) return { kind: reason.kind, message: reason.message };
  return { kind: 'interrupted', message: 'request cancelled before it completed' };
}

function describeNetworkError(error: unknown): TransportError {
  const err = error as { code?: string; name?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.code ?? err.cause?.code ?? '';
  const detail = err.cause?.message ?? err.message ?? String(error);
  if (err.name === 'HTTPParserError' || code.startsWith('HPE_')) {
    return {
      kind: 'invalid-response',
      message: `the target did not answer with valid HTTP (${code || 'parse error'}): ${detail}`,
    };
  }
  if (err.name === 'HeadersTimeoutError' || err.name === 'BodyTimeoutError' || err.name === 'ConnectTimeoutError') {
    return { kind: 'timeout', message: `${detail} (--timeout)` };
  }
  if (code === 'ECONNREFUSED') return { kind: 'connection', message: `connection refused: ${detail}` };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') {
    return { kind: 'connection', message: `connection closed by the target before a complete response: ${detail}` };
  }
  return { kind: 'connection', message: `${code ? `${code}: ` : ''}${detail}` };
}

/**
 * A request target WHATWG URL parsing leaves as it is: no character it would percent-encode, no dot segment (also
 * not as `%2e`), no backslash. Such a URL on an origin already seen is split without parsing it again.
 */
const PLAIN_TARGET = /^[/?][\w\-.~!$&()*+,;=:@/%?]*$/;
const DOT_SEGMENT = /\/\.|%2e/i;
let lastOrigin = '';

/** The origin and the request target of an absolute http(s) URL, as undici's dispatch takes them. */
function splitUrl(url: string): { origin: string; path: string } | undefined {
  if (lastOrigin !== '' && url.startsWith(lastOrigin)) {
    const path = url.slice(lastOrigin.length);
    if (PLAIN_TARGET.test(path) && !DOT_SEGMENT.test(path))
      return { origin: lastOrigin, path: path.startsWith('?') ? `/${path}` : path };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  lastOrigin = parsed.origin;
  return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
}

/** Whether a request's headers (names in any case, as the caller wrote them) include `name` (lower case). */
function hasHeader(headers: Record<string, string>, name: string): boolean {
  for (const key in headers) if (key.toLowerCase() === name) return true;
  return false;
}

/**
 * One response header by its lower-case name. undici hands header names over lower-cased, so a lookup is enough
 * (a scan of every header for the absent ones, Location and Content-Encoding on most answers, showed in the
 * bench/throughput.mjs profile).
 */
function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
