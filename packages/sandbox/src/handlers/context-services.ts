// Context Services (seed 004; domain-notes §6): services, states and tasks, and the composite start's
// find-or-create. Errors are 4xx with `{message, exception}` (U25, U26; the per-code table is not published).
import { type Answer, empty, json } from '../responses.js';
import type { CsEventData, CsServiceRecord, CsStateRecord, CsTaskRecord } from '../state.js';
import { type HandlerContext, type HandlerRegistry, pathParam } from './handler.js';

const EXCEPTION = 'com.genesyslab.gsg.services.contextservices.exceptions.ContextServicesExceptionResource';

/** U25, U26: the application error body of every 4xx, `{message, exception}` (contract: CsError). */
export function csError(message: string): { message: string; exception: string } {
  return { message, exception: EXCEPTION };
}

function notFound(what: string): Answer {
  return json(404, csError(`${what} not found`));
}

/** The start event's fields without the ones the records keep apart; the rest is attached data (U21, U23). */
function eventData(event: Record<string, unknown>, now: Date, omit: string[]): CsEventData {
  const data: CsEventData = { timestamp: now.toISOString() };
  for (const [key, value] of Object.entries(event)) if (!omit.includes(key)) data[key] = value;
  return data;
}

function startService(context: HandlerContext, event: Record<string, unknown>): CsServiceRecord {
  const state = context.space.state;
  // Completed services make room first (oldest first), as ended interactions do: the caps bound a long run.
  const { caps } = context.namespaces;
  if (state.csServices.size >= caps.csServicesPerNamespace)
    for (const [id, service] of state.csServices) if (service.completed) state.csServices.delete(id);
  if (context.namespaces.totals().csServices >= caps.csServicesTotal)
    for (const space of context.namespaces.all())
      for (const [id, service] of space.state.csServices) if (service.completed) space.state.csServices.delete(id);
  context.namespaces.reserve(context.space, { csServices: 1 });
  const service: CsServiceRecord = {
    service_id: ++state.counters.csService,
    ...(event.service_type !== undefined ? { service_type: event.service_type } : {}),
    ...(typeof event.customer_id === 'string' ? { customer_id: event.customer_id } : {}),
    ...(typeof event.contact_key === 'string' ? { contact_key: event.contact_key } : {}),
    started: eventData(event, context.now, ['service_type', 'customer_id', 'contact_key']),
    states: [],
    tasks: [],
  };
  state.csServices.set(service.service_id, service);
  return service;
}

function startState(context: HandlerContext, service: CsServiceRecord, event: Record<string, unknown>): CsStateRecord {
  const record: CsStateRecord = {
    state_id: ++context.space.state.counters.csState,
    ...(event.state_type !== undefined ? { state_type: event.state_type } : {}),
    started: eventData(event, context.now, ['state_type']),
  };
  service.states.push(record);
  return record;
}

function startTask(
  context: HandlerContext,
  service: CsServiceRecord,
  event: Record<string, unknown>,
  stateId?: number,
): CsTaskRecord {
  const record: CsTaskRecord = {
    task_id: ++context.space.state.counters.csTask,
    ...(event.task_type !== undefined ? { task_type: event.task_type } : {}),
    ...(stateId !== undefined ? { state_id: stateId } : {}),
    started: eventData(event, context.now, ['task_type']),
  };
  service.tasks.push(record);
  return record;
}

const same = (a: unknown, b: unknown) => (a === undefined && b === undefined) || String(a) === String(b);

/** G1 reads `active_states`, `completed_states`, `active_tasks`, `completed_tasks` off a service (domain-notes §6). */
function serviceView(service: CsServiceRecord): Record<string, unknown> {
  const { states, tasks, ...rest } = service;
  return {
    ...rest,
    active_states: states.filter((item) => !item.completed),
    completed_states: states.filter((item) => item.completed),
    active_tasks: tasks.filter((item) => !item.completed),
    completed_tasks: tasks.filter((item) => item.completed),
  };
}

