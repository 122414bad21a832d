// Building a request for an operation from values: path template filled, query, headers and cookies written, body
// encoded as the operation's Media Type and Encoding Objects say. The conformance suite (its scenarios' calls) and
// the mock (requests made of the contract's examples) both build through here. Browser-safe: Fetch's Response
// writes multipart bodies and their boundary, so no Node imports.
import { serializeBody } from './encoders.js';
import type { EncodingObject, OperationInfo } from './openapi-types.js';

export interface RequestValues {
  /** One value per path parameter; each is percent-encoded as one segment. */
  params?: Record<string, string>;
  /** Written in order; an array is the parameter repeated (`form`, `explode: true`). */
  query?: URLSearchParams | Record<string, string | string[]>;
  /** Sent as given, before the Cookie and Content-Type headers. */
  headers?: Record<string, string>;
  /** `name=value` pairs joined into one Cookie header (RFC 6265 §4.2.1). */
  cookies?: string[];
  /** Encoded for `mediaType`. */
  body?: unknown;
  /** Default: the operation's first documented request media type, else `application/json`. */
  mediaType?: string;
}

export interface BuiltRequest {
  method: string;
  /** The filled path with its query string, ready to append to a base URL. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

export interface EncodedBody {
  /** Text bodies (JSON, form, text) stay text; multipart and binary bodies are bytes. */
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
}

/** A path template with each `{name}` replaced by its percent-encoded value. A missing value is a TypeError naming it. */
export function fillPath(operation: OperationInfo, params: Record<string, string> = {}): string {
  const parts = templateParts(operation);
  let path = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) throw new TypeError(`no value for path parameter '${name}' of ${operation.operationId}`);
    path += encodeURIComponent(value) + parts[index + 1]!;
  }
  return path;
}

/** A template split into literal text and parameter names, alternating (`/a/{id}/b` → `/a/`, `id`, `/b`). */
const templates = new WeakMap<OperationInfo, string[]>();

function templateParts(operation: OperationInfo): string[] {
  let parts = templates.get(operation);
  if (!parts) templates.set(operation, (parts = operation.pathTemplate.split(/\{([^}]+)\}/)));
  return parts;
}

/**
 * `value` written as `mediaType` (serializeBody), multipart included: Fetch's Response writes the FormData and its
 * boundary, and the exact bytes and Content-Type are returned so the caller can send or print them.
 */
export async function encodeBody(
  mediaType: string,
  value: unknown,
  encoding: Record<string, EncodingObject | undefined> = {},
): Promise<EncodedBody> {
  const serialized = serializeBody(mediaType, value, encoding);
  if (typeof serialized.body === 'string')
    return { body: serialized.body, contentType: serialized.contentType ?? mediaType };
  const wire = new Response(serialized.body as BodyInit);
  return {
    body: new Uint8Array(await wire.arrayBuffer()),
    contentType: serialized.contentType ?? wire.headers.get('content-type') ?? mediaType,
  };
}

/** The query string (without `?`) of `query`, in order; an array is the parameter repeated. */
function querySearch(query: RequestValues['query']): string {
  if (query === undefined) return '';
  const search = new URLSearchParams();
  if (query instanceof URLSearchParams) for (const [name, value] of query) search.append(name, value);
  else for (const [name, value] of Object.entries(query)) for (const item of [value].flat()) search.append(name, item);
  return search.toString();
}

/** The request for `operation` made of `values`. Credentials are the caller's (security.ts writes them into values). */
export async function buildRequest(operation: OperationInfo, values: RequestValues = {}): Promise<BuiltRequest> {
  const search = querySearch(values.query);
  const path = fillPath(operation, values.params) + (search ? `?${search}` : '');

  const headers: Record<string, string> = { ...values.headers };
  if (values.cookies?.length) headers.cookie = values.cookies.join('; ');
  const built: BuiltRequest = { method: operation.method, path, headers };
  if (values.body !== undefined) {
    const content = operation.requestBody?.content ?? {};
    const mediaType = values.mediaType ?? Object.keys(content)[0] ?? 'application/json';
    const encoded = await encodeBody(mediaType, values.body, content[mediaType]?.encoding ?? {});
    built.body = encoded.body;
    headers['content-type'] = encoded.contentType;
  }
  return built;
}
