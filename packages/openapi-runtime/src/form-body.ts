// Form bodies (`application/x-www-form-urlencoded`), browser-safe: URLSearchParams only, no Node imports, so the
// sandbox (packages/sandbox) decodes them the same way in a server, a service worker and a test runner.
// decodeFormBody is hand-rolled over URLSearchParams rather than qs, because qs (6.14, default options) turns
// `userData[0]=x` into an array, merges `userData=foo&userData[k]=v` into one value, silently drops
// `userData[__proto__]=x`, and nests deeper than the one level deepObject defines (OpenAPI 3.1.0, Parameter Object › Style Values).
// The inverse of encodeFormBody fits in the few lines below and keeps encode/decode symmetric.

import type { MultipartFile } from './decoders.js';

const BRACKETED = /^([^[\]]+)\[([^[\]]+)\]$/;

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, so a key named `__proto__` becomes data instead of replacing the prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Add one decoded pair: repeated names collect into arrays, `name[key]` nests one level. */
export function addFormValue(target: Record<string, unknown>, name: string, value: unknown): void {
  const bracketed = BRACKETED.exec(name);
  if (bracketed) {
    const [, outer, inner] = bracketed;
    let map = Object.hasOwn(target, outer) ? target[outer] : undefined;
    if (map === undefined) setOwn(target, outer, (map = {}));
    // `userData=foo&userData[k]=v` is malformed; keep both so validation reports it instead of hiding `foo`.
    if (typeof map !== 'object' || map === null || Array.isArray(map) || isFile(map)) {
      const items = Array.isArray(map) ? map : [map];
      let nested = items.find((item) => typeof item === 'object' && item !== null && !isFile(item));
      if (!nested) items.push((nested = {}));
      setOwn(target, outer, items);
      map = nested;
    }
    return addFormValue(map as Record<string, unknown>, inner, value);
  }
  if (!Object.hasOwn(target, name)) return setOwn(target, name, value);
  const existing = target[name];
  setOwn(target, name, Array.isArray(existing) ? [...existing, value] : [existing, value]);
}

/**
 * `a=1&a=2&userData[k]=v&flag=true` → `{a: ['1', '2'], userData: {k: 'v'}, flag: 'true'}`. Values stay strings
 * (validators coerce them against the schema). Names with more than one bracket pair (`a[b][c]`) or empty brackets
 * (`a[]`) are kept as literal keys. A leading `?` is ignored, so `url.search` works too.
 */
export function decodeFormBody(text: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(text)) addFormValue(result, name, value);
  return result;
}

/** A decodeMultipartBody file part, checked structurally (Buffer is a Uint8Array) so this module stays browser-safe. */
export function isFile(value: unknown): value is MultipartFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as MultipartFile).data instanceof Uint8Array &&
    'filename' in value
  );
}
