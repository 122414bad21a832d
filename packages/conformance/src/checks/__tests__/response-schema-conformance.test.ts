import { describe, expect, it } from 'vitest';
import { findingsOf, JSON_HEADERS } from './sample-contract.js';

describe('response-schema-conformance', () => {
  // The same departure is an error against a published response and a warning against a provisional one.
  const missingCount = (severity: string) => [
    { severity, pointer: '/', message: "the body must have required property 'count'" },
  ];
  const noBody = (severity: string) => [
    { severity, message: 'no body, but the contract documents one for status 200' },
  ];
  const notAnalysed = (message: RegExp) => [{ severity: 'error', message: expect.stringMatching(message) }];
  it.each([
    ['a valid body', '/items/1', '{"id":"1","count":2}', []],
    ['a missing required field', '/items/1', '{"id":"1"}', missingCount('error')],
    [
      'a field of the wrong type',
      '/items/1',
      '{"id":"1","count":"2"}',
      [{ severity: 'error', pointer: '/count', message: 'body field /count must be integer' }],
    ],
    ['a mismatch on a provisional response', '/loose', '{"id":"1"}', missingCount('warning')],
    [
      'a mismatch inside a provisional schema',
      '/items/1',
      '{"id":"1","count":2,"note":{"text":5}}',
      [{ severity: 'warning', pointer: '/note/text', message: 'body field /note/text must be string' }],
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
      notAnalysed(/^the body is not valid JSON/),
    ],
    ['no body where one is documented', '/items/1', '', noBody('error')],
    [
      'a body nested deeper than any reply (not analysed, no stack overflow)',
      '/items/1',
      `${'['.repeat(400_000)}${']'.repeat(400_000)}`,
      notAnalysed(/nests more than 1000 levels deep/),
    ],
    [
      'no body where a provisional response documents one (an implied fact: a warning, issue 12 item 4)',
      '/loose',
      '',
      noBody('warning'),
    ],
    ['no body where the response allows an empty one (x-empty-body-allowed)', '/acknowledgements', '', []],
    ['a wrong body where the response allows an empty one', '/acknowledgements', '{"id":"1"}', missingCount('error')],
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
