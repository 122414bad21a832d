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
  return operation.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) throw new TypeError(`no value for path parameter '${name}' of ${operation.operationId}`);
    return encodeURIComponent(value);
  });
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

/** The request for `operation` made of `values`. Credentials are the caller's (security.ts writes them into values). */
export async function buildRequest(operation: OperationInfo, values: RequestValues = {}): Promise<BuiltRequest> {
  const query = new URLSearchParams();
  if (values.query instanceof URLSearchParams) for (const [name, value] of values.query) query.append(name, value);
  else
    for (const [name, value] of Object.entries(values.query ?? {}))
      for (const item of [value].flat()) query.append(name, item);
  const search = query.toString();
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
