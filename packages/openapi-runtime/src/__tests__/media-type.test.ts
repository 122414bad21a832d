import { describe, expect, it } from 'vitest';
import { mediaTypeMatches, parseMediaType, pickMediaType } from '../media-type.js';

describe('parseMediaType', () => {
  const table = [
    {
      given: 'Application/JSON; Charset="UTF-8"',
      want: { type: 'application', subtype: 'json', essence: 'application/json', parameters: { charset: 'UTF-8' } },
    },
    {
      given: 'multipart/form-data; boundary=----x;foo="a;b"',
      want: {
        type: 'multipart',
        subtype: 'form-data',
        essence: 'multipart/form-data',
        parameters: { boundary: '----x', foo: 'a;b' },
      },
    },
    { given: 'json', want: undefined },
    { given: '', want: undefined },
    { given: undefined, want: undefined },
  ];
  it.each(table)('$given', ({ given, want }) => expect(parseMediaType(given)).toEqual(want));
});

describe('mediaTypeMatches', () => {
  const table: { declared: string; actual: string; want: boolean }[] = [
    { declared: 'application/json', actual: 'application/json;charset=UTF-8', want: true },
    { declared: 'application/json', actual: 'APPLICATION/JSON', want: true },
    { declared: 'application/json', actual: 'application/problem+json', want: false },
    { declared: '*/*', actual: 'image/png', want: true },
    { declared: 'text/*', actual: 'text/plain', want: true },
    { declared: 'text/*', actual: 'application/json', want: false },
    { declared: 'text/plain; charset=utf-8', actual: 'text/plain; charset=UTF-8', want: true },
    { declared: 'text/plain; charset=utf-8', actual: 'text/plain', want: false },
    { declared: 'application/json', actual: 'garbage', want: false },
  ];
  it.each(table)('$declared vs $actual', ({ declared, actual, want }) =>
    expect(mediaTypeMatches(declared, actual)).toBe(want),
  );
});

describe('pickMediaType', () => {
  const content = {
    '*/*': {},
    'text/*': {},
    'text/plain': {},
    'text/plain; charset=utf-8': {},
    'application/json': {},
  };
  const table = [
    { actual: 'text/plain; charset=UTF-8', want: 'text/plain; charset=utf-8' },
    { actual: 'text/plain', want: 'text/plain' },
    { actual: 'text/html', want: 'text/*' },
    { actual: 'image/png', want: '*/*' },
    { actual: 'application/json; charset=utf-8', want: 'application/json' },
  ];
  it.each(table)('$actual → $want', ({ actual, want }) => expect(pickMediaType(content, actual)).toBe(want));
  it('nothing matches', () => expect(pickMediaType({ 'application/json': {} }, 'application/xml')).toBeUndefined());
});
