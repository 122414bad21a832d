import { describe, expect, it } from 'vitest';
import { diffGeneratedTypes, typesChanged } from '../types-diff.js';

// The shape openapi-typescript 7 writes (packages/types/src/*.gen.ts), cut down.
const generated = (schemas: string, operations: string): string =>
  [
    '// Generated from specs/v3/openapi.yaml by `npm run generate`.',
    '',
    'export interface paths {',
    '    "/pets": {',
    '        get: operations["listPets"];',
    '    };',
    '}',
    'export type webhooks = Record<string, never>;',
    'export interface components {',
    '    schemas: {',
    schemas,
    '    };',
    '    responses: never;',
    '}',
    'export interface operations {',
    operations,
    '}',
    '',
  ].join('\n');

const pet = (extra = ''): string =>
  ['        /** @description A pet. */', '        Pet: {', '            id: string;', extra, '        };']
    .filter(Boolean)
    .join('\n');
const op = (name: string, body = '            parameters: never;'): string =>
  [`    ${name}: {`, body, '    };'].join('\n');

describe('diffGeneratedTypes', () => {
  it('names operations and exported types added, removed and changed', () => {
    const base = generated(`${pet()}\n        Old: string;`, `${op('listPets')}\n${op('deletePet')}`);
    const head = generated(
      `${pet('            name?: string;')}\n        New: number;`,
      `${op('listPets', '            parameters: { query: { limit?: number } };')}\n${op('createPet')}`,
    );
    const diff = diffGeneratedTypes('packages/types/src/v3.gen.ts', base, head);
    expect(diff.operations).toEqual({ added: ['createPet'], removed: ['deletePet'], changed: ['listPets'] });
    expect(diff.types).toEqual({ added: ['schemas.New'], removed: ['schemas.Old'], changed: ['schemas.Pet'] });
  });

  it('ignores reworded doc comments: a description changes no type', () => {
    const base = generated(pet(), op('listPets'));
    const head = base.replace('/** @description A pet. */', '/** @description A pet, as the vendor documents it. */');
    const diff = diffGeneratedTypes('v3.gen.ts', base, head);
    expect(typesChanged(diff)).toBe(false);
  });

  it('treats a file missing at the base as everything added', () => {
    const diff = diffGeneratedTypes('v3.gen.ts', undefined, generated(pet(), op('listPets')));
    expect(diff.operations.added).toEqual(['listPets']);
    expect(diff.types.added).toContain('schemas.Pet');
  });
});
