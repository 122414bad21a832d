// How a team uses the library from its own test runner: call the deployment, hand the exchange to checkExchange.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkExchange,
  loadConformanceSurface,
  readSurfaceDocument,
  type ConformanceSurface,
} from '../../src/index.js';
import { FAULT_TABLE } from '../fixtures/fault-table.js';
import { API_KEY, type SandboxTarget, startSandboxTarget } from '../fixtures/sandbox-target.js';

let v3: ConformanceSurface;
let good: SandboxTarget;
let bad: SandboxTarget;
beforeAll(async () => {
  v3 = loadConformanceSurface(await readSurfaceDocument('v3'), 'v3');
  good = await startSandboxTarget();
  bad = await startSandboxTarget(FAULT_TABLE['wrong status']!.faults);
});
afterAll(async () => {
  await good.close();
  await bad.close();
});

async function createAndRead(base: string): Promise<{ url: string; response: Response }> {
  const created = await fetch(`${base}/nexus/v3/openmedia/svc/interactions`, {
    method: 'POST',
    headers: { 'x-api-key': API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ externalId: 'lib-test-1' }),
  });
  // seed 003: the created interaction is under `data`.
  const { interactionId } = ((await created.json()) as { data: { interactionId: string } }).data;
  const url = `${base}/nexus/v3/openmedia/svc/interactions/${interactionId}`;
  return { url, response: await fetch(url, { headers: { 'x-api-key': API_KEY } }) };
}

describe('checkExchange from a test runner', () => {
  it('finds nothing wrong with a response that honours the contract', async () => {
    const { url, response } = await createAndRead(good.url);
    expect(response.status).toBe(200);
    const findings = checkExchange(
      v3,
      { method: 'GET', url },
      { status: response.status, headers: response.headers, body: await response.text() },
    );
    expect(findings).toEqual([]);
  });

  it('routes the URL to its operation and reports the departure', async () => {
    const { url, response } = await createAndRead(bad.url);
    const findings = checkExchange(
      v3,
      { method: 'GET', url },
      { status: response.status, headers: response.headers, body: await response.text() },
    );
    expect(findings).toMatchObject([
      { checkId: 'status-code-conformance', severity: 'error', operationId: 'getNexusInteraction', status: 202 },
    ]);
  });

  it('explains a URL the contract does not know', () => {
    expect(() => checkExchange(v3, { method: 'GET', url: '/nope' }, { status: 200 })).toThrow(
      'No operation of v3 matches GET /nope.',
    );
  });
});
