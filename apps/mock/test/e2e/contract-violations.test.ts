// A request that breaks the contract gets 422 with every violation listed (where, which field, which rule, why),
// including what Prism alone lets through (bracketed form maps). Where the operation documents its own answer to bad
// input (issue 10), the refusal takes that status and shape and keeps the list: in the body where the documented body
// is open (Nexus 400), in the sl-violations header where it has a shape (Context Services 4XX `{message, exception}`).
import { describe, expect, it } from 'vitest';
import type { Surface } from '@cx-contracts/openapi-runtime';
import { exampleRequest } from '../../src/example-requests.js';
import { loadContract, send, useMock } from './mock-process.js';

const surface: Surface = await loadContract();
const mock = useMock();

interface Violation {
  location: string;
  field?: string;
  pointer: string;
  rule: string;
  message: string;
}

/** The operation's own example request with its body, headers or path replaced. */
async function broken(operationId: string, change: { path?: string; body?: string; contentType?: string }) {
  const request = await exampleRequest(surface, surface.getOperation(operationId)!);
  const headers = change.contentType ? { ...request.headers, 'content-type': change.contentType } : request.headers;
  const response = await send(mock.url, {
    ...request,
    path: change.path ?? request.path,
    headers,
    body: change.body === undefined ? request.body : new TextEncoder().encode(change.body),
  });
  const body = await response.json();
  const header = response.headers.get('sl-violations');
  const violations = (body.violations ?? (header ? JSON.parse(header) : [])) as Violation[];
  return { response, body, violations };
}

function expectViolation(violations: Violation[], expected: Partial<Violation>): void {
  expect(violations).toContainEqual(expect.objectContaining(expected));
  for (const violation of violations) {
    expect(violation.location).toEqual(expect.any(String));
    expect(violation.rule).toEqual(expect.any(String));
    expect(violation.message).toEqual(expect.any(String));
    expect(violation.pointer).toEqual(expect.any(String));
  }
}

describe('one contract-breaking request per surface', () => {
  // The plain 422 refusals: the request as sent, then each violation the answer must list.
  const refused: [string, string, Parameters<typeof broken>[1], Partial<Violation>[]][] = [
    [
      'v1 GMS Service create: a JSON body that is not an object',
      'createGmsService',
      { body: '["a"]', contentType: 'application/json' },
      [{ location: 'body', pointer: '', rule: 'type' }],
    ],
    [
      'v2 GMS Open Media update: neither change[…] nor delete[…]',
      'updateOpenMediaInteraction',
      { body: 'comment=nothing' },
      [
        { location: 'body', field: 'change', rule: 'required' },
        { location: 'body', field: 'delete', rule: 'required' },
      ],
    ],
    [
      'v2 Web Services PlaceInQueue without queueName',
      'performGwsInteractionOperation',
      { body: '{"operationName":"PlaceInQueue"}', contentType: 'application/json' },
      [{ location: 'body', field: 'queueName', rule: 'required' }],
    ],
  ];
  it.each(refused)('%s', async (_name, operationId, change, expected) => {
    const { response, violations } = await broken(operationId, change);
    expect(response.status).toBe(422);
    for (const violation of expected) expectViolation(violations, violation);
  });

  it('v2 GMS Open Media create: userData=foo (a bracketed map sent as a plain value, which Prism accepts)', async () => {
    const { response, body, violations } = await broken('createOpenMediaInteraction', { body: 'userData=foo' });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('x-cx-mock-error')).toBe('contract-violation');
    expect(body.operationId).toBe('createOpenMediaInteraction');
    expectViolation(violations, {
      location: 'body',
      field: 'userData',
      pointer: '/userData',
      rule: 'type',
      message: 'must be object',
    });
  });

  it('v3 Nexus update: deletedProperties not a list, answered with the documented 400 (open body: the problem)', async () => {
    expect(Object.keys(surface.getOperation('updateNexusInteraction')!.responses)).toContain('400');
    const { response, body, violations } = await broken('updateNexusInteraction', {
      body: '{"deletedProperties":"Subject"}',
      contentType: 'application/json',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(body).toMatchObject({ status: 400, operationId: 'updateNexusInteraction' });
    expect(body.violations).toEqual(JSON.parse(response.headers.get('sl-violations')!));
    expectViolation(violations, {
      location: 'body',
      field: 'deletedProperties',
      pointer: '/deletedProperties',
      rule: 'type',
      message: 'must be array',
    });
  });

  it('Context Services composite start without state: the 4XX shape, the violations in sl-violations', async () => {
    const body = JSON.stringify({ services: [{ service: { customer_id: '42', service_type: 'MyService1' } }] });
    const {
      response,
      body: answer,
      violations,
    } = await broken('startCsCompositeService', {
      body,
      contentType: 'application/json',
    });
    expect(response.status).toBe(422);
    expect(Object.keys(answer).sort()).toEqual(['exception', 'message']);
    expectViolation(violations, {
      location: 'body',
      field: 'services.0.state',
      pointer: '/services/0',
      rule: 'required',
    });
  });

  it('Context Services: a service id that is not an integer (path parameter)', async () => {
    const { response, violations } = await broken('getCsService', { path: '/genesys/1/cs/services/not-a-number' });
    expect(response.status).toBe(422);
    expectViolation(violations, { location: 'path', field: 'service_id' });
  });
});

describe('what the 422 rule rests on', () => {
  it('no operation documents 422 itself, so an unselected 422 is always the mock refusing the request', () => {
    const documenting422 = surface.operations
      .filter((operation) => '422' in operation.responses)
      .map((operation) => operation.operationId);
    expect(documenting422).toEqual([]);
  });

  it('several violations are all listed, each once', async () => {
    const body = JSON.stringify({
      services: [{ service: { customer_id: '42', service_type: 'MyService1' } }, { state: {} }],
    });
    const { violations } = await broken('startCsCompositeService', { body, contentType: 'application/json' });
    expect(violations.length).toBeGreaterThan(1);
    expect(new Set(violations.map((violation) => JSON.stringify(violation))).size).toBe(violations.length);
  });

  it('the same request, repaired, is answered by Prism', async () => {
    const { response } = await broken('createOpenMediaInteraction', { body: 'userData%5Bfoo%5D=bar' });
    expect(response.status).toBe(200);
  });
});
