// Reads a request body with a size limit, and survives the ways a body goes wrong: too large, cut off by the client,
// or a socket error. A body over the limit is still read to its end and thrown away (up to DRAIN_LIMIT) so the
// client, which is usually still uploading, gets to read the 413 instead of a reset connection.
import type { IncomingMessage } from 'node:http';

/** Bodies above this many bytes are thrown away unread past the limit, then the connection is closed. */
export const DRAIN_LIMIT = 32 * 1024 * 1024;

export type BodyResult =
  | { kind: 'body'; bytes: Buffer }
  | { kind: 'too-large'; received: number; keepAlive: boolean }
  | { kind: 'gone' };

export function declaredLength(request: IncomingMessage): number | undefined {
  const header = request.headers['content-length'];
  if (header === undefined) return undefined;
  const length = Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/** True when the request says it carries a body (RFC 9112 §6.3: Content-Length > 0 or Transfer-Encoding). */
export function hasBody(request: IncomingMessage): boolean {
  if (request.headers['transfer-encoding'] !== undefined) return true;
  return (declaredLength(request) ?? 0) > 0;
}

export function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = declaredLength(request);
  if (declared !== undefined && declared > DRAIN_LIMIT) {
    // Not worth reading: answer now and close (mock-server.ts sends Connection: close).
    request.pause();
    return Promise.resolve({ kind: 'too-large', received: declared, keepAlive: false });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const finish = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      request.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received <= limit) chunks.push(chunk);
      else if (received > DRAIN_LIMIT) {
        request.pause();
        finish({ kind: 'too-large', received, keepAlive: false });
      } else chunks.length = 0;
    };
    request.on('data', onData);
    request.once('end', () =>
      finish(
        received > limit
          ? { kind: 'too-large', received, keepAlive: true }
          : { kind: 'body', bytes: Buffer.concat(chunks, received) },
      ),
    );
    // 'close' before 'end' means the client went away mid-body; 'error' is a broken socket. Nobody is left to answer.
    request.once('close', () => finish({ kind: 'gone' }));
    request.once('error', () => finish({ kind: 'gone' }));
  });
}
