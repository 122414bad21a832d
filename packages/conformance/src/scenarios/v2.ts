import fc from 'fast-check';
import type { FindingDraft } from '../check.js';
import { compareRoundTrip, type Expectation } from '../checks/round-trip.js';
import type { Ownership, Presence, Undo } from '../run/cleanup-registry.js';
import { type Flow, type Reply, type Step, StepError, StepSkip, wroteNothing } from '../run/flow.js';
import type { CallRequest } from '../run/request-builder.js';
import { requestPropertyArbitrary } from '../run/schema-values.js';
import { findKey, isRecord, isOverState, text, type UserDataEntry, userDataMap } from './find-value.js';
import * as scenario from './scenario.js';

/**
 * GMS Open Media v2 (seed 000, domain-notes §2): create with externalId and userData, get by id, get by
 * externalId, update (change + delete), get, stop, get after stop. Every outcome is HTTP 200 with statusCode
 * 0/1/2; the created interaction carries the run tag in its externalId and in user data key cxc_run.
 */
export const openMedia = scenario.defineScenario('open-media', {
  readOnly: openMediaReadOnly,
  async write(flow) {
    const { service, runId, externalId, written } = scenario.interactionFlow(flow, 'om');
    const params = (id: string) => ({ serviceName: service, id });
    /** round-trip of GMS "get" (a POST with a form body, seed 000). */
    const readInteraction = (s: Step, id: string, judge: (reply: Reply) => FindingDraft[], body = {}) =>
      scenario.readBackCall(
        s,
        'getOpenMediaInteraction',
        { params: params(id), body, mediaType: scenario.FORM },
        judge,
      );

    /** A create tracked by its (run-tagged) externalId, which cleanup looks the interaction up by. */
    const create = (s: Step, label: string, userData: Record<string, string>) =>
      scenario.trackedCreate(flow, s, {
        kind: 'Open Media interaction',
        operationId: 'createOpenMediaInteraction',
        label,
        undo: stopOpenMedia(flow, service, label),
        request: { params: { serviceName: service }, body: { externalId: label, userData }, mediaType: scenario.FORM },
        probeAvailability: `GMS Open Media is not served at this base URL, or --open-media-service '${service}' names no configured service`,
        // A failure reply (statusCode 1 or 2) created nothing; an unreadable one may have: cleanup looks it up.
        idOf: (body) => (isRecord(body) && body.statusCode === 0 ? text(body.interactionId) : undefined),
      });

    const CREATE = 'create with externalId and userData';
    const created = await flow.step(CREATE, 'createOpenMediaInteraction', async (s) => {
      const { own, reply, id } = await create(s, externalId, written);
      const code = statusCode(reply);
      if (!id) {
        throw new StepError(
          `create did not return an interaction (HTTP ${reply.status}${code === undefined ? '' : `, statusCode ${code}`}${advice(reply)}${reply.unreadable ? `; ${reply.unreadable}` : ''}); check --open-media-service and the service's configuration`,
        );
      }
      return { id, own };
    });

    await flow.step('get by id', 'getOpenMediaInteraction', async (s) => {
      const { id } = s.need(created, CREATE);
      await readInteraction(s, id, (reply) =>
        expectInteraction(reply, { id, externalId, present: written, absent: [] }, `"${CREATE}"`),
      );
    });

    await flow.step('get by externalId', 'getOpenMediaInteraction', async (s) => {
      const { id } = s.need(created, CREATE);
      await readInteraction(
        s,
        externalId,
        (reply) => expectInteraction(reply, { id, present: {}, absent: [] }, `"${CREATE}"`),
        { searchByExternalId: true },
      );
    });

    const UPDATE = 'update (change + delete)';
    const updated = await flow.step(UPDATE, 'updateOpenMediaInteraction', async (s) => {
      const { id } = s.need(created, CREATE);
      const reply = await scenario.acceptedWrite(s, GMS_WRITE, 'update', {
        operationId: 'updateOpenMediaInteraction',
        request: {
          params: params(id),
          body: {
            change: { ...scenario.USER_DATA_UPDATE.changed, ...scenario.USER_DATA_UPDATE.added },
            delete: { [scenario.USER_DATA_UPDATE.deleted]: '' },
          },
          mediaType: scenario.FORM,
        },
        owned: id,
      });
      if (!reply) return undefined;
      // An update with neither change nor delete is invalid (contract decision 6): it must be refused.
      await s.negative(
        'updateOpenMediaInteraction',
        { params: params(id), body: { change: { cxc_probe: 'beta' } }, mediaType: scenario.FORM },
        { owned: id },
      );
      return true;
    });

    await flow.step('get after update', 'getOpenMediaInteraction', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(updated, UPDATE);
      await readInteraction(s, id, (reply) =>
        expectInteraction(reply, { id, ...scenario.updatedUserData(runId, CREATE) }, `"${UPDATE}"`),
      );
    });

    // Issue 12 item 5: user data values drawn from the contract's own `change` map (digit-only, empty, unicode,
    // boundary lengths, odd keys), seeded and shrunk, so a GMS that retypes or mangles user data is caught.
    const GENERATED = 'generated user data round-trips';
    await flow.step(GENERATED, 'updateOpenMediaInteraction', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(updated, UPDATE);
      const operationId = 'updateOpenMediaInteraction';
      const write = { operationId, mediaType: scenario.FORM, property: 'change' } as const;
      await scenario.generatedUserData(flow, s, write, 'cxc_g_', 'getOpenMediaInteraction', async (change) => {
        await s.call(operationId, { params: params(id), body: { change }, mediaType: scenario.FORM }, { owned: id });
        return s.readSettled(async () => {
          const reply = await s.call('getOpenMediaInteraction', {
            params: params(id),
            body: {},
            mediaType: scenario.FORM,
          });
          return { reply, drafts: expectInteraction(reply, { id, present: change, absent: [] }, `"${GENERATED}"`) };
        });
      });
    });

    // The same for a create: generated user data and an externalId whose run-tagged prefix ends in a generated
    // suffix (so cleanup can still find it). Each interaction is read back by id and stopped again at once.
    const GENERATED_CREATE = 'generated externalId and user data of a create round-trip';
    await flow.step(GENERATED_CREATE, 'createOpenMediaInteraction', async (s) => {
      s.need(created, CREATE);
      const property = (name: string, keyPrefix = '') =>
        requestPropertyArbitrary(
          flow.surface,
          { operationId: 'createOpenMediaInteraction', mediaType: scenario.FORM, property: name },
          { keyPrefix },
        );
      const values = fc.record({ externalId: property('externalId'), userData: property('userData', 'cxc_g_') });
      let count = 0;
      await s.property('getOpenMediaInteraction', values, async (value) => {
        const userData = value.userData as Record<string, string>;
        const label = `${flow.tag('omg')}-${(count += 1)}-${String(value.externalId)}`;
        const { own, reply, id } = await create(s, label, userData);
        if (!id) {
          const message = `a create with generated values was not accepted (HTTP ${reply.status}${advice(reply)})`;
          return { reply, drafts: [scenario.requestFinding(message, reply.body, 'statusCode 0', '/statusCode')] };
        }
        const { reply: read, drafts } = await s.readSettled(async () => {
          const reply = await s.call('getOpenMediaInteraction', {
            params: params(id),
            body: {},
            mediaType: scenario.FORM,
          });
          const expected = { id, externalId: label, present: userData, absent: [] };
          return { reply, drafts: expectInteraction(reply, expected, `"${GENERATED_CREATE}"`) };
        });
        await scenario.acceptedWrite(s, GMS_WRITE, 'stop', {
          operationId: 'stopOpenMediaInteraction',
          request: { params: params(id), body: stopBody(`cx-conformance run ${runId}`), mediaType: scenario.FORM },
          owned: id,
          removes: own,
        });
        return { reply: read, drafts };
      });
    });

    const STOP = 'stop';
    const stopped = await flow.step(STOP, 'stopOpenMediaInteraction', async (s) => {
      const { id, own } = s.need(created, CREATE);
      const reply = await scenario.acceptedWrite(s, GMS_WRITE, 'stop', {
        operationId: 'stopOpenMediaInteraction',
        request: { params: params(id), body: stopBody(`cx-conformance run ${runId}`), mediaType: scenario.FORM },
        owned: id,
        removes: own,
      });
      return reply ? true : undefined;
    });

    await flow.step('get after stop', 'getOpenMediaInteraction', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(stopped, STOP);
      await readInteraction(s, id, expectStopped);
    });
  },
});

