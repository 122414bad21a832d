// A consumer's Node test set-up, run from the packed tarballs only (test/packaging/e2e/pack.test.ts): the sandbox in
// process (`sandbox.fetch`), the same through MSW's `msw/node` handlers and global fetch, and the behaviour suite of
// `@cx-contracts/sandbox/testing` over the first. Prints what it saw as one JSON line for the test to read.
import { createRequire } from 'node:module';
import { createSandbox } from '@cx-contracts/sandbox';
import { createSandbox as createMswSandbox } from '@cx-contracts/sandbox/msw';
import { flows, runFlow } from '@cx-contracts/sandbox/testing';
import { setupServer } from 'msw/node';

// As a jest set-up loads it (packages/sandbox/README.md): the contract through the types package's `exports`.
const document = createRequire(import.meta.url)('@cx-contracts/types/openapi/all.json');
const key = { 'x-api-key': 'packed-node-key' };

/** Nexus v3 create → read by id (seed 003), through any fetch-like function. */
async function createThenRead(send, origin) {
  const interactions = `${origin}/nexus/v3/openmedia/email-intake/interactions`;
  const created = await send(
    new Request(interactions, {
      method: 'POST',
      headers: { ...key, 'content-type': 'application/json' },
      body: JSON.stringify({ externalId: 'PACKED-NODE-1', userData: { Topic: 'refund' } }),
    }),
  );
  const createdBody = await created.json();
  const read = await send(new Request(`${interactions}/${createdBody.data?.interactionId}`, { headers: key }));
  const readBody = await read.json();
  return {
    created: { status: created.status, operation: created.headers.get('x-cx-operation') },
    read: { status: read.status, operation: read.headers.get('x-cx-operation'), data: readBody.data },
  };
}

const core = createSandbox({ document });
const inProcess = await createThenRead((request) => core.fetch(request), 'http://sandbox.test');

const msw = createMswSandbox({ document, baseUrl: 'http://api.test', namespace: 'packed' });
const server = setupServer(...msw.handlers);
server.listen({ onUnhandledRequest: 'error' });
let throughMsw;
try {
  throughMsw = await createThenRead((request) => fetch(request), 'http://api.test');
} finally {
  server.close();
}

const suite = createSandbox({ document });
const flowsPassed = [];
for (const [index, flow] of flows.entries()) {
  await runFlow((request) => suite.fetch(request), flow, {
    baseUrl: 'http://sandbox.test',
    namespace: `flow-${index}`,
  });
  flowsPassed.push(flow.name);
}

console.log(JSON.stringify({ inProcess, throughMsw, mswRequests: msw.requests().length, flowsPassed }));
