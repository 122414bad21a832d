// The validating proxy in front of the sandbox, driven by @cx-contracts/client (issue 13, "Tests that must exist").
import { createV2Client, createV3Client } from '@cx-contracts/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runExitCode } from '../../src/cli/exit-codes.js';
import { loadSurfaces } from '../../src/cli/passive-options.js';
import { Redactor } from '../../src/http/redactor.js';
import { PassiveSession } from '../../src/passive/passive-session.js';
import { FINDINGS_HEADER, startValidatingProxy, type ValidatingProxy } from '../../src/proxy/validating-proxy.js';
import type { ConformanceSurface } from '../../src/surface.js';
import { clientJourney } from '../fixtures/client-journey.mjs';
import { startSandboxServer, type SandboxServer } from '../fixtures/sandbox-http.js';

const client = { createV2Client, createV3Client };
const credentials = { apiKey: 'nexus-key-5b7e1c', basic: { username: 'agent7', password: 'pw-9d2f44a1' } };
/** The header that names the journey's namespace (its Basic user's) when a fault is armed. */
const journeyUser = { authorization: `Basic ${btoa(`${credentials.basic.username}:${credentials.basic.password}`)}` };
let sandbox: SandboxServer;
let surfaces: ConformanceSurface[];
let run = 0;

beforeAll(async () => {
  sandbox = await startSandboxServer();
  surfaces = await loadSurfaces(['v1', 'v2', 'v3', 'context-service']);
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.received.length = 0;
});

async function withProxy<T>(
  strict: boolean,
  body: (proxy: ValidatingProxy, session: PassiveSession) => Promise<T>,
): Promise<T> {
  const session = new PassiveSession({ surfaces, source: 'proxy', target: sandbox.url, redactor: new Redactor() });
  const proxy = await startValidatingProxy({ target: sandbox.url, session, strict });
  try {
    return await body(proxy, session);
  } finally {
    await proxy.close();
  }
}

const journey = (baseUrl: string) =>
  clientJourney(client, { baseUrl, ...credentials, externalId: `proxy-${++run}` }) as Promise<
    Array<{ name: string; status: number; findings: string | null }>
  >;