async function openMediaReadOnly(flow: Flow): Promise<void> {
  const service = flow.settings.openMediaService;
  // GMS "get" is a POST marked x-safe (contract decision 14): reading an id that does not exist must come back as
  // the documented failure envelope.
  await flow.step('get an id that does not exist', 'getOpenMediaInteraction', async (s) => {
    await s.call(
      'getOpenMediaInteraction',
      { params: { serviceName: service, id: flow.tag('absent') }, body: {}, mediaType: scenario.FORM },
      { probeAvailability: 'GMS Open Media is not served at this base URL' },
    );
  });
  await flow.step('get by an externalId that does not exist', 'getOpenMediaInteraction', async (s) => {
    await s.call('getOpenMediaInteraction', {
      params: { serviceName: service, id: flow.tag('absent') },
      body: { searchByExternalId: true },
      mediaType: scenario.FORM,
    });
  });
}

function statusCode(reply: Reply): number | undefined {
  return reply.status >= 200 && reply.status < 300 && isRecord(reply.body) && typeof reply.body.statusCode === 'number'
    ? reply.body.statusCode
    : undefined;
}

function advice(reply: Reply): string {
  const errors = isRecord(reply.body) && Array.isArray(reply.body.errors) ? reply.body.errors : [];
  const first = errors.find(isRecord);
  return first ? `, error ${String(first.code)}: ${String(first.advice)}` : '';
}

