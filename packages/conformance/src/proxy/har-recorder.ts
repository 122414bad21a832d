import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isSensitiveHeader, REDACTED } from '../http/redactor.js';
import type { ObservedExchange } from '../passive/observed-exchange.js';

/**
 * What passed through the proxy, as HAR 1.2 (`--har FILE`), readable by check-har and any HAR viewer. Credential
 * headers (Authorization, x-api-key, cookies, …) are written as [redacted]: a recording is shared more widely than
 * the traffic it came from. Bodies are written as text when UTF-8, else base64.
 */
export class HarRecorder {
  private readonly entries: unknown[] = [];

  constructor(private readonly maxEntries = 10_000) {}

  add(exchange: ObservedExchange, startedMs: number): void {
    if (this.entries.length >= this.maxEntries) this.entries.shift();
    const url = new URL(exchange.url);
    this.entries.push({
      startedDateTime: new Date(performance.timeOrigin + startedMs).toISOString(),
      time: Math.round(exchange.timeMs ?? 0),
      request: {
        method: exchange.method,
        url: url.href,
        httpVersion: 'HTTP/1.1',
        headers: harHeaders(exchange.requestHeaders),
        queryString: [...url.searchParams].map(([name, value]) => ({
          name,
          value: isSensitiveHeader(name) ? REDACTED : value,
        })),
        cookies: [],
        headersSize: -1,
        bodySize: exchange.requestBody?.byteLength ?? 0,
        ...(exchange.requestBody
          ? {
              postData: {
                mimeType: exchange.requestHeaders['content-type'] ?? '',
                ...content(exchange.requestBody),
              },
            }
          : {}),
      },
      response: {
        status: exchange.status ?? 0,
        statusText: '',
        httpVersion: 'HTTP/1.1',
        headers: harHeaders(exchange.responseHeaders),
        cookies: [],
        content: {
          size: exchange.responseBody?.byteLength ?? 0,
          mimeType: exchange.responseHeaders['content-type'] ?? '',
          ...(exchange.responseBody ? content(exchange.responseBody) : {}),
        },
        redirectURL: '',
        headersSize: -1,
        bodySize: -1,
      },
      cache: {},
      timings: { send: 0, wait: Math.round(exchange.timeMs ?? 0), receive: 0 },
    });
  }

  async write(file: string): Promise<void> {
    const har = {
      log: { version: '1.2', creator: { name: 'cx-conformance proxy', version: '1' }, entries: this.entries },
    };
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, `${JSON.stringify(har, null, 1)}\n`);
  }
}

function harHeaders(headers: Record<string, string>): Array<{ name: string; value: string }> {
  return Object.entries(headers).map(([name, value]) => ({ name, value: isSensitiveHeader(name) ? REDACTED : value }));
}

function content(bytes: Uint8Array): { text: string; encoding?: 'base64' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
  }
}
