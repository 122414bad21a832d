import { describe, expect, it } from 'vitest';
import { lineOf, lintWithHouseRule, specWith, oneFinding } from './lint-with-house-rule.js';

const op = (xSafeLine) => `
operationId: deleteThing
${xSafeLine}
externalDocs:
  url: https://docs.example.com/things
responses:
  '204':
    description: Deleted.
`;

describe('x-safe-required', () => {
  it.each([{ given: 'x-safe: true' }, { given: 'x-safe: false' }])('accepts an operation with $given', ({ given }) => {
    const { findings, status } = lintWithHouseRule('x-safe-required', {
      'openapi.yaml': specWith({ method: 'delete', operation: op(given) }),
    });
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it('reports a missing x-safe on the operation key, with a fix', () => {
    const spec = specWith({ method: 'delete', operation: op('summary: no marker') });
    const findings = oneFinding('x-safe-required', spec, 'delete:', '#/paths/~1things/delete');
    expect(findings[0].message).toContain('Operation `deleteThing` has no `x-safe` (contract-decisions rule 14)');
    expect(findings[0].message).toContain(
      'Fix: add `x-safe: true` if calling it changes nothing on the server, otherwise `x-safe: false`',
    );
    expect(findings[0].reference).toBe('packages/redocly-rules/docs/x-safe-required.md');
  });

  it.each([
    { given: "x-safe: 'true'", shown: '"true"' },
    { given: 'x-safe: yes', shown: '"yes"' },
    { given: 'x-safe: 1', shown: '1' },
    { given: 'x-safe: null', shown: 'null' },
  ])('reports a non-boolean $given on the x-safe line', ({ given, shown }) => {
    const spec = specWith({ method: 'delete', operation: op(given) });
    const { findings } = lintWithHouseRule('x-safe-required', { 'openapi.yaml': spec });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'openapi.yaml',
      line: lineOf(spec, 'x-safe:'),
      pointer: '#/paths/~1things/delete/x-safe',
    });
    expect(findings[0].message).toContain(`has \`x-safe: ${shown}\`; it must be the boolean true or false`);
    expect(findings[0].message).toContain('Fix: write `x-safe: true` or `x-safe: false` (unquoted)');
  });

  it('reports on the operation in the path file it lives in', () => {
    const root = specWith({ paths: ['  /things/{id}:', '    $ref: paths/things_{id}.yaml'] });
    const pathFile = `get:\n  operationId: getThing\n  responses:\n    '200':\n      description: ok\n`;
    const { findings } = lintWithHouseRule('x-safe-required', {
      'openapi.yaml': root,
      'paths/things_{id}.yaml': pathFile,
    });
    expect(findings).toEqual([expect.objectContaining({ file: 'paths/things_{id}.yaml', line: 1, pointer: '#/get' })]);
  });
});