describe('validating proxy in front of the sandbox', () => {
  it('passes a clean journey through with no findings and records its coverage', async () => {
    await withProxy(false, async (proxy, session) => {
      const calls = await journey(proxy.url);
      expect(calls.map((call) => [call.name, call.status])).toEqual([
        ['create', 200],
        ['get', 200],
        ['update', 200],
        ['stop', 200],
        ['nexus-create', 200],
        ['nexus-get', 200],
        ['nexus-get-ext', 200],
        ['nexus-update-ext', 200],
      ]);
      for (const call of calls) expect(call.findings).toBe('errors=0; warnings=0');
      const report = session.report();
      expect(report.findings).toEqual([]);
      expect(runExitCode(report, false)).toBe(0);
      const update = report.coverage.operations.find((op) => op.operationId === 'updateOpenMediaInteraction')!;
      expect(update.statuses.seen).toEqual(['200']);
      expect(update.responseForms.seen).toEqual(['200 OpenMediaSuccess']);
      expect(update.requestMediaTypes.seen).toEqual(['application/x-www-form-urlencoded']);
      // ext_ paths reach the ext_ operations, plain ids the {interactionId} ones (contract decision 9).
      const callsOf = (operationId: string) =>
        report.coverage.operations.find((op) => op.operationId === operationId)?.calls;
      expect(callsOf('getNexusInteraction')).toBe(1);
      expect(callsOf('getNexusInteractionByExternalId')).toBe(1);
      expect(callsOf('updateNexusInteractionByExternalId')).toBe(1);
      expect(callsOf('updateNexusInteraction')).toBe(0);
    });
  });

  it('forwards a valid Open Media update with change[k]/delete[k] byte for byte (Prism answered it 422)', async () => {
    const direct = await journey(sandbox.url);
    const directUpdate = sandbox.received.find((request) => request.url.endsWith('/update'))!;
    sandbox.received.length = 0;
    await withProxy(true, async (proxy, session) => {
      const calls = await journey(proxy.url);
      expect(calls.find((call) => call.name === 'update')).toMatchObject({
        status: 200,
        findings: 'errors=0; warnings=0',
      });
      const proxied = sandbox.received.find((request) => request.url.endsWith('/update'))!;
      // Same bytes as without the proxy, apart from the interaction id in the path.
      expect(proxied.body).toBe(directUpdate.body);
      expect(proxied.body).toBe('change%5BOrderNumber%5D=XYZ-1&change%5BPriority%5D=5&delete%5BTopic%5D=');
      expect(direct.find((call) => call.name === 'update')!.status).toBe(200);
      expect(session.report().findings).toEqual([]);
    });
  });

  it('pass-through: a contract-breaking answer reaches the client as sent, with the findings in a header', async () => {
    await withProxy(false, async (proxy, session) => {
      // In the namespace of the journey's Basic user, which the GMS calls land in.
      await sandbox.arm(journeyUser, { operationId: 'getOpenMediaInteraction', setStatus: 418 });
      await sandbox.arm(journeyUser, { operationId: 'updateOpenMediaInteraction', contentType: 'text/plain' });
      const calls = await journey(proxy.url);
      const get = calls.find((call) => call.name === 'get')!;
      expect(get.status).toBe(418);
      expect(get.findings).toMatch(
        /^errors=1; warnings=0; error status-code-conformance: status 418 is not documented/,
      );
      const update = calls.find((call) => call.name === 'update')!;
      expect(update.status).toBe(200);
      expect(update.findings).toMatch(/error content-type-conformance/);
      const report = session.report();
      expect(runExitCode(report, false)).toBe(1);
      expect(new Set(report.findings.map((f) => `${f.operationId} ${f.checkId}`))).toEqual(
        new Set([
          'getOpenMediaInteraction status-code-conformance',
          'updateOpenMediaInteraction content-type-conformance',
        ]),
      );
      expect(
        report.coverage.operations.find((op) => op.operationId === 'getOpenMediaInteraction')!.statuses,
      ).toMatchObject({
        undocumented: ['418'],
      });
    });
  });

  it('--strict: a contract-breaking answer becomes a 502 problem+json naming the finding', async () => {
    await withProxy(true, async (proxy) => {
      // The call below carries no credentials: its namespace is the default one.
      await sandbox.arm({}, { operationId: 'getOpenMediaInteraction', setStatus: 418 });
      const response = await fetch(`${proxy.url}/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/get`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      });
      expect(response.status).toBe(502);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await response.json()) as Record<string, unknown>;
      expect(problem).toMatchObject({
        status: 502,
        operationId: 'getOpenMediaInteraction',
        upstreamStatus: 418,
        findings: [expect.objectContaining({ checkId: 'status-code-conformance', severity: 'error' })],
      });
    });
  });

  it('documented faults of the sandbox (a final-failure envelope) are conformance: passed through, no errors', async () => {
    await withProxy(true, async (proxy, session) => {
      const armed = await fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        // Faults are armed per namespace; the sandbox derives it from the credentials the journey sends.
        headers: { 'content-type': 'application/json', ...journeyUser },
        body: JSON.stringify({ operationId: 'getOpenMediaInteraction', example: 'interactionNotFound' }),
      });
      expect(armed.status).toBeLessThan(300);
      const calls = await journey(proxy.url);
      expect(calls.find((call) => call.name === 'get')).toMatchObject({
        status: 200,
        findings: 'errors=0; warnings=0',
      });
      const get = session.report().coverage.operations.find((op) => op.operationId === 'getOpenMediaInteraction')!;
      expect(get.responseForms.seen).toEqual(['200 OpenMediaFinalFailure']);
      expect(get.examples.seen).toContain('200 interactionNotFound');
    });
  });

  it('reports a frontend that sends a wrong body (request-conformance) and still forwards it', async () => {
    await withProxy(false, async (proxy, session) => {
      const response = await fetch(`${proxy.url}/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/update`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'OrderNumber=XYZ',
      });
      expect(sandbox.received.at(-1)?.body).toBe('OrderNumber=XYZ');
      expect(response.headers.get(FINDINGS_HEADER)).toMatch(/error request-conformance: request body/);
      const findings = session.report().findings.filter((f) => f.checkId === 'request-conformance');
      expect(findings[0]).toMatchObject({ operationId: 'updateOpenMediaInteraction', severity: 'error' });
    });
  });

  it('answers 502 problem+json when the target does not answer', async () => {
    const session = new PassiveSession({ surfaces, source: 'proxy', target: 'x', redactor: new Redactor() });
    const dead = await startSandboxServer();
    const url = dead.url;
    await dead.close();
    const proxy = await startValidatingProxy({ target: url, session });
    try {
      const response = await fetch(`${proxy.url}/nexus/v3/openmedia/email-intake/interactions`, {
        headers: { 'x-api-key': 'k-123456' },
      });
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ title: 'The target did not answer' });
    } finally {
      await proxy.close();
    }
  });
});
