import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFor } from '../schema-values.js';

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
