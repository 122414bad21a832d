// A consumer's page, built from the packed tarballs only: calls two surfaces of the sandbox named in `?mock=` and writes
// what it saw into #result as JSON for test/packaging/pack.test.ts to read.
import { createContextServiceClient, createV3Client } from '@cx-contracts/client';
import type { components } from '@cx-contracts/types/v3';
import { showResult } from './show-result.js';

type CreateBody = components['schemas']['NexusCreateInteractionRequest'];

const mock = new URLSearchParams(location.search).get('mock') ?? '';
const v3 = createV3Client({ baseUrl: mock, apiKey: 'packed-client-key' });
const cs = createContextServiceClient({ baseUrl: mock, contactCenterId: '101' });

async function run() {
  const body: CreateBody = { externalId: 'PACKED-1', receivedAt: '2024-05-01T10:00:00Z' };
  const path = { openMediaService: 'email-intake' };
  const created = await v3.POST('/nexus/v3/openmedia/{openMediaService}/interactions', { params: { path }, body });
  // The same call without the client (so without x-api-key): the mock must refuse it, so the 200 above shows the
  // packed client sent the key.
  const refused = await fetch(`${mock}/nexus/v3/openmedia/email-intake/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  // The sandbox behind `npm start` starts with no data: start a service for the customer, then list it.
  await cs.POST('/genesys/1/cs/services/start', { body: { customer_id: 'c-1', service_type: 100 } });
  const active = await cs.GET('/genesys/1/cs/customers/{customer_id}/services/active', {
    params: { path: { customer_id: 'c-1' } },
  });
  // The types say `service_id` exists on each entry: reading it is the type check this page exists for.
  const serviceIds = (active.data ?? []).map((service) => service.service_id);
  const answer = (response: Response) => ({
    status: response.status,
    operation: response.headers.get('x-cx-operation'),
  });
  return {
    v3: answer(created.response),
    v3WithoutKey: answer(refused),
    contextService: { ...answer(active.response), serviceIds },
  };
}

/** Never called: proves the packed types are real (a path outside the contract must not compile). */
export function typeProbe() {
  // @ts-expect-error: '/nexus/v3/no-such-path' is not a path of the v3 contract
  return v3.GET('/nexus/v3/no-such-path');
}

showResult(run);
