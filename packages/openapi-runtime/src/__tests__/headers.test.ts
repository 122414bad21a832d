import { describe, expect, it } from 'vitest';
import { fetchHeaders, headerRecord, rawHeaderPairs } from '../headers.js';

describe('headerRecord', () => {
  const table: { name: string; given: Parameters<typeof headerRecord>[0]; want: Record<string, string> }[] = [
    { name: 'nothing', given: undefined, want: {} },
    {
      name: 'IncomingHttpHeaders: arrays joined, undefined dropped, numbers as text',
      given: { Accept: ['a', 'b'], 'x-none': undefined, 'content-length': 3 },
      want: { accept: 'a, b', 'content-length': '3' },
    },
    {
      name: 'pairs: names lowercased, Cookie repeats joined with "; ", pseudo-headers left out',
      given: [
        [':authority', 'h'],
        ['Cookie', 'a=1'],
        ['cookie', 'b=2'],
        ['X-A', '1'],
        ['x-a', '2'],
      ],
      want: { cookie: 'a=1; b=2', 'x-a': '1, 2' },
    },
    {
      name: 'Fetch Headers',
      given: new Headers({ 'Content-Type': 'text/plain' }),
      want: { 'content-type': 'text/plain' },
    },
    { name: 'a header named like an Object member', given: [['constructor', 'x']], want: { constructor: 'x' } },
  ];
  for (const { name, given, want } of table) it(name, () => expect(headerRecord(given)).toEqual(want));
});

describe('rawHeaderPairs and fetchHeaders', () => {
  it('pairs node:http rawHeaders and leaves out values Fetch refuses', () => {
    const pairs = rawHeaderPairs(['Host', 'h', 'X-Bad', 'a\u0000b', 'X-Ok', '1', 'dangling']);
    expect(pairs).toEqual([
      ['Host', 'h'],
      ['X-Bad', 'a\u0000b'],
      ['X-Ok', '1'],
    ]);
    expect([...fetchHeaders(pairs)]).toEqual([
      ['host', 'h'],
      ['x-ok', '1'],
    ]);
  });
});
