import { compareRoundTrip, type Expectation } from '../checks/round-trip.js';
import type { OperationId } from '../operation-ids.js';
import type { Presence, Undo } from '../run/cleanup-registry.js';
import { type Flow, type Reply, type Step, StepError } from '../run/flow.js';
import { isRecord, text } from './find-value.js';
import * as scenario from './scenario.js';

/**
 * GMS Service API v1 (seed 001, domain-notes §3): create a service (its name is --service-name, default the seed's
 * `request-interaction`), write storage keys, read one and all, store and read a binary key, delete a key,
 * delete the service. Everything happens inside the service this run created.
 */
export const serviceApi = scenario.defineScenario('service-api', {
  readOnly: serviceApiReadOnly,
  async write(flow) {
    const runId = flow.settings.runId;
    const name = flow.settings.serviceName;
    const CREATE = `create service ${name}`;
    const created = await flow.step(CREATE, 'createGmsService', async (s) => {
      const { own, reply, id } = await scenario.trackedCreate(flow, s, {
        kind: 'GMS service',
        operationId: 'createGmsService',
        undo: deleteService(flow),
        request: { params: { id: name }, body: { _cxc_run: runId }, mediaType: scenario.FORM },
        probeAvailability: 'the GMS Service API is not served at this base URL',
        // Seed 001: the id is `_id` in every example, `id` in the prose; both are accepted.
        idOf: (body) => (isRecord(body) ? (text(body._id) ?? text(body.id)) : undefined),
      });
      if (reply.status === 404) {
        throw new StepError(
          `GMS has no service '${name}' configured (404); name a configured service with --service-name`,
        );
      }
      if (!id) {
        throw new StepError(
          `create answered ${reply.status} without a service id${reply.unreadable ? ` (${reply.unreadable})` : ''}; the storage steps need one`,
        );
      }
      return { id, own };
    });

    const STORE = 'store keys';
    const stored = await flow.step(STORE, 'createOrUpdateGmsStorage', async (s) => {
      const { id } = s.need(created, CREATE);
      const written = await scenario.acceptedWrite(s, STORAGE, 'storing keys', {
        operationId: 'createOrUpdateGmsStorage',
        request: { params: { id }, body: { cxc_key1: 'value-1', cxc_key2: 'value-2' }, mediaType: scenario.FORM },
        owned: id,
      });
      if (!written) return undefined;
      // Unreadable JSON: the Service API documents a 500 "Could not read JSON" for it (contract decision 16).
      await s.negative(
        'createOrUpdateGmsStorage',
        { params: { id }, body: { cxc_key1: 'value-1' }, mediaType: scenario.JSON_TYPE },
        { owned: id },
      );
      return true;
    });

    await flow.step('read one key', 'getGmsStorageKey', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(stored, STORE);
      await readBackStorage(s, 'getGmsStorageKey', { id, key: 'cxc_key1' }, STORE, (reply) => [
        {
          what: 'storage key cxc_key1',
          pointer: isRecord(reply.body) ? '/cxc_key1' : '/',
          expected: 'value-1',
          // Seed 001 says `{"key":"value"}` but its example shows the bare value: both are accepted.
          actual: isRecord(reply.body)
            ? reply.body.cxc_key1
            : typeof reply.body === 'string'
              ? reply.body.trim()
              : reply.body,
        },
      ]);
    });

    await flow.step('read all keys', 'listGmsStorageKeys', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(stored, STORE);
      await readBackStorage(s, 'listGmsStorageKeys', { id }, STORE, (reply) => {
        const all = isRecord(reply.body) ? reply.body : {};
        return [
          { what: 'storage key cxc_key1', pointer: '/cxc_key1', expected: 'value-1', actual: all.cxc_key1 },
          { what: 'storage key cxc_key2', pointer: '/cxc_key2', expected: 'value-2', actual: all.cxc_key2 },
        ];
      });
    });

    const content = `cx-conformance binary ${runId}`;
    const BINARY = 'store a binary key';
    const binary = await flow.step(BINARY, 'createOrUpdateGmsStorage', async (s) => {
      const { id } = s.need(created, CREATE);
      const file = new File([content], 'cxc.bin', { type: 'application/octet-stream' });
      const written = await scenario.acceptedWrite(s, STORAGE, 'storing a binary key', {
        operationId: 'createOrUpdateGmsStorage',
        request: { params: { id }, body: { cxc_bin: file }, mediaType: 'multipart/form-data' },
        owned: id,
      });
      return written ? true : undefined;
    });

    await flow.step('read the binary key', 'getGmsStorageBinaryKey', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(binary, BINARY);
      await readBackStorage(s, 'getGmsStorageBinaryKey', { id, key: 'cxc_bin' }, BINARY, (reply) => [
        { what: 'binary key cxc_bin', pointer: '/', expected: content, actual: reply.exchange.bodyText },
      ]);
    });

    const DELETE_KEY = 'delete one key';
    const deletedKey = await flow.step(DELETE_KEY, 'deleteGmsStorageKey', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(stored, STORE);
      const deleted = await scenario.acceptedWrite(s, STORAGE, 'deleting a key', {
        operationId: 'deleteGmsStorageKey',
        request: { params: { id, key: 'cxc_key2' } },
        owned: id,
      });
      return deleted ? true : undefined;
    });

    await flow.step('read all keys after delete', 'listGmsStorageKeys', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(deletedKey, DELETE_KEY);
      await readBackStorage(
        s,
        'listGmsStorageKeys',
        { id },
        STORE,
        (reply) => {
          const all = isRecord(reply.body) ? reply.body : {};
          return [
            {
              what: 'storage key cxc_key1',
              pointer: '/cxc_key1',
              expected: 'value-1',
              actual: all.cxc_key1,
              writtenBy: `"${STORE}"`,
            },
            { what: 'storage key cxc_key2', pointer: '/cxc_key2', actual: all.cxc_key2, absent: true },
          ];
        },
        DELETE_KEY,
      );
    });

    const DELETE_SERVICE = 'delete service';
    const deletedService = await flow.step(DELETE_SERVICE, 'deleteGmsService', async (s) => {
      const { id, own } = s.need(created, CREATE);
      const deleted = await scenario.acceptedWrite(s, STORAGE, 'deleting the service', {
        operationId: 'deleteGmsService',
        request: { params: { id } },
        owned: id,
        removes: own,
      });
      return deleted ? true : undefined;
    });

    // Seed 001 "Delete Service" deletes the service and its storage area: a key of it must be gone (404, documented
    // for a key that is not there). A delete that answers 200 and keeps everything is caught here.
    await flow.step('read a key after deleting the service', 'getGmsStorageKey', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(stored, STORE);
      s.need(deletedService, DELETE_SERVICE);
      await scenario.readBackCall(s, 'getGmsStorageKey', { params: { id, key: 'cxc_key1' } }, (reply) =>
        reply.status === 200
          ? [
              scenario.requestFinding(
                `storage key cxc_key1 of the service deleted by "${DELETE_SERVICE}" is still readable (seed 001: deleting a service deletes its storage area)`,
                reply.body,
                404,
              ),
            ]
          : [],
      );
    });
  },
});

