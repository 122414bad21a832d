import { describe, expect, it } from 'vitest';
import { defaultOperation, lineOf, lintWithHouseRule, specWith, oneFinding } from './lint-with-house-rule.js';

const withDocs = (docs) => defaultOperation.replace('externalDocs:\n  url: https://docs.example.com/things\n', docs);

describe('operation-external-docs-url', () => {
  it.each([
    'externalDocs:\n  url: https://docs.genesys.com/Documentation/GMS/latest/API/OpenMediaAPI\n',
    'externalDocs:\n  url: http://docs.example.com/legacy\n  description: plain http is still a source\n',
  ])('accepts an absolute http(s) source URL (%#)', (docs) => {
    const { findings, status } = lintWithHouseRule('operation-external-docs-url', {
      'openapi.yaml': specWith({ operation: withDocs(docs) }),
    });
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it('reports an operation without externalDocs on its method key', () => {
    const spec = specWith({ operation: withDocs('') });
    const findings = oneFinding('operation-external-docs-url', spec, 'get:', '#/paths/~1things/get');
    expect(findings[0].message).toContain(
      'Operation `listThings` does not cite its source: no `externalDocs` (contract-decisions rule 3)',
    );
    expect(findings[0].message).toContain('Fix: add `externalDocs: {url: <the public documentation page');
    expect(findings[0].message).toContain('domain-notes §0');
  });

  it('leaves externalDocs without a url to the struct rule (url is a required field): no second finding', () => {
    const spec = specWith({ operation: withDocs('externalDocs:\n  description: GMS docs\n') });
    const { findings } = lintWithHouseRule('operation-external-docs-url', { 'openapi.yaml': spec });
    expect(findings).toEqual([]);
  });

  it.each(['seeds/000_b18701a4c507853f.md', 'docs.genesys.com/Documentation', 'ftp://docs.example.com/x', "''"])(
    'reports the non-URL source %s on the url line',
    (url) => {
      const spec = specWith({ operation: withDocs(`externalDocs:\n  url: ${url}\n`) });
      const { findings } = lintWithHouseRule('operation-external-docs-url', { 'openapi.yaml': spec });
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        line: lineOf(spec, '  url:'),
        pointer: '#/paths/~1things/get/externalDocs/url',
      });
      expect(findings[0].message).toContain('which is not an absolute http(s) URL (contract-decisions rule 3)');
      // The operation has externalDocs: the fix is to repair the URL, not to add what is already there.
      expect(findings[0].message).toContain('Fix: replace it with the absolute https:// URL');
      expect(findings[0].message).not.toContain('add `externalDocs');
    },
  );
});
