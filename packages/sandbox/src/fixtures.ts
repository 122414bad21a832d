// Versioned JSON fixtures: the state of one namespace, or of several, as plain JSON (issue 11, "export and import its
// state as a versioned JSON fixture"). Binary storage values are base64. Sessions are not part of a fixture: they
// belong to the clients that opened them.
import {
  createState,
  type CsServiceRecord,
  type GmsService,
  type Interaction,
  type NamespaceState,
  type StoredValue,
  storedSize,
} from './state.js';

export const FIXTURE_VERSION = 1;

export interface NamespaceFixture {
  interactions: Interaction[];
  gmsServices: GmsService[];
  storage: Record<string, Record<string, { value?: string; base64?: string; contentType?: string; filename?: string }>>;
  csServices: CsServiceRecord[];
  counters: NamespaceState['counters'];
}

export interface Fixture {
  version: typeof FIXTURE_VERSION;
  namespaces: Record<string, NamespaceFixture>;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function exportNamespace(state: NamespaceState): NamespaceFixture {
  const storage: NamespaceFixture['storage'] = {};
  for (const [id, area] of state.storage) {
    storage[id] = {};
    for (const [key, stored] of area)
      storage[id][key] = {
        ...(stored.value !== undefined ? { value: stored.value } : {}),
        ...(stored.bytes ? { base64: toBase64(stored.bytes) } : {}),
        ...(stored.contentType ? { contentType: stored.contentType } : {}),
        ...(stored.filename ? { filename: stored.filename } : {}),
      };
  }
  return {
    interactions: [...state.interactions.values()],
    gmsServices: [...state.gmsServices.values()],
    storage,
    csServices: [...state.csServices.values()],
    counters: { ...state.counters },
  };
}

/** Throws a TypeError naming the first thing that is not a fixture, with where it is. */
export function importNamespace(fixture: unknown, where: string, now: number): NamespaceState {
  const data = asObject(fixture, where);
  const state = createState(now);
  for (const [index, raw] of asArray(data.interactions ?? [], `${where}.interactions`).entries()) {
    const interaction = asObject(raw, `${where}.interactions[${index}]`) as unknown as Interaction;
    if (typeof interaction.id !== 'string' || interaction.id === '')
      throw new TypeError(`${where}.interactions[${index}].id must be a non-empty string.`);
    state.interactions.set(interaction.id, { ...interaction, userData: { ...(interaction.userData ?? {}) } });
  }
  for (const [index, raw] of asArray(data.gmsServices ?? [], `${where}.gmsServices`).entries()) {
    const service = asObject(raw, `${where}.gmsServices[${index}]`) as unknown as GmsService;
    if (typeof service.id !== 'string') throw new TypeError(`${where}.gmsServices[${index}].id must be a string.`);
    state.gmsServices.set(service.id, service);
  }
  for (const [id, rawArea] of Object.entries(asObject(data.storage ?? {}, `${where}.storage`))) {
    const area = new Map<string, StoredValue>();
    for (const [key, rawValue] of Object.entries(asObject(rawArea, `${where}.storage.${id}`))) {
      const stored = asObject(rawValue, `${where}.storage.${id}.${key}`);
      const value: StoredValue = {
        ...(typeof stored.value === 'string' ? { value: stored.value } : {}),
        ...(typeof stored.base64 === 'string' ? { bytes: fromBase64(stored.base64) } : {}),
        ...(typeof stored.contentType === 'string' ? { contentType: stored.contentType } : {}),
        ...(typeof stored.filename === 'string' ? { filename: stored.filename } : {}),
      };
      state.storedBytes += storedSize(value);
      area.set(key, value);
    }
    state.storage.set(id, area);
  }
  for (const [index, raw] of asArray(data.csServices ?? [], `${where}.csServices`).entries()) {
    const service = asObject(raw, `${where}.csServices[${index}]`) as unknown as CsServiceRecord;
    if (!Number.isSafeInteger(service.service_id))
      throw new TypeError(`${where}.csServices[${index}].service_id must be an integer.`);
    state.csServices.set(service.service_id, { ...service, states: service.states ?? [], tasks: service.tasks ?? [] });
  }
  if (data.counters !== undefined) Object.assign(state.counters, asObject(data.counters, `${where}.counters`));
  return state;
}

export function checkFixture(value: unknown): Fixture {
  const fixture = asObject(value, 'fixture');
  if (fixture.version !== FIXTURE_VERSION)
    throw new TypeError(`fixture.version must be ${FIXTURE_VERSION}, got ${JSON.stringify(fixture.version)}.`);
  asObject(fixture.namespaces, 'fixture.namespaces');
  return fixture as unknown as Fixture;
}

function asObject(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TypeError(`${where} must be an object.`);
  return value as Record<string, unknown>;
}

function asArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${where} must be an array.`);
  return value;
}
