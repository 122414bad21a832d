// Genesys Web Services Interactions API v2 (seed 002; domain-notes §4). The agent is the Basic user of the
// session. Each POST /me/interactions/{id} operation changes the state as seed 002 describes it and answers in
// the form seed 002 documents for that operation (contract-decisions rules 5 and 7):
//   Accept, Reject, PlaceInQueue, Update/Attach/DeleteUserData, PlaceInWorkbin, GetWorkbinContent:
//     {"status":"ok"} / {"status":"error","errorDescription":…}
//   Cancel: {"status":0} / {"statusCode":N,"statusMessage":…}
//   Complete, Transfer: {"statusCode":0} / {"statusCode":N,"statusMessage":…}
// Status codes in failures are those of "Return Values" (U9): 2 not valid in the current state, 6 not found.
import { basicUser, readCookie as cookie } from '@cx-contracts/openapi-runtime/browser';
import { type Answer, empty, json, text } from '../responses.js';
import type { Interaction } from '../state.js';
import { type Handler, type HandlerContext, type HandlerRegistry, pathParam } from './handler.js';
import { isActive } from './interactions.js';

/** U10: the name of the header the client must echo, sent with the token on every GET. */
export const CSRF_HEADER = 'X-CSRF-TOKEN';
/** U10: "Missing or invalid Csrf token", HTTP 403, plain text. */
export const CSRF_REFUSAL = 'Missing or invalid Csrf token';

/** U14 `receivedDate`: `2014-03-26 16:02:22.000+0200` (not RFC 3339). */
function gwsDate(iso: string): string {
  const date = new Date(iso);
  const valid = Number.isNaN(date.getTime()) ? new Date(0) : date;
  return `${valid.toISOString().replace('T', ' ').slice(0, 23)}+0000`;
}

const WORKING = [
  'Complete',
  'Cancel',
  'PlaceInQueue',
  'UpdateUserData',
  'AttachUserData',
  'DeleteUserData',
  'PlaceInWorkbin',
  'Transfer',
];

function offeredTo(interaction: Interaction, user: string): boolean {
  // The sandbox has no routing strategy: a queued interaction counts as offered to every agent, and the control
  // API (POST /__sandbox/offer) offers one to a named agent (README, "Web Services").
  return interaction.state === 'Queued' || (interaction.state === 'Offered' && interaction.offeredTo === user);
}

function capabilities(interaction: Interaction, user: string): string[] {
  if (interaction.state === 'Processing' && interaction.owner === user) return WORKING;
  if (offeredTo(interaction, user)) return ['Accept', 'Reject'];
  return [];
}

/** The interaction "in the same message format as CometD notifications" (seed 002; fields from U14). */
export function gwsView(interaction: Interaction, user: string, origin: string): Record<string, unknown> {
  return {
    id: interaction.id,
    uri: `${origin}/api/v2/interactions/${interaction.id}`,
    state: interaction.state,
    capabilities: capabilities(interaction, user),
    userData: interaction.userData,
    receivedDate: gwsDate(interaction.receivedAt),
    workitemType: interaction.interactionType,
    mediaType: interaction.mediaType,
    queue: interaction.queue,
    ...(interaction.externalId !== undefined ? { externalId: interaction.externalId } : {}),
    ...(interaction.workbin !== undefined ? { workbin: interaction.workbin } : {}),
  };
}

/** U9/U12: without `fields` a list is `{"statusCode":0,"uris":[…]}`; with `fields=*` (or a list) the objects. */
function list(context: HandlerContext, interactions: Interaction[]): Answer {
  const user = context.session!.user;
  if (context.query.fields === undefined)
    return json(200, {
      statusCode: 0,
      uris: interactions.map((interaction) => `${context.origin}/api/v2/interactions/${interaction.id}`),
    });
  return json(200, { statusCode: 0, interactions: interactions.map((item) => gwsView(item, user, context.origin)) });
}

type Reply = 'ok' | 'cancel' | 'statusCode';

function success(reply: Reply): Answer {
  if (reply === 'ok') return json(200, { status: 'ok' });
  if (reply === 'cancel') return json(200, { status: 0 });
  return json(200, { statusCode: 0 });
}

