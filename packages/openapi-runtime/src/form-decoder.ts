// Decode `application/x-www-form-urlencoded` bodies and query strings. Browser-safe: URLSearchParams only.
//
// Hand-rolled over URLSearchParams rather than qs, because qs (6.14, default options) turns `userData[0]=x` into an
// array, merges `userData=foo&userData[k]=v` into one value, silently drops `userData[__proto__]=x`, and nests deeper
// than the one level deepObject defines (OpenAPI 3.1.0, Parameter Object › Style Values).
//
// Linear in the body's size (issue #9 item 1): values are collected in per-name lists and turned into the result
// object once at the end. The first version copied the array on every repeat of a name and searched it on every
// `name[k]` after plain `name=` values, so a 280 KB body of one repeated key took 25 s.

import { DEFAULT_DECODE_LIMITS, RequestLimitError, resolveLimits, type DecodeLimits } from './limits.js';

function setOwn(target: Record<string, unknown>, name: string, value: unknown): void {
  // defineProperty, so a name `__proto__` becomes data instead of replacing the prototype.
  if (name === '__proto__') {
    Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  } else target[name] = value;
}

/**
 * Collects decoded name/value pairs (form pairs or multipart parts) into one object: repeated names become arrays,
 * `name[key]` nests one level. Each `add` is O(length of the name): a repeat pushes onto the array (values are
 * strings or file objects, never arrays, so every array in `result` is one this class made), and the maps are found
 * by name, not by searching the values. `userData=foo&userData[k]=v` keeps both (`['foo', {k: 'v'}]`) so
 * validation reports the malformed body instead of hiding `foo`.
 */
export class FormFields {
  readonly result: Record<string, unknown> = {};
  private maps: Map<string, FormFields> | undefined;

  constructor(private readonly maxDepth: number = DEFAULT_DECODE_LIMITS.maxDepth) {}

  add(name: string, value: unknown): void {
    const open = name.indexOf('[');
    if (open !== -1) {
      let brackets = 0;
      for (let at = open; at !== -1; at = name.indexOf('[', at + 1)) {
        if (++brackets > this.maxDepth) throw new RequestLimitError('maxDepth', this.maxDepth, 'in a form name');
      }
      // `outer[inner]` with exactly one bracket pair at the end and text on both sides; anything else (`a[b][c]`,
      // `a[]`, `a]b`) stays a literal name, as deepObject defines one level only.
      const close = name.indexOf(']');
      if (brackets === 1 && open > 0 && close === name.length - 1 && close > open + 1) {
        const outer = name.slice(0, open);
        this.maps ??= new Map();
        let map = this.maps.get(outer);
        if (!map) {
          this.maps.set(outer, (map = new FormFields(this.maxDepth)));
          this.append(outer, map.result);
        }
        map.append(name.slice(open + 1, close), value);
        return;
      }
    }
    this.append(name, value);
  }

  private append(name: string, value: unknown): void {
    const { result } = this;
    if (!Object.hasOwn(result, name)) return setOwn(result, name, value);
    const existing = result[name];
    if (Array.isArray(existing)) existing.push(value);
    else setOwn(result, name, [existing, value]);
  }
}

/** Count the pairs URLSearchParams will produce (non-empty `&`-separated sequences) and refuse more than `max`
 * before any of them is decoded (WHATWG URL, application/x-www-form-urlencoded parser, step 1-2). */
function checkPairs(text: string, max: number): void {
  let pairs = 0;
  let start = text.charCodeAt(0) === 0x3f /* ? */ ? 1 : 0;
  while (start <= text.length) {
    let end = text.indexOf('&', start);
    if (end === -1) end = text.length;
    if (end > start && ++pairs > max) throw new RequestLimitError('maxPairs', max, 'in the form body');
    start = end + 1;
  }
}

/**
 * `a=1&a=2&userData[k]=v&flag=true` → `{a: ['1', '2'], userData: {k: 'v'}, flag: 'true'}`. Values stay strings
 * (validators coerce them against the schema). Names with more than one bracket pair (`a[b][c]`) or empty brackets
 * (`a[]`) are kept as literal keys. A leading `?` is ignored, so `url.search` works too.
 *
 * Throws RequestLimitError when the text has more than `limits.maxPairs` pairs (default 10,000) or a name has more
 * than `limits.maxDepth` `[` (default 32), and TypeError when `text` is not a string.
 */
export function decodeFormBody(text: string, limits?: DecodeLimits): Record<string, unknown> {
  if (typeof text !== 'string') throw new TypeError(`decodeFormBody expects a string, received ${typeof text}.`);
  const { maxPairs, maxDepth } = resolveLimits(limits);
  checkPairs(text, maxPairs);
  const fields = new FormFields(maxDepth);
  for (const [name, value] of new URLSearchParams(text)) fields.add(name, value);
  return fields.result;
}
