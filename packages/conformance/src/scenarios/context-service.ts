import type { FindingDraft } from '../check.js';
import { compareRoundTrip } from '../checks/round-trip.js';
import type { Presence, Undo } from '../run/cleanup-registry.js';
import { type Flow, type Reply, StepError, wroteNothing } from '../run/flow.js';
import { findKey, isRecord, text } from './find-value.js';
import * as scenario from './scenario.js';

/**
 * Context Services composite start (seed 004, domain-notes §6): start twice with the same run-tagged customer, the
 * second reports the service as not created (an active service with the same customer_id, service_type and
 * contact_key is reused), read the service back, end it.
 */
export const contextServices = scenario.defineScenario('context-services', {
  readOnly: contextServicesReadOnly,
  async write(flow) {
    const runId = flow.settings.runId;
    const customer = flow.tag('cust');
    const body = {
      services: [
        {
          // Extra keys of a start event are stored as attached data (U21): cxc_run tags the service.
          service: { customer_id: customer, cxc_run: runId },
          state: { cxc_run: runId },
          task: { cxc_run: runId },
        },
      ],
    };

    const START = 'composite start (creates the service)';
    const first = await flow.step(START, 'startCsCompositeService', async (s) => {
      const { own, reply, id } = await scenario.trackedCreate(flow, s, {
        kind: 'Context Services service',
        operationId: 'startCsCompositeService',
        label: customer,
        undo: endService(flow, customer),
        request: { body, mediaType: scenario.JSON_TYPE },
        probeAvailability: 'Context Services are not served at this base URL',
        idOf: (answer) => serviceIds(answer)[0],
      });
      if (!id) {
        throw new StepError(
          `composite start answered ${reply.status} without a service id${reply.unreadable ? ` (${reply.unreadable})` : ''}; the remaining steps need one`,
        );
      }
      const negative = flow.announce(
        { kind: 'Context Services service', operationId: 'startCsCompositeService', step: START, label: customer },
        endService(flow, customer),
      );
      await s.negative(
        'startCsCompositeService',
        { body, mediaType: scenario.JSON_TYPE },
        {
          creates: negative,
          onAccepted: (answer) => {
            for (const id of serviceIds(answer.body)) {
              flow
                .announce(
                  { kind: 'Context Services service', operationId: 'startCsCompositeService', step: START },
                  endService(flow, customer),
                )
                .confirm(id);
            }
          },
        },
      );
      return { id, own };
    });

    await flow.step('composite start again (service reused, not created)', 'startCsCompositeService', async (s) => {
      const { id } = s.need(first, START);
      const second = flow.announce(
        {
          kind: 'Context Services service',
          operationId: 'startCsCompositeService',
          step: 'composite start again',
          label: customer,
        },
        endService(flow, customer),
      );
      const reply = await s.call(
        'startCsCompositeService',
        { body, mediaType: scenario.JSON_TYPE },
        { creates: second },
      );
      const result = compositeResults(reply.body)[0] ?? {};
      const at = isRecord(reply.body) && Array.isArray(reply.body.services) ? '/services/0' : '';
      const service = isRecord(result.service) ? result.service : {};
      const again = text(service.service_id);
      // Reused as documented: nothing new to clean up. A new service (a departure) is removed at the end.
      if (again && again !== id) second.confirm(again);
      else if (again === id || wroteNothing(reply)) second.abandon();
      else second.unsure(serviceIds(reply.salvaged)[0]);
      if (!scenario.tookTheWrite(reply)) {
        s.report(reply.exchange, 'round-trip', [
          scenario.requestFinding(`the second composite start answered ${reply.status}`, reply.status, 200),
        ]);
        return;
      }
      s.report(
        reply.exchange,
        'round-trip',
        compareRoundTrip(
          [
            {
              what: 'service_id of the reused service',
              pointer: `${at}/service/service_id`,
              expected: id,
              actual: again,
            },
            {
              what: 'created flag of the reused service',
              pointer: `${at}/service/created`,
              expected: 'false',
              actual: service.created,
            },
          ],
          `"${START}" (an active service with the same customer_id must be reused)`,
        ),
      );
    });

    await flow.step('read the service back', 'getCsService', async (s) => {
      const { id } = s.need(first, START);
      await scenario.readBackCall(s, 'getCsService', { params: { service_id: id } }, (reply) =>
        expectService(reply, id, customer, `"${START}"`),
      );
    });

    const END = 'end the service';
    const ended = await flow.step(END, 'endCsService', async (s) => {
      const { id, own } = s.need(first, START);
      const reply = await scenario.acceptedWrite(s, CS_END, 'ending the service this run started', {
        operationId: 'endCsService',
        request: { params: { service_id: id }, body: {}, mediaType: scenario.JSON_TYPE },
        owned: id,
        removes: own,
      });
      return reply ? true : undefined;
    });

    // An ended (completed) service is no longer among the customer's active ones (domain-notes §6). The list is
    // provisional, so a service still listed is a warning (decision 17); cleanup's own read counts it left behind.
    await flow.step('the ended service is no longer active', 'listCsActiveCustomerServices', async (s) => {
      const { id } = s.need(first, START);
      s.need(ended, END);
      await scenario.readBackCall(s, 'listCsActiveCustomerServices', { params: { customer_id: customer } }, (reply) =>
        activeServiceIds(reply.body).includes(id)
          ? [
              scenario.requestFinding(
                `service ${id} ended by "${END}" is still listed among the customer's active services`,
                id,
                'not listed',
              ),
            ]
          : [],
      );
    });
  },
});