/** GMS answers every write with HTTP 200; statusCode 0 is success (seed 000, domain-notes §2). */
const GMS_WRITE: scenario.WriteOutcome = {
  accepted: (reply) => statusCode(reply) === 0,
  refused: (what, reply) =>
    scenario.requestFinding(
      `${what} of an interaction this run created was not accepted (HTTP ${reply.status}, statusCode ${String(statusCode(reply))}${advice(reply)})`,
      reply.body,
      'statusCode 0',
      '/statusCode',
    ),
};

/** Stop's reason fields (seed 000), attached to the Interaction Server event. */
function stopBody(reasonDescription: string): Record<string, string> {
  return { reasonSystemName: 'Cancel', reasonDescription };
}

/** What get must return for an interaction this run wrote (seed 000: externalId is stored as user data key ExternalId). */
function expectInteraction(
  reply: Reply,
  expected: scenario.UserDataExpectation & { id: string },
  writtenBy: string,
): FindingDraft[] {
  const code = statusCode(reply);
  const properties =
    isRecord(reply.body) && isRecord(reply.body.interactionProperties) ? reply.body.interactionProperties : undefined;
  if (code !== 0 || !properties) {
    return [
      scenario.requestFinding(
        `the interaction written by ${writtenBy} cannot be read back (HTTP ${reply.status}, statusCode ${String(code)}${advice(reply)})`,
        reply.body,
        'statusCode 0 with interactionProperties',
        '/statusCode',
      ),
    ];
  }
  const userData = userDataMap(properties.interactionUserData) ?? new Map<string, UserDataEntry>();
  const at = (key: string) => `/interactionProperties/interactionUserData${userData.get(key)?.pointer ?? ''}`;
  // A form write carries no type, so values compare as text; but an entry that calls itself `str` (the only type
  // seed 000 shows, always with a string value) and holds a number contradicts itself: "123" came back as 123.
  const strictType = (key: string) => userData.get(key)?.type === 'str';
  const expectations: Expectation[] = [
    {
      what: 'interactionId',
      pointer: '/interactionProperties/interactionId',
      expected: expected.id,
      actual: properties.interactionId,
    },
  ];
  if (expected.externalId)
    expectations.push({
      what: 'externalId (user data key ExternalId)',
      pointer: at('ExternalId'),
      expected: expected.externalId,
      actual: userData.get('ExternalId')?.value,
      strictType: strictType('ExternalId'),
    });
  for (const [key, value] of Object.entries(expected.present))
    expectations.push({
      what: `user data key ${key}`,
      pointer: at(key),
      expected: value,
      actual: userData.get(key)?.value,
      writtenBy: expected.writers?.[key],
      strictType: strictType(key),
    });
  for (const key of expected.absent)
    expectations.push({
      what: `user data key ${key}`,
      pointer: at(key),
      actual: userData.get(key)?.value,
      absent: true,
    });
  return compareRoundTrip(expectations, writtenBy);
}

