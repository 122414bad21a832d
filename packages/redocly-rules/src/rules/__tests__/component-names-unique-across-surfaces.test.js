import { describe, expect, it } from 'vitest';
import { lineOf, lintWithHouseRule } from './lint-with-house-rule.js';

const RULE = 'component-names-unique-across-surfaces';

/** A surface root with one path item file, and optional inline security schemes. */
const root = (title, securitySchemes = []) =>
  [
    'openapi: 3.1.0',
    `info: {title: ${title}, version: 1.0.0}`,
    'paths:',
    `  /${title}/things:`,
    '    $ref: paths/things.yaml',
    ...(securitySchemes.length
      ? [
          'components:',
          '  securitySchemes:',
          ...securitySchemes.map((name) => `    ${name}: {type: http, scheme: basic}`),
        ]
      : []),
    '',
  ].join('\n');
const pathItem = (schemaRef, exampleRef = '../components/examples/ThingExample.yaml') => `get:
  operationId: listThings
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            $ref: ${schemaRef}
          examples:
            one:
              $ref: ${exampleRef}
`;
const schema = 'type: object\n';
const example = 'summary: one\nvalue: {}\n';
const apis = { a: { root: 'a/openapi.yaml' }, b: { root: 'b/openapi.yaml' } };

/** Two surfaces `a` and `b`; `b` defaults to names prefixed `B`. */
function surfaces({
  aSchema = 'AThing',
  bSchema = 'BThing',
  aSchemes = [],
  bSchemes = [],
  bExample = 'BThingExample',
  extra = {},
} = {}) {
  return {
    'a/openapi.yaml': root('a', aSchemes),
    'a/paths/things.yaml': pathItem(
      `../components/schemas/${aSchema}.yaml`,
      '../components/examples/AThingExample.yaml',
    ),
    [`a/components/schemas/${aSchema}.yaml`]: schema,
    'a/components/examples/AThingExample.yaml': example,
    'b/openapi.yaml': root('b', bSchemes),
    'b/paths/things.yaml': pathItem(`../components/schemas/${bSchema}.yaml`, `../components/examples/${bExample}.yaml`),
    [`b/components/schemas/${bSchema}.yaml`]: schema,
    [`b/components/examples/${bExample}.yaml`]: example,
    ...extra,
  };
}

describe('component-names-unique-across-surfaces', () => {
  it('accepts surfaces with distinct names; same-named path item files are inlined, not components', () => {
    const { findings, status } = lintWithHouseRule(RULE, surfaces(), { apis });
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it('accepts one file in specs/shared/ referenced by two surfaces (one definition, one name)', () => {
    const files = surfaces({ extra: { 'shared/schemas/SharedThing.yaml': schema } });
    files['a/paths/things.yaml'] = pathItem(
      '../../shared/schemas/SharedThing.yaml',
      '../components/examples/AThingExample.yaml',
    );
    files['b/paths/things.yaml'] = pathItem(
      '../../shared/schemas/SharedThing.yaml',
      '../components/examples/BThingExample.yaml',
    );
    expect(lintWithHouseRule(RULE, files, { apis }).findings).toEqual([]);
  });

  it('reports a schema file name used by two surfaces, on each component file, naming the other surface', () => {
    const { findings, status } = lintWithHouseRule(RULE, surfaces({ aSchema: 'Thing', bSchema: 'Thing' }), { apis });
    expect(status).toBe(1);
    expect(findings).toEqual([
      expect.objectContaining({ file: 'a/components/schemas/Thing.yaml', line: 1, pointer: '#/' }),
      expect.objectContaining({ file: 'b/components/schemas/Thing.yaml', line: 1, pointer: '#/' }),
    ]);
    expect(findings[0].message).toBe(
      'Component name `Thing` of surface `a` is also used by surface `b` (b/components/schemas/Thing.yaml) for a different ' +
        'definition; names are unique across all surfaces so the bundles join into one document (contract-decisions rule 11). ' +
        "Fix: rename it with surface `a`'s prefix and update its $refs, or move a definition both surfaces share to specs/shared/.",
    );
    expect(findings[1].message).toContain(
      'Component name `Thing` of surface `b` is also used by surface `a` (a/components/schemas/Thing.yaml)',
    );
  });

  it('sees the other surfaces when only one API is linted', () => {
    const { findings } = lintWithHouseRule(RULE, surfaces({ aSchema: 'Thing', bSchema: 'Thing' }), {
      apis,
      lint: ['b'],
    });
    expect(findings).toEqual([expect.objectContaining({ file: 'b/components/schemas/Thing.yaml', line: 1 })]);
  });

  it('reports a name shared across kinds (a schema in one surface, an example in the other)', () => {
    const { findings } = lintWithHouseRule(RULE, surfaces({ aSchema: 'Thing', bExample: 'Thing' }), {
      apis,
      lint: ['b'],
    });
    expect(findings).toEqual([expect.objectContaining({ file: 'b/components/examples/Thing.yaml', line: 1 })]);
    expect(findings[0].message).toContain('(a/components/schemas/Thing.yaml)');
  });

  it('reports a security scheme key declared in two root documents, on its key line', () => {
    const files = surfaces({ aSchemes: ['basicAuth'], bSchemes: ['bBasicAuth', 'basicAuth'] });
    const { findings } = lintWithHouseRule(RULE, files, { apis, lint: ['b'] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'b/openapi.yaml',
      line: lineOf(files['b/openapi.yaml'], '    basicAuth:'),
      pointer: '#/components/securitySchemes/basicAuth',
    });
    expect(findings[0].message).toContain(
      'also used by surface `a` (a/openapi.yaml#/components/securitySchemes/basicAuth)',
    );
  });

  it('still checks the readable surfaces when another root is missing', () => {
    const files = surfaces({ aSchema: 'Thing', bSchema: 'Thing' });
    const threeApis = { ...apis, c: { root: 'c/openapi.yaml' } };
    const { findings } = lintWithHouseRule(RULE, files, { apis: threeApis, lint: ['b'] });
    expect(findings).toEqual([expect.objectContaining({ file: 'b/components/schemas/Thing.yaml' })]);
  });
});
