// Walking a document's operations: the one place that knows which Path Item fields hold operations. Browser-safe.

/** Path Item Object fields that hold operations, in the specification's order (OpenAPI 3.1.0, Path Item Object › Fixed Fields). */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

type Node = Record<string, unknown>;

/** The operations of one Path Item (already dereferenced), in field order: each method whose field is an object. */
export function* pathItemOperations(pathItem: unknown): Generator<[HttpMethod, Node]> {
  if (typeof pathItem !== 'object' || pathItem === null) return;
  for (const method of HTTP_METHODS) {
    const operation = (pathItem as Node)[method];
    if (typeof operation === 'object' && operation !== null && !Array.isArray(operation))
      yield [method, operation as Node];
  }
}

/**
 * Every operation of a bundled document, in document order: paths as declared, methods in field order. A Path Item
 * that is a `$ref` is not followed here; `loadSurface` (load.ts) does that with the pointers it reports.
 */
export function* eachOperation(
  document: unknown,
): Generator<{ pathTemplate: string; method: HttpMethod; pathItem: Node; operation: Node }> {
  const paths = typeof document === 'object' && document !== null ? (document as Node).paths : undefined;
  if (typeof paths !== 'object' || paths === null) return;
  for (const [pathTemplate, pathItem] of Object.entries(paths as Node)) {
    for (const [method, operation] of pathItemOperations(pathItem)) {
      yield { pathTemplate, method, pathItem: pathItem as Node, operation };
    }
  }
}
