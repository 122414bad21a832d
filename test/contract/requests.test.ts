// Requests from the source documents that the contract must accept, and requests it must refuse, checked through the
// shared runtime exactly as the mock and the conformance suite check them: form bodies decoded from their wire bytes.
import { describe, expect, it } from 'vitest';
import { decodeFormBody } from '@cx-contracts/openapi-runtime';
import { loadContract } from './load-contract.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const gws = { authorization: 'Basic YWdlbnQ6c2VjcmV0' };
const nexus = { 'x-api-key': 'test-key' };

interface Case {
  name: string;
  surface: string;
  method: string;
  path: string;
  mediaType?: string;
  wire?: string;
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, unknown>;
}

const composite = (event: Record<string, unknown>) => ({ services: [event] });
const service = { customer_id: 'cust-42', service_type: 'MyService1' };
const state = { state_type: 'MyState1' };

/** A Web Services operation on an interaction (POST /api/v2/me/interactions/{id}, JSON, the agent's credentials). */
const interactionOperation = (name: string, body: Record<string, unknown>): Case => ({
  name,
  surface: 'v2',
  method: 'POST',
  path: '/api/v2/me/interactions/00009a8T8Y130123',
  mediaType: JSON_TYPE,
  body,
  headers: gws,
});

const accepted: Case[] = [
  {
    name: 'seed 000 create with externalId and bracketed userData',
    surface: 'v2',
    method: 'POST',
    path: '/genesys/2/openmedia/customer-support',
    mediaType: FORM,
    wire: 'externalId=xy932&userData%5BOrderNumber%5D=ABC123456789&userData%5BTestKey2%5D=Test+value&userData%5BKeyToDelete%5D=value+to+delete',
  },
  {
    name: 'seed 000 get with an empty body',
    surface: 'v2',
    method: 'POST',
    path: '/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/get',
  },
  {
    name: 'get by external id (form boolean)',
    surface: 'v2',
    method: 'POST',
    path: '/genesys/2/openmedia/customer-support/xy932/get',
    mediaType: FORM,
    wire: 'searchByExternalId=true',
  },
  {
    name: 'seed 000 update with change and delete',
    surface: 'v2',
    method: 'POST',
    path: '/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/update',
    mediaType: FORM,
    wire: 'change%5BOrderNumber%5D=uABC123456789&change%5BTestKey2%5D=uTest+value&delete%5BKeyToDelete%5D=',
  },
  {
    name: 'stop with reasons',
    surface: 'v2',
    method: 'POST',
    path: '/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/stop',
    mediaType: FORM,
    wire: 'reasonSystemName=Cancel&reasonDescription=Not+needed',
  },
  {
    name: 'real client extra top-level form fields (domain-notes G2)',
    surface: 'v2',
    method: 'POST',
    path: '/genesys/2/openmedia/send-survey',
    mediaType: FORM,
    wire: 'interactionType=Inbound&serviceName=send-survey&userData%5BQ1%5D=5',
  },
  interactionOperation('seed 002 Accept', { operationName: 'Accept' }),
  interactionOperation('seed 002 PlaceInQueue', { operationName: 'PlaceInQueue', queueName: 'Support' }),
  interactionOperation('DeleteUserData with keys (workitem form)', {
    operationName: 'DeleteUserData',
    keys: ['UserData1'],
  }),
  interactionOperation('seed 002 Transfer to a userId', { operationName: 'Transfer', userId: 'agent-7' }),
  interactionOperation('Transfer spelled as the operation table names it (SingleStepTransfer, provisional)', {
    operationName: 'SingleStepTransfer',
    userId: 'agent-7',
  }),
  interactionOperation('DeleteUserData with the nested userData object of the vendor sample', {
    operationName: 'DeleteUserData',
    userData: { field1: 'value1', field3: { fieldA: 'valueA', fieldB: 'valueB' } },
  }),
  interactionOperation('UpdateUserData with values the sources do not limit (object, boolean, number, null)', {
    operationName: 'UpdateUserData',
    userData: { nested: { a: 1 }, flag: true, score: 2.5, gone: null },
  }),
  {
    name: 'a chat refresh with its transcript position',
    surface: 'v1',
    method: 'POST',
    path: '/genesys/1/service/39a98e24-b03b-4191-b756-1efe8f3b16b8/ixn/chat/refresh',
    query: { transcriptPosition: '2' },
    mediaType: FORM,
    wire: '_verbose=true',
  },
  {
    name: 'a chat message sent as a form',
    surface: 'v1',
    method: 'POST',
    path: '/genesys/1/service/39a98e24-b03b-4191-b756-1efe8f3b16b8/ixn/chat/send',
    mediaType: FORM,
    wire: 'message=Hello',
  },
  {
    name: 'a storage write with no body (whether one is required is not published)',
    surface: 'v1',
    method: 'POST',
    path: '/genesys/1/service/efef8eb61-1f24-593d-90da-0034aca34b55/storage',
  },
  {
    name: 'a start event whose session_id is longer than the end-event limit of 32',
    surface: 'context-service',
    method: 'POST',
    path: '/genesys/1/cs/services/start',
    mediaType: JSON_TYPE,
    body: { ...service, session_id: 's'.repeat(40), interaction_id: 'i'.repeat(60) },
  },
  {
    name: 'a start event whose est_duration is not an integer (its type is not published)',
    surface: 'context-service',
    method: 'POST',
    path: '/genesys/1/cs/services/111222/states/start',
    mediaType: JSON_TYPE,
    body: { ...state, est_duration: '60' },
  },
  {
    name: 'a composite start with an empty services array (no minimum is published)',
    surface: 'context-service',
    method: 'POST',
    path: '/genesys/1/cs/services_composite/start',
    mediaType: JSON_TYPE,
    body: { services: [] },
  },
  {
    name: 'seed 001 JSON create with nested values',
    surface: 'v1',
    method: 'POST',
    path: '/genesys/1/service/request-interaction',
    mediaType: 'application/json;charset=UTF-8',
    body: {
      lastname: 'mylastname',
      address: { street: 'mystreet', city: 'mycity' },
      phones: ['9002@SIP_Switch', '5555666'],
      _key: 'ignored',
    },
  },
  {
    name: 'seed 001 urlencoded create',
    surface: 'v1',
    method: 'POST',
    path: '/genesys/1/service/request-interaction',
    mediaType: FORM,
    wire: '_phone_number=6504669999&_provide_code=true&language=french',
  },
  {
    name: 'seed 003 update with all three properties',
    surface: 'v3',
    method: 'POST',
    path: '/nexus/v3/openmedia/support/interactions/ext_xy932/update',
    mediaType: JSON_TYPE,
    body: { changedProperties: { a: '1' }, addedProperties: { b: '2' }, deletedProperties: ['c'] },
    headers: nexus,
  },
  {
    name: 'seed 003 create with no body',
    surface: 'v3',
    method: 'POST',
    path: '/nexus/v3/openmedia/support/interactions',
    headers: nexus,
  },
  {
    name: 'seed 004 composite start with associate_state_task as the string "true"',
    surface: 'context-service',
    method: 'POST',
    path: '/genesys/1/cs/services_composite/start',
    mediaType: JSON_TYPE,
    body: composite({
      service: { ...service, RelatedOffersService: [{ offer_name: 'x', type: 9 }] },
      state: { ...state, FeedbackState: { rating: 7 } },
      task: { task_type: 'MyTask1' },
      associate_state_task: 'true',
    }),
  },
];