function failure(reply: Reply, statusCode: number, message: string): Answer {
  if (reply === 'ok') return json(200, { status: 'error', errorDescription: message });
  return json(200, { statusCode, statusMessage: message });
}

/** The reply form each operation documents (seed 002). */
const REPLY: Record<string, Reply> = {
  Accept: 'ok',
  Reject: 'ok',
  Cancel: 'cancel',
  Complete: 'statusCode',
  PlaceInQueue: 'ok',
  UpdateUserData: 'ok',
  AttachUserData: 'ok',
  DeleteUserData: 'ok',
  PlaceInWorkbin: 'ok',
  GetWorkbinContent: 'ok',
  Transfer: 'statusCode',
  SingleStepTransfer: 'statusCode',
};

/** The agent's hands off the interaction, which is left in `state`. */
function release(interaction: Interaction, state: Interaction['state']): void {
  interaction.owner = undefined;
  interaction.offeredTo = undefined;
  interaction.state = state;
}

/** seed 002: the operations that end the owner's work, and the state each leaves the interaction in. */
const ENDS_OWNERSHIP: Record<string, Interaction['state']> = {
  // "Cancel": the agent no longer wants to continue work on an incomplete interaction: it ends.
  Cancel: 'Cancelled',
  // "Complete": ends the agent's ownership; the interaction is done.
  Complete: 'Completed',
  // "PlaceInQueue": ends ownership; another agent continues from the queue.
  PlaceInQueue: 'Queued',
  // "PlaceInWorkbin": the agent continues later; it leaves the agent's hands until pulled again.
  PlaceInWorkbin: 'InWorkbin',
};

function perform(context: HandlerContext): Answer {
  const body = context.body as Record<string, unknown> & { operationName: string };
  const name = body.operationName;
  const reply = REPLY[name] ?? 'statusCode';
  const user = context.session!.user;
  const interaction = context.space.state.interactions.get(pathParam(context, 'id'));
  if (!interaction || !isActive(interaction))
    return failure(reply, 6, `Interaction ${pathParam(context, 'id')} not found`);
  const notMine = () =>
    failure(
      reply,
      2,
      `Interaction ${interaction.id} is ${interaction.state}${interaction.owner ? ` (owner ${interaction.owner})` : ''}: ${name} needs an interaction ${name === 'Accept' || name === 'Reject' ? 'offered to' : 'owned by'} ${user}`,
    );

  switch (name) {
    case 'Accept':
      // seed 002 "Accept": associates the interaction with the agent until Complete, Transfer or Re-direct.
      if (!offeredTo(interaction, user)) return notMine();
      release(interaction, 'Processing');
      interaction.owner = user;
      return success(reply);
    case 'Reject':
      // seed 002 "Reject": the system presents the interaction to another agent: back to the queue.
      if (!offeredTo(interaction, user)) return notMine();
      release(interaction, 'Queued');
      return success(reply);
    case 'GetWorkbinContent':
      // seed 002: the content arrives on CometD; the reply only acknowledges. Nothing changes.
      return success(reply);
  }
  if (interaction.state !== 'Processing' || interaction.owner !== user) return notMine();
  switch (name) {
    case 'Cancel':
    case 'Complete':
    case 'PlaceInQueue':
    case 'PlaceInWorkbin':
      release(interaction, ENDS_OWNERSHIP[name]!);
      if (name === 'PlaceInQueue') interaction.queue = String(body.queueName);
      if (name === 'PlaceInWorkbin') interaction.workbin = String(body.workbin);
      break;
    case 'UpdateUserData':
    case 'AttachUserData':
      // seed 002 / U14, U15: Update overwrites the given keys, Attach adds them; both leave the others alone.
      Object.assign(interaction.userData, (body.userData ?? {}) as Record<string, unknown>);
      break;
    case 'DeleteUserData': {
      // seed 002 sends a `userData` object (its keys are deleted); the workitem API sends `keys` (U14).
      const keys = Array.isArray(body.keys) ? body.keys.map(String) : Object.keys((body.userData ?? {}) as object);
      for (const key of keys) delete interaction.userData[key];
      break;
    }
    case 'Transfer':
    case 'SingleStepTransfer': {
      // seed 002 "SingleStepTransfer": ownership moves to another agent (`userId`), or per U15 to `targetUri`
      // (`…/users/{id}`) or a queue (`queueName`).
      const target =
        typeof body.userId === 'string'
          ? body.userId
          : typeof body.targetUri === 'string'
            ? body.targetUri.replace(/\/+$/, '').split('/').pop()
            : undefined;
      release(interaction, target ? 'Offered' : 'Queued');
      if (target) interaction.offeredTo = target;
      else if (typeof body.queueName === 'string') interaction.queue = body.queueName;
      break;
    }
  }
  return success(reply);
}

