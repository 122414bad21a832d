// Contract-first refusals (issue 10): how each operation answers a refused request is read from its documented
// 400/422/4XX, and the answer validates against it with the violations kept (body or sl-violations header).
import { loadSurface, type Violation } from '@cx-contracts/openapi-runtime';
import { describe, expect, it } from 'vitest';
import { contractViolation, type RefusalForm, refusalForm, refusalAnswer } from '../refusals.js';
import { type Answer, type Problem, toResponse } from '../responses.js';
import { surface } from './contract.js';

const typeViolation: Violation = {
  location: 'body',
  pointer: '/deletedProperties',
  schemaPointer: '#/components/schemas/NexusChangePropertiesRequest/properties/deletedProperties/type',
  keyword: 'type',
  message: 'must be array',
};

function refused(operationId: string): Problem {
  const { listed: _listed, ...problem } = contractViolation(surface.getOperation(operationId)!, [typeViolation]);
  return problem;
}

async function read(answer: Answer) {
  const response = toResponse(answer);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: JSON.parse(text) };
}

describe('refusalForm reads the contract', () => {
  const cases: { operationId: string; status: number; want: Partial<RefusalForm> }[] = [
    {
      // seed 003: 400 "Invalid request parameters provided", body `{object}`: the problem document, in the body.
      operationId: 'updateNexusInteraction',
      status: 422,
      want: {
        status: 400,
        responseKey: '400',
        mediaType: 'application/json',
        body: 'problem',
        violationsIn: 'violations',
      },
    },
    {
      operationId: 'createNexusInteraction',
      status: 400,
      want: { status: 400, responseKey: '400', body: 'problem' },
    },
    // Nexus documents no 415: the mock's problem+json.
    { operationId: 'updateNexusInteraction', status: 415, want: { status: 415, responseKey: undefined } },
    {
      // U25: 4XX `{message, exception}`: the status stays (4XX documents it), the violations go to the header.
      operationId: 'startCsCompositeService',
      status: 422,
      want: {
        status: 422,
        responseKey: '4XX',
        mediaType: 'application/json',
        body: 'documented',
        violationsIn: 'header',
      },
    },
    { operationId: 'getCsService', status: 400, want: { status: 400, responseKey: '4XX', body: 'documented' } },
    { operationId: 'startCsService', status: 415, want: { status: 415, responseKey: '4XX', body: 'documented' } },
    // GMS Open Media and Web Services document no 4xx for bad input (failures come inside 200): problem+json.
    { operationId: 'createOpenMediaInteraction', status: 422, want: { status: 422, responseKey: undefined } },
    { operationId: 'performGwsInteractionOperation', status: 400, want: { status: 400, responseKey: undefined } },
    // The Chat API's 415 is documented without a body: that status, the problem as its body.
    { operationId: 'startGmsChat', status: 415, want: { status: 415, responseKey: '415', mediaType: undefined } },
  ];
  for (const { operationId, status, want } of cases)
    it(`${operationId}, a ${status} refusal → ${want.responseKey ?? 'problem+json'} ${want.status}`, () => {
      const form: Record<string, unknown> = { ...refusalForm(surface, surface.getOperation(operationId)!, status) };
      // Each wanted key, `undefined` ones included (no documented response, no body documented).
      expect(Object.fromEntries(Object.keys(want).map((key) => [key, form[key]]))).toEqual(want);
    });
});