/** The service ids of a list of services (a bare array or `{services: [...]}`: the reply is not published). */
function activeServiceIds(body: unknown): string[] {
  const items = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body.services) ? body.services : [];
  return items
    .map((item) => (isRecord(item) ? text(item.service_id) : undefined))
    .filter((value): value is string => value !== undefined);
}

/** Whether a list of the run-tagged customer's active services still holds `id` (any service, when id is unknown). */
function servicePresence(id: string | undefined, reply: { status: number; body: unknown } | undefined): Presence {
  if (reply?.status !== 200) return 'unknown';
  const ids = activeServiceIds(reply.body);
  return (id ? ids.includes(id) : ids.length > 0) ? 'present' : 'gone';
}

/** End answers 200 or 204 (domain-notes §6); any 2xx is a write taken (see tookTheWrite). */
const CS_END: scenario.WriteOutcome = {
  accepted: scenario.tookTheWrite,
  refused: (what, reply) =>
    scenario.requestFinding(`${what} was not accepted (HTTP ${reply.status})`, reply.status, '200 or 204'),
};

async function contextServicesReadOnly(flow: Flow): Promise<void> {
  await flow.step('read a service that does not exist', 'getCsService', async (s) => {
    // Service ids are 64-bit integers (U21); a large random one is as good as absent.
    const id = String(9_000_000_000_000 + Math.floor(Math.random() * 1_000_000_000));
    await s.call(
      'getCsService',
      { params: { service_id: id } },
      { probeAvailability: 'Context Services are not served at this base URL' },
    );
  });
  await flow.step(
    'list the active services of a customer that does not exist',
    'listCsActiveCustomerServices',
    async (s) => {
      await s.call('listCsActiveCustomerServices', { params: { customer_id: flow.tag('absent') } });
    },
  );
}

/**
 * The composite reply's results, in either documented form (seed 004, contract decision 18): the example's
 * `services` list, or the "Body" template's single `{service, state, task}` result.
 */
function compositeResults(body: unknown): Record<string, unknown>[] {
  if (!isRecord(body)) return [];
  return (Array.isArray(body.services) ? body.services : [body]).filter(isRecord);
}

function serviceIds(body: unknown): string[] {
  return compositeResults(body)
    .map((entry) => (isRecord(entry.service) ? text(entry.service.service_id) : undefined))
    .filter((id): id is string => id !== undefined);
}

function expectService(reply: Reply, id: string, customer: string, writtenBy: string): FindingDraft[] {
  const failed = scenario.notReadBack(reply, `the service started by ${writtenBy}`);
  if (failed) return failed;
  // The service resource is provisional (domain-notes §6): fields are searched for, and a missing one is a warning.
  const serviceId = findKey(reply.body, 'service_id', 1);
  const customerId = findKey(reply.body, 'customer_id', 1);
  return compareRoundTrip(
    [
      {
        what: 'service_id',
        pointer: serviceId?.pointer ?? '/service_id',
        expected: id,
        actual: serviceId?.value,
        severityIfMissing: 'warning',
      },
      {
        what: 'customer_id',
        pointer: customerId?.pointer ?? '/customer_id',
        expected: customer,
        actual: customerId?.value,
        severityIfMissing: 'warning',
      },
    ],
    writtenBy,
  );
}

/** Cleanup: end the service; for an interrupted start, end every active service of the run-tagged customer. */
function endService(flow: Flow, customer: string): Undo {
  const listActive = (signal: AbortSignal) =>
    flow.cleanupCall('listCsActiveCustomerServices', { params: { customer_id: customer } }, signal);
  return {
    via: 'endCsService',
    verify: async (id, signal) => servicePresence(id, await listActive(signal)),
    async run(id, signal) {
      let ids = id ? [id] : [];
      if (!id) {
        const listed = await listActive(signal);
        if (!listed) return { outcome: 'failed', message: "listing the run-tagged customer's services got no answer" };
        ids = activeServiceIds(listed.body);
        if (ids.length === 0)
          return { outcome: 'already-gone', message: 'no active service of the run-tagged customer' };
      }
      const outcomes: string[] = [];
      for (const serviceId of ids) {
        const reply = await flow.cleanupCall(
          'endCsService',
          { params: { service_id: serviceId }, body: {}, mediaType: scenario.JSON_TYPE },
          signal,
        );
        outcomes.push(reply ? String(reply.status) : 'no answer');
      }
      if (outcomes.every((status) => status === '200' || status === '204')) return { outcome: 'cleaned' };
      if (outcomes.every((status) => status === '404')) return { outcome: 'already-gone', message: 'end answered 404' };
      return { outcome: 'failed', message: `end answered ${outcomes.join(', ')}` };
    },
  };
}
