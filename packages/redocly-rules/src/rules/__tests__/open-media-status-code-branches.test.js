import { describe, expect, it } from 'vitest';
import { lineOf, lintWithHouseRule, specWith } from './lint-with-house-rule.js';

const branch = (code) => `type: object\nrequired: [statusCode]\nproperties:\n  statusCode:\n    const: ${code}\n`;
const result = (refs) =>
  `description: Every outcome of create.\noneOf:\n${refs.map((ref) => `  - $ref: ${ref}`).join('\n')}\n`;
const operation = `post:
  operationId: createOpenMediaInteraction
  x-safe: false
  responses:
    '200':
      description: Always 200.
      content:
        application/json:
          schema:
            $ref: ../components/schemas/OpenMediaCreateResult.yaml
          examples:
            success:
              value: {statusCode: 0}
`;
const root = (path = '/genesys/2/openmedia/{serviceName}') =>
  specWith({ paths: [`  ${path}:`, '    $ref: paths/openmedia.yaml'] });
const schemas = (codes, resultRefs = codes.map((code) => `./Branch${code}.yaml`)) => ({
  'components/schemas/OpenMediaCreateResult.yaml': result(resultRefs),
  ...Object.fromEntries(codes.map((code) => [`components/schemas/Branch${code}.yaml`, branch(code)])),
});
const lint = (files, path) =>
  lintWithHouseRule('open-media-status-code-branches', {
    'openapi.yaml': root(path),
    'paths/openmedia.yaml': operation,
    ...files,
  });

describe('open-media-status-code-branches', () => {
  it('accepts a 200 oneOf of the statusCode 0, 1 and 2 bodies', () => {
    const { findings, status } = lint(schemas([0, 1, 2]));
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it('accepts a const written in an allOf member of a branch', () => {
    const files = schemas([0, 1, 2]);
    files['components/schemas/Branch2.yaml'] =
      `allOf:\n  - type: object\n  - properties:\n      statusCode:\n        const: 2\n`;
    expect(lint(files).findings).toEqual([]);
  });

  it('ignores operations outside GMS Open Media', () => {
    expect(lint(schemas([0, 1]), '/api/v2/things').findings).toEqual([]);
  });

  it('reports a 200 schema that is not a oneOf, on the schema file', () => {
    const { findings, status } = lint({
      'components/schemas/OpenMediaCreateResult.yaml': 'type: object\nproperties:\n  statusCode:\n    type: integer\n',
    });
    expect(status).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'components/schemas/OpenMediaCreateResult.yaml', line: 1 });
    expect(findings[0].message).toContain(
      'GMS Open Media operation `createOpenMediaInteraction`: the 200 `application/json` schema is not a `oneOf`',
    );
    expect(findings[0].message).toContain(
      '(contract-decisions rule 5). Fix: make the 200 schema `oneOf: [<success>, <retryable failure>, <final failure>]`',
    );
  });

  it('reports a branch without a statusCode const on that branch file', () => {
    const files = schemas([0, 1, 2]);
    files['components/schemas/Branch1.yaml'] = 'type: object\nproperties:\n  statusCode:\n    type: integer\n';
    const { findings } = lint(files);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'components/schemas/Branch1.yaml', line: 1 });
    expect(findings[0].message).toContain(
      '`oneOf` branch 1 of the 200 `application/json` schema has no `const` on `statusCode`',
    );
  });

  it.each([
    { given: 'a missing final-failure branch', codes: [0, 1], shown: '0, 1' },
    { given: 'an undocumented statusCode', codes: [0, 1, 2, 3], shown: '0, 1, 2, 3' },
    {
      given: 'a repeated statusCode',
      codes: [0, 1, 2],
      refs: ['./Branch0.yaml', './Branch1.yaml', './Branch1.yaml', './Branch2.yaml'],
      shown: '0, 1, 1, 2',
    },
  ])('reports $given on the oneOf line', ({ codes, refs, shown }) => {
    const files = schemas(codes, refs);
    const { findings } = lint(files);
    expect(findings).toHaveLength(1);
    const file = files['components/schemas/OpenMediaCreateResult.yaml'];
    expect(findings[0]).toMatchObject({
      file: 'components/schemas/OpenMediaCreateResult.yaml',
      line: lineOf(file, 'oneOf:'),
      pointer: '#/oneOf',
    });
    expect(findings[0].message).toContain(
      `has statusCode consts [${shown}]; documented are exactly 0, 1 and 2 (contract-decisions rule 5)`,
    );
  });

  it('reports an operation that documents no 200 response', () => {
    const files = { 'paths/openmedia.yaml': operation.replace("'200'", "'500'") };
    const { findings } = lintWithHouseRule('open-media-status-code-branches', {
      'openapi.yaml': root(),
      ...schemas([0, 1, 2]),
      ...files,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'paths/openmedia.yaml',
      line: lineOf(operation, 'responses:'),
      pointer: '#/post/responses',
    });
    expect(findings[0].message).toContain('documents no 200 response');
  });

  it('applies to the paths under a configured pathPrefix', () => {
    const { findings } = lintWithHouseRule(
      'open-media-status-code-branches',
      { 'openapi.yaml': root('/gms/openmedia/{serviceName}'), 'paths/openmedia.yaml': operation, ...schemas([0, 1]) },
      { settings: { pathPrefix: '/gms/openmedia/' } },
    );
    expect(findings).toHaveLength(1);
  });
});