function serviceOf(context: HandlerContext): CsServiceRecord | undefined {
  return context.space.state.csServices.get(Number(pathParam(context, 'service_id')));
}

type Filter = 'all' | 'active' | 'completed';

function listServices(context: HandlerContext, match: (service: CsServiceRecord) => boolean, filter: Filter): Answer {
  const types =
    typeof context.query.service_types === 'string'
      ? context.query.service_types.split(',').map((t) => t.trim())
      : undefined;
  const from = typeof context.query.started_from === 'string' ? Date.parse(context.query.started_from) : Number.NaN;
  const to = typeof context.query.started_to === 'string' ? Date.parse(context.query.started_to) : Number.NaN;
  const services = [...context.space.state.csServices.values()].filter((service) => {
    if (!match(service)) return false;
    if (filter === 'active' && service.completed) return false;
    if (filter === 'completed' && !service.completed) return false;
    if (types && !types.includes(String(service.service_type))) return false;
    const started = Date.parse(String(service.started.timestamp));
    if (!Number.isNaN(from) && started < from) return false;
    if (!Number.isNaN(to) && started > to) return false;
    return true;
  });
  return json(200, services.map(serviceView));
}

function byCustomer(filter: Filter) {
  return (context: HandlerContext) =>
    listServices(context, (service) => service.customer_id === pathParam(context, 'customer_id'), filter);
}

function anonymous(filter: Filter) {
  // U21: a service without customer_id is anonymous and found later by its contact_key.
  return (context: HandlerContext) =>
    listServices(
      context,
      (service) => service.customer_id === undefined && service.contact_key === pathParam(context, 'contact_key'),
      filter,
    );
}

function body(context: HandlerContext): Record<string, unknown> {
  return (context.body ?? {}) as Record<string, unknown>;
}

/** A service's states and tasks share one lifecycle (domain-notes §6): listed, got and ended by their id. */
const RECORDS = {
  states: { id: 'state_id', name: 'state' },
  tasks: { id: 'task_id', name: 'task' },
} as const;
type RecordKind = keyof typeof RECORDS;

function recordOf(context: HandlerContext, kind: RecordKind): CsStateRecord | CsTaskRecord | undefined {
  const { id } = RECORDS[kind];
  const wanted = Number(context.params[id]);
  return (serviceOf(context)?.[kind] as (CsStateRecord | CsTaskRecord)[] | undefined)?.find(
    (item) => (item as unknown as Record<string, unknown>)[id] === wanted,
  );
}

function listRecords(kind: RecordKind) {
  return (context: HandlerContext) => {
    const service = serviceOf(context);
    return service ? json(200, service[kind]) : notFound(`Service ${context.params.service_id}`);
  };
}

function getRecord(kind: RecordKind) {
  const { id, name } = RECORDS[kind];
  return (context: HandlerContext) => {
    const record = recordOf(context, kind);
    return record ? json(200, record) : notFound(`${name[0]!.toUpperCase()}${name.slice(1)} ${context.params[id]}`);
  };
}

function endRecord(kind: RecordKind) {
  const { id, name } = RECORDS[kind];
  return (context: HandlerContext) => {
    const record = recordOf(context, kind);
    if (!record || record.completed) return notFound(`Active ${name} ${context.params[id]}`);
    record.completed = eventData(body(context), context.now, []);
    return empty(204);
  };
}

