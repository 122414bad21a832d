// The cross-surface rule predicts the component names another surface's bundle will have without bundling it.
// This holds the prediction against `redocly bundle` itself on a fixture with every kind of $ref the specs use.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundledName, collectComponentNames, readApiRoots } from '../surface-component-names.js';

const redoclyBin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../node_modules/.bin/redocly');

const files = {
  'redocly.yaml': 'apis:\n  s: {root: s/openapi.yaml}\n  remote: {root: "https://example.com/openapi.yaml"}\n',
  's/openapi.yaml': `openapi: 3.1.0
info: {title: S, version: 1.0.0}
paths:
  /things/{id}:
    $ref: paths/things_{id}.yaml
components:
  securitySchemes:
    sBasicAuth: {type: http, scheme: basic}
`,
  's/paths/things_{id}.yaml': `parameters:
  - $ref: ../components/parameters/SThingId.yaml
get:
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            $ref: ../components/schemas/SThing.yaml
          examples:
            one:
              $ref: ../components/examples/SThingExample.yaml
    '404':
      $ref: ../components/responses/SNotFound.yaml
`,
  's/components/parameters/SThingId.yaml': 'name: id\nin: path\nrequired: true\nschema: {type: string}\n',
  's/components/schemas/SThing.yaml': 'type: object\nproperties:\n  part:\n    $ref: ./SLibrary.yaml#/SPart\n',
  's/components/schemas/SLibrary.yaml': 'SPart:\n  type: string\n',
  's/components/examples/SThingExample.yaml': 'value: {part: x}\n',
  's/components/responses/SNotFound.yaml':
    'description: none\nheaders:\n  X-Reason:\n    $ref: ../headers/SReason.yaml\n',
  's/components/headers/SReason.yaml': 'schema: {type: string}\n',
};

let dir;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cx-component-names-'));
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('surface component names', () => {
  it('predicts exactly the component names redocly bundle gives', () => {
    const bundled = path.join(dir, 'bundled.yaml');
    const result = spawnSync(redoclyBin, ['bundle', 's/openapi.yaml', '-o', bundled], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    });
    expect(result.status, result.stderr).toBe(0);
    const components = parse(readFileSync(bundled, 'utf8')).components;
    const bundleNames = Object.values(components)
      .flatMap((group) => Object.keys(group))
      .sort();
    const predicted = [...collectComponentNames(path.join(dir, 's', 'openapi.yaml')).keys()].sort();
    expect(predicted).toEqual(bundleNames);
    expect(predicted).toEqual(['SNotFound', 'SPart', 'SReason', 'SThing', 'SThingExample', 'SThingId', 'sBasicAuth']);
  });

  it('reads local API roots from redocly.yaml and leaves remote ones out', () => {
    expect(readApiRoots(path.join(dir, 'redocly.yaml'))).toEqual([
      { api: 's', root: path.join(dir, 's', 'openapi.yaml') },
    ]);
  });

  it.each([
    { file: '/x/components/schemas/NexusThing.yaml', pointer: '', want: 'NexusThing' },
    { file: '/x/lib.yaml', pointer: '/components/schemas/CsThing', want: 'CsThing' },
    { file: '/x/lib.yaml', pointer: '/a~1b', want: 'a/b' },
  ])('names $file#$pointer $want', ({ file, pointer, want }) => {
    expect(bundledName(file, pointer)).toBe(want);
  });
});
