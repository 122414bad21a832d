// Namespaces: every caller's state, faults and request log live in its own namespace, so twenty people (or CI jobs)
// share one sandbox without seeing each other's data (issue 11, "Isolation"). Bounded: caps per namespace and in
// total, and namespaces nobody used for `idleMs` are dropped. Expiry runs on the request path (no timers), so the
// core holds no handle that keeps a process or a service worker alive.
import type { Fault } from './faults.js';
import { CapError } from './responses.js';
import { createState, type NamespaceState } from './state.js';

export interface Caps {
  /** Namespaces held at once. */
  namespaces: number;
  /** Interactions per namespace (any state). */
  interactionsPerNamespace: number;
  /** Interactions over all namespaces. */
  interactionsTotal: number;
  /** Bytes of GMS storage values per namespace. */
  bytesPerNamespace: number;
  /** Bytes of GMS storage values over all namespaces. */
  bytesTotal: number;
  /** Context Services services per namespace. */
  csServicesPerNamespace: number;
  /** Context Services services over all namespaces. */
  csServicesTotal: number;
  /** Web Services sessions over all namespaces. */
  sessions: number;
}

export const DEFAULT_CAPS: Caps = {
  namespaces: 200,
  interactionsPerNamespace: 2000,
  interactionsTotal: 50_000,
  bytesPerNamespace: 5 * 1024 * 1024,
  bytesTotal: 100 * 1024 * 1024,
  csServicesPerNamespace: 1000,
  csServicesTotal: 20_000,
  sessions: 2000,
};

export type { Fault };

export interface LogEntry {
  time: string;
  namespace: string;
  method: string;
  path: string;
  operationId?: string;
  status: number;
  ms: number;
  violations?: { location: string; field?: string; rule: string; message: string }[];
}

export interface Namespace {
  name: string;
  state: NamespaceState;
  faults: Fault[];
  log: LogEntry[];
}

export interface Session {
  id: string;
  namespace: string;
  user: string;
  csrfToken: string;
}

export class Namespaces {
  private readonly spaces = new Map<string, Namespace>();
  /** JSESSIONID → session; one session per (namespace, Basic user): `${namespace}\n${user}` → JSESSIONID. */
  private readonly sessions = new Map<string, Session>();
  private readonly sessionByUser = new Map<string, string>();
  private lastSweep = 0;

  constructor(
    readonly caps: Caps,
    private readonly idleMs: number,
    private readonly logSize: number,
    private readonly clock: () => number,
    /** Faults armed in every namespace when it is created (the node adapter's --fault). */
    private readonly initialFaults: readonly Fault[] = [],
  ) {}

  names(): string[] {
    return [...this.spaces.keys()];
  }

  peek(name: string): Namespace | undefined {
    return this.spaces.get(name);
  }

  /** The namespace, created on first use; throws a CapError when a new one would exceed the namespace cap. */
  get(name: string): Namespace {
    const now = this.clock();
    this.sweep(now);
    let space = this.spaces.get(name);
    if (!space) {
      if (this.spaces.size >= this.caps.namespaces)
        throw new CapError(
          'namespaces',
          this.caps.namespaces,
          `The sandbox holds ${this.caps.namespaces} namespaces, its cap; reset one (DELETE /__sandbox/namespace) or wait for idle ones to expire.`,
        );
      space = { name, state: createState(now), faults: this.initialFaults.map((fault) => ({ ...fault })), log: [] };
      this.spaces.set(name, space);
    }
    space.state.lastUsed = now;
    return space;
  }

  set(name: string, state: NamespaceState): void {
    const existing = this.spaces.get(name);
    if (!existing && this.spaces.size >= this.caps.namespaces)
      throw new CapError(
        'namespaces',
        this.caps.namespaces,
        `The sandbox holds ${this.caps.namespaces} namespaces, its cap.`,
      );
    state.lastUsed = this.clock();
    this.spaces.set(name, {
      name,
      state,
      faults: existing?.faults ?? this.initialFaults.map((fault) => ({ ...fault })),
      log: existing?.log ?? [],
    });
  }

  /** Drop a namespace (its state, faults, log and sessions). */
  delete(name: string): boolean {
    for (const [id, session] of this.sessions)
      if (session.namespace === name) {
        this.sessions.delete(id);
        this.sessionByUser.delete(`${name}\n${session.user}`);
      }
    return this.spaces.delete(name);
  }

