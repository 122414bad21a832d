// Read an OpenAPI document from disk. Node only (node:fs), kept apart from load.ts so the browser-safe modules
// never pull node:fs into a bundle.

import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { DocumentError } from './document-error.js';

/**
 * Parse a `.json`, `.yaml` or `.yml` file. Any other extension is read as YAML, a superset of JSON. Rejects with
 * the file system's error, JSON's SyntaxError or YAML's YAMLParseError, or DocumentError when the top level is not
 * an object.
 */
export async function readDocument(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, 'utf8');
  const document: unknown = path.endsWith('.json') ? JSON.parse(text) : parse(text);
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new DocumentError(`${path} does not contain an OpenAPI document (an object at the top level).`);
  }
  return document as Record<string, unknown>;
}
