// The control API under the reserved prefix /__sandbox/ (issue 11, "Control API"). It acts on the caller's
// namespace, resolved like any other request (x-cx-sandbox-namespace header, else the session or credential).
//   GET    /__sandbox/                  what this is: the caller's namespace and these routes
//   POST   /__sandbox/reset             forget the namespace
//   GET    /__sandbox/fixture           export it as a versioned JSON fixture
//   PUT    /__sandbox/fixture           replace it with a fixture (one namespace, any name)
//   POST   /__sandbox/offer             {interactionId, user}: offer an interaction to a Web Services agent
//   GET    /__sandbox/requests[?limit=] the last requests (method, path, operationId, status, ms, violations)
//   GET    /__sandbox/faults            armed faults
//   POST   /__sandbox/faults            {operationId, count?, …one kind of faults.ts}: arm a sticky fault
//   DELETE /__sandbox/faults            disarm them all
//   GET    /__sandbox/namespaces        every namespace with its size (for operators of a shared sandbox)
import { readFault } from './faults.js';
import { importNamespace } from './fixtures.js';
import type { Namespaces } from './namespaces.js';
import { type Answer, json, problemAnswer } from './responses.js';
import type { Sandbox } from './sandbox.js';

const ROUTES = [
  'GET /__sandbox/',
  'POST /__sandbox/reset',
  'GET /__sandbox/fixture',
  'PUT /__sandbox/fixture',
  'POST /__sandbox/offer',
  'GET /__sandbox/requests',
  'GET /__sandbox/faults',
  'POST /__sandbox/faults',
  'DELETE /__sandbox/faults',
  'GET /__sandbox/namespaces',
];

function bad(detail: string, status = 400): Answer {
  return problemAnswer({ status, kind: 'sandbox-control', title: 'The control API cannot do this', detail });
}

/** The body as a JSON object, or what is wrong with it. */
async function readJson(request: Request): Promise<Record<string, unknown> | string> {
  let value: unknown;
  try {
    value = JSON.parse((await request.text()) || '{}');
  } catch (error) {
    return `The body is not JSON: ${(error as Error).message}.`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'The body must be a JSON object.';
  return value as Record<string, unknown>;
}

export async function handleControl(
  sandbox: Sandbox,
  namespaces: Namespaces,
  request: Request,
  namespace: string,
): Promise<Answer> {
  const url = new URL(request.url);
  const route = `${request.method} ${url.pathname.replace(/\/+$/, '') || '/'}`;
  switch (route) {
    case 'GET /__sandbox':
      return json(200, { namespace, namespaceHeader: sandbox.config.namespaceHeader, routes: ROUTES });
    case 'POST /__sandbox/reset':
      sandbox.reset(namespace);
      return json(200, { namespace, reset: true });
    case 'GET /__sandbox/fixture':
      return json(200, sandbox.dump(namespace));
    case 'PUT /__sandbox/fixture': {
      const body = await readJson(request);
      if (typeof body === 'string') return bad(body);
      try {
        const fixture = body as { version?: unknown; namespaces?: Record<string, unknown> };
        if (fixture.version !== 1) return bad(`fixture.version must be 1, got ${JSON.stringify(fixture.version)}.`);
        const entries = Object.entries(fixture.namespaces ?? {});
        const [only] = entries;
        if (!only || entries.length !== 1)
          return bad(
            `fixture.namespaces must hold exactly one namespace to import into '${namespace}', got ${entries.length}.`,
          );
        namespaces.set(namespace, importNamespace(only[1], `fixture.namespaces.${only[0]}`, Date.now()));
      } catch (error) {
        return bad((error as Error).message);
      }
      return json(200, { namespace, loaded: true });
    }
    case 'POST /__sandbox/offer': {
      const body = await readJson(request);
      if (typeof body === 'string') return bad(body);
      if (typeof body.interactionId !== 'string') return bad('interactionId (string) is required.');
      if (typeof body.user !== 'string' || body.user === '')
        return bad('user (the agent’s Basic user name) is required.');
      if (!sandbox.offer(namespace, body.interactionId, body.user))
        return bad(`No active interaction '${body.interactionId}' in namespace '${namespace}'.`, 404);
      return json(200, { namespace, interactionId: body.interactionId, offeredTo: body.user });
    }
    case 'GET /__sandbox/requests': {
      const limit = Number(url.searchParams.get('limit') ?? '50');
      if (!Number.isInteger(limit) || limit < 1) return bad('limit must be a positive integer.');
      return json(200, { namespace, requests: sandbox.requests(namespace).slice(-limit) });
    }
    case 'GET /__sandbox/faults':
      return json(200, { namespace, faults: namespaces.peek(namespace)?.faults ?? [] });
    case 'POST /__sandbox/faults': {
      const body = await readJson(request);
      if (typeof body === 'string') return bad(body);
      const fault = readFault(body, (id) => sandbox.surface.getOperation(id) !== undefined);
      if (typeof fault === 'string') return bad(fault);
      const { remaining, ...rest } = fault;
      sandbox.fault(namespace, { ...rest, count: remaining });
      return json(200, { namespace, faults: namespaces.peek(namespace)?.faults ?? [] });
    }
    case 'DELETE /__sandbox/faults': {
      const found = namespaces.peek(namespace);
      if (found) found.faults = [];
      return json(200, { namespace, faults: [] });
    }
    case 'GET /__sandbox/namespaces':
      return json(200, {
        namespaces: namespaces.names().map((name) => {
          const state = namespaces.peek(name)!.state;
          return {
            name,
            interactions: state.interactions.size,
            storedBytes: state.storedBytes,
            csServices: state.csServices.size,
            lastUsed: new Date(state.lastUsed).toISOString(),
          };
        }),
        caps: namespaces.caps,
      });
    default:
      return bad(`Unknown control route ${route}. Routes: ${ROUTES.join(', ')}.`, 404);
  }
}
