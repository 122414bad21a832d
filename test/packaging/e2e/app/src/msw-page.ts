// A consumer's page in development, built from the packed tarballs only, as packages/sandbox/README.md tells a Vite
// app to: the sandbox's MSW handlers in a service worker (`msw/browser`), the precompiled validators aliased in
// (pack.test.ts's Vite config). Creates then reads a Nexus v3 interaction and sends one request the contract refuses,
// and writes what it saw into #result as JSON for test/packaging/e2e/pack.test.ts to read.
import { createSandbox } from '@cx-contracts/sandbox/msw';
import contract from '@cx-contracts/types/openapi/all.json' with { type: 'json' };
import { setupWorker } from 'msw/browser';
import { showResult } from './show-result.js';

const sandbox = createSandbox({ document: contract, baseUrl: location.origin, namespace: 'packed-page' });
const interactions = `${location.origin}/nexus/v3/openmedia/email-intake/interactions`;
const headers = { 'x-api-key': 'packed-page-key', 'content-type': 'application/json' };

async function run() {
  await setupWorker(...sandbox.handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
  const created = await fetch(interactions, {
    method: 'POST',
    headers,
    body: JSON.stringify({ externalId: 'PACKED-PAGE-1' }),
  });
  const { data } = await created.json();
  const read = await fetch(`${interactions}/${data.interactionId}`, { headers });
  // userData must be an object (NexusCreateInteractionRequest): the validators have to run to refuse this.
  const refused = await fetch(interactions, { method: 'POST', headers, body: JSON.stringify({ userData: 'x' }) });
  return {
    created: created.status,
    read: { status: read.status, externalId: (await read.json()).data?.externalId },
    refused: { status: refused.status, violations: refused.headers.get('sl-violations') },
    handled: sandbox.requests().length,
  };
}

/** Never called: proves the packed types are real (an option the sandbox does not take must not compile). */
export function typeProbe() {
  // @ts-expect-error: createSandbox takes no `port` option
  return createSandbox({ document: contract, port: 4010 });
}

showResult(run);
