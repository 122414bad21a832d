import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { headerRecord, rawHeaderPairs } from '@cx-contracts/openapi-runtime';
import type { Finding } from '../finding.js';
import { decodeContent } from '../http/http-client.js';
import type { ObservedExchange } from '../passive/observed-exchange.js';
import type { PassiveSession } from '../passive/passive-session.js';
import type { StepRecord } from '../report.js';
import type { HarRecorder } from './har-recorder.js';

/** Header added to every checked answer passed through: `errors=N; warnings=M` and the first findings, ASCII only. */
export const FINDINGS_HEADER = 'x-cx-conformance-findings';

export interface ValidatingProxyOptions {
  /** Origin (and optional path prefix) of the deployment, e.g. https://gms.staging.example.com:8080. */
  target: string;
  session: PassiveSession;
  /** 0 (default) picks a free port. Always bound to 127.0.0.1. */
  port?: number;
  /** Answer a contract-breaking response with 502 problem+json instead of passing it through. */
  strict?: boolean;
  /** Bodies up to this size are checked (default 4 MiB, as `run`); larger ones stream through unchecked. */
  maxBodyBytes?: number;
  /** Write what passed through to this HAR file when the proxy closes. */
  har?: HarRecorder;
  /** Called once per exchange with its step (checked) or why it was not checked; never sees credentials. */
  onExchange?: (step: StepRecord | undefined, findings: readonly Finding[], note?: string) => void;
  /** How long to wait for the target (default 30 s). */
  timeoutMs?: number;
}

export interface ValidatingProxy {
  url: string;
  close(): Promise<void>;
}

// RFC 9110 §7.6.1: connection-specific fields are not forwarded by a proxy.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * A reverse proxy (node:http, 127.0.0.1 only) that forwards every request to the target unchanged and checks both
 * directions with the passive session: the request against its operation, the response with every single-exchange
 * check. Request bodies stream to the target as they arrive (a copy up to the cap is kept for checking). Response
 * bodies up to the cap are held until checked, so the findings can go into a header (pass-through) or replace the
 * answer (strict); a larger body streams through unchecked and says so in the header. Nothing is logged here: the
 * caller gets redacted steps and findings through onExchange.
 */