function expectStopped(reply: Reply): FindingDraft[] {
  const code = statusCode(reply);
  if (code !== undefined && code !== 0) return []; // not found any more: the documented failure envelope
  const state = openMediaState(reply.body);
  if (state && isOverState(state)) return [];
  return [
    scenario.requestFinding(
      `after "stop" the interaction is still reported ${state ? `as ${state}` : 'without a stopped state'}`,
      state ?? reply.body,
      'statusCode 2 (not found) or a stopped state',
      '/interactionProperties/interactionState',
    ),
  ];
}

function openMediaState(body: unknown): string | undefined {
  return isRecord(body) && isRecord(body.interactionProperties)
    ? text(body.interactionProperties.interactionState)
    : undefined;
}

/**
 * Whether a get (read loosely, as cleanup reads) shows the interaction still active: statusCode 0 with a state that
 * is not a stopped one. A failure envelope (not found) or a stopped state is gone; anything else cannot tell.
 */
function openMediaPresence(reply: { status: number; body: unknown } | undefined): Presence {
  if (reply?.status !== 200 || !isRecord(reply.body)) return 'unknown';
  if (typeof reply.body.statusCode === 'number' && reply.body.statusCode !== 0) return 'gone';
  const state = openMediaState(reply.body);
  if (!state) return 'unknown';
  return isOverState(state) ? 'gone' : 'present';
}

/** Cleanup: stop by id; when the create's answer never arrived, find the interaction by its run-tagged externalId. */
function stopOpenMedia(flow: Flow, service: string, externalId: string): Undo {
  const read = (id: string | undefined, signal: AbortSignal) =>
    flow.cleanupCall(
      'getOpenMediaInteraction',
      {
        params: { serviceName: service, id: id ?? externalId },
        body: id ? {} : { searchByExternalId: true },
        mediaType: scenario.FORM,
      },
      signal,
    );
  return {
    via: 'stopOpenMediaInteraction',
    verify: async (id, signal) => openMediaPresence(await read(id, signal)),
    async run(id, signal) {
      let target = id;
      if (!target) {
        const found = await read(undefined, signal);
        if (!found) return { outcome: 'failed', message: 'looking the interaction up by its externalId got no answer' };
        const properties =
          isRecord(found.body) && isRecord(found.body.interactionProperties)
            ? found.body.interactionProperties
            : undefined;
        target = text(properties?.interactionId);
        if (!target) return { outcome: 'already-gone', message: 'no interaction carries the run-tagged externalId' };
      }
      const reply = await flow.cleanupCall(
        'stopOpenMediaInteraction',
        {
          params: { serviceName: service, id: target },
          body: stopBody(`cx-conformance cleanup ${flow.settings.runId}`),
          mediaType: scenario.FORM,
        },
        signal,
      );
      // Found by its run tag when the create never named it: a failed stop then leaves it behind, not unknown.
      const found = !id;
      if (!reply) return { outcome: 'failed', message: 'stop got no answer', found };
      const code = isRecord(reply.body) ? reply.body.statusCode : undefined;
      const ok = reply.status >= 200 && reply.status < 300;
      if (ok && code === 0) return { outcome: 'cleaned' };
      if (ok && code === 2) return { outcome: 'already-gone', message: 'stop answered statusCode 2 (not found)' };
      return {
        outcome: 'failed',
        message: `stop answered HTTP ${reply.status}${code === undefined ? '' : `, statusCode ${String(code)}`}`,
        found,
      };
    },
  };
}

/**
 * Web Services Interactions API v2 (seed 002, domain-notes §4). The agent's interactions are not the run's to
 * change: reads run on any interaction the agent owns; the write steps only attach and then delete a user data
 * key named after the run, and only on an interaction the user named with --interaction-id.
 */
