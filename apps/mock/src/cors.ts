// CORS for browser apps pointed at the mock (Fetch standard, "CORS protocol"). Credentials are allowed because
// the Web Services surface authenticates with a JSESSIONID cookie or Basic auth, so the origin is echoed (a `*`
// origin is not allowed together with credentials) and responses vary on Origin.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { headerValue } from './header-values.js';

// Headers a frontend reads from mocked answers beyond the CORS-safelisted ones: Prism's violation header, the
// Web Services CSRF pair (X-CSRF-HEADER names the header, X-CSRF-TOKEN carries the value), Location from the
// composite start, Allow on 405, and this mock's x-cx-operation, x-cx-mock-error and x-cx-sandbox-namespace. Every response header the contract declares is
// added at start (mock-server.ts).
export const BASE_EXPOSED_HEADERS = [
  'sl-violations',
  'x-csrf-header',
  'x-csrf-token',
  'location',
  'allow',
  'x-cx-operation',
  'x-cx-mock-error',
  // The sandbox's namespace (packages/sandbox): which namespace answered, so an app can show or check it.
  'x-cx-sandbox-namespace',
];

export interface Cors {
  /** Sets the headers every response carries. */
  decorate(request: IncomingMessage, response: ServerResponse): void;
  /** Answers a preflight (OPTIONS with Origin and Access-Control-Request-Method): 204, nothing else to do. */
  preflight(request: IncomingMessage, response: ServerResponse, allowedMethods: string[]): void;
}

export function isPreflight(request: IncomingMessage): boolean {
  return (
    request.method === 'OPTIONS' &&
    request.headers.origin !== undefined &&
    request.headers['access-control-request-method'] !== undefined
  );
}

export function createCors(exposedHeaders: string[]): Cors {
  const expose = [...new Set([...BASE_EXPOSED_HEADERS, ...exposedHeaders.map((name) => name.toLowerCase())])].join(
    ', ',
  );
  return {
    decorate(request, response) {
      const origin = request.headers.origin;
      // Node reads header bytes as Latin-1, so an echoed value is always sendable; headerValue keeps that true.
      response.setHeader('access-control-allow-origin', origin === undefined ? '*' : headerValue(origin));
      if (origin !== undefined) {
        response.setHeader('access-control-allow-credentials', 'true');
        response.setHeader('vary', 'Origin');
      }
      response.setHeader('access-control-expose-headers', expose);
    },
    preflight(request, response, allowedMethods) {
      const requested = request.headers['access-control-request-headers'];
      response.writeHead(204, {
        'access-control-allow-methods': allowedMethods.join(', '),
        // Any request header the app wants (x-api-key, Prefer, X-CSRF-TOKEN, tenancy headers …) is allowed.
        ...(requested ? { 'access-control-allow-headers': headerValue(requested) } : {}),
        'access-control-max-age': '600',
        vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
        'content-length': '0',
      });
      response.end();
    },
  };
}
