// Write request bodies the way the contracts declare them. Browser-safe: the client bundles this module, so it
// uses only web platform globals (URLSearchParams, FormData, Blob) and no dependencies.
//
// Objects default to deepObject (`userData[OrderNumber]=ABC`), not OpenAPI's `form` default (OpenAPI 3.1.0,
// Encoding Object › `style`), because every bracketed map in these contracts is declared deepObject (contract decision 6) and
// openapi-fetch's own default writes `userData=[object Object]` (toolchain notes). An Encoding Object with
// `style: form` switches a property back.

import type { EncodingObject } from './openapi-types.js';
import { isJsonMediaType, parseMediaType } from './media-type.js';

export type { EncodingObject } from './openapi-types.js';

/** Encoding Objects by property name: the `encoding` map of an OpenAPI Media Type Object. */
export type BodyEncoding = Record<string, EncodingObject | undefined>;

type Append = (name: string, value: string) => void;

function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value); // deeper than one level: JSON text, see README
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !isBinary(value)
  );
}

function isBinary(value: unknown): value is Blob | ArrayBuffer | ArrayBufferView {
  return (
    (typeof Blob !== 'undefined' && value instanceof Blob) || value instanceof ArrayBuffer || ArrayBuffer.isView(value)
  );
}

/** One property, following its Encoding Object. Undefined and null are skipped (nothing on the wire). */
function writeProperty(append: Append, name: string, value: unknown, encoding: EncodingObject = {}): void {
  if (value === undefined || value === null) return;
  const explode =
    encoding.explode ?? (encoding.style === undefined || encoding.style === 'form' || encoding.style === 'deepObject');
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined && item !== null);
    // OpenAPI 3.1.0, Parameter Object › Style Examples: form+explode repeats the key; without explode the items are joined
    // with commas (form), spaces (spaceDelimited) or pipes (pipeDelimited).
    const delimiter = encoding.style === 'spaceDelimited' ? ' ' : encoding.style === 'pipeDelimited' ? '|' : ',';
    if (explode) items.forEach((item) => append(name, scalar(item)));
    else if (items.length) append(name, items.map(scalar).join(delimiter));
    return;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
    if (encoding.contentType && isJsonMediaType(parseMediaType(encoding.contentType))) {
      append(name, JSON.stringify(value));
    } else if (encoding.style === 'form' && explode) {
      for (const [key, item] of entries) writeProperty(append, key, item, { style: 'form' });
    } else if (encoding.style === 'form') {
      append(name, entries.flatMap(([key, item]) => [key, scalar(item)]).join(','));
    } else {
      for (const [key, item] of entries) {
        for (const one of Array.isArray(item) ? item : [item]) append(`${name}[${key}]`, scalar(one));
      }
    }
    return;
  }
  append(name, scalar(value));
}

/**
 * An `application/x-www-form-urlencoded` body. `toString()` percent-encodes the brackets
 * (`userData%5BOrderNumber%5D=ABC`), which every form decoder reads back as `userData[OrderNumber]`
 * (WHATWG URL §5.1, application/x-www-form-urlencoded parsing decodes names before anything looks at them).
 */
export function encodeFormBody(value: Record<string, unknown>, encoding: BodyEncoding = {}): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, item] of Object.entries(value ?? {})) {
    writeProperty((key, text) => form.append(key, text), name, item, encoding[name]);
  }
  return form;
}

function appendBinary(form: FormData, name: string, value: Blob | ArrayBuffer | ArrayBufferView): void {
  const blob = value instanceof Blob ? value : new Blob([value as ArrayBuffer], { type: 'application/octet-stream' });
  const filename = typeof (blob as File).name === 'string' && (blob as File).name ? (blob as File).name : 'blob';
  form.append(name, blob, filename);
}

/**
 * A `multipart/form-data` body. Blob/File values (and ArrayBuffer/typed arrays) become file parts named after the
 * File (`blob` otherwise); other values become text parts written like a form body (objects deepObject-bracketed,
 * arrays as repeated parts). Send it without a Content-Type header so fetch adds the boundary.
 */
export function encodeMultipartBody(value: Record<string, unknown>, encoding: BodyEncoding = {}): FormData {
  const form = new FormData();
  for (const [name, item] of Object.entries(value ?? {})) {
    const items = Array.isArray(item) ? item : [item];
    if (items.some(isBinary)) {
      for (const one of items) {
        if (isBinary(one)) appendBinary(form, name, one);
        else if (one !== undefined && one !== null) form.append(name, scalar(one));
      }
    } else {
      writeProperty((key, text) => form.append(key, text), name, item, encoding[name]);
    }
  }
  return form;
}

export interface SerializedBody {
  body: string | FormData | Blob | ArrayBuffer | ArrayBufferView;
  /** The Content-Type to send; undefined for multipart, where fetch must add the boundary itself. */
  contentType: string | undefined;
}

/** Serialize `value` for the declared `contentType` (a key of the operation's `content` map, or a header value). */
export function serializeBody(contentType: string, value: unknown, encoding: BodyEncoding = {}): SerializedBody {
  const mediaType = parseMediaType(contentType);
  if (!mediaType) throw new TypeError(`Cannot serialize a body for '${contentType}': not a media type.`);
  if (isJsonMediaType(mediaType)) return { body: JSON.stringify(value), contentType };
  if (mediaType.essence === 'application/x-www-form-urlencoded') {
    return { body: encodeFormBody(value as Record<string, unknown>, encoding).toString(), contentType };
  }
  if (mediaType.essence === 'multipart/form-data') {
    return { body: encodeMultipartBody(value as Record<string, unknown>, encoding), contentType: undefined };
  }
  if (typeof value === 'string' || isBinary(value)) return { body: value, contentType };
  if (mediaType.type === 'text' && (typeof value === 'number' || typeof value === 'boolean')) {
    return { body: String(value), contentType };
  }
  throw new TypeError(`Cannot serialize a ${typeof value} as '${contentType}': pass a string or binary body.`);
}
