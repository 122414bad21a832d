import type { FindingDraft } from '../check.js';
import { compareRoundTrip, type Expectation } from '../checks/round-trip.js';
import type { Presence, Undo } from '../run/cleanup-registry.js';
import { type Flow, type Reply, type Step, settleCreate, StepError } from '../run/flow.js';
import { findKey, isOverState, text, userDataMap } from './find-value.js';
import * as scenario from './scenario.js';
const NEXUS_MISSING = 'Nexus v3 open media is not served at this base URL, or --open-media-service names no service';

/**
 * Nexus v3 open media (seed 003, domain-notes §5): the Open Media flow through both the id and the `ext_` paths,
 * plus the 409 a duplicate externalId must get. Response bodies are unpublished (x-provisional): written values
 * are searched for anywhere in a reply, and a value that cannot be located is a warning, a value found with the
 * wrong content an error.
 */
export const nexus = scenario.defineScenario('nexus', {
  readOnly: nexusReadOnly,
  async write(flow) {
    const { service, runId, externalId, written } = scenario.interactionFlow(flow, 'nx');
    const byId = (interactionId: string) => ({ openMediaService: service, interactionId });
    const byExt = { openMediaService: service, externalId };
    /** A create of an interaction with this (run-tagged) externalId; cleanup stops it through it. */
    const create = (label: string, userData: Record<string, string> = { cxc_run: runId }) => ({
      kind: 'Nexus interaction',
      operationId: 'createNexusInteraction' as const,
      label,
      undo: stopNexus(flow, service, label),
      request: {
        params: { openMediaService: service },
        body: { externalId: label, userData },
        mediaType: scenario.JSON_TYPE,
      },
      idOf: interactionIdOf,
    });
    /**
     * A create whose interaction later steps use: an answer that is neither a success nor readable ends the step
     * (`hint` says what to check); `id` is undefined when the reply names none, and `unreadable` says why.
     */
    const createInteraction = async (s: Step, request: scenario.TrackedCreate, hint = '') => {
      const { own, reply, id } = await scenario.trackedCreate(flow, s, {
        ...request,
        probeAvailability: NEXUS_MISSING,
      });
      if (id === null && !(reply.status >= 200 && reply.status < 300))
        throw new StepError(`create answered ${reply.status}${hint}`);
      // The create reply's shape is not published (seed 003): one without an id is valid, and the interaction is
      // then read by its externalId to learn the id the by-id steps need.
      const learnt = id === undefined && !reply.unreadable ? await idByExternalId(s, request.label!) : undefined;
      if (learnt) own.confirm(learnt);
      return { id: id ?? learnt, own, unreadable: reply.unreadable };
    };
    const idByExternalId = async (s: Step, label: string) => {
      const operation = s.operation('getNexusInteractionByExternalId');
      const request = { params: { openMediaService: service, externalId: label } };
      if (!s.mayCall(operation, request, {})) return undefined;
      const reply = await s.send(operation, request, {});
      return reply?.status === 200 ? interactionIdOf(reply.body) : undefined;
    };
    /** A create sent as a probe (auth-required, negative-data-rejection): its own run tag, tracked if accepted. */
    const probeCreate = (s: Step, suffix: string) => {
      const { kind, operationId, label, undo, request } = create(flow.tag(suffix));
      const own = flow.announce({ kind, operationId, step: s.name, label }, undo);
      const onAccepted = (answer: Reply) =>
        own.confirm(interactionIdOf(answer.body) ?? interactionIdOf(answer.salvaged));
      return { request, options: { creates: own, onAccepted } };
    };

    const CREATE = 'create with externalId and userData';
    const created = await flow.step(CREATE, 'createNexusInteraction', async (s) => {
      const interaction = await createInteraction(
        s,
        create(externalId, written),
        ', so the remaining steps have no interaction; check --open-media-service and --api-key',
      );

      // auth-required: a create without x-api-key must be refused. Its body carries its own run tag so that, if the
      // server accepts it, cleanup still finds it.
      const noAuth = probeCreate(s, 'nx-noauth');
      await s.withoutCredentials('createNexusInteraction', noAuth.request, noAuth.options);

      // negative-data-rejection: bodies the contract rejects; the externalId (run tag) is never altered.
      const negative = probeCreate(s, 'nx-neg');
      await s.negative('createNexusInteraction', negative.request, { ...negative.options, protect: ['externalId'] });
      return interaction;
    });

    await flow.step('duplicate externalId is refused with 409', 'createNexusInteraction', async (s) => {
      s.need(created, CREATE);
      const duplicate = flow.announce(
        {
          kind: 'Nexus interaction (duplicate)',
          operationId: 'createNexusInteraction',
          step: 'duplicate externalId',
          label: externalId,
        },
        stopNexus(flow, service, externalId),
      );
      const reply = await s.call('createNexusInteraction', create(externalId).request, { creates: duplicate });
      if (settleCreate(duplicate, reply, interactionIdOf) === null && reply.status === 409) return;
      const operation = flow.surface.getOperation('createNexusInteraction')!;
      s.report(reply.exchange, 'status-code-conformance', [
        {
          message: `a second create with the same externalId answered ${reply.status}; the contract documents 409 (resource already exists)`,
          received: reply.status,
          documented: 409,
          specPointer: `${operation.pointer}/responses/409`,
          scope: 'request',
        },
      ]);
    });

    const NO_ID =
      'neither the create reply nor a read by externalId carries an interactionId (the Nexus reply shape is not published), so the by-id steps cannot run';
    // A step that needs the id says why it is missing: an unreadable reply is not an unpublished shape (item 3).
    const noId = (from: { unreadable?: string } | undefined) =>
      from?.unreadable ? `${from.unreadable}, so the by-id steps cannot run` : NO_ID;
    await flow.step('get by id', 'getNexusInteraction', async (s) => {
      const id = s.need(s.need(created, CREATE).id, CREATE, noId(created));
      await scenario.readBackCall(s, 'getNexusInteraction', { params: byId(id) }, (reply) =>
        expectInteraction(reply, { externalId, present: written, absent: [] }, `"${CREATE}"`),
      );
      await s.withoutCredentials('getNexusInteraction', { params: byId(id) });
    });

    await flow.step('get by externalId', 'getNexusInteractionByExternalId', async (s) => {
      s.need(created, CREATE);
      await scenario.readBackCall(s, 'getNexusInteractionByExternalId', { params: byExt }, (reply) =>
        expectInteraction(reply, { externalId, present: written, absent: [] }, `"${CREATE}"`),
      );
      await s.withoutCredentials('getNexusInteractionByExternalId', { params: byExt });
    });

    const UPDATE_ID = 'update by id';
    const updatedById = await flow.step(UPDATE_ID, 'updateNexusInteraction', async (s) => {
      const id = s.need(s.need(created, CREATE).id, CREATE, noId(created));
      const body = {
        changedProperties: scenario.USER_DATA_UPDATE.changed,
        addedProperties: scenario.USER_DATA_UPDATE.added,
        deletedProperties: [scenario.USER_DATA_UPDATE.deleted],
      };
      const reply = await scenario.acceptedWrite(s, NEXUS_WRITE, 'update by id', {
        operationId: 'updateNexusInteraction',
        request: { params: byId(id), body, mediaType: scenario.JSON_TYPE },
        owned: id,
      });
      if (!reply) return undefined;
      await s.negative(
        'updateNexusInteraction',
        { params: byId(id), body, mediaType: scenario.JSON_TYPE },
        { owned: id },
      );
      // Repeating the same change without x-api-key must be refused (and changes nothing if it is not).
      await s.withoutCredentials(
        'updateNexusInteraction',
        {
          params: byId(id),
          body: { changedProperties: scenario.USER_DATA_UPDATE.changed },
          mediaType: scenario.JSON_TYPE,
        },
        { owned: id },
      );
      return true;
    });

    await flow.step('get after update', 'getNexusInteraction', async (s) => {
      const id = s.need(s.need(created, CREATE).id, CREATE, noId(created));
      s.need(updatedById, UPDATE_ID);
      await scenario.readBackCall(s, 'getNexusInteraction', { params: byId(id) }, (reply) =>
        expectInteraction(reply, scenario.updatedUserData(runId, CREATE), `"${UPDATE_ID}"`),
      );
    });

    // Issue 12 item 5: values drawn from the contract's own schema (digit-only, empty, unicode, boundary lengths,
    // odd map keys), seeded and shrunk, so a server that retypes or mangles user data is caught.
    const GENERATED = 'generated user data round-trips';
    await flow.step(GENERATED, 'updateNexusInteraction', async (s) => {
      const id = s.need(s.need(created, CREATE).id, CREATE, noId(created));
      s.need(updatedById, UPDATE_ID);
      const write = {
        operationId: 'updateNexusInteraction' as const,
        mediaType: scenario.JSON_TYPE,
        property: 'addedProperties',
      };
      await scenario.generatedUserData(flow, s, write, 'cxc_g_', 'getNexusInteraction', async (added) => {
        await s.call(
          'updateNexusInteraction',
          { params: byId(id), body: { addedProperties: added }, mediaType: scenario.JSON_TYPE },
          { owned: id },
        );
        return s.readSettled(async () => {
          const reply = await s.call('getNexusInteraction', { params: byId(id) });
          return { reply, drafts: expectInteraction(reply, { present: added, absent: [] }, `"${GENERATED}"`) };
        });
      });
    });

    const UPDATE_EXT = 'update by externalId';
    const updatedByExt = await flow.step(UPDATE_EXT, 'updateNexusInteractionByExternalId', async (s) => {
      s.need(created, CREATE);
      const reply = await scenario.acceptedWrite(s, NEXUS_WRITE, 'update by externalId', {
        operationId: 'updateNexusInteractionByExternalId',
        request: { params: byExt, body: { changedProperties: { cxc_probe: 'delta' } }, mediaType: scenario.JSON_TYPE },
        owned: externalId,
      });
      return reply ? true : undefined;
    });

    await flow.step('get by externalId after update', 'getNexusInteractionByExternalId', async (s) => {
      s.need(updatedByExt, UPDATE_EXT);
      await scenario.readBackCall(s, 'getNexusInteractionByExternalId', { params: byExt }, (reply) =>
        expectInteraction(reply, { present: { cxc_probe: 'delta' }, absent: [] }, `"${UPDATE_EXT}"`),
      );
    });

    const STOP_EXT = 'stop by externalId';
    const stopped = await flow.step(STOP_EXT, 'stopNexusInteractionByExternalId', async (s) => {
      const { own } = s.need(created, CREATE);
      const reply = await scenario.acceptedWrite(s, NEXUS_WRITE, 'stop by externalId', {
        operationId: 'stopNexusInteractionByExternalId',
        request: {
          params: byExt,
          body: { reasonSystemName: 'Cancel', reasonDescription: `cx-conformance run ${runId}` },
          mediaType: scenario.JSON_TYPE,
        },
        owned: externalId,
        removes: own,
      });
      return reply ? true : undefined;
    });

    await flow.step('get after stop', 'getNexusInteractionByExternalId', async (s) => {
      s.need(stopped, STOP_EXT);
      await scenario.readBackCall(s, 'getNexusInteractionByExternalId', { params: byExt }, expectStopped);
    });

    // Stop through the id path needs an interaction of its own.
    const secondExternalId = flow.tag('nx2');
    const CREATE2 = 'create a second interaction (for stop by id)';
    const second = await flow.step(CREATE2, 'createNexusInteraction', async (s) => {
      return createInteraction(s, create(secondExternalId));
    });

    const STOP_ID = 'stop by id';
    const stoppedById = await flow.step(STOP_ID, 'stopNexusInteraction', async (s) => {
      const { id, own } = s.need(second, CREATE2);
      const interactionId = s.need(id, CREATE2, noId(second));
      const reply = await scenario.acceptedWrite(s, NEXUS_WRITE, 'stop by id', {
        operationId: 'stopNexusInteraction',
        request: { params: byId(interactionId), body: {}, mediaType: scenario.JSON_TYPE },
        owned: interactionId,
        removes: own,
      });
      return reply ? interactionId : undefined;
    });

    await flow.step('get after stop by id', 'getNexusInteraction', async (s) => {
      const interactionId = s.need(stoppedById, STOP_ID);
      await scenario.readBackCall(s, 'getNexusInteraction', { params: byId(interactionId) }, expectStopped);
    });
  },
});

