import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffDocuments } from '../diff.js';

const cases = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'cases');
const load = (name: string, side: string): object => parse(readFileSync(join(cases, name, `${side}.yaml`), 'utf8'));

describe('one change, one row', () => {
  it('reports a property removed from a shared schema once, naming every operation it affects', () => {
    const changes = diffDocuments(
      load('71-shared-schema-property-removed', 'base'),
      load('71-shared-schema-property-removed', 'head'),
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'response-property-removed',
      location: '/components/schemas/Error/properties/message',
      operations: [
        { method: 'POST', path: '/pets', operationId: 'createPet' },
        { method: 'GET', path: '/pets/{petId}', operationId: 'getPet' },
        { method: 'DELETE', path: '/pets/{petId}', operationId: 'deletePet' },
      ],
    });
    expect(changes[0]?.message).toMatch(/property `message`: removed \(affects 3 operations\)$/);
    expect(changes[0]).not.toHaveProperty('path');
  });

  it('keeps a change that affects one operation as it was', () => {
    const changes = diffDocuments(
      load('14-response-property-removed', 'base'),
      load('14-response-property-removed', 'head'),
    );
    expect(changes).toEqual([expect.objectContaining({ path: '/pets/{petId}', method: 'GET' })]);
    expect(changes[0]).not.toHaveProperty('operations');
  });
});
