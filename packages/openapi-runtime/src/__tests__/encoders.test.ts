import { describe, expect, it } from 'vitest';
import { encodeFormBody, encodeMultipartBody, serializeBody, type BodyEncoding } from '../encoders.js';

describe('encodeFormBody', () => {
  const table: { name: string; given: Record<string, unknown>; encoding?: BodyEncoding; want: [string, string][] }[] = [
    {
      name: 'objects are deepObject-bracketed, one level',
      given: { userData: { OrderNumber: 'ABC', Priority: 5 } },
      want: [
        ['userData[OrderNumber]', 'ABC'],
        ['userData[Priority]', '5'],
      ],
    },
    {
      name: 'arrays repeat the key, booleans and numbers become strings',
      given: { keys: ['a', 'b'], searchByExternalId: true, n: 0 },
      want: [
        ['keys', 'a'],
        ['keys', 'b'],
        ['searchByExternalId', 'true'],
        ['n', '0'],
      ],
    },
    {
      name: 'undefined and null are skipped, at both levels',
      given: { a: undefined, b: null, userData: { k: null, j: 'x' } },
      want: [['userData[j]', 'x']],
    },
    {
      name: 'an array inside a deepObject map repeats the bracketed key',
      given: { delete: { tags: ['x', 'y'] } },
      want: [
        ['delete[tags]', 'x'],
        ['delete[tags]', 'y'],
      ],
    },
    {
      name: 'deeper objects are written as JSON text',
      given: { change: { nested: { a: 1 } } },
      want: [['change[nested]', '{"a":1}']],
    },
    {
      name: 'Encoding Object style form + explode flattens an object',
      given: { color: { R: 100, G: 200 } },
      encoding: { color: { style: 'form', explode: true } },
      want: [
        ['R', '100'],
        ['G', '200'],
      ],
    },
    {
      name: 'Encoding Object style form without explode joins an object',
      given: { color: { R: 100, G: 200 } },
      encoding: { color: { style: 'form', explode: false } },
      want: [['color', 'R,100,G,200']],
    },
    {
      name: 'Encoding Object explode false joins an array with commas',
      given: { keys: ['a', 'b'] },
      encoding: { keys: { style: 'form', explode: false } },
      want: [['keys', 'a,b']],
    },
    {
      name: 'pipeDelimited without explode joins with |',
      given: { keys: ['a', 'b'] },
      encoding: { keys: { style: 'pipeDelimited', explode: false } },
      want: [['keys', 'a|b']],
    },
    {
      name: 'Encoding Object contentType application/json writes the object as JSON',
      given: { data: { a: [1, 2] } },
      encoding: { data: { contentType: 'application/json' } },
      want: [['data', '{"a":[1,2]}']],
    },
  ];
  it.each(table)('$name', ({ given, encoding, want }) => {
    expect([...encodeFormBody(given, encoding)]).toEqual(want);
  });

  it('percent-encodes brackets and spaces in the string form', () => {
    expect(encodeFormBody({ userData: { 'Order Number': 'A&B' } }).toString()).toBe('userData%5BOrder+Number%5D=A%26B');
  });
});

describe('encodeMultipartBody', () => {
  it('appends files with their name, other values as strings, objects bracketed', async () => {
    const file = new File(['hello'], 'note.txt', { type: 'text/plain' });
    const form = encodeMultipartBody({
      attachment: file,
      blob: new Blob(['x']),
      userData: { k: 'v' },
      flag: false,
      skip: undefined,
    });
    const entries = [...form].map(([name, value]) => [name, typeof value === 'string' ? value : `file:${value.name}`]);
    expect(entries).toEqual([
      ['attachment', 'file:note.txt'],
      ['blob', 'file:blob'],
      ['userData[k]', 'v'],
      ['flag', 'false'],
    ]);
    expect(await (form.get('attachment') as File).text()).toBe('hello');
  });
});

describe('serializeBody', () => {
  const table: { name: string; given: [string, unknown]; want: { body: unknown; contentType: string | undefined } }[] =
    [
      {
        name: 'JSON',
        given: ['application/json', { a: 1 }],
        want: { body: '{"a":1}', contentType: 'application/json' },
      },
      {
        name: '+json suffix with parameters',
        given: ['application/merge-patch+json; charset=utf-8', { a: 1 }],
        want: { body: '{"a":1}', contentType: 'application/merge-patch+json; charset=utf-8' },
      },
      {
        name: 'form-urlencoded',
        given: ['application/x-www-form-urlencoded', { userData: { k: 'v' }, b: true }],
        want: { body: 'userData%5Bk%5D=v&b=true', contentType: 'application/x-www-form-urlencoded' },
      },
      { name: 'text/plain string', given: ['text/plain', 'hi'], want: { body: 'hi', contentType: 'text/plain' } },
      { name: 'text/plain number', given: ['text/plain', 42], want: { body: '42', contentType: 'text/plain' } },
    ];
  it.each(table)('$name', ({ given, want }) => {
    expect(serializeBody(...given)).toEqual(want);
  });

  it('multipart leaves Content-Type unset so fetch adds the boundary', () => {
    const result = serializeBody('multipart/form-data', { a: 'b' });
    expect(result.contentType).toBeUndefined();
    expect(result.body).toBeInstanceOf(FormData);
  });

  const refused = [
    { name: 'an object for an unknown media type', given: ['application/xml', { a: 1 }] as [string, unknown] },
    { name: 'an object as text/plain', given: ['text/plain', { a: 1 }] as [string, unknown] },
    { name: 'something that is not a media type', given: ['json', {}] as [string, unknown] },
  ];
  it.each(refused)('refuses $name', ({ given }) => {
    expect(() => serializeBody(...given)).toThrow(TypeError);
  });
});
