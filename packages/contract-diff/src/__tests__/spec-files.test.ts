import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SpecFiles } from '../spec-files.js';

const dir = mkdtempSync(join(tmpdir(), 'cx-spec-files-'));
const files: Record<string, string> = {
  'specs/v3/openapi.yaml': [
    'openapi: 3.1.0',
    'info: {title: t, version: 1.0.0}',
    'paths:',
    "  '/things/{id}':",
    '    $ref: paths/things.yaml',
    'components:',
    '  securitySchemes:',
    '    key: {type: apiKey, in: header, name: x-api-key}',
    '',
  ].join('\n'),
  'specs/v3/paths/things.yaml': [
    'get:',
    '  parameters:',
    '    - $ref: ../../shared/parameters/Id.yaml',
    '  responses:',
    "    '200':",
    '      $ref: "../components/responses.yaml#/Found"',
    '',
  ].join('\n'),
  'specs/v3/components/responses.yaml': ['Found:', '  description: found', '  content: {}', ''].join('\n'),
  'specs/shared/parameters/Id.yaml': ['name: id', 'in: path', 'required: true', 'schema:', '  type: string', ''].join(
    '\n',
  ),
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SpecFiles', () => {
  const specFiles = new SpecFiles(dir);
  const root = join(dir, 'specs/v3/openapi.yaml');

  it('lists every file the root reaches through $refs, shared ones included', () => {
    expect([...specFiles.reachable(root)].map((f) => f.slice(dir.length + 1)).sort()).toEqual(
      Object.keys(files).sort(),
    );
  });

  it.each([
    ['/paths/~1things~1{id}/get', 'specs/v3/paths/things.yaml:1'],
    ['/paths/~1things~1{id}/get/responses/200/content', 'specs/v3/components/responses.yaml:3'],
    ['/paths/~1things~1{id}/get/parameters/0/schema/type', 'specs/shared/parameters/Id.yaml:5'],
    ['/components/securitySchemes/key', 'specs/v3/openapi.yaml:8'],
    // A component Redocly created from a file is found by the file's name.
    ['/components/parameters/Id/schema', 'specs/shared/parameters/Id.yaml:4'],
    ['/paths/~1nothing', undefined],
  ])('%s is written at %s', (pointer, want) => {
    expect(specFiles.locate(root, pointer)).toBe(want);
  });
});
