import { headerRecord } from '@cx-contracts/openapi-runtime';
import type { ObservedExchange } from '../passive/observed-exchange.js';

/**
 * Reads HAR 1.2 (W3C Web Performance WG draft "HTTP Archive (HAR) format", 1.2) as written by Chrome and Firefox
 * devtools, Playwright's `recordHar`, mitmproxy and Charles. The differences between them that matter here:
 * - `content.encoding: "base64"` for binary (and, in mitmproxy and Playwright, any non-UTF-8) bodies;
 * - `content.text` missing when the body was not kept (Firefox without "save response bodies", Chrome for
 *   redirects and cached answers, Playwright `content: 'omit'`): only status and headers are judged then;
 * - `postData` with `text`, or with only `params` (Charles, Firefox for forms), or both (Chrome);
 * - custom fields start with `_` (`_resourceType`, `_transferSize`, `_securityDetails`) and are ignored;
 * - HTTP/2 pseudo-headers (`:authority`) in the header lists; `status: 0` for requests that never got an answer.
 */
export interface HarLog {
  creator: string;
  entries: ObservedExchange[];
}

/** The HAR is not usable; the message names the entry and field (`log.entries[3].request.url is missing`). */
export class HarError extends Error {}

type Node = Record<string, unknown>;

export function parseHar(text: string): HarLog {
  let root: unknown;
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new HarError(`the file is not JSON: ${(error as Error).message}`);
  }
  const log = field(root, 'log', '');
  const entries = log.entries;
  if (!Array.isArray(entries)) throw new HarError('log.entries is missing or not an array (not a HAR 1.2 file)');
  const creator = (log.creator as Node | undefined)?.name;
  return {
    creator: typeof creator === 'string' ? creator : 'unknown',
    entries: entries.map((entry, index) => readEntry(entry, `log.entries[${index}]`, index)),
  };
}

function readEntry(entry: unknown, at: string, index: number): ObservedExchange {
  const request = field(entry, 'request', at);
  const response = (entry as Node).response as Node | undefined;
  const method = string(request.method, `${at}.request.method`);
  const url = string(request.url, `${at}.request.url`);
  try {
    new URL(url);
  } catch {
    throw new HarError(`${at}.request.url is not an absolute URL`);
  }
  const requestHeaders = headerRecord(pairs(request.headers, `${at}.request.headers`));
  const exchange: ObservedExchange = {
    method: method.toUpperCase(),
    url,
    requestHeaders,
    responseHeaders: {},
    responseBodyKnown: false,
    label: `entry ${index + 1}`,
  };
  const postData = request.postData as Node | undefined;
  if (postData && typeof postData === 'object') {
    if (typeof postData.mimeType === 'string' && postData.mimeType && !requestHeaders['content-type'])
      requestHeaders['content-type'] = postData.mimeType;
    if (typeof postData.text === 'string') {
      // HAR 1.2 has no `encoding` on postData, but Playwright and mitmproxy write one for binary bodies.
      exchange.requestBody = bytesOf(postData.text, postData.encoding, `${at}.request.postData`);
    } else if (Array.isArray(postData.params)) {
      exchange.requestParams = postData.params.map((param, i) => {
        const p = object(param, `${at}.request.postData.params[${i}]`);
        return {
          name: string(p.name, `${at}.request.postData.params[${i}].name`),
          value: typeof p.value === 'string' ? p.value : '',
          ...(typeof p.fileName === 'string' ? { fileName: p.fileName } : {}),
          ...(typeof p.contentType === 'string' ? { contentType: p.contentType } : {}),
        };
      });
    }
  }
  if (response && typeof response === 'object') {
    exchange.status = typeof response.status === 'number' ? response.status : 0;
    exchange.responseHeaders = headerRecord(pairs(response.headers, `${at}.response.headers`));
    const content = response.content as Node | undefined;
    if (content && typeof content.text === 'string') {
      exchange.responseBody = bytesOf(content.text, content.encoding, `${at}.response.content`);
      exchange.responseBodyKnown = true;
    } else if (content && (content.size === 0 || exchange.status === 204 || exchange.status === 304)) {
      // An empty body is a known body.
      exchange.responseBody = new Uint8Array();
      exchange.responseBodyKnown = true;
    }
    if (
      content &&
      typeof content.mimeType === 'string' &&
      content.mimeType &&
      !exchange.responseHeaders['content-type']
    )
      exchange.responseHeaders['content-type'] = content.mimeType;
  }
  const time = (entry as Node).time;
  if (typeof time === 'number' && time >= 0) exchange.timeMs = time;
  return exchange;
}

function bytesOf(text: string, encoding: unknown, at: string): Uint8Array {
  if (encoding === undefined || encoding === null || encoding === '') return new TextEncoder().encode(text);
  if (encoding !== 'base64') throw new HarError(`${at}.encoding '${String(encoding)}' is not supported (only base64)`);
  return Buffer.from(text, 'base64');
}

function pairs(list: unknown, at: string): Array<[string, string]> {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new HarError(`${at} is not an array`);
  return list.map((item, i) => {
    const header = object(item, `${at}[${i}]`);
    return [string(header.name, `${at}[${i}].name`), typeof header.value === 'string' ? header.value : ''];
  });
}

function field(parent: unknown, name: string, at: string): Node {
  return object((parent as Node | null)?.[name], `${at ? `${at}.` : ''}${name}`);
}

function object(value: unknown, at: string): Node {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new HarError(`${at} is missing or not an object`);
  return value as Node;
}

function string(value: unknown, at: string): string {
  if (typeof value !== 'string' || value === '') throw new HarError(`${at} is missing or not a string`);
  return value;
}
