/**
 * What every scenario is built from: the Scenario shape, tracked creates, writes to what the run owns, and the
 * request-scoped findings they report. One home, so the four surfaces' flows differ only in what their operations
 * mean.
 */
import type fc from 'fast-check';
import type { FindingDraft } from '../check.js';
import type { OperationId } from '../operation-ids.js';
import type { Ownership, Undo } from '../run/cleanup-registry.js';
import { type Flow, type Reply, settleCreate, type Step } from '../run/flow.js';
import type { CallRequest } from '../run/request-builder.js';
import { requestPropertyArbitrary } from '../run/schema-values.js';

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

/** A stateful flow on one surface. Scenarios are the only code that knows what a surface's operations mean. */
export interface Scenario {
  name: string;
  run(flow: Flow): Promise<void>;
}

/** A scenario with its read-only variant: a --read-only run calls only `readOnly` (x-safe operations only). */
export function defineScenario(
  name: string,
  flows: { write(flow: Flow): Promise<void>; readOnly(flow: Flow): Promise<void> },
): Scenario {
  return { name, run: (flow) => (flow.settings.readOnly ? flows.readOnly(flow) : flows.write(flow)) };
}

/**
 * Where the GMS Open Media and Nexus flows start: their service (--open-media-service), the run id, the run-tagged
 * externalId of their interaction, and the user data its create writes (the run tag, a key to change, one to delete).
 */
export function interactionFlow(flow: Flow, tagSuffix: string) {
  const { openMediaService: service, runId } = flow.settings;
  const written = { cxc_run: runId, cxc_probe: 'alpha', cxc_remove: 'to-delete' };
  return { service, runId, externalId: flow.tag(tagSuffix), written };
}

/** What a read of an interaction must show of the user data this run wrote. */
export interface UserDataExpectation {
  externalId?: string;
  present: Record<string, string>;
  absent: string[];
  /** Keys written by another step than the one a comparison names. */
  writers?: Record<string, string>;
}

/**
 * What their update steps change (cxc_probe to `beta`, cxc_added added, cxc_remove deleted), and what a read after
 * the update must then show; cxc_run is still the create's (`createdBy`), so a finding about it names that step.
 */
export const USER_DATA_UPDATE = {
  changed: { cxc_probe: 'beta' },
  added: { cxc_added: 'gamma' },
  deleted: 'cxc_remove',
};
export const updatedUserData = (runId: string, createdBy: string): UserDataExpectation => ({
  present: { cxc_run: runId, ...USER_DATA_UPDATE.changed, ...USER_DATA_UPDATE.added },
  absent: [USER_DATA_UPDATE.deleted],
  writers: { cxc_run: `"${createdBy}"` },
});

/** A finding about the scenario's own request and what became of it (a write refused, a read that failed). */
export function requestFinding(message: string, received: unknown, documented: unknown, pointer = '/'): FindingDraft {
  return { message, received, documented, pointer, scope: 'request' };
}

export interface TrackedCreate {
  /** What cleanup reports (`GMS service`, `Nexus interaction`). */
  kind: string;
  operationId: OperationId;
  label?: string;
  undo: Undo;
  request: CallRequest;
  /** See CallOptions.probeAvailability. */
  probeAvailability?: string;
  /** Reads the new resource's id from a reply body. */
  idOf: (body: unknown) => string | undefined;
}

/**
 * A create tracked from the moment it is sent (issue 12 item 1): announced to cleanup first, then sent, then settled
 * from its answer. `id` is the confirmed id, `null` when the answer did not confirm one (see settleCreate).
 */
export async function trackedCreate(
  flow: Flow,
  s: Step,
  create: TrackedCreate,
): Promise<{ own: Ownership; reply: Reply; id: string | undefined | null }> {
  const { kind, operationId, label, undo, request, probeAvailability, idOf } = create;
  const own = flow.announce({ kind, operationId, step: s.name, label }, undo);
  const reply = await s.call(operationId, request, { creates: own, probeAvailability });
  return { own, reply, id: settleCreate(own, reply, idOf) };
}

/**
 * A write the server took: any 2xx. The documented status is 200 (or 204), but a 201 or 202 is the server saying it
 * accepted the write, not refusing it: status-code-conformance reports the undocumented status (one fault, one
 * finding), and the read that follows says whether the write took effect, instead of every later step being
 * skipped behind a "not accepted".
 */
export const tookTheWrite = (reply: Reply): boolean => reply.status >= 200 && reply.status < 300;

/** How a surface tells an accepted write from a refused one, and what it reports for a refusal. */
export interface WriteOutcome {
  accepted(reply: Reply): boolean;
  refused(what: string, reply: Reply): FindingDraft;
}

/**
 * A write to something this run created (`owned`) or the user named (`consent`): an update, a stop, a delete. A
 * refusal is a round-trip finding and the result is undefined, so the steps that need the write skip. A write that
 * `removes` what an Ownership tracks (a stop, a delete) counts, once accepted, as cleaned up by the scenario.
 */
export async function acceptedWrite(
  s: Step,
  outcome: WriteOutcome,
  what: string,
  call: { operationId: OperationId; request: CallRequest; owned?: string; consent?: boolean; removes?: Ownership },
): Promise<Reply | undefined> {
  const reply = await s.call(call.operationId, call.request, { owned: call.owned, consent: call.consent });
  if (outcome.accepted(reply)) {
    call.removes?.removedByScenario(call.operationId, 'cleaned');
    return reply;
  }
  s.report(reply.exchange, 'round-trip', [outcome.refused(what, reply)]);
  return undefined;
}

/** A read after a write answered other than 200: what `written` names cannot be read back. */
export function notReadBack(
  reply: Reply,
  written: string,
  received: unknown = reply.body ?? reply.status,
): FindingDraft[] | undefined {
  if (reply.status === 200) return undefined;
  return [requestFinding(`${written} cannot be read back (HTTP ${reply.status})`, received, 200)];
}

/** round-trip: sends `request` until `judge` finds nothing wrong in the reply (with Step.readBack's retries). */
export function readBackCall(
  s: Step,
  operationId: OperationId,
  request: CallRequest,
  judge: (reply: Reply) => FindingDraft[],
): Promise<Reply> {
  return s.readBack(operationId, async () => {
    const reply = await s.call(operationId, request);
    return { reply, drafts: judge(reply) };
  });
}

/**
 * round-trip with generated values (issue 12 item 5): maps of user data drawn from the contract's schema of one
 * request body property (`write`, see requestPropertyArbitrary), each written and read back by `attempt`, seeded and
 * shrunk by Step.property.
 */
export function generatedUserData(
  flow: Flow,
  s: Step,
  write: { operationId: OperationId; mediaType: string; property: string; branch?: Record<string, unknown> },
  keyPrefix: string,
  read: OperationId,
  attempt: (userData: Record<string, string>) => Promise<{ reply: Reply; drafts: FindingDraft[] }>,
): Promise<void> {
  const values = requestPropertyArbitrary(flow.surface, write, { keyPrefix });
  return s.property(read, values as fc.Arbitrary<Record<string, string>>, attempt);
}
