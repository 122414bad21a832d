import { describe, expect, it } from 'vitest';
import { defaultOperation, lintWithHouseRule, specWith, oneFinding } from './lint-with-house-rule.js';

describe('get-operations-safe', () => {
  it.each([
    { method: 'get', xSafe: 'true' },
    { method: 'post', xSafe: 'true' }, // GMS Open Media "get" is a safe POST
    { method: 'post', xSafe: 'false' },
  ])('accepts $method with x-safe: $xSafe', ({ method, xSafe }) => {
    const spec = specWith({ method, operation: defaultOperation.replace('x-safe: true', `x-safe: ${xSafe}`) });
    expect(lintWithHouseRule('get-operations-safe', { 'openapi.yaml': spec }).findings).toEqual([]);
  });

  it.each(['get', 'head'])('reports a %s declared x-safe: false on its x-safe line, with a fix', (method) => {
    const spec = specWith({ method, operation: defaultOperation.replace('x-safe: true', 'x-safe: false') });
    const findings = oneFinding('get-operations-safe', spec, 'x-safe: false', `#/paths/~1things/${method}/x-safe`);
    expect(findings[0].message).toContain(
      `${method.toUpperCase()} operation \`listThings\` is declared \`x-safe: false\``,
    );
    expect(findings[0].message).toContain('(contract-decisions rule 14)');
    expect(findings[0].message).toContain('Fix: set `x-safe: true`');
  });
});
