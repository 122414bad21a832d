import { describe, expect, it } from 'vitest';
import { findingsOf, JSON_HEADERS } from './sample-contract.js';

describe('response-schema-conformance', () => {
  it.each([
    ['a valid body', '/items/1', '{"id":"1","count":2}', []],
    [
      'a missing required field',
      '/items/1',
      '{"id":"1"}',
      [{ severity: 'error', pointer: '/', message: "the body must have required property 'count'" }],
    ],
    [
      'a field of the wrong type',
      '/items/1',
      '{"id":"1","count":"2"}',
      [{ severity: 'error', pointer: '/count', message: 'body field /count must be integer' }],
    ],
    [
      'a mismatch inside a provisional schema',
      '/items/1',
      '{"id":"1","count":2,"note":{"text":5}}',
      [{ severity: 'warning', pointer: '/note/text', message: 'body field /note/text must be string' }],
    ],
    [
      'a mismatch on a provisional response',
      '/loose',
      '{"id":"1"}',
      [{ severity: 'warning', pointer: '/', message: "the body must have required property 'count'" }],
    ],
    [
      'a body that is not JSON',
      '/items/1',
      '{"id":',
      [{ severity: 'error', pointer: '#/paths/~1items~1{id}/get/responses/200' }],
    ],
    [
      'a body that is not JSON on a provisional response (the format is a documented fact: issue 12 item 3)',
      '/loose',
      '<html>Not Found</html>',
      [{ severity: 'error', message: expect.stringMatching(/^the body is not valid JSON/) }],
    ],
    [
      'a body nested deeper than any reply (not analysed, no stack overflow)',
      '/items/1',
      `${'['.repeat(400_000)}${']'.repeat(400_000)}`,
      [{ severity: 'error', message: expect.stringMatching(/nests more than 512 levels deep/) }],
    ],
    [
      'no body where one is documented',
      '/items/1',
      '',
      [{ severity: 'error', message: 'no body, but the contract documents one for status 200' }],
    ],
  ])('%s', (_name, url, body, want) => {
    const found = findingsOf('response-schema-conformance', 'GET', url, { status: 200, headers: JSON_HEADERS, body });
    expect(found).toMatchObject(want);
    expect(found).toHaveLength(want.length);
  });

  it('accepts a body already parsed by the caller', () => {
    expect(
      findingsOf('response-schema-conformance', 'GET', '/items/1', {
        status: 200,
        headers: JSON_HEADERS,
        body: { id: '1', count: 2 },
      }),
    ).toEqual([]);
  });
});
