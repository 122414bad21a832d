// Issue #9 item 1: the attack shapes that made decoding quadratic, replayed against the decoders, and the caps.
import { describe, expect, it } from 'vitest';
import { decodeMultipartBody, MultipartError } from '../decoders.js';
import { decodeFormBody } from '../form-decoder.js';
import { parseJsonBody } from '../json-body.js';
import { DEFAULT_DECODE_LIMITS, RequestLimitError } from '../limits.js';
import { growthRatio } from './fixtures/growth.js';

const UNLIMITED = { maxPairs: Number.POSITIVE_INFINITY, maxParts: Number.POSITIVE_INFINITY };

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

// Worst-case form shapes (issue #9 item 1): each made of n pairs.
const formShapes: { name: string; make: (n: number) => string }[] = [
  { name: 'one repeated key', make: (n) => 'a=1&'.repeat(n) },
  { name: 'many bracketed keys', make: (n) => Array.from({ length: n }, (_, i) => `userData[k${i}]=v`).join('&') },
  { name: 'bracketed keys after plain values', make: (n) => `${'u=x&'.repeat(n / 2)}${'u[k]=v&'.repeat(n / 2)}` },
  {
    name: 'alternating plain and bracketed',
    make: (n) => Array.from({ length: n }, (_, i) => (i % 2 ? `u[k${i}]=v` : 'u=x')).join('&'),
  },
  {
    name: 'deep literal brackets',
    make: (n) => Array.from({ length: n / 8 }, () => `a${'[b]'.repeat(30)}=1`).join('&'),
  },
];

describe('decodeFormBody: linear in the body size', () => {
  it('decodes the 280 KB attack body of one repeated key (issue #9 item 1) when the limit allows it', () => {
    const body = 'a=1&'.repeat(70_000); // 280 KB, the body that took 25 s
    const decoded = decodeFormBody(body, UNLIMITED);
    expect(decoded.a).toHaveLength(70_000);
  });

  it.each(formShapes)(
    '$name: 4N pairs take well under 16× the time of N',
    async ({ make }) => {
      const ratio = await growthRatio(make, (text) => decodeFormBody(text, UNLIMITED), 8_000);
      expect(ratio).toBeLessThan(8);
    },
    30_000,
  );

  it('keeps the order and meaning of a mix of plain and bracketed values', () => {
    expect(decodeFormBody('u=x&u[a]=1&u=y&u[b]=2&u[a]=3')).toEqual({ u: ['x', { a: ['1', '3'], b: '2' }, 'y'] });
    expect(decodeFormBody('u[a]=1&u=x')).toEqual({ u: [{ a: '1' }, 'x'] });
  });
});

describe('decodeFormBody: caps', () => {
  it('refuses the 280 KB attack body with the default maxPairs, naming the limit', () => {
    const error = caught(() => decodeFormBody('a=1&'.repeat(70_000)));
    expect(error).toBeInstanceOf(RequestLimitError);
    expect(error).toMatchObject({ limit: 'maxPairs', max: 10_000 });
    expect((error as Error).message).toMatch(/maxPairs \(10000\)/);
  });

  const table: { name: string; given: string; limits?: object; want: object | RequestLimitError }[] = [
    {
      name: 'exactly maxPairs pairs pass',
      given: 'a=1&b=2&c=3',
      limits: { maxPairs: 3 },
      want: { a: '1', b: '2', c: '3' },
    },
    {
      name: 'one more is refused',
      given: 'a=1&b=2&c=3&d',
      limits: { maxPairs: 3 },
      want: new RequestLimitError('maxPairs', 3),
    },
    {
      name: 'empty sequences are not pairs',
      given: '?&&a=1&&&b=2&',
      limits: { maxPairs: 2 },
      want: { a: '1', b: '2' },
    },
    {
      name: `a name with ${DEFAULT_DECODE_LIMITS.maxDepth} '[' stays a literal key`,
      given: `a${'[b]'.repeat(32)}=1`,
      want: { [`a${'[b]'.repeat(32)}`]: '1' },
    },
    {
      name: 'a name with 33 is refused by maxDepth',
      given: `a${'[b]'.repeat(33)}=1`,
      want: new RequestLimitError('maxDepth', 32),
    },
    {
      name: 'a 100k-deep name is refused, not a RangeError (issue #9 item 9)',
      given: `a${'['.repeat(100_000)}=1`,
      want: new RequestLimitError('maxDepth', 32),
    },
    {
      name: 'maxDepth is configurable',
      given: 'a[b]=1',
      limits: { maxDepth: 0 },
      want: new RequestLimitError('maxDepth', 0),
    },
  ];
  it.each(table)('$name', ({ given, limits, want }) => {
    if (want instanceof RequestLimitError) {
      expect(caught(() => decodeFormBody(given, limits))).toMatchObject({ limit: want.limit, max: want.max });
    } else expect(decodeFormBody(given, limits)).toEqual(want);
  });

  it.each([
    { name: 'a negative limit', limits: { maxPairs: -1 } },
    { name: 'a string limit', limits: { maxDepth: '3' } },
    { name: 'limits that are not an object', limits: 5 },
  ])('refuses $name with a TypeError', ({ limits }) => {
    expect(() => decodeFormBody('a=1', limits as never)).toThrow(TypeError);
  });
});