async function nexusReadOnly(flow: Flow): Promise<void> {
  const service = flow.settings.openMediaService;
  const id = { openMediaService: service, interactionId: flow.tag('absent') };
  const ext = { openMediaService: service, externalId: flow.tag('absent') };
  await flow.step('get an id that does not exist', 'getNexusInteraction', async (s) => {
    await s.call('getNexusInteraction', { params: id }, { probeAvailability: NEXUS_MISSING });
    await s.withoutCredentials('getNexusInteraction', { params: id });
  });
  await flow.step('get an externalId that does not exist', 'getNexusInteractionByExternalId', async (s) => {
    await s.call('getNexusInteractionByExternalId', { params: ext });
    await s.withoutCredentials('getNexusInteractionByExternalId', { params: ext });
  });
}

/** The reply shape is unpublished: the id may sit at the top or under a wrapper. */
function interactionIdOf(body: unknown): string | undefined {
  for (const key of ['interactionId', 'id']) {
    const found = findKey(body, key, 2);
    const value = text(found?.value);
    if (value) return value;
  }
  return undefined;
}

/** Nexus answers a write with 200 (seed 003); any 2xx is a write taken (see tookTheWrite). */
const NEXUS_WRITE: scenario.WriteOutcome = {
  accepted: scenario.tookTheWrite,
  refused: (what, reply) =>
    scenario.requestFinding(
      `${what} of an interaction this run created was not accepted (HTTP ${reply.status})`,
      reply.body ?? reply.status,
      200,
    ),
};

