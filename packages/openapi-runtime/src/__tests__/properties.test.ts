// Property tests (issue #9, "Tests that must exist"): the form, deepObject and multipart decoders and encoders and
// the router never throw anything but their documented errors, never change Object.prototype, and encode → decode
// gives back every value the encoders accept (as the README's "What the form encoder writes" defines it).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeMultipartBody, isFile, MultipartError } from '../decoders.js';
import { BodyEncodingError, encodeFormBody, encodeMultipartBody } from '../encoders.js';
import { decodeFormBody } from '../form-decoder.js';
import { parseJsonBody } from '../json-body.js';
import { RequestLimitError } from '../limits.js';
import { loadSurface } from '../load.js';
import { createRouter } from '../router.js';
import { sampleDocument } from './fixtures/sample-document.js';

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  // Nothing a decoder was fed may have added to, or replaced anything on, Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

// Form text built from the pieces that matter (space-separated): brackets (plain and percent-encoded), separators,
// prototype names, broken escapes and non-ASCII.
const formPiece = fc.constantFrom(
  ...'a userData [ ] %5B %5D = & + % %E0%A4%A __proto__ constructor prototype polluted 日 ?'.split(' '),
);
const formText = fc.oneof(
  fc.array(formPiece, { maxLength: 40 }).map((pieces) => pieces.join('')),
  fc.string(),
);
const smallLimits = fc.record({ maxPairs: fc.nat(8), maxDepth: fc.nat(4) }, { requiredKeys: [] });

function expectDocumented(run: () => unknown, ...types: (abstract new (...args: never[]) => Error)[]) {
  try {
    run();
  } catch (error) {
    if (!types.some((type) => error instanceof type)) throw error;
  }
}

function isOwnPlainTree(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.every(isOwnPlainTree);
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isOwnPlainTree);
}

describe('decodeFormBody (form bodies and deepObject query strings)', () => {
  it('returns plain objects of strings, or throws RequestLimitError', () => {
    fc.assert(
      fc.property(formText, fc.option(smallLimits, { nil: undefined }), (text, limits) => {
        expectDocumented(() => {
          const decoded = decodeFormBody(text, limits);
          expect(isOwnPlainTree(decoded)).toBe(true);
        }, RequestLimitError);
      }),
    );
  });

  it('validating any decoded query or body against the sample document never throws', () => {
    const surface = loadSurface(structuredClone(sampleDocument));
    fc.assert(
      fc.property(formText, formText, fc.constantFrom(...surface.operations), (query, body, operation) => {
        surface.validators.validateRequest(operation, {
          params: {},
          query: decodeFormBody(query, { maxPairs: Number.POSITIVE_INFINITY }),
          body: decodeFormBody(body, { maxPairs: Number.POSITIVE_INFINITY }),
          mediaType: 'application/x-www-form-urlencoded',
        });
      }),
    );
  });
});

// Values an application hands the form encoder: names and keys from anywhere (brackets, empty, prototype names),
// scalars of every type, arrays of every length, maps, nested maps.
const name = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'a[b]', 'a]', '', 'userData[k]'));
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('[', ']', '&', '=', '%', '+', '\n', '\r', '"'),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
});
const scalar = fc.oneof(
  text,
  fc.double(),
  fc.boolean(),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, undefined),
);
const items = fc.array(scalar, { maxLength: 4 });
const map = fc.dictionary(name, fc.oneof(scalar, items, fc.dictionary(name, scalar, { maxKeys: 2 })), { maxKeys: 4 });
const formValue = fc.dictionary(name, fc.oneof(scalar, items, map), { maxKeys: 5 });

/** The encoder's result, or undefined when it refused the value the documented way (a BodyEncodingError). */
function encodedOrRefused<T>(encode: () => T): T | undefined {
  try {
    return encode();
  } catch (error) {
    expect(error).toBeInstanceOf(BodyEncodingError);
    return undefined;
  }
}

/** What the README says the encoder writes: text for every scalar, nothing for null, undefined, [] and {}. */
function written(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.length ? value.map(written) : undefined;
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, written(item)] as const)
      .filter(([, item]) => item !== undefined);
    if (!entries.length) return undefined;
    const result: Record<string, unknown> = {};
    for (const [key, item] of entries)
      Object.defineProperty(result, key, { value: item, enumerable: true, writable: true });
    return result;
  }
  return String(value);
}

describe('encodeFormBody → decodeFormBody', () => {
  it('gives back every value the encoder accepts; refuses the rest with BodyEncodingError', () => {
    fc.assert(
      fc.property(formValue, (value) => {
        const encoded = encodedOrRefused(() => encodeFormBody(value));
        if (!encoded) return;
        const decoded = decodeFormBody(encoded.toString(), { maxPairs: Number.POSITIVE_INFINITY });
        // toEqual, not toStrictEqual: the latter compares `.constructor`, which is data under a key `constructor`.
        expect(decoded).toEqual(written(value) ?? {});
        expect(isOwnPlainTree(decoded)).toBe(true);
      }),
    );
  });

  it('as a deepObject query string in a URL', () => {
    fc.assert(
      fc.property(fc.dictionary(name, text, { maxKeys: 4 }), (userData) => {
        let query: string;
        try {
          query = encodeFormBody({ userData }).toString();
        } catch (error) {
          expect(error).toBeInstanceOf(BodyEncodingError);
          return;
        }
        const url = new URL(`http://127.0.0.1/items?${query}`);
        expect(decodeFormBody(url.search)).toEqual(written({ userData }) ?? {});
      }),
    );
  });
});

