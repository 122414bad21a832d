// Read request bodies off the wire. Node only (busboy); the browser-safe pieces live in form-body.ts and
// media-type.ts and are re-exported here.

import busboy from 'busboy';
import type { Readable } from 'node:stream';
import { addFormValue } from './form-body.js';

export { addFormValue, decodeFormBody, isFile } from './form-body.js';
export { mediaTypeMatches, parseMediaType, pickMediaType } from './media-type.js';
export type { MediaType } from './media-type.js';

export interface MultipartFile {
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface MultipartLimits {
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

export const DEFAULT_MULTIPART_LIMITS: Required<MultipartLimits> = {
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
 * MultipartError, never hangs: on failure it stops parsing and drains (does not destroy) a stream `input`, so a
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
    const result: Record<string, unknown> = {};
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

    function fail(code: MultipartErrorCode, message: string): void {
      if (settled) return;
      settled = true;
      if (stream) {
        stream.off('data', onData).off('end', onEnd); // onError stays: a late stream error must not go unhandled
        stream.resume(); // drain the rest so the caller can still respond on this connection
      }
      // The parser is abandoned, not destroyed: destroying busboy from inside its own callbacks (a 'limit' event
      // fires mid-write) breaks its internal state. It holds no resources; its later events find `settled` set.
      reject(new MultipartError(code, message));
    }

    parser.on('field', (name, value, info) => {
      if (info.nameTruncated) return fail('malformed', `Multipart part name longer than ${max.fieldNameSize} bytes.`);
      if (info.valueTruncated)
        return fail('field-size-limit', `Multipart field '${name}' exceeds ${max.fieldSize} bytes.`);
      addFormValue(result, name, value);
    });
    parser.on('file', (name, file, info) => {
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
        addFormValue(result, name, { filename: info.filename ?? '', contentType: info.mimeType, size, data });
      });
    });
    parser.on('filesLimit', () => fail('files-limit', `Multipart body has more than ${max.files} files.`));
    parser.on('fieldsLimit', () => fail('fields-limit', `Multipart body has more than ${max.fields} fields.`));
    parser.on('error', (error: Error) => fail('malformed', `Malformed multipart body: ${error.message}.`));
    // busboy emits 'close' once every part, including the last file stream, has been read.
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      resolve(result);
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
