// What a reference page needs from a bundled document: title, description, operations. The surfaces themselves come
// from @cx-contracts/spec-bundle (redocly.yaml `apis:`, the one place that names them).
export { readSurfaces } from '@cx-contracts/spec-bundle';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * @typedef {{operationId: string, summary: string, method: string, path: string, tags: string[]}} OperationEntry
 * @param {any} document a bundled OpenAPI document
 * @returns {OperationEntry[]} in document order
 */
export function listOperations(document) {
  const operations = [];
  for (const [pathTemplate, pathItem] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const operation = pathItem?.[method];
      if (!operation) continue;
      operations.push({
        operationId: operation.operationId ?? `${method} ${pathTemplate}`,
        summary: operation.summary ?? '',
        method,
        path: pathTemplate,
        tags: operation.tags ?? [],
      });
    }
  }
  return operations;
}