/** Read-only: only reads whose answer for something absent is documented (404 for one key and for a binary key). */
async function serviceApiReadOnly(flow: Flow): Promise<void> {
  const absent = { id: flow.tag('absent'), key: 'cxc_absent' };
  await flow.step('read a key of a service that does not exist', 'getGmsStorageKey', async (s) => {
    await s.call(
      'getGmsStorageKey',
      { params: absent },
      { probeAvailability: 'the GMS Service API is not served at this base URL' },
    );
  });
  await flow.step('read a binary key of a service that does not exist', 'getGmsStorageBinaryKey', async (s) => {
    await s.call('getGmsStorageBinaryKey', { params: absent });
  });
}

/**
 * round-trip of a Service API read: a status other than 200 means what `writtenBy` wrote cannot be read back;
 * otherwise the values `expect` lists (written by `comparedTo`, default `writtenBy`) must be there.
 */
function readBackStorage(
  s: Step,
  operationId: OperationId,
  params: Record<string, string>,
  writtenBy: string,
  expect: (reply: Reply) => Expectation[],
  comparedTo = writtenBy,
): Promise<Reply> {
  return scenario.readBackCall(
    s,
    operationId,
    { params },
    (reply) =>
      scenario.notReadBack(reply, `what "${writtenBy}" wrote`, reply.status) ??
      compareRoundTrip(expect(reply), `"${comparedTo}"`),
  );
}

/** The Service API answers a write with 200 (seed 001); any 2xx is a write taken (see tookTheWrite). */
const STORAGE: scenario.WriteOutcome = {
  accepted: scenario.tookTheWrite,
  refused: (what, reply) =>
    scenario.requestFinding(
      `${what} in the service this run created was not accepted (HTTP ${reply.status})`,
      reply.status,
      200,
    ),
};

/** Cleanup: delete the service (seed 001: this also removes its storage). An interrupted create cannot be found. */
function deleteService(flow: Flow): Undo {
  return {
    via: 'deleteGmsService',
    async verify(id, signal) {
      return id ? storagePresence(await flow.cleanupCall('listGmsStorageKeys', { params: { id } }, signal)) : 'unknown';
    },
    async run(id, signal) {
      if (!id)
        return {
          outcome: 'failed',
          message:
            'the create was cut off before its answer arrived; if GMS created the service, its id is unknown (the Service API offers no lookup)',
        };
      const reply = await flow.cleanupCall('deleteGmsService', { params: { id } }, signal);
      if (!reply) return { outcome: 'failed', message: 'delete got no answer' };
      if (reply.status >= 200 && reply.status < 300) return { outcome: 'cleaned' };
      if (reply.status === 404) return { outcome: 'already-gone', message: 'delete answered 404' };
      return { outcome: 'failed', message: `delete answered HTTP ${reply.status}` };
    },
  };
}

/**
 * Seed 001: a deleted service's storage area is gone with it, so the run's own keys (`_cxc_run` from the create,
 * `cxc_*` from the storage steps) still listed mean the service is still there. Other keys say nothing: a server
 * may add fields of its own.
 */
function storagePresence(reply: { status: number; body: unknown } | undefined): Presence {
  if (reply?.status === 404) return 'gone';
  if (reply?.status !== 200 || !isRecord(reply.body)) return 'unknown';
  return Object.keys(reply.body).some((key) => /^_?cxc_/.test(key)) ? 'present' : 'gone';
}