export const webServices: scenario.Scenario = {
  name: 'web-services',
  async run(flow) {
    const runId = flow.settings.runId;
    const explicit = flow.settings.interactionId;
    const LIST = 'list my interactions';
    const listed = await flow.step(LIST, 'listMyGwsInteractions', async (s) => {
      const reply = await s.call(
        'listMyGwsInteractions',
        {},
        { probeAvailability: 'the Web Services API is not served at this base URL' },
      );
      if (reply.status === 401)
        throw new StepError('the Web Services credentials were refused (401); pass --basic user:password of an agent');
      return { csrf: csrfHeaders(flow, reply), first: firstInteractionId(reply.body) };
    });
    const id = explicit ?? listed?.first;
    const none =
      listed && !id
        ? 'no interaction owned by the agent (GET /api/v2/me/interactions listed none); pass --interaction-id or give the agent an interaction'
        : undefined;

    await flow.step('read the interaction', 'getGwsInteraction', async (s) => {
      const target = s.need(id, LIST, none);
      await s.call('getGwsInteraction', { params: { id: target } });
      await s.withoutCredentials('getGwsInteraction', { params: { id: target } });
    });

    await flow.step('list all interactions', 'listGwsInteractions', async (s) => {
      s.need(listed, LIST);
      await s.call('listGwsInteractions');
      await s.withoutCredentials('listGwsInteractions');
    });

    const key = `cxc_run_${runId}`;
    const writeSkip = flow.settings.readOnly
      ? 'read-only run: the write steps (AttachUserData, DeleteUserData) are not x-safe'
      : explicit
        ? undefined
        : (none ??
          (listed
            ? 'the write steps attach and then delete a run-tagged user data key; they run only on an interaction named with --interaction-id'
            : undefined));
    const ATTACH = 'attach run-tagged user data';
    const attached = await flow.step(ATTACH, 'performGwsInteractionOperation', async (s) => {
      const csrf = s.need(listed, LIST).csrf;
      if (writeSkip) throw new StepSkip(writeSkip);
      const target = explicit!;
      const own = flow.announce(
        {
          kind: 'Web Services user data key',
          operationId: 'performGwsInteractionOperation',
          step: ATTACH,
          label: `${target}/${key}`,
        },
        deleteUserData(flow, target, new Set([key]), csrf),
      );
      const body = { operationName: 'AttachUserData', userData: { [key]: runId } };
      const reply = await attachUserData(s, target, csrf, body.userData, own);
      if (!operationSucceeded(reply)) {
        // Only a 4xx wrote nothing; a failure reply or an unreadable answer may have: cleanup checks the key.
        if (wroteNothing(reply)) own.abandon();
        else own.unsure();
        s.report(reply.exchange, 'round-trip', [GWS_WRITE.refused(`AttachUserData on interaction ${target}`, reply)]);
        return undefined;
      }
      own.confirm();
      // Unknown operationName, a missing userData, a wrong type: each must be refused (contract decision 7).
      await s.negative(
        'performGwsInteractionOperation',
        { params: { id: target }, headers: csrf, body, mediaType: scenario.JSON_TYPE },
        { consent: true },
      );
      return own;
    });

    await flow.step('read back the user data', 'getGwsInteraction', async (s) => {
      s.need(attached, ATTACH);
      await scenario.readBackCall(s, 'getGwsInteraction', { params: { id: explicit! } }, (reply) =>
        expectUserData(reply, { [key]: runId }, [], `"${ATTACH}"`),
      );
    });

    const DELETE = 'delete the run-tagged user data';
    const deleted = await flow.step(DELETE, 'performGwsInteractionOperation', async (s) => {
      const own = s.need(attached, ATTACH);
      const reply = await scenario.acceptedWrite(s, GWS_WRITE, "DeleteUserData of the run's own key", {
        operationId: 'performGwsInteractionOperation',
        request: deleteRequest(explicit!, listed!.csrf, [key]),
        consent: true,
        removes: own,
      });
      return reply ? true : undefined;
    });

    await flow.step('read back after delete', 'getGwsInteraction', async (s) => {
      s.need(deleted, DELETE);
      await scenario.readBackCall(s, 'getGwsInteraction', { params: { id: explicit! } }, (reply) =>
        expectUserData(reply, {}, [key], `"${DELETE}"`),
      );
    });

    // Issue 12 item 5: AttachUserData with values drawn from the contract (digit-only, empty, unicode, boundary
    // lengths, odd keys), seeded and shrunk. The keys carry the run tag; every key written is deleted at the end of
    // the step, or by cleanup. (The PUT's body is not published, contract decision 4: AttachUserData is the write.)
    const GENERATED = 'generated user data round-trips';
    await flow.step(GENERATED, 'performGwsInteractionOperation', async (s) => {
      s.need(deleted, DELETE);
      const [target, csrf] = [explicit!, listed!.csrf];
      const keys = new Set<string>();
      const own = flow.announce(
        {
          kind: 'Web Services user data keys',
          operationId: 'performGwsInteractionOperation',
          step: GENERATED,
          label: `${target}/${key}_g_*`,
        },
        deleteUserData(flow, target, keys, csrf),
      );
      const write = {
        operationId: 'performGwsInteractionOperation' as const,
        mediaType: scenario.JSON_TYPE,
        property: 'userData',
        branch: { operationName: 'AttachUserData' },
      };
      let written = false;
      await scenario.generatedUserData(flow, s, write, `${key}_g_`, 'getGwsInteraction', async (userData) => {
        for (const name of Object.keys(userData)) keys.add(name);
        const attached = await attachUserData(s, target, csrf, userData, own);
        if (!operationSucceeded(attached))
          return { reply: attached, drafts: [GWS_WRITE.refused(`AttachUserData on interaction ${target}`, attached)] };
        own.confirm();
        written = true;
        return s.readSettled(async () => {
          const reply = await s.call('getGwsInteraction', { params: { id: target } });
          return { reply, drafts: expectUserData(reply, userData, [], `"${GENERATED}"`) };
        });
      });
      const removed = await scenario.acceptedWrite(s, GWS_WRITE, "DeleteUserData of the run's own keys", {
        operationId: 'performGwsInteractionOperation',
        request: deleteRequest(target, csrf, [...keys]),
        consent: true,
        // Nothing written (every attach refused): the keys were never there to remove.
        removes: written ? own : undefined,
      });
      if (removed && !written) own.abandon();
    });
  },
};

