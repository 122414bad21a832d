// Read request bodies off the wire. Node only (busboy); the browser-safe pieces (form and JSON decoding, media
// types, limits) live in their own modules and are re-exported here.

import busboy from 'busboy';
import type { Readable } from 'node:stream';
import { FormFields } from './form-decoder.js';
import { RequestLimitError, resolveLimits, type DecodeLimits } from './limits.js';

export { decodeFormBody, FormFields } from './form-decoder.js';
export { parseJsonBody } from './json-body.js';
export { DEFAULT_DECODE_LIMITS, DEFAULT_JSON_MAX_DEPTH, RequestLimitError } from './limits.js';
export type { DecodeLimits } from './limits.js';
export { mediaTypeMatches, parseMediaType, pickMediaType } from './media-type.js';
export type { MediaType } from './media-type.js';

export interface MultipartFile {
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export function isFile(value: unknown): value is MultipartFile {
  return (
    typeof value === 'object' && value !== null && Buffer.isBuffer((value as MultipartFile).data) && 'filename' in value
  );
}

/** Busboy's limits, plus the DecodeLimits `maxParts` (fields and files together) and `maxDepth` (`[` per name). */
export interface MultipartLimits extends DecodeLimits {
  /** Whole body, bytes. Default 10 MiB. */
  totalSize?: number;
  /** Each file, bytes. Default 5 MiB. */
  fileSize?: number;
  /** Number of file parts. Default 10. */
  files?: number;
  /** Number of non-file parts. Default 200. */
  fields?: number;
  /** Each field value, bytes. Default 100 KiB. */
  fieldSize?: number;
  /** Each part name, bytes. Default 1000 (busboy's own default of 100 cuts long `userData[...]` names). */
  fieldNameSize?: number;
}

export const DEFAULT_MULTIPART_LIMITS: Required<Omit<MultipartLimits, keyof DecodeLimits>> = {
  totalSize: 10 * 1024 * 1024,
  fileSize: 5 * 1024 * 1024,
  files: 10,
  fields: 200,
  fieldSize: 100 * 1024,
  fieldNameSize: 1000,
};

export type MultipartErrorCode =
  | 'not-multipart'
  | 'malformed'
  | 'total-size-limit'
  | 'file-size-limit'
  | 'files-limit'
  | 'fields-limit'
  | 'field-size-limit';

/** Every way decodeMultipartBody can fail. A server answers `malformed`/`not-multipart` with 400, limits with 413. */
export class MultipartError extends Error {
  constructor(
    readonly code: MultipartErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MultipartError';
  }
}

/**
 * Parse a `multipart/form-data` body. Text parts become strings, file parts `{filename, contentType, size, data}`;
 * part names follow decodeFormBody (repeats → arrays, `name[key]` → one level of nesting). Rejects with a
 * MultipartError (busboy's limits, malformed bodies) or a RequestLimitError (more than `maxParts` parts, default
 * 1,000; a name with more than `maxDepth` `[`, default 32), never hangs: on failure it stops parsing and drains (does not destroy) a stream `input`, so a
 * server can still answer. Names and filenames are read as UTF-8, as browsers send them (WHATWG HTML,
 * "multipart/form-data encoding algorithm"), not busboy's latin1 default.
 */
export function decodeMultipartBody(
  input: Readable | Uint8Array,
  contentType: string,
  limits: MultipartLimits = {},
): Promise<Record<string, unknown>> {
  const max = { ...DEFAULT_MULTIPART_LIMITS, ...limits };
  return new Promise((resolve, reject) => {
    let decodeLimits: Required<DecodeLimits>;
    try {
      decodeLimits = resolveLimits(limits);
    } catch (error) {
      reject(error);
      return;
    }
    const { maxParts, maxDepth } = decodeLimits;
    const fields = new FormFields(maxDepth);
    let settled = false;
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { 'content-type': contentType },
        defParamCharset: 'utf8',
        limits: {
          fileSize: max.fileSize,
          files: max.files,
          fields: max.fields,
          fieldSize: max.fieldSize,
          fieldNameSize: max.fieldNameSize,
          // busboy emits 'partsLimit' on reaching `parts`, not on passing it: one more, so exactly maxParts is fine.
          parts: maxParts + 1,
        },
      });
    } catch (error) {
      // busboy throws synchronously for a non-multipart type or a missing boundary.
      const message = (error as Error).message;
      reject(
        new MultipartError(
          /boundary/i.test(message) ? 'malformed' : 'not-multipart',
          `Cannot read multipart body: ${message}.`,
        ),
      );
      return;
    }

