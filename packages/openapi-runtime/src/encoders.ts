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
// The client reaches media-type parsing through this subpath, the only one it imports (style guide, target layout).
export { isJsonMediaType, parseMediaType } from './media-type.js';

/** Encoding Objects by property name: the `encoding` map of an OpenAPI Media Type Object. */
export type BodyEncoding = Record<string, EncodingObject | undefined>;

type Append = (name: string, value: string) => void;

/**
 * A value the form or multipart encoder refuses because the decoders could not read it back as given (README,
 * "What the form encoder writes"). `path` says where: `userData/Order[1]`. A TypeError, as serializeBody's other
 * refusals are.
 */
export class BodyEncodingError extends TypeError {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`Cannot encode ${path || 'the body'}: ${reason}`);
    this.name = 'BodyEncodingError';
  }
}

// A lone surrogate: URLSearchParams and FormData convert it to U+FFFD (WebIDL USVString), so it would come back
// changed.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(text: string, path: string, what: string): string {
  if (LONE_SURROGATE.test(text))
    throw new BodyEncodingError(path, `${what} contains a lone surrogate (not Unicode text).`);
  return text;
}

/** Name of a field or map key: `[` and `]` would change how the decoder nests it, and an empty map key gives
 * `userData[]`, which the decoder keeps as a literal name (domain-notes §7.3: GMS keys are `userData[<key>]`). */
function checkName(name: string, path: string): string {
  if (/[[\]]/.test(name))
    throw new BodyEncodingError(path, "a name containing '[' or ']' is read back nested differently.");
  return checkText(name, path, 'the name');
}

function scalar(value: unknown, path: string): string {
  switch (typeof value) {
    case 'string':
      return checkText(value, path, 'the value');
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'number':
      if (!Number.isFinite(value))
        throw new BodyEncodingError(path, `${value} has no form text a validator reads back.`);
      return String(value);
    default:
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new BodyEncodingError(path, 'an invalid Date has no ISO form.');
        return value.toISOString();
      }
      // Nested objects used to be written as JSON text and came back as a string; GMS maps are flat
      // `userData[key]=value` strings (domain-notes §2 and §7.3). An Encoding Object with contentType
      // application/json sends a property as JSON text on purpose.
      throw new BodyEncodingError(
        path,
        Array.isArray(value) || isPlainObject(value)
          ? "forms nest one level: a map's values are text or arrays of text (give the property an Encoding Object with contentType: application/json to send JSON text)."
          : `a ${typeof value === 'object' ? 'non-plain object' : typeof value} has no form text.`,
      );
  }
}

/** Items of an exploded array: the decoder rebuilds an array only from two or more repeats. */
function arrayItems(value: unknown[], path: string): unknown[] {
  if (value.some((item) => item === undefined || item === null)) {
    throw new BodyEncodingError(path, 'null or undefined array items would be dropped.');
  }
  if (value.length === 1) {
    throw new BodyEncodingError(
      path,
      'a one-item array is read back as a plain value: send the item itself (the validators coerce it to an array).',
    );
  }
  return value;
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

function jsonText(value: unknown, path: string): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    // Cyclic values and BigInt (TypeError), values nested too deep for the stack (RangeError).
    throw new BodyEncodingError(path, `not JSON-serializable (${(error as Error).message}).`);
  }
}

/** One property, following its Encoding Object. Undefined, null, empty arrays and empty maps write nothing. */
function writeProperty(append: Append, name: string, value: unknown, encoding: EncodingObject = {}): void {
  if (value === undefined || value === null) return;
  const explode =
    encoding.explode ?? (encoding.style === undefined || encoding.style === 'form' || encoding.style === 'deepObject');
  if (encoding.contentType && isJsonMediaType(parseMediaType(encoding.contentType))) {
    append(name, checkText(jsonText(value, name), name, 'the value'));
    return;
  }
  if (Array.isArray(value)) {
    if (!value.length) return;
    // OpenAPI 3.1.0, Parameter Object › Style Examples: form+explode repeats the key; without explode the items are joined
    // with commas (form), spaces (spaceDelimited) or pipes (pipeDelimited).
    if (explode) {
      for (const [index, item] of arrayItems(value, name).entries()) append(name, scalar(item, `${name}/${index}`));
      return;
    }
    const delimiter = encoding.style === 'spaceDelimited' ? ' ' : encoding.style === 'pipeDelimited' ? '|' : ',';
    if (value.some((item) => item === undefined || item === null)) {
      throw new BodyEncodingError(name, 'null or undefined array items would be dropped.');
    }
    const items = value.map((item, index) => scalar(item, `${name}/${index}`));
    if (items.some((item) => item.includes(delimiter))) {
      throw new BodyEncodingError(
        name,
        `an item containing '${delimiter}' cannot be split back out of the joined value.`,
      );
    }
    append(name, items.join(delimiter));
    return;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
    if (encoding.style === 'form' && explode) {
      for (const [key, item] of entries)
        writeProperty(append, checkName(key, `${name}/${key}`), item, { style: 'form' });
    } else if (encoding.style === 'form') {
      append(name, entries.flatMap(([key, item]) => [key, scalar(item, `${name}/${key}`)]).join(','));
    } else {
      if (!name && entries.length) {
        throw new BodyEncodingError(name, 'a map needs a name: `[key]=value` is read back as a literal name.');
      }
      for (const [key, item] of entries) {
        const path = `${name}/${key}`;
        if (!key)
          throw new BodyEncodingError(
            path,
            'an empty map key is written `name[]`, which is read back as a literal name.',
          );
        const field = `${name}[${checkName(key, path)}]`;
        if (!Array.isArray(item)) append(field, scalar(item, path));
        else
          for (const [index, one] of arrayItems(item, path).entries()) append(field, scalar(one, `${path}/${index}`));
      }
    }
    return;
  }
  append(name, scalar(value, name));
}

