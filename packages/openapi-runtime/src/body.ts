// Decoding a request body by its media type, into the shape the validators read: JSON (parseJsonBody), form
// (decodeFormBody: `userData[k]=v` → {userData: {k: 'v'}}), multipart (text parts as strings, files as
// {filename, contentType, size, data}), text as a string, anything else as bytes. Browser-safe: multipart is read
// with Fetch's own parser here; Node callers that want busboy's limits and messages pass decodeMultipartBody.
import { decodeFormBody } from './form-decoder.js';
import { parseJsonBody } from './json-body.js';
import { type DecodeLimits, RequestLimitError, resolveLimits } from './limits.js';
import { isJsonMediaType, parseMediaType } from './media-type.js';

export type BodyKind = 'json' | 'form' | 'multipart' | 'text' | 'binary';

export type MultipartReader = (
  bytes: Uint8Array,
  contentType: string,
  limits?: DecodeLimits,
) => Promise<Record<string, unknown>>;

export interface DecodeBodyOptions {
  /** How to read the body; default: from the Content-Type (bodyKind). */
  kind?: BodyKind;
  limits?: DecodeLimits;
  /** Default: decodeMultipartWithFetch. */
  multipart?: MultipartReader;
}

/** How a body sent with this Content-Type is read: JSON and `+json` (RFC 6839), form, multipart, `text/*`, bytes. */
export function bodyKind(contentType: string | null | undefined): BodyKind {
  const mediaType = parseMediaType(contentType);
  if (isJsonMediaType(mediaType)) return 'json';
  if (mediaType?.essence === 'application/x-www-form-urlencoded') return 'form';
  if (mediaType?.essence === 'multipart/form-data') return 'multipart';
  return mediaType?.type === 'text' ? 'text' : 'binary';
}

/**
 * The body decoded as `kind` says. Throws what the decoder throws: SyntaxError (JSON), RequestLimitError (a
 * DecodeLimits cap), the multipart reader's error.
 */
export async function decodeBody(
  bytes: Uint8Array,
  contentType: string,
  options: DecodeBodyOptions = {},
): Promise<unknown> {
  const kind = options.kind ?? bodyKind(contentType);
  if (kind === 'json') return parseJsonBody(new TextDecoder().decode(bytes), options.limits);
  if (kind === 'form') return decodeFormBody(new TextDecoder().decode(bytes), options.limits);
  if (kind === 'multipart') return (options.multipart ?? decodeMultipartWithFetch)(bytes, contentType, options.limits);
  if (kind === 'text') return new TextDecoder().decode(bytes);
  return bytes;
}

/**
 * A multipart body in the shape decodeMultipartBody gives, read by Fetch's parser (browsers, service workers, the
 * sandbox): names nest like form names, `maxParts` and the form limits apply.
 */
export async function decodeMultipartWithFetch(
  bytes: Uint8Array,
  contentType: string,
  limits?: DecodeLimits,
): Promise<Record<string, unknown>> {
  let form: FormData;
  try {
    form = await new Response(bytes.slice(), { headers: { 'content-type': contentType } }).formData();
  } catch (error) {
    // Fetch's parser only says "Failed to parse body as FormData"; name the cause decodeMultipartBody names
    // (decoders.ts) when it is that one, so both decoders explain the same refusal (issue 9 item 1).
    if (partAfterClose(bytes, contentType)) throw new Error('Multipart part after the closing boundary.');
    throw error;
  }
  const fields = new URLSearchParams();
  const files: [string, unknown][] = [];
  const maxParts = resolveLimits(limits).maxParts;
  let parts = 0;
  for (const [name, value] of form) {
    if (++parts > maxParts) throw new RequestLimitError('maxParts', maxParts, 'in the multipart body');
    if (typeof value === 'string') fields.append(name, value);
    else {
      const data = new Uint8Array(await value.arrayBuffer());
      files.push([
        name,
        { filename: value.name, contentType: value.type || 'application/octet-stream', size: data.byteLength, data },
      ]);
    }
  }
  const result = decodeFormBody(fields.toString(), limits);
  for (const [name, file] of files) result[name] = file;
  return result;
}

/** True when a part starts after the close delimiter `--boundary--` (RFC 2046 §5.1.1: that is the epilogue). */
function partAfterClose(bytes: Uint8Array, contentType: string): boolean {
  const boundary = parseMediaType(contentType)?.parameters.boundary;
  if (!boundary) return false;
  const text = new TextDecoder('latin1').decode(bytes);
  const close = text.indexOf(`--${boundary}--`);
  return close !== -1 && text.indexOf(`--${boundary}\r\n`, close + boundary.length + 4) !== -1;
}
