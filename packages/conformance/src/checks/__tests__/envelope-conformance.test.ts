import { describe, expect, it } from 'vitest';
import { findingsOf, JSON_HEADERS } from './sample-contract.js';

describe('envelope-conformance', () => {
  it.each([
    ['a success form with its fields', '/envelopes', { statusCode: 0, result: 'x' }, []],
    ['a failure form with its errors', '/envelopes', { statusCode: 2, errors: [{ code: 248 }] }, []],
    ['the retry form', '/envelopes', { statusCode: 1 }, []],
    [
      'statusCode as a string',
      '/envelopes',
      { statusCode: '0', result: 'x' },
      ['statusCode is "0" (string); documented statusCode values: 0 (number), 1 (number), 2 (number)'],
    ],
    [
      'no statusCode',
      '/envelopes',
      { result: 'x' },
      ['the reply has no statusCode; documented statusCode values: 0 (number), 1 (number), 2 (number)'],
    ],
    [
      'a success form without its result',
      '/envelopes',
      { statusCode: 0 },
      [
        `a reply with statusCode 0 must have the form {"statusCode": 0, "result"}: the body must have required property 'result'`,
      ],
    ],
    [
      'a failure form without errors',
      '/envelopes',
      { statusCode: 2 },
      [
        `a reply with statusCode 2 must have the form {"statusCode": 2, "errors"}: the body must have required property 'errors'`,
      ],
    ],
    ['one of several untagged reply forms', '/replies', { status: 'ok' }, []],
    ['the numeric failure form', '/replies', { statusCode: 3, statusMessage: 'forbidden' }, []],
    [
      'a reply that is none of the forms',
      '/replies',
      { status: 'maybe' },
      [expect.stringMatching(/^the reply matches none of the 3 documented forms; closest is/)],
    ],
  ])('%s', (_name, url, body, want) => {
    expect(
      findingsOf('envelope-conformance', 'POST', url, {
        status: 200,
        headers: JSON_HEADERS,
        body: JSON.stringify(body),
      }).map((f) => f.message),
    ).toEqual(want);
  });

  it('does not apply to bodies that are not envelopes', () => {
    expect(
      findingsOf('envelope-conformance', 'GET', '/items/1', { status: 200, headers: JSON_HEADERS, body: '{"nope":1}' }),
    ).toEqual([]);
  });
});
