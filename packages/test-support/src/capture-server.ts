// A server that records exactly what arrives on the wire (method, path with query, headers, raw body bytes) and
// answers with whatever the test says.
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { beforeEach } from 'vitest';
import { forTheFile } from './for-the-file.js';
import { listen, type RunningServer } from './server.js';

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
  /** A string is sent as text/plain, anything else as JSON. */
  body?: unknown;
}

export interface CaptureServer extends RunningServer {
  requests: CapturedRequest[];
  /**
   * Answers for the next requests, in order (a function answers from what arrived, e.g. to echo it); after they run
   * out every request gets `{"statusCode":0}`.
   */
  replies: (Reply | ((request: CapturedRequest) => Reply))[];
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
  const running = await listen((request, response) => {
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
  return { ...running, requests, replies };
}

/**
 * A capture server for the whole test file: started before its tests, emptied (requests and replies) before each,
 * closed after them. Call it at the top of a file or a describe block.
 */
export function useCaptureServer(): CaptureServer {
  const capture = forTheFile('useCaptureServer', startCaptureServer, (server) => server.close());
  beforeEach(() => {
    capture.requests.length = 0;
    capture.replies.length = 0;
  });
  return capture;
}