  clear(): void {
    this.spaces.clear();
    this.sessions.clear();
    this.sessionByUser.clear();
  }

  totals(): { interactions: number; bytes: number; csServices: number } {
    let interactions = 0;
    let bytes = 0;
    let csServices = 0;
    for (const space of this.spaces.values()) {
      interactions += space.state.interactions.size;
      bytes += space.state.storedBytes;
      csServices += space.state.csServices.size;
    }
    return { interactions, bytes, csServices };
  }

  /** Whether adding interactions would go over the per-namespace or the total cap. */
  wouldExceed(space: Namespace, add: { interactions: number }): boolean {
    return (
      space.state.interactions.size + add.interactions > this.caps.interactionsPerNamespace ||
      this.totals().interactions + add.interactions > this.caps.interactionsTotal
    );
  }

  /** Throws a CapError when adding this much to the namespace would go over a cap. */
  reserve(space: Namespace, add: { interactions?: number; bytes?: number; csServices?: number }): void {
    const { state } = space;
    if (add.interactions) {
      if (state.interactions.size + add.interactions > this.caps.interactionsPerNamespace)
        throw new CapError(
          'interactionsPerNamespace',
          this.caps.interactionsPerNamespace,
          `Namespace '${space.name}' holds ${state.interactions.size} interactions; its cap is ${this.caps.interactionsPerNamespace}. Reset it (POST /__sandbox/reset).`,
        );
      if (this.totals().interactions + add.interactions > this.caps.interactionsTotal)
        throw new CapError(
          'interactionsTotal',
          this.caps.interactionsTotal,
          `The sandbox holds its cap of ${this.caps.interactionsTotal} interactions over all namespaces.`,
        );
    }
    if (add.bytes) {
      if (state.storedBytes + add.bytes > this.caps.bytesPerNamespace)
        throw new CapError(
          'bytesPerNamespace',
          this.caps.bytesPerNamespace,
          `Namespace '${space.name}' would hold ${state.storedBytes + add.bytes} bytes of storage; its cap is ${this.caps.bytesPerNamespace}.`,
        );
      if (this.totals().bytes + add.bytes > this.caps.bytesTotal)
        throw new CapError(
          'bytesTotal',
          this.caps.bytesTotal,
          `The sandbox would hold more than its cap of ${this.caps.bytesTotal} bytes of storage over all namespaces.`,
        );
    }
    if (add.csServices && state.csServices.size + add.csServices > this.caps.csServicesPerNamespace)
      throw new CapError(
        'csServicesPerNamespace',
        this.caps.csServicesPerNamespace,
        `Namespace '${space.name}' holds ${state.csServices.size} Context Services services; its cap is ${this.caps.csServicesPerNamespace}.`,
      );
    if (add.csServices && this.totals().csServices + add.csServices > this.caps.csServicesTotal)
      throw new CapError(
        'csServicesTotal',
        this.caps.csServicesTotal,
        `The sandbox holds its cap of ${this.caps.csServicesTotal} Context Services services over all namespaces.`,
      );
  }

  /** Every namespace, for sweeps that free room across them (completed Context Services services). */
  all(): IterableIterator<Namespace> {
    return this.spaces.values();
  }

  record(space: Namespace, entry: LogEntry): void {
    space.log.push(entry);
    if (space.log.length > this.logSize) space.log.splice(0, space.log.length - this.logSize);
  }

  session(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.sessions.get(id);
  }

  /** The session of this Basic user in this namespace, opened on first use (GWS keeps one HTTP session, U10/U11). */
  openSession(namespace: string, user: string): { session: Session; created: boolean } {
    const key = `${namespace}\n${user}`;
    const existing = this.sessions.get(this.sessionByUser.get(key) ?? '');
    if (existing) return { session: existing, created: false };
    if (this.sessions.size >= this.caps.sessions)
      throw new CapError(
        'sessions',
        this.caps.sessions,
        `The sandbox holds its cap of ${this.caps.sessions} sessions.`,
      );
    const session = { id: randomToken(), namespace, user, csrfToken: crypto.randomUUID() };
    this.sessions.set(session.id, session);
    this.sessionByUser.set(key, session.id);
    return { session, created: true };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < Math.min(60_000, this.idleMs)) return;
    this.lastSweep = now;
    for (const [name, space] of this.spaces) if (now - space.state.lastUsed > this.idleMs) this.delete(name);
  }
}

function randomToken(): string {
  return crypto.randomUUID().replace(/-/g, '').toUpperCase();
}
