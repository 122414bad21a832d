// A request as one line of POSIX sh a person can paste: the mock's banner and the conformance suite's findings both
// print requests this way. Browser-safe.

export interface CurlRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface CurlOptions {
  /** Options after `curl`. Default `-i` (show the response headers). */
  flags?: string[];
  /**
   * The words to print for one header instead of `-H 'name: value'`; `[]` leaves it out. Lets a caller print a
   * credential as a shell variable (`-u "$CX_BASIC"`) instead of its value.
   */
  header?: (name: string, value: string) => string[] | undefined;
}

/** `curl <flags> [-X 'M'] [-H 'name: value']… [--data-binary 'body'] 'url'`. */
export function toCurl(request: CurlRequest, options: CurlOptions = {}): string {
  const parts = ['curl', ...(options.flags ?? ['-i'])];
  if (request.method !== 'GET') parts.push('-X', shellQuote(request.method));
  for (const [name, value] of Object.entries(request.headers))
    parts.push(...(options.header?.(name, value) ?? ['-H', shellQuote(`${name}: ${value}`)]));
  const text = typeof request.body === 'string' || request.body === undefined ? request.body : utf8(request.body);
  if (text !== undefined) parts.push('--data-binary', shellQuote(text));
  else if (request.body !== undefined) parts.push('--data-binary', '@body.bin');
  parts.push(shellQuote(request.url));
  // The comment goes last: anything after `#` is not part of the command.
  if (text === undefined && request.body !== undefined) parts.push('# binary body, not shown');
  return parts.join(' ');
}

/** Single quotes keep everything literal in sh; a quote inside is closed, escaped and reopened. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
