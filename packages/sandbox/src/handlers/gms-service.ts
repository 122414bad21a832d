// GMS Service API v1 (seed 001; domain-notes §3): configured services, service-specific requests, storage.
// Real HTTP statuses here: 404 for an unknown service name or key, 500 {"message":"Could not read JSON: …"} for
// unreadable JSON (seed 001; contract-decisions rule 16), which is why the front end hands those bodies through.
import { type Answer, empty, json, text } from '../responses.js';
import { type StoredValue, storedSize } from '../state.js';
import { type HandlerContext, type HandlerRegistry, pathParam } from './handler.js';

/** Operations that answer unreadable JSON the platform's way (seed 001), not with the front end's 400. */
export const GMS_JSON_ERROR_OPERATIONS = new Set(['createGmsService', 'createOrUpdateGmsStorage']);

function couldNotReadJson(message: string): Answer {
  return json(500, { message: `Could not read JSON: ${message}` });
}

/**
 * seed 001 "JSON Body": ORS takes flat key/values only, so GMS turns maps into `{street=mystreet, city=mycity}` and
 * arrays into `[9002@SIP_Switch, 5555666]` (Java's toString forms).
 */
export function flattenGmsValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flattenGmsValue).join(', ')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([key, item]) => `${key}=${flattenGmsValue(item)}`)
      .join(', ')}}`;
  return String(value);
}

interface FilePart {
  filename: string;
  contentType: string;
  data: Uint8Array;
}

function isFilePart(value: unknown): value is FilePart {
  return typeof value === 'object' && value !== null && (value as FilePart).data instanceof Uint8Array;
}

/** The body's key/value pairs as GMS stores them: strings (JSON flattened), files with their content type. */
function storedValues(body: unknown): Map<string, StoredValue> {
  const values = new Map<string, StoredValue>();
  if (typeof body !== 'object' || body === null) return values;
  for (const [key, value] of Object.entries(body)) {
    if (isFilePart(value))
      values.set(key, { bytes: value.data, contentType: value.contentType, filename: value.filename });
    else if (typeof value === 'string') values.set(key, { value });
    else values.set(key, { value: flattenGmsValue(value) });
  }
  return values;
}

function write(context: HandlerContext, id: string, values: Map<string, StoredValue>): void {
  const { state } = context.space;
  const area = state.storage.get(id) ?? new Map<string, StoredValue>();
  let delta = 0;
  for (const [key, value] of values) delta += storedSize(value) - (area.get(key) ? storedSize(area.get(key)!) : 0);
  if (delta > 0) context.namespaces.reserve(context.space, { bytes: delta });
  for (const [key, value] of values) area.set(key, value);
  state.storage.set(id, area);
  state.storedBytes += delta;
}

function removeArea(context: HandlerContext, id: string, key?: string): void {
  const { state } = context.space;
  const area = state.storage.get(id);
  if (!area) return;
  for (const [name, value] of area)
    if (key === undefined || key === name) {
      state.storedBytes -= storedSize(value);
      area.delete(name);
    }
  if (key === undefined) state.storage.delete(id);
}

/**
 * seed 001: the body of a service-specific request is "defined by the given service request definition"; the
 * sandbox has no service definitions, so it echoes the request (least surprising; README, "GMS Service API").
 */
function serviceRequest(context: HandlerContext): Answer {
  const service = context.space.state.gmsServices.get(pathParam(context, 'id'));
  const request =
    context.params.request ??
    new URL(context.request.url).pathname
      .split(`/${pathParam(context, 'id')}/`)
      .slice(1)
      .join('/');
  return json(200, { _id: pathParam(context, 'id'), request, ...(service ? { service: service.name } : {}) });
}

/** seed 001 DELETE examples answer "OK". */
const ok = () => text(200, 'OK');

export const gmsServiceHandlers: HandlerRegistry = {
  createGmsService(context) {
    if (context.unreadableJson !== undefined) return couldNotReadJson(context.unreadableJson);
    const name = pathParam(context, 'id');
    const configured = context.config.gmsServices[name];
    // seed 001: "If a matching services does not find a match, it will return … 404".
    if (!configured) return empty(404);
    const id = crypto.randomUUID();
    const values = storedValues(context.body);
    const data: Record<string, string> = {};
    for (const [key, value] of values) if (value.value !== undefined) data[key] = value.value;
    context.space.state.gmsServices.set(id, { id, name, data, createdAt: context.now.toISOString() });
    // The service's parameters (files included) go to its storage area, which the storage API reads (seed 001).
    write(context, id, values);
    // seed 001 example: `{"_id": "39a98e24-…", "_access_number": …}`; every example and client uses `_id`.
    return json(200, { _id: id, ...configured.reply });
  },

  requestGmsService: serviceRequest,
  // The chat requests whose names span segments (U6, G4: ixn/chat, ixn/chat/refresh, …) are the same kind of call.
  startGmsChat: serviceRequest,
  refreshGmsChat: serviceRequest,
  sendGmsChatMessage: serviceRequest,
  disconnectGmsChat: serviceRequest,

  deleteGmsService(context) {
    // seed 001 "Delete Service": the service and the storage area associated with it.
    context.space.state.gmsServices.delete(pathParam(context, 'id'));
    removeArea(context, pathParam(context, 'id'));
    return ok();
  },

  listGmsStorageKeys(context) {
    // seed 001 "Query All Keys": a flat object of the text keys; binary keys are read one by one (binary/{key}).
    const area = context.space.state.storage.get(pathParam(context, 'id'));
    const result: Record<string, string> = {};
    for (const [key, value] of area ?? []) if (value.value !== undefined) result[key] = value.value;
    return json(200, result);
  },

  createOrUpdateGmsStorage(context) {
    if (context.unreadableJson !== undefined) return couldNotReadJson(context.unreadableJson);
    write(context, pathParam(context, 'id'), storedValues(context.body));
    return empty(200);
  },

  deleteGmsStorage(context) {
    removeArea(context, pathParam(context, 'id'));
    return ok();
  },

  getGmsStorageKey(context) {
    const value = context.space.state.storage.get(pathParam(context, 'id'))?.get(pathParam(context, 'key'));
    if (!value || value.value === undefined) return empty(404);
    // seed 001 says `{"key4":"value4"}` (not the value itself) while its example shows the bare value: JSON by
    // default, the bare value for a client that asks for text/plain only.
    const accept = context.request.headers.get('accept') ?? '';
    if (/text\/plain/.test(accept) && !/json|\*\/\*/.test(accept)) return text(200, value.value);
    return json(200, { [pathParam(context, 'key')]: value.value });
  },

  getGmsStorageBinaryKey(context) {
    const value = context.space.state.storage.get(pathParam(context, 'id'))?.get(pathParam(context, 'key'));
    // seed 001 "Query Binary": "Binary stream content and its content type"; 404 when the key does not exist.
    if (!value) return empty(404);
    if (value.bytes)
      return {
        status: 200,
        headers: { 'content-type': value.contentType ?? 'application/octet-stream' },
        body: value.bytes.slice(),
      };
    return text(200, value.value ?? '');
  },

  deleteGmsStorageKey(context) {
    removeArea(context, pathParam(context, 'id'), pathParam(context, 'key'));
    return ok();
  },
};
