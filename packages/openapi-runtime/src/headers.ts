// Header normalisation: the shapes headers arrive in (Fetch's Headers, node:http's IncomingHttpHeaders and
// rawHeaders, HAR name/value pairs, plain records) turned into the two the tools read. Browser-safe: Node's shapes
// are plain objects and arrays, so no Node import is needed.

/** Fetch's Headers, or a record such as node:http's IncomingHttpHeaders (repeats as arrays). */
export type HeadersInput = Headers | Record<string, string | string[] | number | undefined>;

/** Name/value pairs in the order received: HAR headers, rawHeaderPairs(request.rawHeaders), Headers. */
export type HeaderPairs = Iterable<readonly [string, string]>;

/** node:http's `rawHeaders` (`[name, value, name, value, …]`) as pairs, names as sent. */
export function rawHeaderPairs(raw: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let index = 0; index + 1 < raw.length; index += 2) pairs.push([raw[index] ?? '', raw[index + 1] ?? '']);
  return pairs;
}

function pairsOf(input: HeadersInput | HeaderPairs): HeaderPairs {
  if (Symbol.iterator in input) return input as HeaderPairs;
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) pairs.push([name, String(item)]);
  }
  return pairs;
}

/**
 * Headers as a record with lower-case names, the form the validators and checks read. Repeats are joined as HTTP
 * allows: `, ` (RFC 9110 §5.3), `; ` for Cookie (RFC 6265 §5.4). HTTP/2 pseudo-headers (`:authority`, which
 * browsers record in HAR files) are not headers of the message and are left out.
 */
export function headerRecord(input: HeadersInput | HeaderPairs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!input) return out;
  const add = (rawName: string, value: string): void => {
    const name = rawName.toLowerCase();
    if (name.startsWith(':')) return;
    if (Object.hasOwn(out, name)) out[name] += name === 'cookie' ? `; ${value}` : `, ${value}`;
    else out[name] = value;
  };
  // Walked in place, without an array per header: this runs once per answer the conformance suite judges.
  if (input instanceof Headers) input.forEach((value, name) => add(name, value));
  else if (Symbol.iterator in input) for (const [name, value] of input as HeaderPairs) add(name, value);
  else
    for (const name in input) {
      const value = input[name];
      if (value === undefined || !Object.hasOwn(input, name)) continue;
      if (Array.isArray(value)) for (const item of value) add(name, item);
      else add(name, String(value));
    }
  return out;
}

/**
 * Headers as Fetch's Headers, for code that takes a Request (the sandbox). A value Fetch refuses (control
 * characters Node lets through) is left out rather than failing the whole request.
 */
export function fetchHeaders(input: HeadersInput | HeaderPairs | undefined): Headers {
  const headers = new Headers();
  if (!input) return headers;
  for (const [name, value] of pairsOf(input)) {
    try {
      headers.append(name, value);
    } catch {
      // Left out: see above.
    }
  }
  return headers;
}
