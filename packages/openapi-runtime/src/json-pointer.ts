// JSON Pointer (RFC 6901) helpers for pointers into a loaded OpenAPI document. Browser-safe.
// Pointers in this package are written `#/paths/~1x/get`: a `#` followed by an RFC 6901 pointer, NOT
// percent-encoded (so `{id}` stays readable). `$ref` values in documents are URI fragments and are
// percent-decoded first (RFC 6901 §6).

import { DocumentError } from './document-error.js';

export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function appendPointer(pointer: string, ...segments: (string | number)[]): string {
  return pointer + segments.map((segment) => `/${escapePointerSegment(segment)}`).join('');
}

/** `#/a/b` → the value at that place in `document`, or undefined. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (typeof pointer !== 'string' || !pointer.startsWith('#')) return undefined;
  let value: unknown = document;
  for (const segment of pointer.slice(1).split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    const key = unescapePointerSegment(segment);
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** `#/a/b` → `#/a/b` with every segment percent-encoded, for use as a URI fragment (AJV `$ref`s). */
export function pointerToFragment(pointer: string): string {
  return (
    '#' +
    pointer
      .slice(1)
      .split('/')
      .map((segment) => encodeURIComponent(segment))
      .join('/')
  );
}

/**
 * Follow `$ref`s (internal `#/...` only) from `value` found at `pointer`. Returns the target and its pointer.
 * OpenAPI 3.1 lets a Reference Object carry `summary`/`description` beside `$ref`; they are ignored here.
 * Throws DocumentError for an external, malformed, circular or unresolvable `$ref`.
 */
export function followRefs<T = unknown>(
  document: unknown,
  value: unknown,
  pointer: string,
): { value: T; pointer: string } {
  const seen = new Set<string>();
  while (value !== null && typeof value === 'object' && typeof (value as { $ref?: unknown }).$ref === 'string') {
    const ref = (value as { $ref: string }).$ref;
    if (!ref.startsWith('#')) {
      throw new DocumentError(
        `External $ref '${ref}' at ${pointer}: load a bundled document (redocly bundle) instead.`,
        pointer,
      );
    }
    let target: string;
    try {
      target = decodeURIComponent(ref);
    } catch {
      throw new DocumentError(`Malformed $ref '${ref}' at ${pointer}: not a percent-encoded URI fragment.`, pointer);
    }
    if (seen.has(target)) throw new DocumentError(`Circular $ref '${ref}' at ${pointer}.`, pointer);
    seen.add(target);
    value = resolvePointer(document, target);
    if (value === undefined) throw new DocumentError(`Unresolvable $ref '${ref}' at ${pointer}.`, pointer);
    pointer = target;
  }
  return { value: value as T, pointer };
}