function checkBody(value: unknown, what: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value))
    throw new TypeError(
      `${what} expects an object of fields, received ${Array.isArray(value) ? 'an array' : typeof value}.`,
    );
  return value;
}

/**
 * An `application/x-www-form-urlencoded` body. `toString()` percent-encodes the brackets
 * (`userData%5BOrderNumber%5D=ABC`), which every form decoder reads back as `userData[OrderNumber]`
 * (WHATWG URL §5.1, application/x-www-form-urlencoded parsing decodes names before anything looks at them).
 * decodeFormBody reads the result back as written (README, "What the form encoder writes"); what it could not
 * read back is refused with a BodyEncodingError.
 */
export function encodeFormBody(value: Record<string, unknown>, encoding: BodyEncoding = {}): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, item] of Object.entries(checkBody(value, 'encodeFormBody'))) {
    writeProperty((key, text) => form.append(key, text), checkName(name, name), item, encoding?.[name]);
  }
  return form;
}

// The multipart serializer (WHATWG HTML, "multipart/form-data encoding algorithm"; undici and browsers) writes `"`,
// CR and LF in names and filenames as %22, %0D, %0A, which busboy does not undo, and turns every bare CR or LF in a
// text value into CRLF. Other control characters make busboy refuse the part header, and busboy reads `\` as a
// quoted-pair escape (RFC 9110 §5.6.4), which the serializer does not write.
const MULTIPART_NAME = /["\\\u0000-\u001f\u007f]/;
const BARE_LINE_BREAK = /\r(?!\n)|(?<!\r)\n/;

function checkPartName(name: string): string {
  if (MULTIPART_NAME.test(name)) {
    throw new BodyEncodingError(
      name,
      "a part name with '\"', '\\' or a control character does not survive the part header.",
    );
  }
  return name;
}

function appendBinary(form: FormData, name: string, value: Blob | ArrayBuffer | ArrayBufferView): void {
  const blob = value instanceof Blob ? value : new Blob([value as ArrayBuffer], { type: 'application/octet-stream' });
  const filename = typeof (blob as File).name === 'string' && (blob as File).name ? (blob as File).name : 'blob';
  // busboy also keeps only the last path segment of a filename, and drops `.` and `..` (its preservePath option).
  if (MULTIPART_NAME.test(filename) || LONE_SURROGATE.test(filename) || /\/|^\.\.?$/.test(filename)) {
    throw new BodyEncodingError(name, `the filename ${JSON.stringify(filename)} does not survive the part header.`);
  }
  form.append(name, blob, filename);
}

/**
 * A `multipart/form-data` body. Blob/File values (and ArrayBuffer/typed arrays) become file parts named after the
 * File (`blob` otherwise); other values become text parts written like a form body (objects deepObject-bracketed,
 * arrays as repeated parts). Send it without a Content-Type header so fetch adds the boundary. Besides what
 * encodeFormBody refuses, refuses empty part names, names and filenames with `"`, `\` or control characters,
 * filenames with `/`, and text with a bare CR or LF.
 */
export function encodeMultipartBody(value: Record<string, unknown>, encoding: BodyEncoding = {}): FormData {
  const form = new FormData();
  const append: Append = (key, text) => {
    if (BARE_LINE_BREAK.test(text)) {
      throw new BodyEncodingError(
        key,
        'the multipart serializer turns a bare CR or LF into CRLF: write line breaks as \\r\\n.',
      );
    }
    form.append(checkPartName(key), text);
  };
  for (const [name, item] of Object.entries(checkBody(value, 'encodeMultipartBody'))) {
    checkPartName(checkName(name, name));
    // busboy skips a part whose name is empty (RFC 7578 §4.2: every part has a name).
    if (!name && item !== undefined && item !== null) throw new BodyEncodingError(name, 'a part needs a name.');
    const items = Array.isArray(item) ? item : [item];
    if (items.some(isBinary)) {
      if (Array.isArray(item)) arrayItems(item, name);
      for (const [index, one] of items.entries()) {
        if (isBinary(one)) appendBinary(form, name, one);
        else append(name, scalar(one, Array.isArray(item) ? `${name}/${index}` : name));
      }
    } else {
      writeProperty(append, name, item, encoding?.[name]);
    }
  }
  return form;
}

export interface SerializedBody {
  body: string | FormData | Blob | ArrayBuffer | ArrayBufferView;
  /** The Content-Type to send; undefined for multipart, where fetch must add the boundary itself. */
  contentType: string | undefined;
}

/**
 * Serialize `value` for the declared `contentType`. Throws TypeError for a media type it cannot write or a value
 * of the wrong kind, and its subclass BodyEncodingError for a value the form/multipart encoders refuse or JSON
 * cannot represent (cycles, BigInt, nesting deeper than the stack).
 */
export function serializeBody(contentType: string, value: unknown, encoding: BodyEncoding = {}): SerializedBody {
  const mediaType = parseMediaType(contentType);
  if (!mediaType) throw new TypeError(`Cannot serialize a body for '${contentType}': not a media type.`);
  if (isJsonMediaType(mediaType)) return { body: jsonText(value, ''), contentType };
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
