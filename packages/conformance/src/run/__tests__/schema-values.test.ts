import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConformanceSurface, readSurfaceDocument } from '../../surface.js';
import { arbitraryFor, requestPropertyArbitrary } from '../schema-values.js';

const document = {
  components: {
    schemas: {
      Map: { type: 'object', additionalProperties: { type: 'string', maxLength: 8 } },
      Item: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', minLength: 2, maxLength: 5 }, kind: { enum: ['a', 'b'] } },
      },
    },
  },
};

describe('arbitraryFor: values the schema accepts (issue 12 item 5)', () => {
  it('an open map: run-tagged keys, string values within the length bounds', () => {
    fc.assert(
      fc.property(arbitraryFor(document, { $ref: '#/components/schemas/Map' }, { keyPrefix: 'cxc_' }), (value) => {
        const entries = Object.entries(value as Record<string, string>);
        expect(entries.length).toBeGreaterThan(0);
        for (const [key, item] of entries) {
          expect(key.startsWith('cxc_')).toBe(true);
          expect([...item].length).toBeLessThanOrEqual(8);
        }
      }),
      { seed: 1, numRuns: 200 },
    );
  });

  it('an object with properties: required ones always there, every value within its schema', () => {
    fc.assert(
      fc.property(arbitraryFor(document, { $ref: '#/components/schemas/Item' }, { keyPrefix: 'cxc_' }), (value) => {
        const item = value as { name: string; kind?: string };
        expect([...item.name].length).toBeGreaterThanOrEqual(2);
        expect([...item.name].length).toBeLessThanOrEqual(5);
        if ('kind' in item) expect(['a', 'b']).toContain(item.kind);
      }),
      { seed: 1, numRuns: 200 },
    );
  });

  it('includes the values loose servers get wrong: digit-only, empty, beyond Latin-1', () => {
    const samples = fc.sample(arbitraryFor(document, { type: 'string' }, { keyPrefix: '' }), { seed: 3, numRuns: 400 });
    expect(samples.some((value) => /^[0-9]+$/.test(value as string))).toBe(true);
    expect(samples).toContain('');
    expect(samples.some((value) => /[^\u0000-\u00ff]/.test(value as string))).toBe(true);
  });
});

describe('requestPropertyArbitrary: the values of one request body property, read from the contract', () => {
  it("picks the oneOf branch named by its const: AttachUserData's open userData map, keys run-tagged", async () => {
    const surface = loadConformanceSurface(await readSurfaceDocument('v2'), 'v2');
    const target = {
      operationId: 'performGwsInteractionOperation' as const,
      mediaType: 'application/json',
      property: 'userData',
      branch: { operationName: 'AttachUserData' },
    };
    const samples = fc.sample(requestPropertyArbitrary(surface, target, { keyPrefix: 'cxc_' }), {
      seed: 5,
      numRuns: 50,
    });
    for (const sample of samples) {
      expect(Object.keys(sample as object).length).toBeGreaterThan(0);
      for (const key of Object.keys(sample as object)) expect(key.startsWith('cxc_')).toBe(true);
    }
  });

  it('names the operation and property when the contract has no such property', async () => {
    const surface = loadConformanceSurface(await readSurfaceDocument('v2'), 'v2');
    const target = {
      operationId: 'updateOpenMediaInteraction' as const,
      mediaType: 'application/x-www-form-urlencoded',
    };
    expect(() => requestPropertyArbitrary(surface, { ...target, property: 'chnage' }, { keyPrefix: '' })).toThrow(
      'the application/x-www-form-urlencoded body of updateOpenMediaInteraction has no property chnage in the contract of v2',
    );
  });
});