const boundary = 'XyZ';
const multipartType = `multipart/form-data; boundary=${boundary}`;
const manyParts = (n: number) =>
  Buffer.from(
    `${Array.from({ length: n }, (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="userData[k${i % 64}]"\r\n\r\nv\r\n`).join('')}--${boundary}--\r\n`,
  );

describe('decodeMultipartBody: linear, and capped by maxParts', () => {
  it('many parts under one name: 4N parts take well under 16× the time of N', async () => {
    const limits = { ...UNLIMITED, fields: Number.POSITIVE_INFINITY };
    const ratio = await growthRatio(manyParts, (bytes) => decodeMultipartBody(bytes, multipartType, limits), 500);
    expect(ratio).toBeLessThan(8);
  }, 30_000);

  it('exactly maxParts parts pass, one more is refused with RequestLimitError', async () => {
    const limits = { maxParts: 5, fields: 100 };
    const decoded = await decodeMultipartBody(manyParts(5), multipartType, limits);
    expect(Object.keys(decoded.userData as object)).toHaveLength(5);
    const error = await decodeMultipartBody(manyParts(6), multipartType, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestLimitError);
    expect(error).toMatchObject({ limit: 'maxParts', max: 5, message: expect.stringMatching(/maxParts \(5\)/) });
  });

  it('the default maxParts (1,000) applies once busboy`s fields limit is raised', async () => {
    const error = await decodeMultipartBody(manyParts(1_001), multipartType, { fields: 5_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ limit: 'maxParts', max: 1_000 });
  });

  it('a part name deeper than maxDepth is refused', async () => {
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="a${'['.repeat(40)}"\r\n\r\nv\r\n--${boundary}--\r\n`,
    );
    await expect(decodeMultipartBody(body, multipartType)).rejects.toMatchObject({ limit: 'maxDepth', max: 32 });
  });

  it('bad limits reject with a TypeError, not a MultipartError', async () => {
    const error = await decodeMultipartBody(manyParts(1), multipartType, { maxParts: Number.NaN }).catch((e) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(MultipartError);
  });
});

describe('parseJsonBody', () => {
  const table: { name: string; given: string; limits?: { maxDepth: number }; want: unknown }[] = [
    { name: 'plain JSON', given: '{"a":[1,{"b":"]]]"}]}', want: { a: [1, { b: ']]]' }] } },
    { name: '64 levels pass', given: `${'['.repeat(64)}${']'.repeat(64)}`, want: expect.any(Array) },
    { name: 'brackets inside strings do not count', given: `["${'[{'.repeat(100)}"]`, want: ['[{'.repeat(100)] },
    {
      name: 'escaped quotes do not end a string',
      given: '["\\"[[[", "\\\\"]',
      limits: { maxDepth: 1 },
      want: ['"[[[', '\\'],
    },
  ];
  it.each(table)('$name', ({ given, limits, want }) => {
    expect(parseJsonBody(given, limits)).toEqual(want);
  });

  it.each([
    { name: '65 levels', given: `${'['.repeat(65)}${']'.repeat(65)}`, max: 64 },
    {
      name: '100k levels (no RangeError, issue #9 item 9)',
      given: `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
      max: 64,
    },
    { name: 'a configured depth', given: '[[1]]', limits: { maxDepth: 1 }, max: 1 },
  ])('refuses $name with RequestLimitError(maxDepth)', ({ given, limits, max }) => {
    expect(caught(() => parseJsonBody(given, limits))).toMatchObject({ limit: 'maxDepth', max });
  });

  it('leaves invalid JSON to JSON.parse: SyntaxError', () => {
    expect(() => parseJsonBody('{"a":')).toThrow(SyntaxError);
    expect(() => parseJsonBody('"unterminated')).toThrow(SyntaxError);
  });

  it('is linear in the body size, for nesting up to the cap and for long runs of escapes', async () => {
    // Many 63-deep nests, not one ever deeper nest: JSON.parse itself grows faster than linearly past ~50k levels.
    const deep = (n: number) => `[${Array.from({ length: n }, () => `${'['.repeat(63)}${']'.repeat(63)}`).join(',')}]`;
    expect(await growthRatio(deep, (text) => parseJsonBody(text), 250)).toBeLessThan(8);
    const escapes = (n: number) => `[${'"\\\\\\"",'.repeat(n)}0]`;
    expect(await growthRatio(escapes, (text) => parseJsonBody(text), 10_000)).toBeLessThan(8);
  });
});
