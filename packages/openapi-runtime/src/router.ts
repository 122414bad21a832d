// Route a request to an operation by method and path. Browser-safe: no Node imports, no dependencies.
//
// The rule (contract decision 9, specs' `ext_{externalId}` paths):
//   1. A template matches when every literal character matches and every parameter takes one or more characters
//      of a single segment (never an empty string, never a `/`), compared on the raw, still-encoded path.
//   2. Among templates that match the path AND declare the method, the one with the most literal characters
//      (outside `{...}`, not counting `/`) wins, so `/interactions/ext_abc` goes to `.../ext_{externalId}` and
//      `/interactions/abc` to `.../{interactionId}`.
//   3. Ties: fewer parameters wins, then the template declared LAST wins. Last, not first, because that is how
//      Prism breaks its ties (toolchain notes, Prism section), so the mock and this router agree.
//   4. Path matches but no template declares the method: `method-not-allowed`, `allowed` = methods of every
//      template matching the path. Nothing matches: `not-found`. Like Prism, the method filter comes before rule 2.
// Trailing slashes are significant: `/a/` matches neither `/a` nor `/a/{x}` (RFC 3986 §6.2.3 leaves `/a` and
// `/a/` distinct, and OpenAPI 3.1.0, Paths Object › Path Templating Matching, leaves
// ambiguous matches "up to the tooling").
// HEAD does not fall back to GET: OpenAPI documents each method separately.

export interface Routable {
  method: string;
  pathTemplate: string;
}

export type RouteMatch<T> =
  | { operation: T; params: Record<string, string>; error?: undefined }
  | { error: 'not-found' }
  | { error: 'method-not-allowed'; allowed: string[] };

export interface Router<T> {
  /** `pathname` is the URL path (a `?query` or `#hash` is ignored), still percent-encoded as on the wire. */
  match(method: string, pathname: string): RouteMatch<T>;
}

interface Route<T> {
  operation: T;
  method: string;
  segments: Segment[];
  names: string[];
  literals: number;
  order: number;
}

/** One template segment: `ext_{externalId}` → texts ['ext_', ''], params 1. texts has one more entry than params. */
interface Segment {
  texts: string[];
  params: number;
}

const UNRESERVED_ESCAPE = /%([0-9A-Fa-f]{2})/g;
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Percent-encoded unreserved characters are equivalent to the characters (RFC 3986 §6.2.2.2). */
function normalizePath(pathname: string): string {
  const end = pathname.search(/[?#]/);
  const path = end === -1 ? pathname : pathname.slice(0, end);
  return path.replace(UNRESERVED_ESCAPE, (escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : escape;
  });
}

function compileTemplate(template: string): { segments: Segment[]; names: string[]; literals: number } {
  const names: string[] = [];
  let literals = 0;
  const segments = template.split('/').map((segment) => {
    const texts = [''];
    for (const part of segment.split(/(\{[^}/]+\})/)) {
      if (part.startsWith('{') && part.endsWith('}')) {
        names.push(part.slice(1, -1));
        texts.push('');
      } else {
        literals += part.length;
        texts[texts.length - 1] += part;
      }
    }
    return { texts, params: texts.length - 1 };
  });
  return { segments, names, literals };
}

/**
 * Match one path segment, pushing each parameter's raw value onto `values`. Each parameter takes one or more
 * characters, the first the shortest (as a lazy regex would): so each text between two parameters is found at its
 * earliest place, which leaves the most room for the rest. One indexOf per text: linear in the segment's length,
 * where the regex this replaces backtracked quadratically on `{a}.{b}.json` against `x.x.x…xml` (issue #9 item 1,
 * the same class as the form decoder).
 */
function matchSegment(segment: Segment, text: string, values: string[]): boolean {
  const { texts, params } = segment;
  if (params === 0) return text === texts[0];
  const prefix = texts[0] ?? '';
  const suffix = texts[params] ?? '';
  const end = text.length - suffix.length;
  if (end < prefix.length || !text.startsWith(prefix) || !text.endsWith(suffix)) return false;
  let at = prefix.length;
  for (let index = 1; index < params; index++) {
    const between = texts[index] ?? '';
    const next = between ? text.indexOf(between, at + 1) : at + 1;
    if (next === -1 || next + between.length > end) return false;
    values.push(text.slice(at, next));
    at = next + between.length;
  }
  if (end - at < 1) return false;
  values.push(text.slice(at, end));
  return true;
}

function matchRoute<T>(route: Route<T>, parts: string[]): string[] | undefined {
  if (route.segments.length !== parts.length) return undefined;
  const values: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const segment = route.segments[index];
    const part = parts[index];
    if (segment === undefined || part === undefined || !matchSegment(segment, part, values)) return undefined;
  }
  return values;
}

export function createRouter<T extends Routable>(operations: readonly T[]): Router<T> {
  if (!Array.isArray(operations)) throw new TypeError('createRouter expects an array of operations.');
  const compiled = new Map<string, ReturnType<typeof compileTemplate>>();
  const routes: Route<T>[] = operations.map((operation, order) => {
    if (typeof operation?.method !== 'string' || typeof operation.pathTemplate !== 'string') {
      throw new TypeError(`createRouter: operation ${order} needs a string method and pathTemplate.`);
    }
    let template = compiled.get(operation.pathTemplate);
    if (!template) compiled.set(operation.pathTemplate, (template = compileTemplate(operation.pathTemplate)));
    return { operation, method: operation.method.toUpperCase(), ...template, order };
  });
  // Best first, so the first route matching path and method is the answer.
  routes.sort((a, b) => b.literals - a.literals || a.names.length - b.names.length || b.order - a.order);

  return {
    match(method, pathname) {
      if (typeof method !== 'string' || typeof pathname !== 'string') {
        throw new TypeError(`router.match expects a method and a pathname as strings.`);
      }
      const wanted = method.toUpperCase();
      const parts = normalizePath(pathname).split('/');
      const allowed = new Set<string>();
      for (const route of routes) {
        const found = matchRoute(route, parts);
        if (!found) continue;
        if (route.method !== wanted) {
          allowed.add(route.method);
          continue;
        }
        const params = decodeParams(route.names, found);
        if (params) return { operation: route.operation, params };
      }
      return allowed.size ? { error: 'method-not-allowed', allowed: [...allowed].sort() } : { error: 'not-found' };
    },
  };
}

/** Percent-decode captured values; a malformed escape (`%E0%A4%A`) means this template does not match. */
function decodeParams(names: string[], found: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  try {
    names.forEach((name, index) => setParam(params, name, decodeURIComponent(found[index] ?? '')));
  } catch {
    return undefined;
  }
  return params;
}

function setParam(params: Record<string, string>, name: string, value: string): void {
  // A parameter named `__proto__` is data, not the prototype.
  Object.defineProperty(params, name, { value, enumerable: true, writable: true, configurable: true });
}