const refused: (Case & { because: RegExp })[] = [
  {
    name: 'Open Media update with nothing to change or delete',
    surface: 'v2',
    method: 'POST',
    path: '/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/update',
    mediaType: FORM,
    wire: 'reasonSystemName=x',
    because: /change|delete/,
  },
  {
    name: 'Open Media create with userData that is not a map',
    surface: 'v2',
    method: 'POST',
    path: '/genesys/2/openmedia/customer-support',
    mediaType: FORM,
    wire: 'userData=foo',
    because: /object/,
  },
  {
    ...interactionOperation('PlaceInQueue without queueName', { operationName: 'PlaceInQueue' }),
    because: /queueName/,
  },
  {
    ...interactionOperation('Transfer without a target', { operationName: 'Transfer' }),
    because: /userId|targetUri|queueName/,
  },
  { ...interactionOperation('an unknown operationName', { operationName: 'Explode' }), because: /operationName|must/ },
  {
    name: 'composite start without a state',
    surface: 'context-service',
    method: 'POST',
    path: '/genesys/1/cs/services_composite/start',
    mediaType: JSON_TYPE,
    body: composite({ service }),
    because: /state/,
  },
  {
    name: 'composite start without services',
    surface: 'context-service',
    method: 'POST',
    path: '/genesys/1/cs/services_composite/start',
    mediaType: JSON_TYPE,
    body: { service, state },
    because: /services/,
  },
  {
    name: 'a v3 update whose deletedProperties is not a list',
    surface: 'v3',
    method: 'POST',
    path: '/nexus/v3/openmedia/support/interactions/0001AaB2C3D4E5F6/update',
    mediaType: JSON_TYPE,
    body: { deletedProperties: 'OrderNumber' },
    headers: nexus,
    because: /array/,
  },
  {
    ...interactionOperation('SingleStepTransfer without a target', { operationName: 'SingleStepTransfer' }),
    because: /userId|targetUri|queueName/,
  },
  {
    name: 'an end event whose session_id is longer than 32 characters (Complete Service)',
    surface: 'context-service',
    method: 'POST',
    path: '/genesys/1/cs/services/111222/end',
    mediaType: JSON_TYPE,
    body: { session_id: 's'.repeat(33) },
    because: /32/,
  },
  {
    name: 'a composite start without services',
    surface: 'context-service',
    method: 'POST',
    path: '/genesys/1/cs/services_composite/start',
    mediaType: JSON_TYPE,
    body: {},
    because: /services/,
  },
  {
    name: 'a v3 update with no body',
    surface: 'v3',
    method: 'POST',
    path: '/nexus/v3/openmedia/support/interactions/0001AaB2C3D4E5F6/update',
    headers: nexus,
    because: /body|required/i,
  },
];

async function violationsOf(c: Case) {
  const surface = await loadContract(c.surface);
  const match = surface.router.match(c.method, c.path);
  if (!('operation' in match)) throw new Error(`${c.method} ${c.path} reaches no operation`);
  const body = c.wire !== undefined ? decodeFormBody(c.wire) : c.body;
  const headers = { ...(c.headers ?? {}), ...(c.mediaType ? { 'content-type': c.mediaType } : {}) };
  return surface.validators.validateRequest(match.operation, {
    params: match.params,
    query: c.query,
    headers,
    body,
    mediaType: c.mediaType,
  });
}

describe('the contract accepts what the source documents send', () => {
  it.each(accepted)('$name', async (c) => {
    expect((await violationsOf(c)).map((v) => `${v.location} ${v.pointer} ${v.message}`)).toEqual([]);
  });
});

describe('the contract refuses what it must', () => {
  it.each(refused)('$name', async (c) => {
    const violations = await violationsOf(c);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.map((v) => `${v.pointer} ${v.message}`).join('\n')).toMatch(c.because);
  });
});
