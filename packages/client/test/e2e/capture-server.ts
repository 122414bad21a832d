// A server that records exactly what arrives on the wire (method, path with query, headers, raw body bytes) and
// answers with whatever the test says. Listens on 127.0.0.1 with a free port; the test that starts it closes it.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedRequest {
  method: string;
  /** Path and query exactly as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: unknown;
}

export interface CaptureServer {
  baseUrl: string;
  requests: CapturedRequest[];
  /**
   * Answers for the next requests, in order (a function answers from what arrived, e.g. to echo it); after they run
   * out every request gets `{"statusCode":0}`.
   */
  replies: (Reply | ((request: CapturedRequest) => Reply))[];
  close(): Promise<void>;
}

function send(response: ServerResponse, reply: Reply): void {
  const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  const contentType = typeof reply.body === 'string' ? 'text/plain' : 'application/json';
  response.writeHead(reply.status ?? 200, { 'Content-Type': contentType, ...reply.headers });
  response.end(body);
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const replies: CaptureServer['replies'] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const captured = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(captured);
      const reply = replies.shift() ?? { body: { statusCode: 0 } };
      send(response, typeof reply === 'function' ? reply(captured) : reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    replies,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections(); // fetch keeps connections alive; close() alone would wait for them
      }),
  };
}
