// What every factory shares: an openapi-fetch client typed by the surface's `paths`, the surface's own middleware
// registered first (so its onResponse runs last and sees what user middleware returns), spec-driven encoding, a fetch
// that sends only to the baseUrl origin (origin-guard.ts) and errors redacted of credentials (credential-redaction.ts).
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import { CredentialRedactor } from './credential-redaction.js';
import type { OperationTable } from './operation-table.js';
import { originGuard, type FetchFunction, type RedirectPolicy } from './origin-guard.js';
import { withSpecEncoding } from './spec-encoding.js';

/**
 * openapi-fetch's client options, minus the global bodySerializer (bodies are encoded from the spec) and fetch's
 * `redirect` (the client handles redirects itself, see `redirects`).
 */
export interface SurfaceClientOptions extends Omit<ClientOptions, 'bodySerializer' | 'redirect'> {
  /**
   * `'manual'` (default): a redirect is returned to the caller as the 30x response (in browsers, an opaque-redirect
   * response with status 0). `'follow-same-origin'`: redirects to the baseUrl origin are followed, with credentials;
   * a redirect to any other origin is not followed and is returned as the 30x response.
   */
  redirects?: RedirectPolicy;
  /** Most redirects followed for one call with `redirects: 'follow-same-origin'` (default 20, as fetch). */
  maxRedirects?: number;
}

export function operationIdLookup(table: OperationTable) {
  return (method: string, schemaPath: string): string | undefined =>
    table[`${method.toUpperCase()} ${schemaPath}`]?.operationId;
}

/**
 * `middleware` gets the client's redactor: the credentials each middleware adds or captures are registered there,
 * and errors built from server text are redacted with it.
 */
export function createSurfaceClient<Paths extends {}>(
  where: string,
  table: OperationTable,
  options: SurfaceClientOptions,
  middleware: (redactor: CredentialRedactor) => Middleware[],
): Client<Paths> {
  const {
    redirects,
    maxRedirects,
    fetch,
    redirect: _ignored,
    ...rest
  } = options as SurfaceClientOptions & { redirect?: unknown };
  const redactor = new CredentialRedactor();
  const guard = originGuard({
    where,
    baseUrl: rest.baseUrl,
    redirects,
    maxRedirects,
    onRequest: (request) => redactor.addRequestHeaders(request.headers),
  });
  const client = createClient<Paths>({ ...rest, fetch: guard(fetch as FetchFunction | undefined) });
  client.use(...middleware(redactor));
  return withSpecEncoding(client, table, { guard, redactor });
}

/** Header defaults first, then the caller's own `headers` (which win). */
export function withHeaderDefaults(
  options: SurfaceClientOptions,
  defaults: Record<string, string | undefined>,
): SurfaceClientOptions {
  const present = Object.fromEntries(Object.entries(defaults).filter(([, value]) => value !== undefined)) as Record<
    string,
    string
  >;
  if (Object.keys(present).length === 0) return options;
  const own =
    options.headers instanceof Headers
      ? Object.fromEntries(options.headers.entries())
      : Array.isArray(options.headers)
        ? Object.fromEntries(options.headers)
        : options.headers;
  return { ...options, headers: { ...present, ...own } };
}
