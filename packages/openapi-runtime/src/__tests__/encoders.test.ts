import { describe, expect, it } from 'vitest';
import {
  BodyEncodingError,
  encodeFormBody,
  encodeMultipartBody,
  serializeBody,
  type BodyEncoding,
} from '../encoders.js';

describe('encodeFormBody', () => {
  const table: { name: string; given: Record<string, unknown>; encoding?: BodyEncoding; want: string[] }[] = [
    {
      name: 'objects are deepObject-bracketed, one level',
      given: { userData: { OrderNumber: 'ABC', Priority: 5 } },
      want: ['userData[OrderNumber]=ABC', 'userData[Priority]=5'],
    },
    {
      name: 'arrays repeat the key, booleans and numbers become strings',
      given: { keys: ['a', 'b'], searchByExternalId: true, n: 0 },
      want: ['keys=a', 'keys=b', 'searchByExternalId=true', 'n=0'],
    },
    {
      name: 'undefined and null are skipped, at both levels',
      given: { a: undefined, b: null, userData: { k: null, j: 'x' } },
      want: ['userData[j]=x'],
    },
    {
      name: 'an array inside a deepObject map repeats the bracketed key',
      given: { delete: { tags: ['x', 'y'] } },
      want: ['delete[tags]=x', 'delete[tags]=y'],
    },
    {
      name: 'Encoding Object style form + explode flattens an object',
      given: { color: { R: 100, G: 200 } },
      encoding: { color: { style: 'form', explode: true } },
      want: ['R=100', 'G=200'],
    },
    {
      name: 'Encoding Object style form without explode joins an object',
      given: { color: { R: 100, G: 200 } },
      encoding: { color: { style: 'form', explode: false } },
      want: ['color=R,100,G,200'],
    },
    {
      name: 'Encoding Object explode false joins an array with commas',
      given: { keys: ['a', 'b'] },
      encoding: { keys: { style: 'form', explode: false } },
      want: ['keys=a,b'],
    },
    {
      name: 'pipeDelimited without explode joins with |',
      given: { keys: ['a', 'b'] },
      encoding: { keys: { style: 'pipeDelimited', explode: false } },
      want: ['keys=a|b'],
    },
    {
      name: 'Encoding Object contentType application/json writes the object as JSON',
      given: { data: { a: [1, 2] } },
      encoding: { data: { contentType: 'application/json' } },
      want: ['data={"a":[1,2]}'],
    },
  ];
  // Pairs as `name=value`, not percent-encoded, so each case reads on one line.
  it.each(table)('$name', ({ given, encoding, want }) => {
    expect([...encodeFormBody(given, encoding)].map(([name, value]) => `${name}=${value}`)).toEqual(want);
  });

  // Issue #9 item 9: what the decoders could not read back as given is refused, not changed (README, "What the
  // form encoder writes").
  const refused: { name: string; given: unknown; encoding?: BodyEncoding; path: string }[] = [
    { name: "a map key with '['", given: { userData: { 'a[b': 'x' } }, path: 'userData/a[b' },
    { name: "a map key with ']'", given: { userData: { 'a]': 'x' } }, path: 'userData/a]' },
    { name: 'an empty map key', given: { userData: { '': 'x' } }, path: 'userData/' },
    { name: 'a field name with brackets', given: { 'userData[k]': 'x' }, path: 'userData[k]' },
    { name: 'a nested object in a map', given: { change: { nested: { a: 1 } } }, path: 'change/nested' },
    { name: 'an object inside an array', given: { keys: [{ a: 1 }, 'b'] }, path: 'keys/0' },
    { name: 'a one-item array', given: { keys: ['a'] }, path: 'keys' },
    { name: 'a one-item array in a map', given: { userData: { k: ['a'] } }, path: 'userData/k' },
    { name: 'a null array item', given: { keys: ['a', null] }, path: 'keys' },
    { name: 'NaN', given: { n: Number.NaN }, path: 'n' },
    { name: 'an invalid Date', given: { d: new Date(Number.NaN) }, path: 'd' },
    { name: 'a function', given: { f: () => 1 }, path: 'f' },
    { name: 'a symbol', given: { s: Symbol('x') }, path: 's' },
    { name: 'a lone surrogate', given: { s: '\uD800' }, path: 's' },
    {
      name: 'an item containing the delimiter without explode',
      given: { keys: ['a,b', 'c'] },
      encoding: { keys: { style: 'form', explode: false } },
      path: 'keys',
    },
    {
      name: 'a cyclic value sent as JSON text',
      given: {
        data: (() => {
          const cyclic: Record<string, unknown> = {};
          cyclic.self = cyclic;
          return cyclic;
        })(),
      },
      encoding: { data: { contentType: 'application/json' } },
      path: 'data',
    },
  ];
  it.each(refused)('refuses $name with a BodyEncodingError naming where', ({ given, encoding, path }) => {
    let error: unknown;
    try {
      encodeFormBody(given as Record<string, unknown>, encoding);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BodyEncodingError);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ path, message: expect.stringContaining(`Cannot encode ${path}:`) });
  });

  it('refuses a body that is not an object with a TypeError', () => {
    expect(() => encodeFormBody('a=1' as never)).toThrow(TypeError);
    expect(() => encodeFormBody([] as never)).toThrow(TypeError);
  });

  it('writes nothing for empty arrays and maps, as for null and undefined', () => {
    expect(encodeFormBody({ keys: [], userData: {}, change: { k: null } }).toString()).toBe('');
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

  it('refuses JSON it cannot write (a 100k-deep value, a cycle, a BigInt) with a BodyEncodingError', () => {
    let deep: unknown = 1;
    for (let index = 0; index < 100_000; index++) deep = { a: deep };
    for (const value of [deep, 1n]) expect(() => serializeBody('application/json', value)).toThrow(BodyEncodingError);
  });
});
