// The state of one namespace. One store of interactions is shared by GMS Open Media (v2), Nexus (v3) and Web
// Services (v2): an interaction created through either open media API is the one Web Services lists and an agent
// works (issue 11, "One platform, four surfaces"). Plain data only, so a namespace exports to a JSON fixture.

/** Where an interaction is in its life. GMS reports it as `interactionState` (seed 000 shows `Queued`). */
export type InteractionState =
  | 'Queued'
  | 'Offered'
  | 'Processing'
  | 'InWorkbin'
  | 'Stopped'
  | 'Completed'
  | 'Cancelled';

export interface Interaction {
  id: string;
  externalId?: string;
  /** The GMS `{serviceName}` or Nexus `{openMediaService}` it was created through. */
  service: string;
  createdThrough: 'gms' | 'nexus' | 'fixture';
  interactionType: string;
  interactionSubtype: string;
  mediaType: string;
  queue: string;
  state: InteractionState;
  /** Insertion-ordered user data; GMS reports it as key/type/value entries (seed 000). */
  userData: Record<string, unknown>;
  /** Nexus `data` and `parentInteractionId` (seed 003 createInteractionRequest). */
  data?: Record<string, unknown>;
  parentInteractionId?: string;
  receivedAt: string;
  submittedAt: string;
  placedInQueueAt: string;
  submitSeq: number;
  placeInQueueSeq: number;
  /** The Web Services user (Basic user name) it is offered to / owned by. */
  offeredTo?: string;
  owner?: string;
  workbin?: string;
  stopReason?: { reasonSystemName?: string; reasonDescription?: string };
}

export interface StoredValue {
  /** Text values (form fields, JSON values flattened the GMS way). */
  value?: string;
  /** Binary values (multipart files), base64 in fixtures. */
  bytes?: Uint8Array;
  contentType?: string;
  filename?: string;
}

export interface GmsService {
  id: string;
  name: string;
  data: Record<string, string>;
  createdAt: string;
}

export interface CsEventData {
  timestamp?: string;
  [field: string]: unknown;
}

export interface CsTaskRecord {
  task_id: number;
  task_type?: unknown;
  state_id?: number;
  started: CsEventData;
  completed?: CsEventData;
}

export interface CsStateRecord {
  state_id: number;
  state_type?: unknown;
  started: CsEventData;
  completed?: CsEventData;
}

export interface CsServiceRecord {
  service_id: number;
  service_type?: unknown;
  customer_id?: string;
  contact_key?: string;
  started: CsEventData;
  completed?: CsEventData;
  states: CsStateRecord[];
  tasks: CsTaskRecord[];
}

export interface NamespaceState {
  interactions: Map<string, Interaction>;
  gmsServices: Map<string, GmsService>;
  /** GMS storage areas by service id: a storage area can be written before or without a service (seed 001). */
  storage: Map<string, Map<string, StoredValue>>;
  csServices: Map<number, CsServiceRecord>;
  counters: { interaction: number; seq: number; csService: number; csState: number; csTask: number };
  /** Bytes held in storage values, for the per-namespace cap. */
  storedBytes: number;
  lastUsed: number;
}

export function createState(now: number): NamespaceState {
  return {
    interactions: new Map(),
    gmsServices: new Map(),
    storage: new Map(),
    csServices: new Map(),
    // Context Services ids: the seed's example ids (111222, 333444, 555666) are the first ones handed out, so a
    // fresh namespace answers the composite start like seed 004's example.
    counters: { interaction: 0, seq: 1049035, csService: 111221, csState: 333443, csTask: 555665 },
    storedBytes: 0,
    lastUsed: now,
  };
}

export function storedSize(value: StoredValue): number {
  return (value.bytes?.byteLength ?? 0) + (value.value?.length ?? 0);
}

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A 16-character Genesys-style interaction id (seed 000: `01QG0Q2S5S50G000`), unique within the namespace. */
export function nextInteractionId(state: NamespaceState): string {
  // A fixture may hold ids this counter would hand out again: skip those.
  for (;;) {
    const id = formatId(++state.counters.interaction);
    if (!state.interactions.has(id)) return id;
  }
}

function formatId(value: number): string {
  let n = value;
  let suffix = '';
  while (n > 0) {
    suffix = ID_ALPHABET[n % 36] + suffix;
    n = Math.floor(n / 36);
  }
  return `00SB${suffix.padStart(12, '0')}`;
}
