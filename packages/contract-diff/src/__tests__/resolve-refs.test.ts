import { describe, expect, it } from 'vitest';
import { escapePointerSegment, getByPointer, hasExternalRefs, resolve, UnresolvableRefError } from '../resolve-refs.js';

const doc = {
  paths: { '/pets/{id}': { get: { operationId: 'getPet' } } },
  components: {
    schemas: {
      Pet: { type: 'object' },
      Alias: { $ref: '#/components/schemas/Pet' },
      'My Schema': { type: 'string' },
      LoopA: { $ref: '#/components/schemas/LoopB' },
      LoopB: { $ref: '#/components/schemas/LoopA' },
    },
  },
};

describe('escapePointerSegment', () => {
  it.each([
    ['/pets/{id}', '~1pets~1{id}'],
    ['a~b', 'a~0b'],
    ['application/json', 'application~1json'],
  ])('%s → %s', (given, want) => expect(escapePointerSegment(given)).toBe(want));
});

describe('getByPointer', () => {
  it.each([
    ['/paths/~1pets~1{id}/get/operationId', 'getPet'],
    ['/components/schemas/Pet/type', 'object'],
    ['/components/schemas/Nope', undefined],
  ])('%s', (pointer, want) => expect(getByPointer(doc, pointer)).toBe(want));
});

describe('resolve', () => {
  it('follows a chain of references and reports where the target lives', () => {
    expect(resolve(doc, { node: { $ref: '#/components/schemas/Alias' }, pointer: '/x' })).toEqual({
      node: { type: 'object' },
      pointer: '/components/schemas/Pet',
    });
  });

  it('decodes percent-encoded pointers (RFC 6901 §6)', () => {
    expect(resolve(doc, { node: { $ref: '#/components/schemas/My%20Schema' }, pointer: '/x' }).pointer).toBe(
      '/components/schemas/My Schema',
    );
  });

  it.each([
    ['a circular chain', '#/components/schemas/LoopA', /circular/],
    ['a reference to nothing', '#/components/schemas/Missing', /points at nothing/],
    ['a file reference', './Pet.yaml', /bundle the document first/],
  ])('refuses %s', (_, ref, message) => {
    expect(() => resolve(doc, { node: { $ref: ref }, pointer: '/x' })).toThrow(UnresolvableRefError);
    expect(() => resolve(doc, { node: { $ref: ref }, pointer: '/x' })).toThrow(message);
  });
});

describe('hasExternalRefs', () => {
  it.each([
    [{ a: { $ref: '#/b' } }, false],
    [{ a: [{ $ref: 'other.yaml#/b' }] }, true],
  ])('%j → %s', (given, want) => expect(hasExternalRefs(given)).toBe(want));
});