export const contextServicesHandlers: HandlerRegistry = {
  startCsCompositeService(context) {
    const entries = (body(context).services ?? []) as {
      service: Record<string, unknown>;
      state: Record<string, unknown>;
      task?: Record<string, unknown>;
      associate_state_task?: boolean | string;
    }[];
    const results: Record<string, unknown>[] = [];
    let location = '';
    for (const entry of entries) {
      // seed 004: an active service with the same customer_id + service_type + contact_key is reused, else created;
      // inside it, the active state / task with the same state_type / task_type is reused, else created.
      let service = [...context.space.state.csServices.values()].find(
        (candidate) =>
          !candidate.completed &&
          same(candidate.customer_id, entry.service.customer_id) &&
          same(candidate.service_type, entry.service.service_type) &&
          same(candidate.contact_key, entry.service.contact_key),
      );
      const serviceCreated = !service;
      service ??= startService(context, entry.service);
      let state = service.states.find((item) => !item.completed && same(item.state_type, entry.state.state_type));
      const stateCreated = !state;
      state ??= startState(context, service, entry.state);
      // seed 004: `associate_state_task` true (a boolean, or the string "true" of its example) links the task to the state.
      const associate = entry.associate_state_task === true || entry.associate_state_task === 'true';
      const result: Record<string, unknown> = {
        service: { service_id: service.service_id, created: String(serviceCreated) },
        state: { state_id: state.state_id, created: String(stateCreated) },
      };
      let entryLocation = `/genesys/1/cs/services/${service.service_id}/states/${state.state_id}`;
      if (entry.task) {
        let task = service.tasks.find((item) => !item.completed && same(item.task_type, entry.task!.task_type));
        const taskCreated = !task;
        task ??= startTask(context, service, entry.task, associate ? state.state_id : undefined);
        if (associate) task.state_id = state.state_id;
        result.task = { task_id: task.task_id, created: String(taskCreated) };
        entryLocation = `/genesys/1/cs/services/${service.service_id}/tasks/${task.task_id}`;
      }
      // seed 004: Location is the task's URI, or the state's when no task was given (the first entry's).
      location ||= entryLocation;
      results.push(result);
    }
    return json(200, { services: results }, location ? { location } : {});
  },

  startCsService(context) {
    // G1 (domain-notes §6): start answers 201 with `{"service_id": …}`.
    const service = startService(context, body(context));
    return json(201, { service_id: service.service_id }, { location: `/genesys/1/cs/services/${service.service_id}` });
  },

  getCsService(context) {
    const service = serviceOf(context);
    return service ? json(200, serviceView(service)) : notFound(`Service ${pathParam(context, 'service_id')}`);
  },

  endCsService(context) {
    const service = serviceOf(context);
    if (!service || service.completed) return notFound(`Active service ${pathParam(context, 'service_id')}`);
    service.completed = eventData(body(context), context.now, []);
    // U23: completing a service ends what is still open in it.
    for (const item of [...service.states, ...service.tasks])
      item.completed ??= { timestamp: context.now.toISOString() };
    return empty(204);
  },

  listCsStates: listRecords('states'),

  startCsState(context) {
    const service = serviceOf(context);
    if (!service || service.completed) return notFound(`Active service ${pathParam(context, 'service_id')}`);
    const state = startState(context, service, body(context));
    return json(201, { state_id: state.state_id });
  },

  getCsState: getRecord('states'),
  endCsState: endRecord('states'),
  listCsTasks: listRecords('tasks'),

  startCsTask(context) {
    const service = serviceOf(context);
    if (!service || service.completed) return notFound(`Active service ${pathParam(context, 'service_id')}`);
    const event = body(context);
    const stateId = typeof event.state_id === 'number' ? event.state_id : undefined;
    const task = startTask(context, service, event, stateId);
    return json(201, { task_id: task.task_id });
  },

  getCsTask: getRecord('tasks'),
  endCsTask: endRecord('tasks'),

  listCsCustomerServices: byCustomer('all'),
  listCsActiveCustomerServices: byCustomer('active'),
  listCsCompletedCustomerServices: byCustomer('completed'),
  listCsAnonymousServices: anonymous('all'),
  listCsActiveAnonymousServices: anonymous('active'),
  listCsCompletedAnonymousServices: anonymous('completed'),
};