/** AttachUserData (seed 002): `own` tracks the keys from the moment the write is sent (issue 12 item 1). */
function attachUserData(
  s: Step,
  target: string,
  csrf: Record<string, string>,
  userData: Record<string, string>,
  own: Ownership,
): Promise<Reply> {
  return s.call(
    'performGwsInteractionOperation',
    {
      params: { id: target },
      headers: csrf,
      body: { operationName: 'AttachUserData', userData },
      mediaType: scenario.JSON_TYPE,
    },
    { consent: true, creates: own },
  );
}

/** CSRF protection (U10): the token comes in X-CSRF-TOKEN of a GET, under the header name X-CSRF-HEADER gives. */
function csrfHeaders(flow: Flow, reply: Reply): Record<string, string> {
  const token = reply.headers['x-csrf-token'];
  if (!token) return {};
  flow.secret(token);
  return { [reply.headers['x-csrf-header'] || 'X-CSRF-TOKEN']: token };
}

function firstInteractionId(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const lastSegment = (uri: unknown) => (typeof uri === 'string' ? uri.split('/').filter(Boolean).pop() : undefined);
  if (Array.isArray(body.interactions)) {
    // The interaction object is provisional (no field required): its id, else the last segment of its uri.
    const first = body.interactions.find(isRecord);
    if (first) return text(first.id) ?? lastSegment(first.uri);
  }
  if (Array.isArray(body.uris)) return lastSegment(body.uris[0]);
  return undefined;
}

/** DeleteUserData; the sources disagree on its shape (keys vs userData, contract decision 7): both are sent. */
function deleteRequest(id: string, csrf: Record<string, string>, keys: readonly string[]): CallRequest {
  const userData = Object.fromEntries(keys.map((key) => [key, '']));
  return {
    params: { id },
    headers: csrf,
    body: { operationName: 'DeleteUserData', keys, userData },
    mediaType: scenario.JSON_TYPE,
  };
}

/**
 * Success forms of an operation reply (contract decision 5): status "ok", status 0, statusCode 0, and no body at all,
 * which the contract documents too (`x-empty-body-allowed` on the 200: the vendor text says a successful request
 * gets an empty HTTP 200, and servers are believed to send that).
 */
