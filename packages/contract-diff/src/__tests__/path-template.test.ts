import { describe, expect, it } from 'vitest';
import { normalizePathTemplate, pathTemplateParameters } from '../path-template.js';

describe('normalizePathTemplate', () => {
  it.each([
    ['/pets/{petId}', '/pets/{}'],
    ['/pets/{id}', '/pets/{}'],
    ['/a/{x}/b/{y}.json', '/a/{}/b/{}.json'],
    ['/pets/', '/pets/'],
  ])('%s → %s', (given, want) => expect(normalizePathTemplate(given)).toBe(want));
});

describe('pathTemplateParameters', () => {
  it('lists names in template order', () => expect(pathTemplateParameters('/a/{x}/b/{y}')).toEqual(['x', 'y']));
});