describe('encodeMultipartBody → decodeMultipartBody', () => {
  const file = fc
    .tuple(fc.string({ maxLength: 8 }), fc.uint8Array({ maxLength: 16 }))
    .map(([filename, bytes]) => new File([bytes], filename || 'f', { type: 'application/octet-stream' }));
  const multipartValue = fc.dictionary(name, fc.oneof(scalar, items, map, file, fc.array(file, { maxLength: 3 })), {
    maxKeys: 4,
  });

  const fileShape = (value: File) => ({ filename: value.name, contentType: value.type, size: value.size });
  function expected(value: unknown): unknown {
    if (value instanceof File) return fileShape(value);
    if (Array.isArray(value) && value.some((item) => item instanceof File)) return value.map(expected);
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)) {
      return written(
        Object.fromEntries(Object.entries(value).map(([key, item]) => [key, item instanceof File ? item : item])),
      );
    }
    return written(value);
  }
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : isFile(value)
        ? { filename: value.filename, contentType: value.contentType, size: value.size }
        : value;

  it('gives back every value the encoder accepts; refuses the rest with BodyEncodingError', async () => {
    await fc.assert(
      fc.asyncProperty(multipartValue, async (value) => {
        const form = encodedOrRefused(() => encodeMultipartBody(value));
        if (!form) return;
        const response = new Response(form);
        const bytes = Buffer.from(await response.arrayBuffer());
        const contentType = response.headers.get('content-type')!;
        const decoded = await decodeMultipartBody(bytes, contentType, { fields: 1_000 });
        const want: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(value)) {
          const one = expected(item);
          if (one !== undefined) Object.defineProperty(want, key, { value: one, enumerable: true, writable: true });
        }
        const got: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(decoded)) {
          Object.defineProperty(got, key, { value: strip(item), enumerable: true, writable: true });
        }
        expect(got).toEqual(want);
      }),
      { numRuns: 60 },
    );
  });

  it('arbitrary bytes under a multipart Content-Type reject with MultipartError or RequestLimitError, or decode', async () => {
    const boundary = 'XyZ';
    const piece = fc.constantFrom(
      `--${boundary}\r\n`,
      `--${boundary}--\r\n`,
      'Content-Disposition: form-data; name="a[b]"\r\n',
      'Content-Disposition: form-data; name="__proto__"\r\n',
      'Content-Disposition: form-data; name="f"; filename="x"\r\n',
      '\r\n',
      'value',
      '"',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 20 }), fc.nat(4), async (pieces, maxParts) => {
        try {
          const decoded = await decodeMultipartBody(
            Buffer.from(pieces.join('')),
            `multipart/form-data; boundary=${boundary}`,
            { maxParts },
          );
          expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
        } catch (error) {
          if (!(error instanceof MultipartError || error instanceof RequestLimitError)) throw error;
        }
      }),
    );
  });
});

describe('parseJsonBody', () => {
  it('returns what JSON.parse returns, or throws SyntaxError or RequestLimitError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), fc.nat(6), (text, maxDepth) => {
        expectDocumented(
          () => {
            expect(parseJsonBody(text, { maxDepth })).toStrictEqual(JSON.parse(text));
          },
          SyntaxError,
          RequestLimitError,
        );
      }),
    );
  });
});

describe('router', () => {
  const routes = [
    { id: 'x', method: 'GET', pathTemplate: '/a/{x}' },
    { id: 'xy', method: 'GET', pathTemplate: '/a/{x}/b/{y}' },
    { id: 'ext', method: 'POST', pathTemplate: '/c/ext_{id}' },
    { id: 'file', method: 'GET', pathTemplate: '/files/{name}.{ext}' },
    { id: 'proto', method: 'GET', pathTemplate: '/p/{__proto__}' },
  ];
  const router = createRouter(routes);

  it('answers any method and path with a match, not-found or method-not-allowed', () => {
    const pathPiece = fc.constantFrom(...'/ a b c ext_ files . % %2F %E0%A4%A %5F ? # p __proto__'.split(' '));
    const path = fc.oneof(
      fc.array(pathPiece, { maxLength: 12 }).map((pieces) => pieces.join('')),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom('GET', 'post', 'HEAD', ''), fc.string()), path, (method, pathname) => {
        const found = router.match(method, pathname);
        if ('operation' in found && found.operation) {
          expect(Object.getPrototypeOf(found.params)).toBe(Object.prototype);
          for (const value of Object.values(found.params)) expect(typeof value).toBe('string');
        } else expect(['not-found', 'method-not-allowed']).toContain(found.error);
      }),
    );
  });

  it('gives back the parameters a path was built from', () => {
    const value = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(value, value, (x, y) => {
        const encode = encodeURIComponent;
        expect(router.match('GET', `/a/${encode(x)}`)).toMatchObject({ params: { x } });
        expect(router.match('GET', `/a/${encode(x)}/b/${encode(y)}`)).toMatchObject({ params: { x, y } });
        expect(router.match('POST', `/c/ext_${encode(x)}`)).toMatchObject({ params: { id: x } });
      }),
    );
  });
});
