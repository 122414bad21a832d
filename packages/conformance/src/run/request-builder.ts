import { attachCredentials, serializeBody, type OperationInfo } from '@cx-contracts/openapi-runtime';
import type { HttpRequest } from '../http/http-client.js';
import type { ConformanceSurface } from '../surface.js';

/** What a scenario asks for; the builder turns it into wire form through the runtime's encoders. */
export interface CallRequest {
  params?: Record<string, string>;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  /** Encoded for `mediaType` (default: the operation's first documented request media type). */
  body?: unknown;
  mediaType?: string;
  /** Sent as is (malformed JSON for negative tests). */
  raw?: string;
}

export interface Credentials {
  apiKey?: string;
  /** `user:password`. */
  basic?: string;
  /** --header values, sent on every request. */
  headers: Record<string, string>;
}

export interface BuiltRequest {
  http: HttpRequest;
  /** Concrete path with query, as reports show it. */
  path: string;
  /** Header names that carry credentials (stripped by auth-required probes). */
  credentialHeaders: string[];
}

/**
 * Builds the HTTP request for an operation: path template filled (each value percent-encoded as one segment),
 * query, body encoded as the contract's Media Type and Encoding Objects say (form deepObject keys, multipart,
 * JSON), and credentials attached only where the operation's security declares a scheme they satisfy.
 */
export async function buildRequest(
  surface: ConformanceSurface,
  operation: OperationInfo,
  call: CallRequest,
  baseUrl: string,
  credentials: Credentials,
): Promise<BuiltRequest> {
  const pathname = operation.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = call.params?.[name];
    if (value === undefined) throw new Error(`no value for path parameter '${name}' of ${operation.operationId}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(call.query ?? {}))
    for (const item of [value].flat()) search.append(name, item);
  const path = pathname + (search.size ? `?${search}` : '');

  const headers: Record<string, string> = { ...credentials.headers };
  const credentialHeaders = applySecurity(surface, operation, credentials, headers);
  for (const [name, value] of Object.entries(call.headers ?? {})) headers[name] = value;

  let body: string | Uint8Array | undefined;
  if (call.raw !== undefined) {
    body = call.raw;
    headers['content-type'] = call.mediaType ?? 'application/json';
  } else if (call.body !== undefined) {
    const content = operation.requestBody?.content ?? {};
    const mediaType = call.mediaType ?? Object.keys(content)[0] ?? 'application/json';
    const serialized = serializeBody(mediaType, call.body, content[mediaType]?.encoding ?? {});
    if (typeof FormData !== 'undefined' && serialized.body instanceof FormData) {
      // Let the platform write the multipart body and its boundary, then send the exact bytes.
      const response = new Response(serialized.body);
      body = new Uint8Array(await response.arrayBuffer());
      headers['content-type'] = response.headers.get('content-type') ?? 'multipart/form-data';
    } else {
      body =
        typeof serialized.body === 'string'
          ? serialized.body
          : new Uint8Array(await new Response(serialized.body as BodyInit).arrayBuffer());
      headers['content-type'] = serialized.contentType ?? mediaType;
    }
  }
  return { http: { method: operation.method, url: baseUrl + path, headers, body }, path, credentialHeaders };
}

/**
 * Credentials go only where the operation's security names a scheme they fit (the runtime's attachCredentials), so a
 * Nexus key is never sent to GMS. Cookie schemes (a Web Services session) ride on the cookie jar. --header values
 * that look like credentials count too (auth-required probes strip them).
 */
function applySecurity(
  surface: ConformanceSurface,
  operation: OperationInfo,
  credentials: Credentials,
  headers: Record<string, string>,
): string[] {
  const used: string[] = Object.keys(credentials.headers).filter((name) =>
    /authorization|api[-_]?key|token|cookie|session/i.test(name),
  );
  used.push(...attachCredentials(surface.document, operation, credentials, { headers }));
  return [...new Set(used)];
}
