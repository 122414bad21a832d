import type { FindingDraft } from '../check.js';
import { compareRoundTrip } from '../checks/round-trip.js';
import type { Undo } from '../run/cleanup-registry.js';
import { settleCreate, StepError, type Flow, type Reply } from '../run/flow.js';
import { isRecord, text } from './find-value.js';
import type { Scenario } from './index.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/**
 * GMS Service API v1 (seed 001, domain-notes §3): create a service (its name is --service-name, default the seed's
 * `request-interaction`), write storage keys, read one and all, store and read a binary key, delete a key,
 * delete the service. Everything happens inside the service this run created.
 */
export const serviceApi: Scenario = {
  name: 'service-api',
  async run(flow) {
    if (flow.settings.readOnly) return serviceApiReadOnly(flow);
    const runId = flow.settings.runId;
    const name = flow.settings.serviceName;
    const CREATE = `create service ${name}`;
    const created = await flow.step(CREATE, 'createGmsService', async (s) => {
      const own = flow.announce(
        { kind: 'GMS service', operationId: 'createGmsService', step: CREATE },
        deleteService(flow),
      );
      const reply = await s.call(
        'createGmsService',
        { params: { id: name }, body: { _cxc_run: runId }, mediaType: FORM },
        { creates: own, probeAvailability: 'the GMS Service API is not served at this base URL' },
      );
      // Seed 001: the id is `_id` in every example, `id` in the prose; both are accepted.
      const id = settleCreate(own, reply, (body) => (isRecord(body) ? (text(body._id) ?? text(body.id)) : undefined));
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
      const reply = await s.call(
        'createOrUpdateGmsStorage',
        { params: { id }, body: { cxc_key1: 'value-1', cxc_key2: 'value-2' }, mediaType: FORM },
        { owned: id },
      );
      if (reply.status !== 200) {
        s.report(reply.exchange, 'round-trip', [refused('storing keys', reply)]);
        return undefined;
      }
      // Unreadable JSON: the Service API documents a 500 "Could not read JSON" for it (contract decision 16).
      await s.negative(
        'createOrUpdateGmsStorage',
        { params: { id }, body: { cxc_key1: 'value-1' }, mediaType: JSON_TYPE },
        { owned: id },
      );
      return true;
    });

    await flow.step('read one key', 'getGmsStorageKey', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(stored, STORE);
      await s.readBack('getGmsStorageKey', async () => {
        const reply = await s.call('getGmsStorageKey', { params: { id, key: 'cxc_key1' } });
        // Seed 001 says `{"key":"value"}` but its example shows the bare value: both are accepted.
        const actual =
          reply.status !== 200
            ? undefined
            : isRecord(reply.body)
              ? reply.body.cxc_key1
              : typeof reply.body === 'string'
                ? reply.body.trim()
                : reply.body;
        return {
          reply,
          drafts:
            readable(reply, STORE) ??
            compareRoundTrip(
              [
                {
                  what: 'storage key cxc_key1',
                  pointer: isRecord(reply.body) ? '/cxc_key1' : '/',
                  expected: 'value-1',
                  actual,
                },
              ],
              `"${STORE}"`,
            ),
        };
      });
    });

    await flow.step('read all keys', 'listGmsStorageKeys', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(stored, STORE);
      await s.readBack('listGmsStorageKeys', async () => {
        const reply = await s.call('listGmsStorageKeys', { params: { id } });
        const all = isRecord(reply.body) ? reply.body : {};
        return {
          reply,
          drafts:
            readable(reply, STORE) ??
            compareRoundTrip(
              [
                { what: 'storage key cxc_key1', pointer: '/cxc_key1', expected: 'value-1', actual: all.cxc_key1 },
                { what: 'storage key cxc_key2', pointer: '/cxc_key2', expected: 'value-2', actual: all.cxc_key2 },
              ],
              `"${STORE}"`,
            ),
        };
      });
    });

    const content = `cx-conformance binary ${runId}`;
    const BINARY = 'store a binary key';
    const binary = await flow.step(BINARY, 'createOrUpdateGmsStorage', async (s) => {
      const { id } = s.need(created, CREATE);
      const file = new File([content], 'cxc.bin', { type: 'application/octet-stream' });
      const reply = await s.call(
        'createOrUpdateGmsStorage',
        { params: { id }, body: { cxc_bin: file }, mediaType: 'multipart/form-data' },
        { owned: id },
      );
      if (reply.status !== 200) {
        s.report(reply.exchange, 'round-trip', [refused('storing a binary key', reply)]);
        return undefined;
      }
      return true;
    });

    await flow.step('read the binary key', 'getGmsStorageBinaryKey', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(binary, BINARY);
      await s.readBack('getGmsStorageBinaryKey', async () => {
        const reply = await s.call('getGmsStorageBinaryKey', { params: { id, key: 'cxc_bin' } });
        return {
          reply,
          drafts:
            readable(reply, BINARY) ??
            compareRoundTrip(
              [{ what: 'binary key cxc_bin', pointer: '/', expected: content, actual: reply.exchange.bodyText }],
              `"${BINARY}"`,
            ),
        };
      });
    });

    const DELETE_KEY = 'delete one key';
    const deletedKey = await flow.step(DELETE_KEY, 'deleteGmsStorageKey', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(stored, STORE);
      const reply = await s.call('deleteGmsStorageKey', { params: { id, key: 'cxc_key2' } }, { owned: id });
      if (reply.status !== 200) {
        s.report(reply.exchange, 'round-trip', [refused('deleting a key', reply)]);
        return undefined;
      }
      return true;
    });

    await flow.step('read all keys after delete', 'listGmsStorageKeys', async (s) => {
      const { id } = s.need(created, CREATE);
      s.need(deletedKey, DELETE_KEY);
      await s.readBack('listGmsStorageKeys', async () => {
        const reply = await s.call('listGmsStorageKeys', { params: { id } });
        const all = isRecord(reply.body) ? reply.body : {};
        return {
          reply,
          drafts:
            readable(reply, STORE) ??
            compareRoundTrip(
              [
                {
                  what: 'storage key cxc_key1',
                  pointer: '/cxc_key1',
                  expected: 'value-1',
                  actual: all.cxc_key1,
                  writtenBy: `"${STORE}"`,
                },
                { what: 'storage key cxc_key2', pointer: '/cxc_key2', actual: all.cxc_key2, absent: true },
              ],
              `"${DELETE_KEY}"`,
            ),
        };
      });
    });

    await flow.step('delete service', 'deleteGmsService', async (s) => {
      const { id, own } = s.need(created, CREATE);
      const reply = await s.call('deleteGmsService', { params: { id } }, { owned: id });
      if (reply.status !== 200) {
        s.report(reply.exchange, 'round-trip', [refused('deleting the service', reply)]);
        return;
      }
      own.removedByScenario('deleteGmsService', 'cleaned');
    });
  },
};

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

function readable(reply: Reply, writtenBy: string): FindingDraft[] | undefined {
  if (reply.status === 200) return undefined;
  return [
    {
      message: `what "${writtenBy}" wrote cannot be read back (HTTP ${reply.status})`,
      received: reply.status,
      documented: 200,
      pointer: '/',
      scope: 'request',
    },
  ];
}

function refused(what: string, reply: Reply): FindingDraft {
  return {
    message: `${what} in the service this run created was not accepted (HTTP ${reply.status})`,
    received: reply.status,
    documented: 200,
    pointer: '/',
    scope: 'request',
  };
}

/** Cleanup: delete the service (seed 001: this also removes its storage). An interrupted create cannot be found. */
function deleteService(flow: Flow): Undo {
  return {
    via: 'deleteGmsService',
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
