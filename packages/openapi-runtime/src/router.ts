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
  pattern: RegExp;
  names: string[];
  literals: number;
  order: number;
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

function compileTemplate(template: string): { pattern: RegExp; names: string[]; literals: number } {
  const names: string[] = [];
  let source = '';
  let literals = 0;
  for (const part of template.split(/(\{[^}/]+\})/)) {
    if (part.startsWith('{') && part.endsWith('}')) {
      names.push(part.slice(1, -1));
      source += '([^/]+?)'; // lazy: in `{a}.{b}` the first parameter takes the shortest match
    } else {
      literals += part.replace(/\//g, '').length;
      source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return { pattern: new RegExp(`^${source}$`), names, literals };
}

export function createRouter<T extends Routable>(operations: readonly T[]): Router<T> {
  const compiled = new Map<string, ReturnType<typeof compileTemplate>>();
  const routes: Route<T>[] = operations.map((operation, order) => {
    let template = compiled.get(operation.pathTemplate);
    if (!template) compiled.set(operation.pathTemplate, (template = compileTemplate(operation.pathTemplate)));
    return { operation, method: operation.method.toUpperCase(), ...template, order };
  });
  // Best first, so the first route matching path and method is the answer.
  routes.sort((a, b) => b.literals - a.literals || a.names.length - b.names.length || b.order - a.order);

  return {
    match(method, pathname) {
      const wanted = method.toUpperCase();
      const path = normalizePath(pathname);
      const allowed = new Set<string>();
      for (const route of routes) {
        const found = route.pattern.exec(path);
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
function decodeParams(names: string[], found: RegExpExecArray): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  try {
    names.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1])));
  } catch {
    return undefined;
  }
  return params;
}
