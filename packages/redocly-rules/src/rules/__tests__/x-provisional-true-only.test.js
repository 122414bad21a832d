import { describe, expect, it } from 'vitest';
import { lineOf, lintWithHouseRule, specWith } from './lint-with-house-rule.js';

const operation = `
operationId: getThing
x-safe: true
x-provisional: true
externalDocs:
  url: https://docs.example.com/things
responses:
  '200':
    description: Shape not published.
    x-provisional: true
    content:
      application/json:
        schema:
          $ref: ../components/schemas/Thing.yaml
        examples:
          one:
            value: {}
`;
const thing = (marker) => `type: object\n${marker}\nproperties:\n  name:\n    type: string\n`;

describe('x-provisional-true-only', () => {
  it('accepts x-provisional: true on operations, responses and schemas', () => {
    const files = {
      'paths/openapi.yaml': specWith({ operation }),
      'components/schemas/Thing.yaml': thing('x-provisional: true'),
    };
    const { findings, status } = lintWithHouseRule('x-provisional-true-only', files, {
      apis: { main: { root: 'paths/openapi.yaml' } },
    });
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it.each([
    {
      node: 'operation',
      from: 'x-provisional: true\nexternalDocs',
      to: 'x-provisional: false\nexternalDocs',
      pointer: '#/paths/~1things/get/x-provisional',
      type: 'Operation',
    },
    {
      node: 'response',
      from: '    x-provisional: true\n',
      to: "    x-provisional: 'true'\n",
      pointer: '#/paths/~1things/get/responses/200/x-provisional',
      type: 'Response',
    },
  ])('reports a non-true marker on the $node, on its line', ({ from, to, pointer, type }) => {
    const spec = specWith({ operation: operation.replace(from, to) });
    const files = { 'paths/openapi.yaml': spec, 'components/schemas/Thing.yaml': thing('description: fine') };
    const { findings } = lintWithHouseRule('x-provisional-true-only', files, {
      apis: { main: { root: 'paths/openapi.yaml' } },
    });
    expect(findings).toHaveLength(1);
    const wrongLine = to
      .split('\n')
      .find((line) => line.includes('x-provisional'))
      .trim();
    expect(findings[0]).toMatchObject({ file: 'paths/openapi.yaml', line: lineOf(spec, wrongLine), pointer });
    expect(findings[0].message).toContain(
      `on this ${type}; the marker is only ever \`true\` (contract-decisions rule 4)`,
    );
  });

  it.each([
    { marker: 'x-provisional: false', shown: 'false', fix: 'Fix: delete the `x-provisional` line' },
    { marker: 'x-provisional: yes', shown: '"yes"', fix: 'Fix: write `x-provisional: true` (unquoted)' },
    { marker: 'x-provisional: 1', shown: '1', fix: 'Fix: write `x-provisional: true` (unquoted)' },
  ])('reports $marker in a referenced schema file, with the fix for that value', ({ marker, shown, fix }) => {
    const schema = thing(marker);
    const files = {
      'paths/openapi.yaml': specWith({
        operation: operation.replace('x-provisional: true\nexternalDocs', 'externalDocs'),
      }),
      'components/schemas/Thing.yaml': schema,
    };
    const { findings } = lintWithHouseRule('x-provisional-true-only', files, {
      apis: { main: { root: 'paths/openapi.yaml' } },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'components/schemas/Thing.yaml',
      line: lineOf(schema, 'x-provisional'),
      pointer: '#/x-provisional',
    });
    expect(findings[0].message).toContain(`\`x-provisional: ${shown}\` on this Schema`);
    expect(findings[0].message).toContain(fix);
  });

  it('reports a marker on a nested property schema', () => {
    const schema = 'type: object\nproperties:\n  name:\n    type: string\n    x-provisional: false\n';
    const files = { 'paths/openapi.yaml': specWith({ operation }), 'components/schemas/Thing.yaml': schema };
    const { findings } = lintWithHouseRule('x-provisional-true-only', files, {
      apis: { main: { root: 'paths/openapi.yaml' } },
    });
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'components/schemas/Thing.yaml',
        line: 5,
        pointer: '#/properties/name/x-provisional',
      }),
    ]);
  });
});