function expectInteraction(reply: Reply, expected: scenario.UserDataExpectation, writtenBy: string): FindingDraft[] {
  const failed = scenario.notReadBack(reply, `the interaction written by ${writtenBy}`);
  if (failed) return failed;
  const expectations: Expectation[] = [];
  if (expected.externalId) {
    const found = findKey(reply.body, 'externalId');
    expectations.push({
      what: 'externalId',
      pointer: found?.pointer ?? '/externalId',
      expected: expected.externalId,
      actual: found?.value,
      severityIfMissing: 'warning',
    });
  }
  // User data may sit under userData (the create body's name) or be merged elsewhere; search by key.
  const userData = findKey(reply.body, 'userData');
  const map = userData ? userDataMap(userData.value) : undefined;
  for (const [key, value] of Object.entries(expected.present)) {
    const found = findKey(reply.body, key);
    expectations.push({
      what: `user data key ${key}`,
      pointer: found?.pointer ?? `${userData?.pointer ?? ''}/${key}`,
      expected: value,
      actual: found?.value,
      severityIfMissing: map ? 'error' : 'warning',
      writtenBy: expected.writers?.[key],
      strictType: true, // Nexus bodies are JSON (seed 003): a string written is a string read
    });
  }
  for (const key of expected.absent) {
    const found = findKey(reply.body, key);
    expectations.push({
      what: `user data key ${key}`,
      pointer: found?.pointer ?? `/${key}`,
      actual: found?.value,
      absent: true,
    });
  }
  return compareRoundTrip(expectations, writtenBy);
}

