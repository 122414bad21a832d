// Issue #9 item 9: every public function succeeds or throws its documented error type (README, "Errors").
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../document-error.js';
import { followRefs } from '../json-pointer.js';
import { loadSurface } from '../load.js';
import { createRouter } from '../router.js';
import { matchResponse } from '../validation.js';
import { growthRatio } from './fixtures/growth.js';
import { sampleDocument } from './fixtures/sample-document.js';

const surface = loadSurface(structuredClone(sampleDocument));
const listItems = surface.getOperation('listItems')!;
const create = surface.getOperation('createOpenMediaInteraction')!;

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let index = 0; index < depth; index++) value = { a: value };
  return value;
}

describe('validateResponse with statuses that are not HTTP status codes', () => {
  // `in` found Object.prototype's members: status `__proto__` matched "response" Object.prototype and crashed.
  it.each([
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '',
    '2XX',
    'default',
    '99',
    '600',
    'abc',
    -1,
    Number.NaN,
  ])('status %s is a status violation', (status) => {
    expect(matchResponse(listItems, status)).toBeUndefined();
    const violations = surface.validators.validateResponse(listItems, {
      status,
      body: {},
      mediaType: 'application/json',
    });
    expect(violations).toEqual([
      expect.objectContaining({
        location: 'status',
        keyword: 'status',
        message: expect.stringContaining('documented: 200'),
      }),
    ]);
  });

  it('a three-digit status still falls back to its range, then default', () => {
    expect(matchResponse(listItems, 503)?.key).toBe('default');
    expect(matchResponse(listItems, '200')?.key).toBe('200');
  });
});

describe('validators on values nested too deep or cyclic', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const table = [
    { name: 'a 100k-deep form body (RangeError before)', value: { userData: nested(100_000) }, form: true },
    { name: 'a cyclic form body', value: { userData: cyclic }, form: true },
    { name: 'a 100k-deep JSON response', value: nested(100_000), form: false },
  ];
  it.each(table)('$name gives a maxDepth violation, no throw', ({ value, form }) => {
    const violations = form
      ? surface.validators.validateRequest(create, {
          params: { serviceName: 's' },
          body: value,
          mediaType: 'application/x-www-form-urlencoded',
        })
      : surface.validators.validateResponse(listItems, { status: 200, body: value, mediaType: 'application/json' });
    expect(violations).toContainEqual(expect.objectContaining({ location: 'body', keyword: 'maxDepth' }));
  });

  it('a branch too deep after more containers than the quick walk visits is still found', () => {
    const body = [...Array.from({ length: 20_000 }, (_, index) => ({ id: index })), { id: 0, extra: nested(64) }];
    const violations = surface.validators.validateResponse(listItems, {
      status: 200,
      body,
      mediaType: 'application/json',
    });
    expect(violations).toContainEqual(expect.objectContaining({ location: 'body', keyword: 'maxDepth' }));
  });

  it('a value shared on every level (2^60 paths, 61 objects) is validated, not walked path by path', () => {
    let shared: unknown = 'x';
    for (let level = 0; level < 60; level++) shared = { left: shared, right: shared };
    const violations = surface.validators.validateResponse(listItems, {
      status: 200,
      headers: { 'x-total': '1' },
      body: [{ id: 1, shared }],
      mediaType: 'application/json',
    });
    expect(violations).toEqual([]);
  });

  it('64 levels are still validated', () => {
    const violations = surface.validators.validateResponse(listItems, {
      status: 200,
      body: [nested(62)],
      mediaType: 'application/json',
    });
    expect(violations.map((violation) => violation.keyword)).not.toContain('maxDepth');
  });
});

describe('validators: wrong arguments are TypeErrors, document faults DocumentErrors', () => {
  it.each([
    { name: 'a request that is not an object', run: () => surface.validators.validateRequest(create, null as never) },
    { name: 'a response that is not an object', run: () => surface.validators.validateResponse(create, 5 as never) },
  ])('$name', ({ run }) => expect(run).toThrow(TypeError));

  it('a schema pointer that names nothing', () => {
    expect(() => surface.validators.validateSchema('#/components/schemas/Nope', {})).toThrow(DocumentError);
  });

  it('a query parameter named like an Object.prototype member is only found when sent', () => {
    const document = structuredClone(sampleDocument);
    (document.paths['/items'].get as { parameters: unknown[] }).parameters = [
      { name: 'constructor', in: 'query', required: true, schema: { type: 'string' } },
    ];
    const loaded = loadSurface(document);
    const violations = loaded.validators.validateRequest(loaded.getOperation('listItems')!, { query: {} });
    expect(violations).toEqual([expect.objectContaining({ keyword: 'required', name: 'constructor' })]);
  });
});

describe('loading: DocumentError for every document fault', () => {
  const table: { name: string; given: object }[] = [
    { name: 'a malformed $ref escape', given: { openapi: '3.1.0', paths: { '/a': { $ref: '#/x%E0' } } } },
    { name: 'operations of the wrong shape', given: { openapi: '3.1.0', paths: { '/a': { get: { parameters: 5 } } } } },
    { name: 'paths that is not an object', given: { openapi: '3.1.0', paths: 5 } },
    { name: 'OpenAPI 3.0', given: { openapi: '3.0.3', paths: {} } },
  ];
  it.each(table)('$name', ({ given }) => {
    let error: unknown;
    try {
      loadSurface(given);
    } catch (caught) {
      error = caught;
    }
    if (error !== undefined) expect(error).toBeInstanceOf(DocumentError);
  });

  it('a malformed $ref escape names the pointer', () => {
    expect(() => followRefs({}, { $ref: '#/a%E0' }, '#/paths/x')).toThrow(/Malformed \$ref '#\/a%E0' at #\/paths\/x/);
  });

  it('a document that is not an object is a TypeError', () => {
    expect(() => loadSurface(null as never)).toThrow(TypeError);
  });
});

describe('router: odd inputs', () => {
  const router = createRouter([
    { method: 'GET', pathTemplate: '/files/{name}.{ext}.json' },
    { method: 'GET', pathTemplate: '/g/{a}-{b}/x' },
    { method: 'GET', pathTemplate: '/p/{__proto__}' },
  ]);

  it.each([null, undefined, 5, {}])('a non-string method or path (%s) is a TypeError', (value) => {
    expect(() => router.match(value as never, '/x')).toThrow(TypeError);
    expect(() => router.match('GET', value as never)).toThrow(TypeError);
  });

  it('a parameter named __proto__ is data', () => {
    const found = router.match('GET', '/p/x');
    expect(found).toMatchObject({ params: { ['__proto__']: 'x' } });
    expect(Object.getPrototypeOf((found as { params: object }).params)).toBe(Object.prototype);
  });

  it('two parameters in a segment: the first takes the shortest match, as before', () => {
    expect(router.match('GET', '/files/a.b.c.json')).toMatchObject({ params: { name: 'a', ext: 'b.c' } });
    expect(router.match('GET', '/g/a-b-c/x')).toMatchObject({ params: { a: 'a', b: 'b-c' } });
  });

  it('is linear in the path length where the regex backtracked (x.x.x…xml against {name}.{ext}.json)', async () => {
    const dotted = (n: number) => `/files/${'x.'.repeat(n)}xml`;
    expect(await growthRatio(dotted, (path) => router.match('GET', path), 20_000)).toBeLessThan(8);
    const dashed = (n: number) => `/g/${'a-'.repeat(n)}/y`;
    expect(await growthRatio(dashed, (path) => router.match('GET', path), 20_000)).toBeLessThan(8);
  });
});
