import { describe, expect, it } from 'vitest';
import { lineOf, lintWithHouseRule, specWith } from './lint-with-house-rule.js';

const base = '/nexus/v3/openmedia/{openMediaService}/interactions';
const item = (path) => [`  ${path}:`, `    $ref: paths/item.yaml`];
const pathItem = `get:
  operationId: getInteraction
  x-safe: true
  responses:
    '200':
      description: ok
`;
const lint = (paths) => {
  const spec = specWith({ paths: paths.flatMap(item) });
  return {
    spec,
    ...lintWithHouseRule('ext-path-after-id-twin', { 'openapi.yaml': spec, 'paths/item.yaml': pathItem }),
  };
};

describe('ext-path-after-id-twin', () => {
  it.each([
    { given: 'ext_ after its twin', paths: [`${base}/{interactionId}`, `${base}/ext_{externalId}`] },
    {
      given: 'ext_ sub-paths after their twins',
      paths: [
        `${base}/{interactionId}`,
        `${base}/{interactionId}/stop`,
        `${base}/ext_{externalId}`,
        `${base}/ext_{externalId}/stop`,
      ],
    },
    { given: 'an ext_ path with no twin', paths: [`${base}/ext_{externalId}`, `${base}`] },
    {
      given: 'twins whose other templates are named differently',
      paths: [`/a/{service}/{interactionId}`, `/a/{svc}/ext_{externalId}`],
    },
  ])('accepts $given', ({ paths }) => {
    const { findings, status } = lint(paths);
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it('reports an ext_ path declared before its twin on the ext_ path line, naming the twin', () => {
    const { spec, findings, status } = lint([`${base}/ext_{externalId}`, `${base}`, `${base}/{interactionId}`]);
    expect(status).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'openapi.yaml',
      line: lineOf(spec, `${base}/ext_{externalId}:`),
      pointer: '#/paths/~1nexus~1v3~1openmedia~1{openMediaService}~1interactions~1ext_{externalId}',
    });
    expect(findings[0].message).toBe(
      `Path \`${base}/ext_{externalId}\` is declared before its twin \`${base}/{interactionId}\`; Prism routes a tie to ` +
        'the path declared last, so `ext_...` requests would reach the ' +
        `\`${base}/{interactionId}\` operations (contract-decisions rule 9). ` +
        `Fix: move the \`${base}/ext_{externalId}\` line below \`${base}/{interactionId}\` under \`paths:\`.`,
    );
  });

  it('reports only the sub-path that is out of order', () => {
    const { spec, findings } = lint([
      `${base}/ext_{externalId}/stop`,
      `${base}/{interactionId}/stop`,
      `${base}/{interactionId}/update`,
      `${base}/ext_{externalId}/update`,
    ]);
    expect(findings.map((finding) => finding.line)).toEqual([lineOf(spec, `${base}/ext_{externalId}/stop:`)]);
  });
});
