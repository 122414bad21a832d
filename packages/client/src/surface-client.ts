// What every factory shares: an openapi-fetch client typed by the surface's `paths`, the surface's own middleware
// registered first (so its onResponse runs last and sees what user middleware returns), and spec-driven encoding.
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { OperationTable } from './operation-table.js';
import { withSpecEncoding } from './spec-encoding.js';

/** openapi-fetch's client options, minus the global bodySerializer: bodies are encoded from the spec. */
export type SurfaceClientOptions = Omit<ClientOptions, 'bodySerializer'>;

export function operationIdLookup(table: OperationTable) {
  return (method: string, schemaPath: string): string | undefined =>
    table[`${method.toUpperCase()} ${schemaPath}`]?.operationId;
}

export function createSurfaceClient<Paths extends {}>(
  table: OperationTable,
  options: SurfaceClientOptions,
  middleware: Middleware[],
): Client<Paths> {
  const client = createClient<Paths>(options);
  client.use(...middleware);
  return withSpecEncoding(client, table);
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