    const stream = input instanceof Uint8Array ? undefined : input;
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > max.totalSize) fail('total-size-limit', `Multipart body exceeds ${max.totalSize} bytes.`);
      else if (!parser.write(chunk)) stream?.pause();
    };
    const onEnd = () => parser.end();
    const onError = (error: Error) => fail('malformed', `Multipart body stream failed: ${error.message}.`);

    function fail(code: MultipartErrorCode | RequestLimitError, message = ''): void {
      if (settled) return;
      settled = true;
      if (stream) {
        stream.off('data', onData).off('end', onEnd); // onError stays: a late stream error must not go unhandled
        stream.resume(); // drain the rest so the caller can still respond on this connection
      }
      // The parser is abandoned, not destroyed: destroying busboy from inside its own callbacks (a 'limit' event
      // fires mid-write) breaks its internal state. It holds no resources; its later events find `settled` set.
      reject(code instanceof RequestLimitError ? code : new MultipartError(code, message));
    }

    /** FormFields refuses a name nested deeper than maxDepth; that ends the parse like any other limit. */
    function add(name: string, value: unknown): void {
      try {
        fields.add(name, value);
      } catch (error) {
        if (error instanceof RequestLimitError) fail(error);
        else throw error;
      }
    }

    // busboy 1.6.0 keeps parsing the rest of a chunk after the close delimiter (`--boundary--`), so parts in the
    // epilogue are emitted, and a file part there never ends: the parse hung (found by the property test). Parts
    // after the end are refused as malformed. `_complete` is busboy's own flag (lib/types/multipart.js), pinned.
    const afterEnd = () => (parser as unknown as { _complete?: boolean })._complete === true;
    parser.on('field', (name, value, info) => {
      if (afterEnd()) return fail('malformed', 'Multipart part after the closing boundary.');
      if (info.nameTruncated) return fail('malformed', `Multipart part name longer than ${max.fieldNameSize} bytes.`);
      if (info.valueTruncated)
        return fail('field-size-limit', `Multipart field '${name}' exceeds ${max.fieldSize} bytes.`);
      add(name, value);
    });
    parser.on('file', (name, file, info) => {
      if (afterEnd()) return fail('malformed', 'Multipart part after the closing boundary.');
      const chunks: Buffer[] = [];
      let size = 0;
      file.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
      });
      file.on('limit', () => fail('file-size-limit', `Multipart file '${name}' exceeds ${max.fileSize} bytes.`));
      file.on('error', (error: Error) => fail('malformed', `Malformed multipart body: ${error.message}.`));
      file.on('end', () => {
        if (settled) return;
        const data = Buffer.concat(chunks, size);
        add(name, { filename: info.filename ?? '', contentType: info.mimeType, size, data });
      });
    });
    parser.on('filesLimit', () => fail('files-limit', `Multipart body has more than ${max.files} files.`));
    parser.on('partsLimit', () => fail(new RequestLimitError('maxParts', maxParts, 'in the multipart body')));
    parser.on('fieldsLimit', () => fail('fields-limit', `Multipart body has more than ${max.fields} fields.`));
    parser.on('error', (error: Error) => fail('malformed', `Malformed multipart body: ${error.message}.`));
    // busboy emits 'close' once every part, including the last file stream, has been read.
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      resolve(fields.result);
    });
    parser.on('drain', () => stream?.resume());

    if (stream) {
      stream.on('data', onData).on('end', onEnd).on('error', onError);
    } else if ((input as Uint8Array).length > max.totalSize) {
      fail('total-size-limit', `Multipart body exceeds ${max.totalSize} bytes.`);
    } else {
      const bytes = input as Uint8Array;
      parser.end(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }
  });
}