function operationSucceeded(reply: { status: number; body: unknown }): boolean {
  if (reply.status < 200 || reply.status >= 300) return false;
  if (reply.body === undefined || reply.body === '') return true;
  if (!isRecord(reply.body)) return false;
  return reply.body.status === 'ok' || reply.body.status === 0 || reply.body.statusCode === 0;
}

const GWS_WRITE: scenario.WriteOutcome = {
  accepted: operationSucceeded,
  refused: (what, reply) => scenario.requestFinding(`${what} was not accepted`, reply.body, 'a success reply'),
};

function expectUserData(
  reply: Reply,
  present: Record<string, string>,
  absent: string[],
  writtenBy: string,
): FindingDraft[] {
  const failed = scenario.notReadBack(reply, 'the interaction', reply.status);
  if (failed) return failed;
  // The interaction object is provisional (not published): look for a userData object anywhere in the reply.
  const located = findKey(reply.body, 'userData');
  const userData = located ? userDataMap(located.value) : undefined;
  const base = located?.pointer ?? '';
  const expectations: Expectation[] = [];
  for (const [key, value] of Object.entries(present)) {
    expectations.push({
      what: `user data key ${key}`,
      pointer: `${base}${userData?.get(key)?.pointer ?? `/${key}`}`,
      expected: value,
      actual: userData?.get(key)?.value,
      severityIfMissing: userData ? 'error' : 'warning',
      strictType: true, // written as a JSON string (AttachUserData): a number read back is a type change
    });
  }
  for (const key of absent)
    expectations.push({
      what: `user data key ${key}`,
      pointer: `${base}/${key}`,
      actual: userData?.get(key)?.value,
      absent: true,
    });
  return compareRoundTrip(expectations, writtenBy);
}

/** Cleanup of run-tagged user data keys; `keys` is read when cleanup runs (a step may still be adding to it). */
function deleteUserData(
  flow: Flow,
  interactionId: string,
  keys: ReadonlySet<string>,
  csrf: Record<string, string>,
): Undo {
  const read = (signal: AbortSignal) =>
    flow.cleanupCall('getGwsInteraction', { params: { id: interactionId } }, signal);
  return {
    via: 'performGwsInteractionOperation',
    verify: async (_id, signal) => keysPresence(await read(signal), keys),
    async run(_id, signal, confirmed) {
      let presence: Presence = 'unknown';
      if (!confirmed) {
        // The attach's outcome is unknown: read the interaction and look for the run's keys before deleting.
        const found = await read(signal);
        if (!found)
          return { outcome: 'failed', message: 'reading the interaction to look for the run key got no answer' };
        presence = keysPresence(found, keys);
        if (presence === 'gone')
          return { outcome: 'already-gone', message: 'the run-tagged key is not on the interaction' };
      }
      const reply = await flow.cleanupCall(
        'performGwsInteractionOperation',
        deleteRequest(interactionId, csrf, [...keys]),
        signal,
      );
      const found = presence === 'present';
      if (!reply) return { outcome: 'failed', message: 'DeleteUserData got no answer', found };
      if (operationSucceeded(reply)) return { outcome: 'cleaned' };
      return { outcome: 'failed', message: `DeleteUserData answered HTTP ${reply.status}`, found };
    },
  };
}

/**
 * Whether a read of the interaction (as cleanup reads it) still shows any of the run's user data keys. An
 * interaction that is not there holds none: a 404, or a documented Web Services failure reply (`statusCode` above 0,
 * `status: "error"`; contract decision 5), which is what a read of an unknown interaction gets.
 */
function keysPresence(reply: { status: number; body: unknown } | undefined, keys: ReadonlySet<string>): Presence {
  if (reply?.status === 404) return 'gone';
  const body = reply?.status === 200 && isRecord(reply.body) ? reply.body : {};
  if ((typeof body.statusCode === 'number' && body.statusCode > 0) || body.status === 'error') return 'gone';
  const located = reply?.status === 200 ? findKey(reply.body, 'userData') : undefined;
  const userData = located ? userDataMap(located.value) : undefined;
  if (!userData) return 'unknown';
  return [...keys].some((key) => userData.has(key)) ? 'present' : 'gone';
}
