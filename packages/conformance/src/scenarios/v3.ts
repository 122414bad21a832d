import type { FindingDraft } from '../check.js';
import { compareRoundTrip, type Expectation } from '../checks/round-trip.js';
import type { Undo } from '../run/cleanup-registry.js';
import type fc from 'fast-check';
import { settleCreate, StepError, type Flow, type Reply } from '../run/flow.js';
import { requestPropertyArbitrary } from '../run/schema-values.js';
import { findKey, STOPPED_STATE, text, userDataMap } from './find-value.js';
import type { Scenario } from './index.js';

const JSON_TYPE = 'application/json';
const NEXUS_MISSING = 'Nexus v3 open media is not served at this base URL, or --open-media-service names no service';

/**
 * Nexus v3 open media (seed 003, domain-notes §5): the Open Media flow through both the id and the `ext_` paths,
 * plus the 409 a duplicate externalId must get. Response bodies are unpublished (x-provisional): written values
 * are searched for anywhere in a reply, and a value that cannot be located is a warning, a value found with the
 * wrong content an error.
 */
export const nexus: Scenario = {
  name: 'nexus',
  async run(flow) {
    const service = flow.settings.openMediaService;
    if (flow.settings.readOnly) return nexusReadOnly(flow, service);
    const runId = flow.settings.runId;
    const externalId = flow.tag('nx');
    const written = { cxc_run: runId, cxc_probe: 'alpha', cxc_remove: 'to-delete' };
    const byId = (interactionId: string) => ({ openMediaService: service, interactionId });
    const byExt = { openMediaService: service, externalId };

    const CREATE = 'create with externalId and userData';
    const created = await flow.step(CREATE, 'createNexusInteraction', async (s) => {
      const own = flow.announce(
        { kind: 'Nexus interaction', operationId: 'createNexusInteraction', step: CREATE, label: externalId },
        stopNexus(flow, service, externalId),
      );
      const reply = await s.call(
        'createNexusInteraction',
        { params: { openMediaService: service }, body: { externalId, userData: written }, mediaType: JSON_TYPE },
        { creates: own, probeAvailability: NEXUS_MISSING },
      );
      const settled = settleCreate(own, reply, interactionIdOf);
      if (settled === null && !(reply.status >= 200 && reply.status < 300)) {
        throw new StepError(
          `create answered ${reply.status}, so the remaining steps have no interaction; check --open-media-service and --api-key`,
        );
      }
      const id = settled ?? undefined;
      const unreadable = reply.unreadable;

      // auth-required: a create without x-api-key must be refused. Its body carries its own run tag so that, if the
      // server accepts it, cleanup still finds it.
      const probeExternalId = flow.tag('nx-noauth');
      const probe = flow.announce(
        { kind: 'Nexus interaction', operationId: 'createNexusInteraction', step: CREATE, label: probeExternalId },
        stopNexus(flow, service, probeExternalId),
      );
      await s.withoutCredentials(
        'createNexusInteraction',
        {
          params: { openMediaService: service },
          body: { externalId: probeExternalId, userData: { cxc_run: runId } },
          mediaType: JSON_TYPE,
        },
        {
          creates: probe,
          onAccepted: (answer) => probe.confirm(interactionIdOf(answer.body) ?? interactionIdOf(answer.salvaged)),
        },
      );

      // negative-data-rejection: bodies the contract rejects; the externalId (run tag) is never altered.
      const negativeExternalId = flow.tag('nx-neg');
      const negative = flow.announce(
        { kind: 'Nexus interaction', operationId: 'createNexusInteraction', step: CREATE, label: negativeExternalId },
        stopNexus(flow, service, negativeExternalId),
      );
      await s.negative(
        'createNexusInteraction',
        {
          params: { openMediaService: service },
          body: { externalId: negativeExternalId, userData: { cxc_run: runId } },
          mediaType: JSON_TYPE,
        },
        {
          creates: negative,
          protect: ['externalId'],
          onAccepted: (answer) => negative.confirm(interactionIdOf(answer.body) ?? interactionIdOf(answer.salvaged)),
        },
      );
      return { id, own, unreadable };
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
      const reply = await s.call(
        'createNexusInteraction',
        {
          params: { openMediaService: service },
          body: { externalId, userData: { cxc_run: runId } },
          mediaType: JSON_TYPE,
        },
        { creates: duplicate },
      );
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
      'the create reply carries no interactionId (the Nexus reply shape is not published), so the by-id steps cannot run';
    // A step that needs the id says why it is missing: an unreadable reply is not an unpublished shape (item 3).
    const noId = (from: { unreadable?: string } | undefined) =>
      from?.unreadable ? `${from.unreadable}, so the by-id steps cannot run` : NO_ID;
    await flow.step('get by id', 'getNexusInteraction', async (s) => {
      const id = s.need(s.need(created, CREATE).id, CREATE, noId(created));
      await s.readBack('getNexusInteraction', async () => {
        const reply = await s.call('getNexusInteraction', { params: byId(id) });
        return { reply, drafts: expectInteraction(reply, { externalId, present: written, absent: [] }, `"${CREATE}"`) };
      });
      await s.withoutCredentials('getNexusInteraction', { params: byId(id) });
    });

    await flow.step('get by externalId', 'getNexusInteractionByExternalId', async (s) => {
      s.need(created, CREATE);
      await s.readBack('getNexusInteractionByExternalId', async () => {
        const reply = await s.call('getNexusInteractionByExternalId', { params: byExt });
        return { reply, drafts: expectInteraction(reply, { externalId, present: written, absent: [] }, `"${CREATE}"`) };
      });
      await s.withoutCredentials('getNexusInteractionByExternalId', { params: byExt });
    });

    const UPDATE_ID = 'update by id';
    const updatedById = await flow.step(UPDATE_ID, 'updateNexusInteraction', async (s) => {
      const id = s.need(s.need(created, CREATE).id, CREATE, noId(created));
      const body = {
        changedProperties: { cxc_probe: 'beta' },
        addedProperties: { cxc_added: 'gamma' },
        deletedProperties: ['cxc_remove'],
      };
      const reply = await s.call(
        'updateNexusInteraction',
        { params: byId(id), body, mediaType: JSON_TYPE },
        { owned: id },
      );
      if (reply.status !== 200) {
        s.report(reply.exchange, 'round-trip', [refused('update by id', reply)]);
        return undefined;
      }
      await s.negative('updateNexusInteraction', { params: byId(id), body, mediaType: JSON_TYPE }, { owned: id });
      // Repeating the same change without x-api-key must be refused (and changes nothing if it is not).
      await s.withoutCredentials(
        'updateNexusInteraction',
        { params: byId(id), body: { changedProperties: { cxc_probe: 'beta' } }, mediaType: JSON_TYPE },
        { owned: id },
      );
      return true;
    });

    await flow.step('get after update', 'getNexusInteraction', async (s) => {
      const id = s.need(s.need(created, CREATE).id, CREATE, noId(created));
      s.need(updatedById, UPDATE_ID);
      await s.readBack('getNexusInteraction', async () => {
        const reply = await s.call('getNexusInteraction', { params: byId(id) });
        return {
          reply,
          drafts: expectInteraction(
            reply,
            {
              present: { cxc_run: runId, cxc_probe: 'beta', cxc_added: 'gamma' },
              absent: ['cxc_remove'],
              writers: { cxc_run: `"${CREATE}"` },
            },
            `"${UPDATE_ID}"`,
          ),
        };
      });
    });

    // Issue 12 item 5: values drawn from the contract's own schema (digit-only, empty, unicode, boundary lengths,
    // odd map keys), seeded and shrunk, so a server that retypes or mangles user data is caught.
    const GENERATED = 'generated user data round-trips';
    await flow.step(GENERATED, 'updateNexusInteraction', async (s) => {
      const id = s.need(s.need(created, CREATE).id, CREATE, noId(created));
      s.need(updatedById, UPDATE_ID);
      const values = requestPropertyArbitrary(
        flow.surface,
        { operationId: 'updateNexusInteraction', mediaType: JSON_TYPE, property: 'addedProperties' },
        { keyPrefix: 'cxc_g_' },
      ) as fc.Arbitrary<Record<string, string>>;
      await s.property('getNexusInteraction', values, async (added) => {
        await s.call(
          'updateNexusInteraction',
          { params: byId(id), body: { addedProperties: added }, mediaType: JSON_TYPE },
          { owned: id },
        );
        const reply = await s.call('getNexusInteraction', { params: byId(id) });
        return { reply, drafts: expectInteraction(reply, { present: added, absent: [] }, `"${GENERATED}"`) };
      });
    });

    const UPDATE_EXT = 'update by externalId';
    const updatedByExt = await flow.step(UPDATE_EXT, 'updateNexusInteractionByExternalId', async (s) => {
      s.need(created, CREATE);
      const reply = await s.call(
        'updateNexusInteractionByExternalId',
        { params: byExt, body: { changedProperties: { cxc_probe: 'delta' } }, mediaType: JSON_TYPE },
        { owned: externalId },
      );
      if (reply.status !== 200) {
        s.report(reply.exchange, 'round-trip', [refused('update by externalId', reply)]);
        return undefined;
      }
      return true;
    });

    await flow.step('get by externalId after update', 'getNexusInteractionByExternalId', async (s) => {
      s.need(updatedByExt, UPDATE_EXT);
      await s.readBack('getNexusInteractionByExternalId', async () => {
        const reply = await s.call('getNexusInteractionByExternalId', { params: byExt });
        return {
          reply,
          drafts: expectInteraction(reply, { present: { cxc_probe: 'delta' }, absent: [] }, `"${UPDATE_EXT}"`),
        };
      });
    });

    const STOP_EXT = 'stop by externalId';
    const stopped = await flow.step(STOP_EXT, 'stopNexusInteractionByExternalId', async (s) => {
      const { own } = s.need(created, CREATE);
      const reply = await s.call(
        'stopNexusInteractionByExternalId',
        {
          params: byExt,
          body: { reasonSystemName: 'Cancel', reasonDescription: `cx-conformance run ${runId}` },
          mediaType: JSON_TYPE,
        },
        { owned: externalId },
      );
      if (reply.status !== 200) {
        s.report(reply.exchange, 'round-trip', [refused('stop by externalId', reply)]);
        return undefined;
      }
      own.removedByScenario('stopNexusInteractionByExternalId', 'cleaned');
      return true;
    });

    await flow.step('get after stop', 'getNexusInteractionByExternalId', async (s) => {
      s.need(stopped, STOP_EXT);
      await s.readBack('getNexusInteractionByExternalId', async () => {
        const reply = await s.call('getNexusInteractionByExternalId', { params: byExt });
        return { reply, drafts: expectStopped(reply) };
      });
    });

    // Stop through the id path needs an interaction of its own.
    const secondExternalId = flow.tag('nx2');
    const CREATE2 = 'create a second interaction (for stop by id)';
    const second = await flow.step(CREATE2, 'createNexusInteraction', async (s) => {
      const own = flow.announce(
        { kind: 'Nexus interaction', operationId: 'createNexusInteraction', step: CREATE2, label: secondExternalId },
        stopNexus(flow, service, secondExternalId),
      );
      const reply = await s.call(
        'createNexusInteraction',
        {
          params: { openMediaService: service },
          body: { externalId: secondExternalId, userData: { cxc_run: runId } },
          mediaType: JSON_TYPE,
        },
        { creates: own, probeAvailability: NEXUS_MISSING },
      );
      const settled = settleCreate(own, reply, interactionIdOf);
      if (settled === null && !(reply.status >= 200 && reply.status < 300))
        throw new StepError(`create answered ${reply.status}`);
      return { id: settled ?? undefined, own, unreadable: reply.unreadable };
    });

    const STOP_ID = 'stop by id';
    const stoppedById = await flow.step(STOP_ID, 'stopNexusInteraction', async (s) => {
      const { id, own } = s.need(second, CREATE2);
      const interactionId = s.need(id, CREATE2, noId(second));
      const reply = await s.call(
        'stopNexusInteraction',
        { params: byId(interactionId), body: {}, mediaType: JSON_TYPE },
        { owned: interactionId },
      );
      if (reply.status !== 200) {
        s.report(reply.exchange, 'round-trip', [refused('stop by id', reply)]);
        return undefined;
      }
      own.removedByScenario('stopNexusInteraction', 'cleaned');
      return interactionId;
    });

    await flow.step('get after stop by id', 'getNexusInteraction', async (s) => {
      const interactionId = s.need(stoppedById, STOP_ID);
      await s.readBack('getNexusInteraction', async () => {
        const reply = await s.call('getNexusInteraction', { params: byId(interactionId) });
        return { reply, drafts: expectStopped(reply) };
      });
    });
  },
};

async function nexusReadOnly(flow: Flow, service: string): Promise<void> {
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

function refused(what: string, reply: Reply): FindingDraft {
  return {
    message: `${what} of an interaction this run created was not accepted (HTTP ${reply.status})`,
    received: reply.body ?? reply.status,
    documented: 200,
    pointer: '/',
    scope: 'request',
  };
}

function expectInteraction(
  reply: Reply,
  expected: {
    externalId?: string;
    present: Record<string, string>;
    absent: string[];
    /** Keys written by another step than `writtenBy`. */
    writers?: Record<string, string>;
  },
  writtenBy: string,
): FindingDraft[] {
  if (reply.status !== 200) {
    return [
      {
        message: `the interaction written by ${writtenBy} cannot be read back (HTTP ${reply.status})`,
        received: reply.body ?? reply.status,
        documented: 200,
        pointer: '/',
        scope: 'request',
      },
    ];
  }
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

function expectStopped(reply: Reply): FindingDraft[] {
  if (reply.status === 404) return [];
  if (reply.status !== 200) return [];
  const state = ['state', 'interactionState', 'status']
    .map((key) => text(findKey(reply.body, key)?.value))
    .find(Boolean);
  if (state && STOPPED_STATE.test(state)) return [];
  return [
    {
      message: `after stop the interaction is still readable ${state ? `and reported as ${state}` : 'without a stopped state'}`,
      received: state ?? reply.body,
      documented: '404, or a stopped state',
      pointer: '/',
      scope: 'request',
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
            { params: { openMediaService: service, interactionId: id }, body: {}, mediaType: JSON_TYPE },
            signal,
          )
        : await flow.cleanupCall(
            'stopNexusInteractionByExternalId',
            { params: { openMediaService: service, externalId }, body: {}, mediaType: JSON_TYPE },
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
