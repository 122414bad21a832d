import { describe, expect, it } from 'vitest';
import { defaultOperation, lineOf, lintWithHouseRule, specWith } from './lint-with-house-rule.js';

const withResponse = (media) => `
operationId: getThing
x-safe: true
externalDocs:
  url: https://docs.example.com/things
responses:
  '200':
    description: The thing.
    content:
      application/json:
${media
  .trim()
  .split('\n')
  .map((line) => `        ${line}`)
  .join('\n')}
  '404':
    $ref: ../components/responses/ThingNotFound.yaml
`;
const notFound = (media) =>
  `description: No such thing.\ncontent:\n  application/json:\n${media
    .trim()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')}\n`;
const named = 'schema:\n  type: object\nexamples:\n  one:\n    value: {}';
const apis = { main: { root: 'paths/openapi.yaml' } };

describe('response-examples-present', () => {
  it('accepts responses whose media types name an example, and a response without a body', () => {
    const spec = specWith({ operation: `${withResponse(named)}  '204':\n    description: No body.\n` });
    const files = { 'paths/openapi.yaml': spec, 'components/responses/ThingNotFound.yaml': notFound(named) };
    const { findings, status } = lintWithHouseRule('response-examples-present', files, { apis });
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it.each([
    { given: 'no examples', media: 'schema:\n  type: object', hint: '' },
    { given: 'an empty examples map', media: 'schema:\n  type: object\nexamples: {}', hint: '' },
    {
      given: 'only an unnamed example',
      media: 'schema:\n  type: object\nexample: {}',
      hint: ' (it has a single unnamed `example`)',
    },
  ])('reports a response media type with $given on the media type key', ({ media, hint }) => {
    const spec = specWith({ operation: withResponse(media) });
    const files = { 'paths/openapi.yaml': spec, 'components/responses/ThingNotFound.yaml': notFound(named) };
    const { findings, status } = lintWithHouseRule('response-examples-present', files, { apis });
    expect(status).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'paths/openapi.yaml',
      line: lineOf(spec, 'application/json:'),
      pointer: '#/paths/~1things/get/responses/200/content/application~1json',
    });
    expect(findings[0].message).toBe(
      `Response media type \`application/json\` has no named example${hint} (contract-decisions rule 12). ` +
        "Fix: add `examples: {<name>: {$ref: ../components/examples/<Name>.yaml}}`, the seed's own example first.",
    );
  });

  it('reports inside a referenced response component file', () => {
    const body = notFound('schema:\n  type: object');
    const files = {
      'paths/openapi.yaml': specWith({ operation: withResponse(named) }),
      'components/responses/ThingNotFound.yaml': body,
    };
    const { findings } = lintWithHouseRule('response-examples-present', files, { apis });
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'components/responses/ThingNotFound.yaml',
        line: lineOf(body, 'application/json:'),
      }),
    ]);
  });

  it('leaves request bodies to request-body-examples-present', () => {
    const operation = defaultOperation.replace(
      'responses:',
      'requestBody:\n  content:\n    application/json:\n      schema:\n        type: object\nresponses:',
    );
    expect(
      lintWithHouseRule('response-examples-present', { 'openapi.yaml': specWith({ method: 'post', operation }) })
        .findings,
    ).toEqual([]);
  });
});