export async function startValidatingProxy(options: ValidatingProxyOptions): Promise<ValidatingProxy> {
  const target = new URL(options.target);
  const prefix = target.pathname.replace(/\/+$/, '');
  const cap = options.maxBodyBytes ?? 4 * 1024 * 1024;
  const agentOptions = { keepAlive: true, maxSockets: 256 };
  const agent = target.protocol === 'https:' ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  let counter = 0;

  const server = http.createServer((request, response) => {
    const label = `proxy #${++counter}`;
    handle(request, response, label).catch((error: Error) => {
      // Only the message's kind: an error can quote a header value.
      if (!response.headersSent)
        problem(response, 502, 'The proxy failed while handling this exchange', error.name || 'Error');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse, label: string): Promise<void> {
    const started = performance.now();
    const path = request.url ?? '/';
    const upstreamUrl = new URL(prefix + path, target);
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(request.headers))
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    headers.host = target.host;

    const requestCopy = new BodyCopy(cap);
    const upstream = (target.protocol === 'https:' ? https : http).request(upstreamUrl, {
      method: request.method,
      headers,
      agent,
      timeout: options.timeoutMs ?? 30_000,
    });
    // Headers and body go out as separate writes; with Nagle on, the second waits for a delayed ACK (~40 ms).
    upstream.on('socket', (socket) => socket.setNoDelay(true));
    request.on('data', (chunk: Buffer) => requestCopy.add(chunk));
    request.pipe(upstream);
    let upstreamResponse: IncomingMessage;
    try {
      upstreamResponse = await new Promise<IncomingMessage>((resolve, reject) => {
        upstream.once('response', resolve);
        upstream.once('error', reject);
        upstream.once('timeout', () => upstream.destroy(new Error('timeout')));
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      options.onExchange?.(
        undefined,
        [],
        `${label} ${request.method} ${upstreamUrl.pathname}: the target did not answer (${code})`,
      );
      problem(response, 502, 'The target did not answer', `${upstreamUrl.origin} did not answer: ${code}.`);
      return;
    }

    const status = upstreamResponse.statusCode ?? 502;
    const responseHeaders = rawHeaderPairs(upstreamResponse.rawHeaders);
    const length = Number(upstreamResponse.headers['content-length'] ?? Number.NaN);
    const passHeaders = (extra: Record<string, string>) => {
      const out: Array<[string, string]> = responseHeaders.filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase()));
      for (const [name, value] of Object.entries(extra)) out.push([name, value]);
      exposeHeader(out);
      return out.flat();
    };
    if (length > cap) {
      // Too large to hold: stream it through untouched and unchecked.
      response.writeHead(status, passHeaders({ [FINDINGS_HEADER]: `unchecked; body over the ${cap}-byte cap` }));
      upstreamResponse.pipe(response);
      options.onExchange?.(
        undefined,
        [],
        `${label} ${request.method} ${upstreamUrl.pathname}: body over the cap, passed through unchecked`,
      );
      return;
    }
    const held: Buffer[] = [];
    let size = 0;
    let overflow = false;
    for await (const chunk of upstreamResponse as AsyncIterable<Buffer>) {
      if (overflow) {
        response.write(chunk);
        continue;
      }
      held.push(chunk);
      size += chunk.length;
      if (size > cap) {
        // Chunked and larger than the cap: stop holding, send what we have and stream the rest.
        overflow = true;
        response.writeHead(status, passHeaders({ [FINDINGS_HEADER]: `unchecked; body over the ${cap}-byte cap` }));
        for (const part of held) response.write(part);
        held.length = 0;
      }
    }
    if (overflow) {
      response.end();
      return;
    }
    const raw = Buffer.concat(held, size);
    const decoded = decodeContent(raw, String(upstreamResponse.headers['content-encoding'] ?? ''), cap);
    const exchange: ObservedExchange = {
      method: (request.method ?? 'GET').toUpperCase(),
      url: upstreamUrl.href,
      requestHeaders: headerRecord(rawHeaderPairs(request.rawHeaders)),
      requestBody: requestCopy.bytes(),
      status,
      responseHeaders: headerRecord(responseHeaders),
      responseBody: 'bytes' in decoded ? decoded.bytes : undefined,
      requestBodyKnown: !requestCopy.overflowed,
      responseBodyKnown: 'bytes' in decoded,
      timeMs: performance.now() - started,
      label,
    };
    options.har?.add(exchange, started);
    let result: Awaited<ReturnType<PassiveSession['check']>>;
    try {
      result = await options.session.check(exchange);
    } catch (error) {
      // A fault of this tool must not break the frontend's traffic: the answer passes through, marked unchecked.
      options.onExchange?.(
        undefined,
        [],
        `${label} ${exchange.method} ${upstreamUrl.pathname}: not checked (${(error as Error).name})`,
      );
      response.writeHead(status, passHeaders({ [FINDINGS_HEADER]: 'unchecked; internal error of the checker' }));
      response.end(raw);
      return;
    }
    if (!result.checked) {
      options.onExchange?.(
        undefined,
        [],
        `${label} ${exchange.method} ${result.passedOver.url}: not checked (${result.passedOver.detail})`,
      );
      response.writeHead(status, passHeaders({ [FINDINGS_HEADER]: `unchecked; ${result.passedOver.reason}` }));
      response.end(raw);
      return;
    }
    options.onExchange?.(result.step, result.findings);
    const responseErrors = result.findings.filter(
      (finding) => finding.severity === 'error' && finding.checkId !== 'request-conformance',
    );
    if (options.strict && responseErrors.length > 0) {
      problem(
        response,
        502,
        'The target answered in a way the contract does not allow',
        `${result.operation.operationId}: ${responseErrors.map((finding) => `${finding.checkId}: ${finding.message}`).join('; ')}`,
        { operationId: result.operation.operationId, upstreamStatus: status, findings: result.findings },
      );
      return;
    }
    response.writeHead(status, passHeaders({ [FINDINGS_HEADER]: findingsHeader(result.findings) }));
    response.end(raw);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

/** Keeps the first `cap` bytes of a stream that is forwarded elsewhere. */
class BodyCopy {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  overflowed = false;
  constructor(private readonly cap: number) {}
  add(chunk: Buffer): void {
    if (this.overflowed) return;
    this.size += chunk.length;
    if (this.size > this.cap) {
      this.overflowed = true;
      this.chunks.length = 0;
    } else this.chunks.push(chunk);
  }
  bytes(): Uint8Array | undefined {
    return this.size === 0 || this.overflowed ? undefined : Buffer.concat(this.chunks, this.size);
  }
}

/** A browser frontend can read the findings header only if CORS exposes it (Fetch, CORS-safelisted response headers). */
function exposeHeader(headers: Array<[string, string]>): void {
  if (!headers.some(([name]) => name.toLowerCase() === 'access-control-allow-origin')) return;
  const index = headers.findIndex(([name]) => name.toLowerCase() === 'access-control-expose-headers');
  if (index === -1) headers.push(['access-control-expose-headers', FINDINGS_HEADER]);
  else if (headers[index]![1].trim() !== '*')
    headers[index] = [headers[index]![0], `${headers[index]![1]}, ${FINDINGS_HEADER}`];
}

/** `errors=1; warnings=0; status-code-conformance: …` in printable ASCII (header values must be Latin-1, RFC 9110 §5.5). */
export function findingsHeader(findings: readonly Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const parts = [`errors=${errors}`, `warnings=${findings.length - errors}`];
  for (const finding of findings.slice(0, 5)) parts.push(`${finding.severity} ${finding.checkId}: ${finding.message}`);
  if (findings.length > 5) parts.push(`${findings.length - 5} more`);
  return parts
    .join('; ')
    .replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .slice(0, 4000);
}

/** RFC 9457 problem details. */
function problem(
  response: ServerResponse,
  status: number,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
): void {
  const body = JSON.stringify({
    type: 'urn:cx-contracts:conformance:proxy',
    title,
    status,
    detail,
    ...extra,
  });
  response.writeHead(status, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
