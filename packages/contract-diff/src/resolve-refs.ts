/**
 * Internal $ref resolution over a bundled document. The engine never inlines a document (recursive schemas would
 * never end); it follows a `#/...` reference only when it looks at a node, and reports where the node really lives.
 * External references are refused: bundle first (`redocly bundle`), as the CLI does.
 */
import { unescapePointerSegment } from '@cx-contracts/openapi-runtime';
import type { OpenApiDocument } from './types.js';

// RFC 6901 escaping lives in the runtime (README, "What the runtime owns"); re-exported for this package's callers.
export { appendPointer, escapePointerSegment } from '@cx-contracts/openapi-runtime';

/** A node together with the JSON pointer where it lives in its document. */
export interface Located {
  node: unknown;
  pointer: string;
}

export function getByPointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  if (!pointer.startsWith('/')) return undefined;
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = unescapePointerSegment(raw);
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

export class UnresolvableRefError extends Error {}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function refOf(node: unknown): string | undefined {
  return isObject(node) && typeof node.$ref === 'string' ? node.$ref : undefined;
}

/**
 * Follow a chain of Reference Objects to the node they name. Sibling keys of a Reference Object (OpenAPI 3.1 allows
 * only `summary` and `description`, §4.8.23) carry no contract and are dropped here; schemas are different and keep
 * theirs (normalize-schema.ts treats `$ref` plus siblings as an allOf, as JSON Schema 2020-12 §8.2.3.1 does).
 */
export function resolve(doc: OpenApiDocument, located: Located): Located {
  let current = located;
  const seen = new Set<string>();
  for (let ref = refOf(current.node); ref !== undefined; ref = refOf(current.node)) {
    if (seen.has(ref))
      throw new UnresolvableRefError(`circular $ref chain through '${ref}' at ${located.pointer || '/'}`);
    seen.add(ref);
    current = followRef(doc, ref, current.pointer);
  }
  return current;
}

/** One step: the node a `#/...` reference names, and its pointer. */
export function followRef(doc: OpenApiDocument, ref: string, at: string): Located {
  if (!ref.startsWith('#')) {
    throw new UnresolvableRefError(
      `external $ref '${ref}' at ${at || '/'}: bundle the document first (redocly bundle)`,
    );
  }
  const pointer = decodePointer(ref.slice(1));
  const target = getByPointer(doc, pointer);
  if (target === undefined) throw new UnresolvableRefError(`$ref '${ref}' at ${at || '/'} points at nothing`);
  return { node: target, pointer };
}

/** A $ref value may percent-encode its pointer (RFC 6901 §6); locations are reported decoded. */
function decodePointer(pointer: string): string {
  try {
    return decodeURIComponent(pointer);
  } catch {
    return pointer;
  }
}

/** Does the document still hold a reference the engine cannot follow (a file or URL)? */
export function hasExternalRefs(node: unknown, seen = new Set<unknown>()): boolean {
  if (node === null || typeof node !== 'object' || seen.has(node)) return false;
  seen.add(node);
  if (Array.isArray(node)) return node.some((item) => hasExternalRefs(item, seen));
  const ref = (node as Record<string, unknown>).$ref;
  if (typeof ref === 'string' && !ref.startsWith('#')) return true;
  return Object.values(node).some((value) => hasExternalRefs(value, seen));
}
