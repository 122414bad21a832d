// Faults: sticky per namespace, the next `remaining` calls of an operation misbehave (issue 11 "It replaces the
// hand-made fakes", issue 12 "The sandbox with injected faults is the suite's proving ground"). Two families:
//   documented: `status`/`example` answer a documented response, `delayMs` waits, `ignoreWrite` answers the
//     documented success without applying the write: the contract is kept, the behaviour is not;
//   contract-breaking: the real answer is rewritten (status, Content-Type, an HTML page, gzip, headers, body),
//     or the operation is served without the credentials its security requires.
// Browser-safe: CompressionStream and Response only, no node: imports. Faults rewrite the plain answer (responses.ts).
import type { Answer } from './responses.js';

export interface Fault {
  operationId: string;
  /** Calls left to fault. */
  remaining: number;
  /** Answer the documented response of this status (with its example). */
  status?: number;
  /** Answer the named example of the contract. */
  example?: string;
  /** Wait this long (≤ 30 s), then go on. */
  delayMs?: number;
  /** Answer the documented success without calling the handler: an update or stop that is not applied. */
  ignoreWrite?: boolean;
  /** Serve the call without the credentials the operation's security requires (an API key not enforced). */
  acceptWithoutCredentials?: boolean;
  /**
   * Rewrite only answers of this status, or class (`"4XX"`, as OpenAPI writes it): a 400 turned into a 500, a 404 into
   * an HTML page. Other answers are not counted.
   */
  onStatus?: number | string;
  /** Answer this status instead, documented or not (200-599: a 201 for a create, a 202, a 418). */
  setStatus?: number;
  /** Label the body with this Content-Type (JSON served as text/plain). */
  contentType?: string;
  /** Replace the body with an HTML error page, text/html (a gateway's page). */
  html?: boolean;
  /** Replace the JSON body with this value. */
  body?: unknown;
  /** Dotted paths into the JSON body to delete; `*` stands for every item or value (`services.*.service.created`). */
  drop?: string[];
  /** Dotted path → the value to put there, where its parent exists (`statusCode` → `"0"`: a wrong type). */
  set?: Record<string, unknown>;
  /** Dotted paths whose digit-only strings, at any depth, become JSON numbers (`userData`: "123" read as 123). */
  digitsAsNumbers?: string[];
  /** Response headers to leave out (`Location`). */
  dropHeaders?: string[];
  /** Response header → the name to send it under instead (`Location` → `Content-Location`). */
  renameHeaders?: Record<string, string>;
  /** Send the body content-coded this way (valid HTTP whatever Accept-Encoding said: RFC 9110 §12.5.3). */
  encoding?: 'gzip' | 'deflate';
}

/** Longest delay a fault may ask for: a fault is for testing timeouts, not for holding connections forever. */
export const MAX_DELAY_MS = 30_000;

const REWRITES = [
  'setStatus',
  'contentType',
  'html',
  'body',
  'drop',
  'set',
  'digitsAsNumbers',
  'dropHeaders',
  'renameHeaders',
  'encoding',
] as const;

const KINDS = ['status', 'example', 'delayMs', 'ignoreWrite', 'acceptWithoutCredentials', ...REWRITES] as const;

/** Whether a rewriting fault's `onStatus` lets it act on an answer of this status. */
export function matchesStatus(fault: Fault, status: number): boolean {
  const { onStatus } = fault;
  if (onStatus === undefined || onStatus === status) return true;
  return typeof onStatus === 'string' && onStatus[0] === String(status)[0];
}

/** Whether the fault rewrites the answer (rather than choosing it). */
export function rewrites(fault: Fault): boolean {
  return REWRITES.some((key) => fault[key] !== undefined);
}

/**
 * A fault from untrusted JSON (the control API, `--fault`), or a message naming the first field that is wrong.
 * `count` is a positive integer or `"all"` (default 1).
 */
