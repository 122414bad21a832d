// Makes an openapi-fetch client encode every request body the way its operation's spec says, without per-call
// serializers. openapi-fetch's own default writes JSON, or `userData=[object Object]` for forms (toolchain notes),
// and its bodySerializer is not told which operation it serializes, so each call is routed through here: the
// operation is looked up by `METHOD /path/template` in the generated table and the body is written by the runtime's
// one shared encoder (`serializeBody`).
import type { Client } from 'openapi-fetch';
import { isJsonMediaType, parseMediaType, serializeBody } from '@cx-contracts/openapi-runtime/encoders';
import type { CredentialRedactor } from './credential-redaction.js';
import type { OperationEntry, OperationTable } from './operation-table.js';
import type { FetchFunction } from './origin-guard.js';

type Init = Record<string, unknown> | undefined;
type HeaderRecord = Record<string, unknown>;

// A value that is not a media type keeps its own lowercased text, so a caller's odd Content-Type is still compared.
const essence = (mediaType: string): string => parseMediaType(mediaType)?.essence ?? mediaType.trim().toLowerCase();
const isJson = (mediaType: string): boolean => isJsonMediaType(parseMediaType(mediaType));

function toRecord(headers: unknown): HeaderRecord {
  if (!headers) return {};
  if (headers instanceof Headers) return Object.fromEntries(headers.entries());
  if (Array.isArray(headers)) return Object.fromEntries(headers as [string, string][]);
  return { ...(headers as HeaderRecord) };
}

function contentTypeKey(headers: HeaderRecord): string | undefined {
  return Object.keys(headers).find((name) => name.toLowerCase() === 'content-type');
}

/** Bodies the caller already encoded go out untouched. */
function isPreEncoded(body: unknown): boolean {
  return (
    typeof body === 'string' ||
    body instanceof FormData ||
    body instanceof URLSearchParams ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body)
  );
}

/**
 * The request media type: the caller's Content-Type header when it names one of the operation's media types (or
 * any other, taken as the caller's explicit choice), else the first one the spec lists.
 */
function chooseMediaType(entry: OperationEntry, headers: HeaderRecord): string {
  const declared = Object.keys(entry.requestContent ?? {});
  const key = contentTypeKey(headers);
  const requested = key ? headers[key] : undefined;
  if (typeof requested === 'string' && requested) {
    return declared.find((mediaType) => essence(mediaType) === essence(requested)) ?? requested;
  }
  // encodeBody asks only when the operation has request content, whose map lists at least one media type.
  return declared[0]!;
}

function encodeBody(entry: OperationEntry | undefined, init: Init): Init {
  if (!init || init.body === undefined || init.bodySerializer || !entry?.requestContent) return init;
  const headers = toRecord(init.headers);
  const mediaType = chooseMediaType(entry, headers);
  const key = contentTypeKey(headers);
  if (key) delete headers[key];
  if (isPreEncoded(init.body)) {
    // FormData must leave Content-Type to fetch (it adds the multipart boundary).
    headers['Content-Type'] = init.body instanceof FormData ? null : mediaType;
    return { ...init, headers, bodySerializer: (body: unknown) => body };
  }
  const { body, contentType } = serializeBody(mediaType, init.body, entry.requestContent[mediaType]?.encoding);
  // null removes a Content-Type set on the client (openapi-fetch mergeHeaders), so multipart keeps fetch's boundary.
  headers['Content-Type'] = contentType ?? null;
  return { ...init, headers, bodySerializer: () => body };
}

/**
 * How to read a 2xx body when the caller did not choose `parseAs`: JSON when the spec says JSON, text for text-only
 * operations (the GMS deletes answer `OK` as text/plain), a Blob for other binary ones, and for operations that
 * document both text and JSON (GMS "query one key") the text, parsed as JSON when the response says it is JSON.
 */
function responseMode(entry: OperationEntry | undefined): 'json' | 'text' | 'blob' | 'negotiate' {
  const media = entry?.successContent ?? [];
  if (media.length === 0 || media.every(isJson)) return 'json';
  if (media.some(isJson)) return 'negotiate';
  return media.every((mediaType) => essence(mediaType).startsWith('text/')) ? 'text' : 'blob';
}

/** What the client adds around every call: the origin guard for a call's own `fetch`, and error redaction. */
export interface CallGuards {
  guard: (fetchImpl?: FetchFunction) => FetchFunction;
  redactor: CredentialRedactor;
}

/**
 * JSON.parse, with an error that names the operation and not the text: V8 quotes the text it failed on, and a server
 * may have echoed a credential into it (issue 9 item 8).
 */
function parseJson(text: string, method: string, url: string, status: number): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new SyntaxError(`${method} ${url}: the ${status} response says it is JSON but its body is not valid JSON.`);
  }
}

/**
 * Wraps `client` so that every call encodes its body and reads its response as the operation's spec says, sends
 * through the origin guard even with a call's own `fetch`, and throws only errors redacted of the client's credentials.
 */
export function withSpecEncoding<Paths extends {}>(
  client: Client<Paths>,
  table: OperationTable,
  { guard, redactor }: CallGuards,
): Client<Paths> {
  const call = async (method: string, url: string, init: Init) => {
    const upper = method.toUpperCase();
    const entry = table[`${upper} ${url}`];
    // A call's own credential headers, before anything can quote them in an error (Headers echoes invalid values).
    redactor.addRequestHeaders(toRecord(init?.headers));
    const encoded = encodeBody(entry, init) ?? {};
    if (encoded.fetch !== undefined) encoded.fetch = guard(encoded.fetch as FetchFunction);
    const parseAs = (encoded.parseAs as string | undefined) ?? responseMode(entry);
    // JSON is read as text and parsed here (parseJson), for the error message.
    const wire = parseAs === 'json' || parseAs === 'negotiate' ? 'text' : parseAs;
    const request = client.request as unknown as (m: string, u: string, i: Init) => Promise<Record<string, unknown>>;
    const result = await request(method.toLowerCase(), url, { ...encoded, parseAs: wire });
    const response = result.response as Response;
    const json = parseAs === 'json' || (parseAs === 'negotiate' && isJson(response.headers.get('content-type') ?? ''));
    if (json && typeof result.data === 'string') {
      return { ...result, data: parseJson(result.data, upper, url, response.status) };
    }
    return result;
  };
  const send = async (method: string, url: string, init: Init) => {
    try {
      return await call(method, url, init);
    } catch (error) {
      throw redactor.redactError(error);
    }
  };
  const method = (name: string) => (url: string, init?: Init) => send(name, url, init);
  return {
    ...client,
    request: (name: string, url: string, init?: Init) => send(name, url, init),
    GET: method('GET'),
    PUT: method('PUT'),
    POST: method('POST'),
    DELETE: method('DELETE'),
    OPTIONS: method('OPTIONS'),
    HEAD: method('HEAD'),
    PATCH: method('PATCH'),
    TRACE: method('TRACE'),
  } as unknown as Client<Paths>;
}
