import { describe, expect, it } from 'vitest';
import { defaultOperation, lintWithHouseRule, specWith, oneFinding } from './lint-with-house-rule.js';

const withBody = (media) =>
  defaultOperation.replace('x-safe: true', 'x-safe: false').replace(
    'responses:',
    `requestBody:\n  content:\n    application/x-www-form-urlencoded:\n${media
      .trim()
      .split('\n')
      .map((line) => `      ${line}`)
      .join('\n')}\nresponses:`,
  );

describe('request-body-examples-present', () => {
  it('accepts a request body media type with a named example', () => {
    const spec = specWith({
      method: 'post',
      operation: withBody('schema:\n  type: object\nexamples:\n  seed:\n    value: {a: b}'),
    });
    const { findings, status } = lintWithHouseRule('request-body-examples-present', { 'openapi.yaml': spec });
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it.each([
    { given: 'no examples', media: 'schema:\n  type: object', hint: '' },
    {
      given: 'only an unnamed example',
      media: 'schema:\n  type: object\nexample: {a: b}',
      hint: ' (it has a single unnamed `example`)',
    },
  ])('reports a request body media type with $given on its key', ({ media, hint }) => {
    const spec = specWith({ method: 'post', operation: withBody(media) });
    const findings = oneFinding(
      'request-body-examples-present',
      spec,
      'application/x-www-form-urlencoded:',
      '#/paths/~1things/post/requestBody/content/application~1x-www-form-urlencoded',
    );
    expect(findings[0].message).toContain(
      `Request body media type \`application/x-www-form-urlencoded\` has no named example${hint} (contract-decisions rule 12)`,
    );
    expect(findings[0].message).toContain('Fix: add `examples:');
  });
});