export function readFault(body: Record<string, unknown>, hasOperation: (id: string) => boolean): Fault | string {
  const known = new Set<string>(['operationId', 'count', 'onStatus', ...KINDS]);
  const unknown = Object.keys(body).find((key) => !known.has(key));
  if (unknown !== undefined)
    return `Unknown fault field '${unknown}'. Fields: operationId, count, onStatus, ${KINDS.join(', ')}.`;
  const { operationId, count } = body;
  if (typeof operationId !== 'string' || !hasOperation(operationId))
    return `operationId must name an operation of the contract, got ${JSON.stringify(operationId)}.`;
  if (count !== undefined && count !== 'all' && (!Number.isInteger(count) || (count as number) < 1))
    return 'count must be a positive integer or "all" (default 1).';
  const fault: Fault = {
    operationId,
    remaining: count === 'all' ? Number.MAX_SAFE_INTEGER : ((count as number | undefined) ?? 1),
  };
  const status = (key: string, low: number) => {
    const value = body[key];
    if (value === undefined) return undefined;
    if (!Number.isInteger(value) || (value as number) < low || (value as number) > 599)
      throw `${key} must be an HTTP status (${low}-599), got ${JSON.stringify(value)}.`;
    return value as number;
  };
  const stringList = (key: string) => {
    const value = body[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length === 0 || value.some((item) => typeof item !== 'string' || !item))
      throw `${key} must be a non-empty array of non-empty strings.`;
    return value as string[];
  };
  const flag = (key: string) => {
    const value = body[key];
    if (value !== undefined && typeof value !== 'boolean') throw `${key} must be true or false.`;
    return value === true ? true : undefined;
  };
  try {
    fault.status = status('status', 100);
    fault.onStatus = /^[1-5]XX$/.test(String(body.onStatus)) ? (body.onStatus as string) : status('onStatus', 100);
    // A Response cannot carry a 1xx status.
    fault.setStatus = status('setStatus', 200);
    if (body.example !== undefined && typeof body.example !== 'string') throw 'example must be the name of an example.';
    fault.example = body.example as string | undefined;
    const delay = body.delayMs;
    if (delay !== undefined && (!Number.isInteger(delay) || (delay as number) < 0 || (delay as number) > MAX_DELAY_MS))
      throw `delayMs must be an integer from 0 to ${MAX_DELAY_MS}.`;
    fault.delayMs = delay as number | undefined;
    fault.ignoreWrite = flag('ignoreWrite');
    fault.acceptWithoutCredentials = flag('acceptWithoutCredentials');
    fault.html = flag('html');
    if (body.contentType !== undefined && (typeof body.contentType !== 'string' || !body.contentType))
      throw 'contentType must be a media type, e.g. "text/plain".';
    fault.contentType = body.contentType as string | undefined;
    fault.body = body.body;
    fault.drop = stringList('drop');
    fault.digitsAsNumbers = stringList('digitsAsNumbers');
    fault.dropHeaders = stringList('dropHeaders');
    for (const key of ['set', 'renameHeaders'] as const) {
      const value = body[key];
      if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value)))
        throw `${key} must be an object.`;
    }
    fault.set = body.set as Record<string, unknown> | undefined;
    const renames = body.renameHeaders as Record<string, unknown> | undefined;
    if (
      renames &&
      Object.values(renames).some((name) => typeof name !== 'string' || !/^[!#$%&'*+.^_`|~\w-]+$/.test(name))
    )
      throw 'renameHeaders must map header names to header names.';
    fault.renameHeaders = renames as Record<string, string> | undefined;
    if (body.encoding !== undefined && body.encoding !== 'gzip' && body.encoding !== 'deflate')
      throw 'encoding must be "gzip" or "deflate".';
    fault.encoding = body.encoding as Fault['encoding'];
  } catch (message) {
    return message as string;
  }
  for (const key of Object.keys(fault) as (keyof Fault)[]) if (fault[key] === undefined) delete fault[key];
  if (!KINDS.some((key) => fault[key] !== undefined)) return `A fault needs one of ${KINDS.join(', ')}.`;
  if ((fault.status !== undefined || fault.example !== undefined || fault.ignoreWrite) && rewrites(fault))
    return 'A fault either chooses a documented answer (status, example, ignoreWrite) or rewrites the real one, not both.';
  return fault;
}

