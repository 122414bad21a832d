// What a reference page needs from a bundled document: title, description, operations. The surfaces themselves come
// from @cx-contracts/spec-bundle (redocly.yaml `apis:`, the one place that names them).
// Which Path Item fields are operations is the runtime's to say (eachOperation).
import { eachOperation } from '@cx-contracts/openapi-runtime';

export { readSurfaces } from '@cx-contracts/spec-bundle';

/**
 * @typedef {{operationId: string, summary: string, method: string, path: string, tags: string[]}} OperationEntry
 * @param {any} document a bundled OpenAPI document
 * @returns {OperationEntry[]} in document order
 */
export function listOperations(document) {
  const operations = [];
  for (const { pathTemplate, method, operation: node } of eachOperation(document)) {
    const operation = /** @type {any} */ (node);
    operations.push({
      operationId: operation.operationId ?? `${method} ${pathTemplate}`,
      summary: operation.summary ?? '',
      method,
      path: pathTemplate,
      tags: operation.tags ?? [],
    });
  }
  return operations;
}
