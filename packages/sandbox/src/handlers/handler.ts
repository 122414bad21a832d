// The per-operation handler interface. A handler gets a request that already passed the front end (routed,
// decoded, valid against the contract) and the caller's namespace, changes the state, and returns the answer the
// platform gives. Every answer it returns must validate against the operation's documented responses
// (contract-decisions rule 19; src/__tests__/responses-validate.test.ts checks every answer the flows produce).
import type { SandboxConfig } from '../config.js';
import type { CheckedRequest } from '../front-end.js';
import type { Namespace, Namespaces, Session } from '../namespaces.js';
import type { Answer } from '../responses.js';

/** The checked request (operation, params, query, decoded body) and what the sandbox adds. */
export interface HandlerContext extends CheckedRequest {
  request: Request;
  /** The caller's namespace: state, faults, log. */
  space: Namespace;
  namespaces: Namespaces;
  /** Web Services session (Basic user + JSESSIONID + CSRF token), set for /api/v2 operations. */
  session?: Session;
  /** The request's own origin, for URIs the platform reports (GWS `uri`, `uris`). */
  origin: string;
  config: SandboxConfig;
  now: Date;
}

/**
 * A path parameter of the operation's template. The router sets every one (OpenAPI 3.1.0, Parameter Object: path
 * parameters are required), so a missing one is a contract without that parameter in its template: the sandbox
 * answers it with its 500 naming the parameter.
 */
export function pathParam(context: Pick<HandlerContext, 'params' | 'operation'>, name: string): string {
  const value = context.params[name];
  if (value === undefined)
    throw new Error(`${context.operation.operationId}: the path has no parameter '${name}' (see its template).`);
  return value;
}

export type Handler = (context: HandlerContext) => Answer | Promise<Answer>;

/** operationId → handler. Each surface's module exports one; handlers/index.ts joins them (style guide habit 2). */
export type HandlerRegistry = Record<string, Handler>;
