import {
  attachCredentials,
  buildRequest as buildOperationRequest,
  type OperationInfo,
} from '@cx-contracts/openapi-runtime';
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
 * The HTTP request for an operation (the runtime's buildRequest: path filled, query, body encoded as the contract's
 * Media Type and Encoding Objects say), with credentials attached only where the operation's security declares a
 * scheme they satisfy.
 */
export async function buildRequest(
  surface: ConformanceSurface,
  operation: OperationInfo,
  call: CallRequest,
  baseUrl: string,
  credentials: Credentials,
): Promise<BuiltRequest> {
  const headers: Record<string, string> = { ...credentials.headers };
  const credentialHeaders = applySecurity(surface, operation, credentials, headers);
  Object.assign(headers, call.headers);
  const built = await buildOperationRequest(operation, {
    params: call.params,
    query: call.query,
    headers,
    body: call.raw === undefined ? call.body : undefined,
    mediaType: call.mediaType,
  });
  if (call.raw !== undefined) {
    built.body = call.raw;
    built.headers['content-type'] = call.mediaType ?? 'application/json';
  }
  return {
    http: {
      method: built.method,
      url: baseUrl + built.path,
      headers: built.headers,
      body: built.body,
      // A POST the contract declares x-safe (a GMS get) is as safe to resend as a GET; other writes are not.
      ...(operation.safe === true ? { idempotent: true } : {}),
    },
    path: built.path,
    credentialHeaders,
  };
}

/** --header names that carry credentials. */
const CREDENTIAL_HEADER = /authorization|api[-_]?key|token|cookie|session/i;

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
  const used = new Set(Object.keys(credentials.headers).filter((name) => CREDENTIAL_HEADER.test(name)));
  for (const name of attachCredentials(surface.document, operation, credentials, { headers })) used.add(name);
  return [...used];
}