const NO_BODY = new Set([204, 205, 304]);

const HTML_PAGE = '<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Error</h1></body></html>';

/** The answer as the fault rewrites it. A body that is not JSON is left as it is by the JSON rewrites. */
export async function rewrite(answer: Answer, fault: Fault): Promise<Answer> {
  // Header names compare case-insensitively (dropHeaders, renameHeaders): a Headers does that.
  const headers = new Headers(answer.headers);
  let body: Uint8Array | string | null = answer.body ?? null;
  if (fault.body !== undefined) {
    body = JSON.stringify(fault.body);
    headers.set('content-type', 'application/json');
  }
  if (body !== null && (fault.drop || fault.set || fault.digitsAsNumbers)) {
    const value = parse(body);
    if (value !== undefined) {
      for (const path of fault.drop ?? []) visit(value, path, (parent, key) => delete parent[key]);
      for (const [path, item] of Object.entries(fault.set ?? {}))
        visit(value, path, (parent, key) => (parent[key] = structuredClone(item)), true);
      for (const path of fault.digitsAsNumbers ?? [])
        visit(value, path, (parent, key) => (parent[key] = digitsToNumbers(parent[key])));
      body = JSON.stringify(value);
    }
  }
  if (fault.html) {
    body = HTML_PAGE;
    headers.set('content-type', 'text/html;charset=UTF-8');
  }
  for (const name of fault.dropHeaders ?? []) headers.delete(name);
  for (const [from, to] of Object.entries(fault.renameHeaders ?? {})) {
    const value = headers.get(from);
    if (value === null) continue;
    headers.delete(from);
    headers.set(to, value);
  }
  if (fault.contentType) headers.set('content-type', fault.contentType);
  if (fault.encoding && body !== null) {
    const stream = new Blob([body as BlobPart]).stream().pipeThrough(new CompressionStream(fault.encoding));
    body = new Uint8Array(await new Response(stream).arrayBuffer());
    headers.set('content-encoding', fault.encoding);
  }
  headers.delete('content-length');
  const status = fault.setStatus ?? answer.status;
  // A 204, 205 or 304 has no body (RFC 9110 §15.3.5, §15.3.6, §15.4.5); a Response refuses one.
  if (NO_BODY.has(status)) {
    body = null;
    for (const name of ['content-type', 'content-encoding']) headers.delete(name);
  }
  return { status, headers: Object.fromEntries(headers), ...(body === null ? {} : { body }) };
}

function parse(body: Uint8Array | string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

type Container = Record<string, unknown>;

/** Calls `leaf(parent, key)` for every place the dotted path reaches; `create`: the last key need not exist yet. */
function visit(value: unknown, path: string, leaf: (parent: Container, key: string) => void, create = false): void {
  const [head, ...rest] = path.split('.');
  if (typeof value !== 'object' || value === null || head === undefined) return;
  const parent = value as Container;
  const keys = head === '*' ? Object.keys(parent) : [head];
  for (const key of keys) {
    if (rest.length === 0) {
      if (key in parent || create) leaf(parent, key);
      continue;
    }
    visit(parent[key], rest.join('.'), leaf, create);
  }
}

function digitsToNumbers(value: unknown): unknown {
  if (typeof value === 'string') return /^[0-9]+$/.test(value) ? Number(value) : value;
  if (Array.isArray(value)) return value.map(digitsToNumbers);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, digitsToNumbers(item)]));
  return value;
}