/**
 * The HTTP session and CSRF protection around every Web Services handler (U10, U11): one session per Basic user
 * with a `JSESSIONID` cookie; with CSRF on, every GET carries `X-CSRF-HEADER`/`X-CSRF-TOKEN` and every
 * PUT/POST/DELETE must echo the token, else 403 "Missing or invalid Csrf token".
 */
function withSession(handler: Handler): Handler {
  return async (context) => {
    const { request, namespaces, space, config } = context;
    const cookieId = cookie(request.headers, 'JSESSIONID');
    let session = namespaces.session(cookieId);
    if (session && session.namespace !== space.name) session = undefined;
    let setCookie = false;
    if (!session) {
      const user = basicUser(request.headers);
      // A JSESSIONID the sandbox does not know, without Basic credentials: not authenticated (U11).
      if (!user) return empty(401);
      const opened = namespaces.openSession(space.name, user);
      session = opened.session;
      setCookie = opened.created || cookieId !== session.id;
    }
    if (config.csrf && request.method !== 'GET' && request.headers.get(CSRF_HEADER) !== session.csrfToken) {
      return text(403, CSRF_REFUSAL, setCookie ? { 'set-cookie': sessionCookie(session.id) } : {});
    }
    context.session = session;
    const answer = await handler(context);
    if (setCookie) answer.headers['set-cookie'] = sessionCookie(session.id);
    if (config.csrf && request.method === 'GET') {
      answer.headers['x-csrf-header'] = CSRF_HEADER;
      answer.headers['x-csrf-token'] = session.csrfToken;
    }
    return answer;
  };
}

function sessionCookie(id: string): string {
  return `JSESSIONID=${id}; Path=/; HttpOnly`;
}

const active = (context: HandlerContext) => [...context.space.state.interactions.values()].filter(isActive);

export const webServicesHandlers: HandlerRegistry = {
  // seed 002: "Returns the list of all active interactions for this Contact Center."
  listGwsInteractions: withSession((context) => list(context, active(context))),
  // seed 002: "the interactions that are being handled by the agent" (owned, and offered to this agent by name).
  listMyGwsInteractions: withSession((context) => {
    const user = context.session!.user;
    return list(
      context,
      active(context).filter((item) => item.owner === user || (item.state === 'Offered' && item.offeredTo === user)),
    );
  }),
  getGwsInteraction: withSession((context) => {
    const interaction = context.space.state.interactions.get(pathParam(context, 'id'));
    if (!interaction)
      return json(200, { statusCode: 6, statusMessage: `Interaction ${pathParam(context, 'id')} not found` });
    return json(200, { statusCode: 0, interaction: gwsView(interaction, context.session!.user, context.origin) });
  }),
  // seed 002: "Updates a given interaction. The actual operation depends on the interaction's channel." The body is
  // not published; the sandbox applies a `userData` object as UpdateUserData does and ignores the rest.
  updateGwsInteraction: withSession((context) => {
    const interaction = context.space.state.interactions.get(pathParam(context, 'id'));
    if (!interaction || !isActive(interaction))
      return json(200, { statusCode: 6, statusMessage: `Interaction ${pathParam(context, 'id')} not found` });
    const userData = (context.body as { userData?: unknown } | undefined)?.userData;
    if (typeof userData === 'object' && userData !== null && !Array.isArray(userData))
      Object.assign(interaction.userData, userData);
    return json(200, { statusCode: 0 });
  }),
  performGwsInteractionOperation: withSession(perform),
};
