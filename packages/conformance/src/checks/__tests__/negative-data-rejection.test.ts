import { describe, expect, it } from 'vitest';
import { buildCheckedExchange } from '../../check-exchange.js';
import { judgeNegative, negativeCases, type NegativeCase } from '../negative-data-rejection.js';
import { JSON_HEADERS, sampleSurface } from './sample-contract.js';

const surface = sampleSurface();
const operation = (id: string) => surface.getOperation(id)!;

describe('negative-data-rejection: generating invalid bodies', () => {
  it('offers one body per kind, each confirmed invalid by the contract', () => {
    const cases = negativeCases(surface, operation('postOrder'), {
      body: { name: 'a', size: 1 },
      mediaType: 'application/json',
    });
    expect(cases.map((c) => [c.kind, c.description])).toEqual([
      ['missing-required', "without required field 'name'"],
      ['wrong-type', "field 'name' as a number instead of a string"],
      ['empty-body', 'an empty body'],
      ['malformed-json', 'unreadable JSON (cut off mid-object)'],
    ]);
    for (const c of cases.filter((c) => c.kind !== 'malformed-json')) {
      expect(
        surface.validators.validateRequest(operation('postOrder'), { body: c.body, mediaType: 'application/json' }),
      ).not.toEqual([]);
    }
  });

  it('never alters protected fields (the run tag) and drops bodies the schema still accepts', () => {
    const cases = negativeCases(surface, operation('postOrder'), {
      body: { name: 'cxc-run-1', size: 1 },
      mediaType: 'application/json',
      protect: ['name'],
    });
    expect(cases.map((c) => c.kind)).toEqual(['wrong-type', 'malformed-json']);
    expect(cases.every((c) => c.raw !== undefined || (c.body as { name?: string }).name === 'cxc-run-1')).toBe(true);
  });

  it("uses the discriminator: an unknown operationName and the selected branch's required fields", () => {
    const cases = negativeCases(surface, operation('postReply'), {
      body: { operationName: 'Attach', userData: { k: 'v' } },
      mediaType: 'application/json',
    });
    expect(cases.map((c) => c.kind)).toEqual(['unknown-discriminator', 'missing-required', 'wrong-type', 'empty-body']);
  });

  it('for form bodies: an empty update (at least one change or delete is required)', () => {
    const cases = negativeCases(surface, operation('postEnvelope'), {
      body: { change: { k: 'v' } },
      mediaType: 'application/x-www-form-urlencoded',
    });
    expect(cases.map((c) => [c.kind, c.body])).toEqual([['empty-body', {}]]);
  });
});

describe('negative-data-rejection: judging the answer', () => {
  const schemaCase: NegativeCase = {
    kind: 'wrong-type',
    description: "field 'size' as a string",
    body: {},
    mediaType: 'application/json',
    violation: {
      location: 'body',
      pointer: '/size',
      schemaPointer: '#/x',
      keyword: 'type',
      message: 'must be integer',
    },
  };
  const malformed: NegativeCase = {
    kind: 'malformed-json',
    description: 'unreadable JSON',
    body: undefined,
    raw: '{',
    mediaType: 'application/json',
  };
  const judge = (operationId: string, negative: NegativeCase, status: number, body = '') =>
    judgeNegative(
      buildCheckedExchange(surface, operation(operationId), 'POST', '/x', { status, headers: JSON_HEADERS, body }),
      negative,
    ).map((d) => d.message);

  const accepted = ["accepted invalid input (field 'size' as a string) with 200 and a success reply"];
  const crashed = ["server error 500 instead of rejecting invalid input (field 'size' as a string)"];
  it.each([
    ['a 4xx', 'postOrder', schemaCase, 400, '', []],
    ['a success', 'postOrder', schemaCase, 200, '{}', accepted],
    ['a 500 for a schema violation', 'postOrder', schemaCase, 500, '', crashed],
    ['a documented 500 for unreadable JSON (contract decision 16)', 'postOrder', malformed, 500, '', []],
    ['a failure envelope in HTTP 200', 'postEnvelope', schemaCase, 200, '{"statusCode":2,"errors":[{"code":1}]}', []],
    ['a success envelope in HTTP 200', 'postEnvelope', schemaCase, 200, '{"statusCode":0,"result":"x"}', accepted],
    ['a Web Services error form', 'postReply', schemaCase, 200, '{"status":"error","errorDescription":"no"}', []],
    ['a Web Services failure statusCode', 'postReply', schemaCase, 200, '{"statusCode":5,"statusMessage":"no"}', []],
  ])('%s', (_name, operationId, negative, status, body, want) => {
    expect(judge(operationId, negative, status, body)).toEqual(want);
  });
});
