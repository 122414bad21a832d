// Media type parsing and matching. Browser-safe: no Node imports, no dependencies.
// Grammar: RFC 9110 §8.3.1 (media-type = type "/" subtype parameters); type, subtype and parameter names are
// case-insensitive; the charset value is case-insensitive too (RFC 2046 §4.1.2).

export interface MediaType {
  type: string;
  subtype: string;
  /** `type/subtype`, lowercased, without parameters. */
  essence: string;
  /** Parameter names lowercased; values unquoted. */
  parameters: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;
const PARAMETER = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;

export function parseMediaType(header: string | null | undefined): MediaType | undefined {
  if (typeof header !== 'string') return undefined;
  const semicolon = header.indexOf(';');
  const essence = (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  const slash = essence.indexOf('/');
  const type = essence.slice(0, slash);
  const subtype = essence.slice(slash + 1);
  if (slash === -1 || !TOKEN.test(type) || !TOKEN.test(subtype)) return undefined;
  const parameters: Record<string, string> = {};
  if (semicolon !== -1) {
    for (const [, name = '', raw = ''] of header.slice(semicolon).matchAll(PARAMETER)) {
      const value = raw.trim();
      parameters[name.toLowerCase()] = value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
    }
  }
  return { type, subtype, essence, parameters };
}

/**
 * Does the concrete media type `actual` (a Content-Type value) fall under the `declared` range (a key of an
 * OpenAPI `content` map: `application/json`, `text/*`, `*\/*`, `text/plain; charset=utf-8`)?
 * Every parameter the declared range names must be present in `actual` with the same value; extra parameters in
 * `actual` (`;charset=UTF-8`) are ignored.
 */
export function mediaTypeMatches(declared: string, actual: string): boolean {
  const range = parseMediaType(declared);
  const concrete = parseMediaType(actual);
  if (!range || !concrete) return false;
  if (range.type !== '*' && range.type !== concrete.type) return false;
  if (range.subtype !== '*' && range.subtype !== concrete.subtype) return false;
  return Object.entries(range.parameters).every(([name, value]) => {
    const other = concrete.parameters[name];
    return name === 'charset' ? other?.toLowerCase() === value.toLowerCase() : other === value;
  });
}

/**
 * The key of `content` that applies to `actual`. OpenAPI 3.1.0, Request Body Object › `content`: when several keys match,
 * only the most specific applies (`text/plain` overrides `text/*`). Parameters count as more specific still.
 */
export function pickMediaType(content: Record<string, unknown> | undefined, actual: string): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const key of Object.keys(content ?? {})) {
    if (!mediaTypeMatches(key, actual)) continue;
    const range = parseMediaType(key)!;
    const score =
      (range.subtype === '*' ? 0 : 200) + (range.type === '*' ? 0 : 100) + Object.keys(range.parameters).length;
    if (score > bestScore) [best, bestScore] = [key, score];
  }
  return best;
}

/** JSON and `+json` structured syntax suffixes (RFC 6839 §3.1). */
export function isJsonMediaType(mediaType: MediaType | undefined): boolean {
  return mediaType !== undefined && (mediaType.essence === 'application/json' || mediaType.subtype.endsWith('+json'));
}
