/**
 * Reading one OpenAPI document from a file (`--base-file`, `--head-file`). A self-contained file is parsed as is;
 * one that still references other files is bundled first.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { CouldNotRunError } from '@cx-contracts/openapi-runtime';
import { assertRedocly, bundleDocument } from './redocly-bundle.js';
import { hasExternalRefs, isObject } from './resolve-refs.js';

export async function loadDocumentFile(file: string, label: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CouldNotRunError(
      `cannot read ${label} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; check the path`,
    );
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new CouldNotRunError(
      `${label} ${file} is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  assertOpenApi(doc, `${label} ${file}`);
  if (!hasExternalRefs(doc)) return doc;
  assertRedocly();
  return bundleDocument(file, `${label} ${file}`);
}

export function assertOpenApi(doc: unknown, label: string): asserts doc is Record<string, unknown> {
  if (!isObject(doc) || typeof doc.openapi !== 'string') {
    throw new CouldNotRunError(`${label} is not an OpenAPI document (no top-level \`openapi\` field)`);
  }
  if (!doc.openapi.startsWith('3.')) {
    throw new CouldNotRunError(`${label} is OpenAPI ${doc.openapi}; only 3.x documents are compared`);
  }
}
