// The surfaces and their root documents, from redocly.yaml `apis:` (the one place that names them), and what a
// reference page needs from a bundled document: title, description, operations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './redocly-cli.mjs';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** @returns {{name: string, root: string}[]} */
export function readSurfaces(configFile = path.join(repoRoot, 'redocly.yaml')) {
  const config = parse(readFileSync(configFile, 'utf8'));
  return Object.entries(config.apis ?? {}).map(([name, api]) => ({ name, root: path.resolve(path.dirname(configFile), api.root) }));
}

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