/** The interaction's state wherever the (unpublished) reply shape puts it. */
function nexusState(body: unknown): string | undefined {
  return ['state', 'interactionState', 'status'].map((key) => text(findKey(body, key)?.value)).find(Boolean);
}

/** Whether a read (as cleanup reads it) shows the interaction still active: 200 with a state that is not stopped. */
function nexusPresence(reply: { status: number; body: unknown } | undefined): Presence {
  if (reply?.status === 404) return 'gone';
  const state = reply?.status === 200 ? nexusState(reply.body) : undefined;
  if (!state) return 'unknown';
  return isOverState(state) ? 'gone' : 'present';
}

function expectStopped(reply: Reply): FindingDraft[] {
  if (reply.status === 404) return [];
  if (reply.status !== 200) return [];
  const state = nexusState(reply.body);
  if (state && isOverState(state)) return [];
  return [
    {
      ...scenario.requestFinding(
        `after stop the interaction is still readable ${state ? `and reported as ${state}` : 'without a stopped state'}`,
        state ?? reply.body,
        '404, or a stopped state',
      ),
      severity: state ? 'error' : 'warning',
    },
  ];
}

/**
 * Cleanup: stop by id when known, else through the run-tagged `ext_` path. A create of unknown outcome is first
 * looked up by its run tag (get by `ext_`): 404 means nothing was made.
 */
function stopNexus(flow: Flow, service: string, externalId: string): Undo {
  return {
    via: 'stopNexusInteraction',
    async verify(id, signal) {
      const reply = id
        ? await flow.cleanupCall(
            'getNexusInteraction',
            { params: { openMediaService: service, interactionId: id } },
            signal,
          )
        : await flow.cleanupCall(
            'getNexusInteractionByExternalId',
            { params: { openMediaService: service, externalId } },
            signal,
          );
      return nexusPresence(reply);
    },
    async run(knownId, signal, confirmed) {
      let id = knownId;
      let found = false;
      if (!confirmed && !id) {
        const lookup = await flow.cleanupCall(
          'getNexusInteractionByExternalId',
          { params: { openMediaService: service, externalId } },
          signal,
        );
        const via = 'getNexusInteractionByExternalId';
        if (!lookup)
          return { outcome: 'failed', message: 'looking the interaction up by its run tag got no answer', via };
        if (lookup.status === 404)
          return { outcome: 'already-gone', message: 'no interaction carries the run tag', via };
        if (lookup.status !== 200)
          return { outcome: 'failed', message: `lookup by run tag answered ${lookup.status}`, via };
        found = true;
        id = interactionIdOf(lookup.body);
      }
      const reply = id
        ? await flow.cleanupCall(
            'stopNexusInteraction',
            { params: { openMediaService: service, interactionId: id }, body: {}, mediaType: scenario.JSON_TYPE },
            signal,
          )
        : await flow.cleanupCall(
            'stopNexusInteractionByExternalId',
            { params: { openMediaService: service, externalId }, body: {}, mediaType: scenario.JSON_TYPE },
            signal,
          );
      const via = id ? 'stopNexusInteraction' : 'stopNexusInteractionByExternalId';
      if (!reply) return { outcome: 'failed', message: 'stop got no answer', via, found };
      if (reply.status >= 200 && reply.status < 300) return { outcome: 'cleaned', via };
      if (reply.status === 404) return { outcome: 'already-gone', message: 'stop answered 404', via };
      return { outcome: 'failed', message: `stop answered HTTP ${reply.status}`, via, found };
    },
  };
}
