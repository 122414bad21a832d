import { toCurl as curlCommand } from '@cx-contracts/openapi-runtime';
import type { HttpRequest } from './http-client.js';
import { isSensitiveHeader } from './redactor.js';

/** What the suite sent as credentials, so the command can name them by placeholder instead of value. */
export interface CurlCredentials {
  apiKey?: string;
  basic?: string;
}

/**
 * A shell command (POSIX sh, the runtime's toCurl) that sends the same request again (issue 12 item 6). Credentials
 * never appear: Basic becomes `-u "$CX_BASIC"`, the API key `$CX_API_KEY`, any other credential header
 * `$CX_<HEADER_NAME>`, so the command can be pasted into a report and run by someone who exports their own.
 * `--compressed` stands for the Accept-Encoding the suite sends.
 */
export function toCurl(request: HttpRequest, credentials: CurlCredentials = {}): string {
  return curlCommand(request, {
    flags: ['-sS', '-i', '--compressed'],
    header(name, value) {
      const lower = name.toLowerCase();
      if (lower === 'accept-encoding' || lower === 'content-length') return [];
      if (lower === 'authorization' && credentials.basic && /^basic /i.test(value)) return ['-u', '"$CX_BASIC"'];
      if (credentials.apiKey !== undefined && value === credentials.apiKey) return ['-H', `"${name}: $CX_API_KEY"`];
      if (isSensitiveHeader(name)) return ['-H', `"${name}: $CX_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}"`];
      return undefined;
    },
  });
}
