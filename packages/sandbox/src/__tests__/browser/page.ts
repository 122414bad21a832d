// The page the Chromium test loads (bundled by esbuild in msw-browser.test.ts): it starts the MSW worker with the
// sandbox's handlers (`msw/browser`) and drives @cx-contracts/client through create → get → update → stop for Nexus v3
// and GMS Open Media v2, writing each step into a table (the screenshot) and the outcome into `window.sandboxResult`.
import { createV2Client, createV3Client } from '@cx-contracts/client';
import document from '@cx-contracts/types/openapi/all.json' with { type: 'json' };
import { setupWorker } from 'msw/browser';
import { createSandbox } from '../../msw.js';

interface Row {
  surface: string;
  step: string;
  status: number;
  body: string;
}

const rows: Row[] = [];
const table = globalThis.document.querySelector('tbody')!;

function show(surface: string, step: string, response: Response, data: unknown): unknown {
  rows.push({ surface, step, status: response.status, body: JSON.stringify(data) });
  const tr = globalThis.document.createElement('tr');
  for (const cell of [surface, step, String(response.status), JSON.stringify(data)]) {
    const td = globalThis.document.createElement('td');
    td.textContent = cell;
    tr.append(td);
  }
  table.append(tr);
  return data;
}

interface Answer {
  response: Response;
  data?: unknown;
  error?: unknown;
}

/** get → update → get → stop → get on the interaction just created: the same walk on both surfaces, one row a step. */
async function walk(surface: string, call: Record<'get' | 'update' | 'stop', () => Promise<Answer>>): Promise<void> {
  const steps = [
    ['get', call.get],
    ['update', call.update],
    ['get after update', call.get],
    ['stop', call.stop],
    ['get after stop', call.get],
  ] as const;
  for (const [step, send] of steps) {
    const answer = await send();
    // A refused call (Nexus's 404 after the stop) has its body in `error`.
    show(surface, step, answer.response, answer.data ?? answer.error);
  }
}

async function nexus(baseUrl: string): Promise<void> {
  const client = createV3Client({ baseUrl, apiKey: 'browser-key' });
  const openMediaService = 'customer-support';
  const created = await client.POST('/nexus/v3/openmedia/{openMediaService}/interactions', {
    params: { path: { openMediaService } },
    body: { externalId: 'browser-1', userData: { Topic: 'refund' } },
  });
  const id = (show('v3 Nexus', 'create', created.response, created.data) as { data: { interactionId: string } }).data
    .interactionId;
  const params = { path: { openMediaService, interactionId: id } };
  await walk('v3 Nexus', {
    get: () => client.GET('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}', { params }),
    update: () =>
      client.POST('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/update', {
        params,
        body: { changedProperties: { Topic: 'exchange' } },
      }),
    stop: () =>
      client.POST('/nexus/v3/openmedia/{openMediaService}/interactions/{interactionId}/stop', { params, body: {} }),
  });
}

async function openMedia(baseUrl: string): Promise<void> {
  const client = createV2Client({ baseUrl });
  const serviceName = 'customer-support';
  const created = await client.POST('/genesys/2/openmedia/{serviceName}', {
    params: { path: { serviceName } },
    body: { externalId: 'browser-2', userData: { OrderNumber: 'ABC' } },
  });
  const { interactionId } = show('v2 GMS Open Media', 'create', created.response, created.data) as {
    interactionId: string;
  };
  const params = { path: { serviceName, id: interactionId } };
  await walk('v2 GMS Open Media', {
    get: () => client.POST('/genesys/2/openmedia/{serviceName}/{id}/get', { params, body: {} }),
    update: () =>
      client.POST('/genesys/2/openmedia/{serviceName}/{id}/update', {
        params,
        body: { change: { OrderNumber: 'XYZ' } },
      }),
    stop: () => client.POST('/genesys/2/openmedia/{serviceName}/{id}/stop', { params, body: {} }),
  });
}

async function main(): Promise<void> {
  const sandbox = createSandbox({ document, baseUrl: location.origin, namespace: 'browser' });
  const worker = setupWorker(...sandbox.handlers);
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  await nexus(location.origin);
  await openMedia(location.origin);
  // A request the contract refuses: the problem+json of the precompiled validators, as the node server's.
  const refused = await fetch(`${location.origin}/genesys/2/openmedia/customer-support/1/update`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'nothing=1',
  });
  const problem = { status: refused.status, type: refused.headers.get('content-type'), body: await refused.json() };
  const requests = sandbox.requests('browser').map((entry) => `${entry.operationId} ${entry.status}`);
  Object.assign(globalThis, { sandboxResult: { rows, requests, problem } });
}

main().catch((error: unknown) => {
  Object.assign(globalThis, { sandboxResult: { error: String((error as Error)?.stack ?? error) } });
});