describe('refusalAnswer answers in the documented form', () => {
  it('Nexus: the documented 400, the problem document as application/json, valid, violations in body and header', async () => {
    const operation = surface.getOperation('updateNexusInteraction')!;
    const answer = await read(refusalAnswer(surface, refused('updateNexusInteraction'), operation));
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.headers.get('x-cx-mock-error')).toBe('contract-violation');
    expect(answer.json).toMatchObject({
      status: 400,
      operationId: 'updateNexusInteraction',
      violations: [{ field: 'deletedProperties', rule: 'type' }],
    });
    expect(JSON.parse(answer.headers.get('sl-violations')!)).toEqual(answer.json.violations);
    expect(
      surface.validators.validateResponse(operation, {
        status: answer.status,
        headers: answer.headers,
        body: answer.json,
      }),
    ).toEqual([]);
  });

  it('Context Services: the 4XX shape {message, exception}, valid, the violations only in the header', async () => {
    const operation = surface.getOperation('startCsCompositeService')!;
    const answer = await read(refusalAnswer(surface, refused('startCsCompositeService'), operation));
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.json).sort()).toEqual(['exception', 'message']);
    expect(answer.json.message).toContain('deletedProperties: must be array');
    expect(JSON.parse(answer.headers.get('sl-violations')!)).toMatchObject([{ field: 'deletedProperties' }]);
    expect(
      surface.validators.validateResponse(operation, { status: 422, headers: answer.headers, body: answer.json }),
    ).toEqual([]);
  });

  it('GMS Open Media documents nothing: problem+json 422 with every violation', async () => {
    const operation = surface.getOperation('createOpenMediaInteraction')!;
    const answer = await read(refusalAnswer(surface, refused('createOpenMediaInteraction'), operation));
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.json.violations).toHaveLength(1);
  });

  it("the mock's own limits stay problem+json, even where the operation documents a 400", async () => {
    const operation = surface.getOperation('updateNexusInteraction')!;
    const limit: Problem = { status: 413, kind: 'request-limit', title: 'over', detail: 'over' };
    const answer = refusalAnswer(surface, limit, operation);
    expect([answer.status, answer.headers['content-type']]).toEqual([413, 'application/problem+json']);
  });
});

describe('documented shapes other than the contract has today', () => {
  const error = (schema: object, example?: object) => ({
    description: 'Bad request',
    content: {
      'application/json': { schema, ...(example ? { examples: { sample: { value: example } } } : {}) },
    },
  });
  const doc = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/list': {
        post: {
          operationId: 'withList',
          responses: {
            '200': { description: 'ok' },
            // A documented free-form list: the violations go there.
            '422': error(
              {
                type: 'object',
                required: ['code'],
                properties: { code: { type: 'integer' }, errors: { type: 'array', items: { type: 'object' } } },
              },
              { code: 7 },
            ),
          },
        },
      },
      '/shape': {
        post: {
          operationId: 'withShape',
          responses: {
            '200': { description: 'ok' },
            '400': error(
              { type: 'object', required: ['reason'], properties: { reason: { type: 'string', enum: ['BAD'] } } },
              { reason: 'BAD' },
            ),
          },
        },
      },
    },
  };
  const small = loadSurface(doc);
  const violation = { ...typeViolation, schemaPointer: '#/paths/~1list/post' };

  it('a free-form field of the documented schema carries the violations; the rest is the documented example', async () => {
    const operation = small.getOperation('withList')!;
    expect(refusalForm(small, operation, 400)).toMatchObject({
      status: 422,
      body: 'documented',
      violationsIn: 'errors',
    });
    const { listed: _listed, ...problem } = contractViolation(operation, [violation]);
    const answer = await read(refusalAnswer(small, problem, operation));
    expect(answer.status).toBe(422);
    expect(answer.json).toMatchObject({ code: 7, errors: [{ field: 'deletedProperties', rule: 'type' }] });
    expect(
      small.validators.validateResponse(operation, { status: 422, body: answer.json, headers: answer.headers }),
    ).toEqual([]);
  });

  it('a shape without such a field: the documented example as the body, the violations in the header', async () => {
    const operation = small.getOperation('withShape')!;
    const { listed: _listed, ...problem } = contractViolation(operation, [violation]);
    const answer = await read(refusalAnswer(small, problem, operation));
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ reason: 'BAD' });
    expect(JSON.parse(answer.headers.get('sl-violations')!)).toMatchObject([{ rule: 'type' }]);
  });
});
