// Replies the vendor documentation shows that the contract must accept, and replies it must refuse, checked by the
// conformance suite's own exchange checks (the checks a `cx-conformance` run applies to every answer), so a reply
// passes here exactly when it passes a real run. "Accepted" means no error; a warning (a provisional part) is fine.
import path from 'node:path';
import { checkExchange, loadConformanceSurface, type ConformanceSurface } from '@cx-contracts/conformance';
import { readDocument } from '@cx-contracts/openapi-runtime';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const surfaces = new Map<string, Promise<ConformanceSurface>>();
function surfaceOf(name: string): Promise<ConformanceSurface> {
  let surface = surfaces.get(name);
  if (!surface) {
    surface = readDocument(path.join(root, 'build', 'specs', `${name}.yaml`)).then((document) =>
      loadConformanceSurface(document, name),
    );
    surfaces.set(name, surface);
  }
  return surface;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const TEXT = { 'content-type': 'text/plain' };
const GWS_OPERATION = '/api/v2/me/interactions/00009a8T8Y130123';
const COMPOSITE = '/genesys/1/cs/services_composite/start';
const compositeResult = {
  service: { service_id: 111222, created: 'false' },
  state: { state_id: 333444, created: 'true' },
  task: { task_id: 555666, created: 'true' },
};
const location = { location: '/genesys/1/cs/services/111222/tasks/555666' };

interface Case {
  name: string;
  surface: string;
  method: string;
  path: string;
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

const accepted: Case[] = [
  {
    name: 'Accept answered with an empty HTTP 200 ("a successful request results in an empty HTTP 200 response")',
    surface: 'v2',
    method: 'POST',
    path: GWS_OPERATION,
    status: 200,
  },
  {
    name: 'Accept answered with the {"status":"ok"} output block',
    surface: 'v2',
    method: 'POST',
    path: GWS_OPERATION,
    status: 200,
    headers: JSON_TYPE,
    body: '{"status":"ok"}',
  },
  {
    name: 'composite start reply with the worked example\'s "services" wrapper',
    surface: 'context-service',
    method: 'POST',
    path: COMPOSITE,
    status: 200,
    headers: { ...JSON_TYPE, ...location },
    body: JSON.stringify({ services: [compositeResult] }),
  },
  {
    name: 'composite start reply in the "Body" template form (no services wrapper)',
    surface: 'context-service',
    method: 'POST',
    path: COMPOSITE,
    status: 200,
    headers: { ...JSON_TYPE, ...location },
    body: JSON.stringify(compositeResult),
  },
  {
    name: 'Open Media statusCode 2 without errors ("either a statusCode or error codes", API Responses)',
    surface: 'v2',
    method: 'POST',
    path: '/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/get',
    status: 200,
    headers: JSON_TYPE,
    body: '{"statusCode":2}',
  },
  {
    name: 'Open Media interaction timestamps that are not RFC 3339 (their format is not published)',
    surface: 'v2',
    method: 'POST',
    path: '/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/get',
    status: 200,
    headers: JSON_TYPE,
    body: JSON.stringify({
      statusCode: 0,
      interactionProperties: { interactionId: '01QG0Q2S5S50G000', interactionReceivedAt: '2017-05-31 04:43:52.000' },
    }),
  },
  {
    name: 'a v1 delete answered with the text OK',
    surface: 'v1',
    method: 'DELETE',
    path: '/genesys/1/service/efef8eb61-1f24-593d-90da-0034aca34b55/storage/Key1',
    status: 200,
    headers: TEXT,
    body: 'OK',
  },
  {
    name: 'a v1 delete answered with no body (the documented "OK" may be the status line)',
    surface: 'v1',
    method: 'DELETE',
    path: '/genesys/1/service/efef8eb61-1f24-593d-90da-0034aca34b55',
    status: 200,
  },
  {
    name: 'a chat refresh answered with service-defined JSON',
    surface: 'v1',
    method: 'POST',
    path: '/genesys/1/service/39a98e24-b03b-4191-b756-1efe8f3b16b8/ixn/chat/refresh?transcriptPosition=1',
    status: 200,
    headers: JSON_TYPE,
    body: '{"chatIxnState":"CONNECTED","transcriptPosition":"2"}',
  },
];

const refused: (Case & { because: RegExp })[] = [
  {
    name: 'an Open Media create answered with an empty 200 (no empty body documented there)',
    surface: 'v2',
    method: 'POST',
    path: '/genesys/2/openmedia/customer-support',
    status: 200,
    because: /no body/,
  },
  {
    name: 'a Web Services operation reply in none of the documented forms',
    surface: 'v2',
    method: 'POST',
    path: GWS_OPERATION,
    status: 200,
    headers: JSON_TYPE,
    body: '{"status":"maybe"}',
    because: /status/,
  },
  {
    name: 'a composite start reply in neither form',
    surface: 'context-service',
    method: 'POST',
    path: COMPOSITE,
    status: 200,
    headers: { ...JSON_TYPE, ...location },
    body: '{"service":{"service_id":111222,"created":"false"}}',
    because: /state|services/,
  },
  {
    name: 'a composite start result whose created flag is a JSON boolean',
    surface: 'context-service',
    method: 'POST',
    path: COMPOSITE,
    status: 200,
    headers: { ...JSON_TYPE, ...location },
    body: JSON.stringify({ services: [{ ...compositeResult, state: { state_id: 333444, created: true } }] }),
    because: /created|string/,
  },
];

async function findingsOf(c: Case) {
  const surface = await surfaceOf(c.surface);
  return checkExchange(
    surface,
    { method: c.method, url: c.path },
    { status: c.status, headers: c.headers ?? {}, body: c.body ?? '' },
  );
}

describe('the contract accepts the replies the vendor documentation shows', () => {
  it.each(accepted)('$name', async (c) => {
    const errors = (await findingsOf(c)).filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => `${finding.checkId}: ${finding.message}`)).toEqual([]);
  });
});

describe('the contract refuses replies it does not document', () => {
  it.each(refused)('$name', async (c) => {
    const errors = (await findingsOf(c)).filter((finding) => finding.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((finding) => finding.message).join('\n')).toMatch(c.because);
  });
});
