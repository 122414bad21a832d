import type { HttpRequest } from './http-client.js';
import { isSensitiveHeader } from './redactor.js';

/** What the suite sent as credentials, so the command can name them by placeholder instead of value. */
export interface CurlCredentials {
  apiKey?: string;
  basic?: string;
}

/**
 * A shell command (POSIX sh) that sends the same request again (issue 12 item 6). Credentials never appear: Basic
 * becomes `-u "$CX_BASIC"`, the API key `$CX_API_KEY`, any other credential header `$CX_<HEADER_NAME>`, so the
 * command can be pasted into a report and run by someone who exports their own. `--compressed` stands for the
 * Accept-Encoding the suite sends.
 */
export function toCurl(request: HttpRequest, credentials: CurlCredentials = {}): string {
  const parts = ['curl', '-sS', '-i', '--compressed'];
  if (request.method !== 'GET') parts.push('-X', quote(request.method));
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if (lower === 'accept-encoding' || lower === 'content-length') continue;
    if (lower === 'authorization' && credentials.basic && /^basic /i.test(value)) parts.push('-u', '"$CX_BASIC"');
    else if (credentials.apiKey !== undefined && value === credentials.apiKey)
      parts.push('-H', `"${name}: $CX_API_KEY"`);
    else if (isSensitiveHeader(name))
      parts.push('-H', `"${name}: $CX_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}"`);
    else parts.push('-H', quote(`${name}: ${value}`));
  }
  if (request.body !== undefined) {
    const text = typeof request.body === 'string' ? request.body : utf8(request.body);
    parts.push('--data-binary', text === undefined ? '@body.bin # binary body, not shown' : quote(text));
  }
  parts.push(quote(request.url));
  return parts.join(' ');
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Single quotes keep everything literal in sh; a quote inside is closed, escaped and reopened. */
function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
