// @cx-contracts/sandbox/msw: the sandbox as Mock Service Worker (msw 2.x) handlers (issue 14), for frontend tests
// (`msw/node`: vitest, jest, Playwright's Node side) and the browser (`msw/browser`: Storybook, a dev server, a page
// under Playwright). Every handler hands the intercepted Request to the sandbox core's `fetch`, so validation,
// problem+json, state, namespaces, faults and Prefer/named examples are the node server's, answer for answer
// (the node server is one adapter over the same core: style guide habit 12). No `node:` imports: this runs in a page.
import { http, type HttpHandler } from 'msw';
import { createSandbox as createCore, type Sandbox, type SandboxOptions } from './sandbox.js';
import type { Fault, LogEntry } from './namespaces.js';
import type { Fixture } from './fixtures.js';

export interface MswSandboxOptions extends SandboxOptions {
  /**
   * The origin (and optional path prefix) the frontend calls, e.g. `http://localhost:8080` or `/` for the page's own
   * origin in a browser. Default: any origin (`*`).
   */
  baseUrl?: string;
  /** Requests without the namespace header go to this namespace (default: the core's choice: session, Basic user,
   * API key, else `default`). One namespace lets Nexus create what a Web Services agent then works on. */
  namespace?: string;
}

export interface MswSandbox {
  /** One handler per operation of every surface, then the control API (`/__sandbox/…`) and the fallbacks. */
  handlers: HttpHandler[];
  /** Forget one namespace, or all of them (between tests). */
  reset(namespace?: string): void;
  /** Import a fixture (`{version: 1, namespaces: {…}}`, the shape `dump()` gives). */
  load(fixture: unknown): void;
  dump(namespace?: string): Fixture;
  /** The requests the sandbox answered: of one namespace, or of every namespace in time order. */
  requests(namespace?: string): LogEntry[];
  /** Arm a sticky fault: the next `count` (1) calls of `operationId` answer `status`/`example`, or wait `delayMs`. */
  fault(fault: Omit<Fault, 'remaining'> & { count?: number; namespace?: string }): void;
  /** The core (offer, swap, namespaceOf, fetch). */
  core: Sandbox;
}

const UNROUTED = new Set(['path-not-found', 'method-not-allowed']);

/** `{name}` template expressions become MSW wildcards: the core routes precisely (most literal template wins), so the
 * MSW pattern only has to let the request through to it. */
function mswPath(prefix: string, template: string): string {
  return prefix + template.replace(/\{[^}]+\}/g, '*');
}

export function createSandbox(options: MswSandboxOptions): MswSandbox {
  const { baseUrl, namespace, ...coreOptions } = options;
  const core = createCore(coreOptions);
  const header = core.config.namespaceHeader;
  const prefix = baseUrl === undefined ? '*' : baseUrl.replace(/\/+$/, '');

  const answer = async ({ request }: { request: Request }): Promise<Response> => {
    let forwarded = request;
    if (namespace !== undefined && !request.headers.has(header)) {
      const headers = new Headers(request.headers);
      headers.set(header, namespace);
      forwarded = new Request(request, { headers });
    }
    const response = await core.fetch(forwarded);
    // The node server routes before it picks a namespace, so its 404/405 carry none (apps/mock/src/mock-server.ts);
    // answer the same here.
    if (UNROUTED.has(response.headers.get('x-cx-mock-error') ?? '')) response.headers.delete('x-cx-sandbox-namespace');
    return response;
  };

  const handlers: HttpHandler[] = [];
  const templates = new Set<string>();
  for (const operation of core.surface.operations) {
    const method = operation.method.toLowerCase() as keyof typeof http;
    const route = http[method] ?? http.all;
    handlers.push((route as typeof http.all)(mswPath(prefix, operation.pathTemplate), answer));
    templates.add(operation.pathTemplate);
  }
  // The control API, then the node server's 405 for a documented path with another method (and, under a base URL,
  // its 404 for any other path); the core writes both answers.
  handlers.push(http.all(`${prefix}/__sandbox`, answer), http.all(`${prefix}/__sandbox/*`, answer));
  for (const template of templates) handlers.push(http.all(mswPath(prefix, template), answer));
  // The node server's 404 for other paths under the surfaces' first segments (`/genesys/*`, `/api/*`, `/nexus/*`):
  // not the whole origin, so a page's own files and other APIs still reach the network.
  const roots = new Set([...templates].map((template) => template.split('/')[1]));
  for (const root of roots) handlers.push(http.all(`${prefix}/${root}/*`, answer));

  return {
    handlers,
    core,
    reset: (name) => core.reset(name),
    load: (fixture) => core.load(fixture),
    dump: (name) => core.dump(name),
    requests(name) {
      if (name !== undefined) return core.requests(name);
      const names = Object.keys(core.dump().namespaces);
      return names.flatMap((each) => core.requests(each)).sort((a, b) => a.time.localeCompare(b.time));
    },
    fault({ namespace: name, ...fault }) {
      core.fault(name ?? namespace ?? 'default', fault);
    },
  };
}

export type { Fault, Fixture, LogEntry, SandboxOptions };
