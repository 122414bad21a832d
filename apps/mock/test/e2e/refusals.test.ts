// Contract-first refusals (issue 10) against `npm start`'s server in both modes: per surface, a request that breaks
// the contract gets the operation's documented 400/422/4XX where it has one (its status, a body valid against its
// schema) and the mock's problem+json 422 where it has none, and the violations are always there to read.
import type { Surface } from '@cx-contracts/openapi-runtime';
import { basic } from '@cx-contracts/sandbox/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledDocument, loadContract, type RunningMock, sandboxArgs, startMock } from './mock-process.js';

const contract: Surface = await loadContract();

interface Case {
  surface: string;
  operationId: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  contentType: string;
  body: string;
  want: { status: number; contentType: string; violationsIn: 'body' | 'header'; field: string; rule: string };
}

const cases: Case[] = [
  {
    surface: 'v1 GMS Service API (no 400 documented)',
    operationId: 'createGmsService',
    method: 'POST',
    path: '/genesys/1/service/request-chat',
    contentType: 'application/json',
    body: '["a"]',
    want: { status: 422, contentType: 'application/problem+json', violationsIn: 'body', field: '', rule: 'type' },
  },
  {
    surface: 'v2 GMS Open Media (failures inside 200, no 4xx documented)',
    operationId: 'createOpenMediaInteraction',
    method: 'POST',
    path: '/genesys/2/openmedia/customer-support',
    headers: { authorization: basic('refusals') },
    contentType: 'application/x-www-form-urlencoded',
    body: 'userData=foo',
    want: {
      status: 422,
      contentType: 'application/problem+json',
      violationsIn: 'body',
      field: 'userData',
      rule: 'type',
    },
  },
  {
    surface: 'v2 Web Services (no 4xx for bad input documented)',
    operationId: 'performGwsInteractionOperation',
    method: 'POST',
    path: '/api/v2/me/interactions/any-id',
    headers: { authorization: basic('refusals') },
    contentType: 'application/json',
    body: '{"operationName":"PlaceInQueue"}',
    want: {
      status: 422,
      contentType: 'application/problem+json',
      violationsIn: 'body',
      field: 'queueName',
      rule: 'required',
    },
  },
  {
    surface: 'v3 Nexus (documented 400, body `{object}`: the problem document)',
    operationId: 'updateNexusInteraction',
    method: 'POST',
    path: '/nexus/v3/openmedia/customer-support/interactions/any-id/update',
    headers: { 'x-api-key': 'refusals-key' },
    contentType: 'application/json',
    body: '{"deletedProperties":"Subject"}',
    want: {
      status: 400,
      contentType: 'application/json',
      violationsIn: 'body',
      field: 'deletedProperties',
      rule: 'type',
    },
  },
  {
    surface: 'Context Services (documented 4XX `{message, exception}`: the list in the header)',
    operationId: 'startCsCompositeService',
    method: 'POST',
    path: '/genesys/1/cs/services_composite/start',
    contentType: 'application/json',
    body: '{"services":[{"service":{}}]}',
    want: {
      status: 422,
      contentType: 'application/json',
      violationsIn: 'header',
      field: 'services.0.state',
      rule: 'required',
    },
  },
];

const modes: [string, string[]][] = [
  ['sandbox (the default)', sandboxArgs('--no-csrf')],
  ['stateless (--stateless)', ['--stateless', '--spec', bundledDocument, '--host', '127.0.0.1', '--port', '0']],
];

for (const [mode, args] of modes)
  describe(`refusals in ${mode} mode`, () => {
    let mock: RunningMock;
    beforeAll(async () => {
      mock = await startMock(args);
    }, 60_000);
    afterAll(async () => {
      await mock?.stop();
    });

    for (const { surface, operationId, method, path, headers, contentType, body, want } of cases)
      it(`${surface}: ${want.status} ${want.contentType}, violations in the ${want.violationsIn}`, async () => {
        const response = await fetch(mock.url + path, {
          method,
          headers: { ...headers, 'content-type': contentType, origin: 'http://app.example' },
          body,
        });
        const answer = await response.json();
        expect(response.status).toBe(want.status);
        expect(response.headers.get('content-type')).toBe(want.contentType);
        expect(response.headers.get('x-cx-operation')).toBe(operationId);
        expect(response.headers.get('x-cx-mock-error')).toBe('contract-violation');
        // The list: in the body, and always in sl-violations (bounded, ASCII JSON), which a page on another origin
        // can read (cors.ts).
        expect(response.headers.get('access-control-expose-headers')).toMatch(/\bsl-violations\b/);
        const header = JSON.parse(response.headers.get('sl-violations')!);
        const listed = want.violationsIn === 'body' ? answer.violations : header;
        expect(listed).toContainEqual(expect.objectContaining({ location: 'body', rule: want.rule }));
        if (want.field) expect(listed).toContainEqual(expect.objectContaining({ field: want.field }));
        if (want.violationsIn === 'header') expect(answer.violations).toBeUndefined();
        else expect(answer.violations).toEqual(header);
        // A documented form is the operation's answer: valid against the documented response.
        if (want.contentType !== 'application/problem+json')
          expect(
            contract.validators.validateResponse(contract.getOperation(operationId)!, {
              status: response.status,
              headers: response.headers,
              body: answer,
            }),
          ).toEqual([]);
      });
  });
