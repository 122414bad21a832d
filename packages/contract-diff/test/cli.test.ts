/**
 * The CLI end to end: file mode, git-ref mode against a throwaway repository, exit codes 0/1/2 and
 * acknowledgement. Most cases call main() in-process; one runs the real bin (which needs dist/).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, scratchRepo } from './scratch-repo.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const cases = join(packageDir, 'test', 'cases');
const pair = (name: string): string[] => [
  '--base-file',
  join(cases, name, 'base.yaml'),
  '--head-file',
  join(cases, name, 'head.yaml'),
];

const run = (argv: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}) =>
  runCli(argv, options.cwd ?? packageDir, options.env ?? {});

describe('cx-contract-diff --base-file/--head-file', () => {
  it.each([
    { name: 'no change', argv: pair('30-no-change'), env: {}, code: 0 },
    { name: 'a change that breaks nobody', argv: pair('16-response-property-added-optional'), env: {}, code: 0 },
    { name: 'a change that breaks only implementations', argv: pair('19-response-status-removed'), env: {}, code: 0 },
    { name: 'a change that breaks clients', argv: pair('14-response-property-removed'), env: {}, code: 1 },
    {
      name: 'a warning-level client break (response enum value added)',
      argv: pair('18-response-enum-value-added'),
      env: {},
      code: 1,
    },
    {
      name: 'a client break acknowledged by flag',
      argv: [...pair('14-response-property-removed'), '--acknowledge-breaking'],
      env: {},
      code: 0,
    },
    {
      // Approval is tied to the break set (--approvals github); a blanket variable no longer waves breaks through.
      name: 'a client break with the old CX_BREAKING_CHANGE_ACK=1',
      argv: pair('14-response-property-removed'),
      env: { CX_BREAKING_CHANGE_ACK: '1' },
      code: 1,
    },
  ])('exits $code for $name', async ({ argv, env, code }) => {
    expect((await run(argv, { env })).code).toBe(code);
  });

  it('prints a Markdown table with kind, where, both verdicts and the message', async () => {
    const { stdout } = await run([...pair('14-response-property-removed'), '--surface', 'pets']);
    expect(stdout).toContain('## pets');
    expect(stdout).toContain('1 breaking clients, 0 breaking implementations, 0 other');
    expect(stdout).toContain('| kind | where | breaks clients | breaks implementations | message |');
    expect(stdout).toContain(
      '| `response-property-removed` | `GET /pets/{petId}` `/components/schemas/Pet/properties/age` | yes | no |',
    );
    expect(stdout).toContain('not approved');
  });

  it('writes the report to --output (creating its folder) instead of stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cx-contract-diff-output-'));
    try {
      const { code, stdout } = await run([
        ...pair('14-response-property-removed'),
        '--output',
        join(dir, 'review', 'report.md'),
      ]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(readFileSync(join(dir, 'review', 'report.md'), 'utf8')).toContain('`response-property-removed`');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says "No contract changes" when there are none', async () => {
    expect((await run(pair('30-no-change'))).stdout).toContain('No contract changes');
  });

  it('says a break was acknowledged', async () => {
    expect((await run([...pair('14-response-property-removed'), '--acknowledge-breaking'])).stdout).toContain(
      'acknowledged.',
    );
  });

  it('prints JSON: surfaces with their changes, and a summary', async () => {
    const { stdout, code } = await run([...pair('31-path-removed'), '--format', 'json', '--surface', 'pets']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.surfaces).toHaveLength(1);
    expect(report.surfaces[0].surface).toBe('pets');
    expect(report.surfaces[0].changes.map((c: { kind: string }) => c.kind)).toEqual([
      'path-removed',
      'operation-removed',
      'operation-removed',
    ]);
    expect(report.surfaces[0].changes[1]).toMatchObject({
      kind: 'operation-removed',
      operationId: 'getPet',
      method: 'GET',
      path: '/pets/{petId}',
      location: '/paths/~1pets~1{petId}/get',
      breaks: { clients: true, implementations: false },
      severity: 'breaking',
    });
    expect(report.summary).toMatchObject({ breakingClients: 3, breakingImplementations: 0, other: 0, result: 'fail' });
  });

  it.each([
    { name: 'no arguments', argv: [], says: '--base <git-ref>' },
    { name: 'an unknown option', argv: ['--bogus'], says: "Unknown option '--bogus'" },
    {
      name: 'an unknown format',
      argv: [...pair('30-no-change'), '--format', 'html'],
      says: '--format must be markdown or json',
    },
    { name: 'only one file', argv: ['--base-file', join(cases, '30-no-change', 'base.yaml')], says: 'pass both' },
    { name: 'both modes at once', argv: [...pair('30-no-change'), '--base', 'HEAD'], says: 'not both' },
    {
      name: 'a missing file',
      argv: ['--base-file', 'missing.yaml', '--head-file', join(cases, '30-no-change', 'head.yaml')],
      says: 'cannot read base file',
    },
    {
      name: 'a file that is not OpenAPI',
      argv: ['--base-file', join(packageDir, 'package.json'), '--head-file', join(cases, '30-no-change', 'head.yaml')],
      says: 'not an OpenAPI document',
    },
  ])('exits 2 and says what to fix for $name', async ({ argv, says }) => {
    const { code, stderr, stdout } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(says);
    expect(stdout).toBe('');
  });

  it('exits 2 on a $ref that points at nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cx-contract-diff-test-'));
    try {
      const doc =
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {$ref: "#/components/responses/Missing"}\n';
      writeFileSync(join(dir, 'a.yaml'), doc);
      const { code, stderr } = await run(['--base-file', join(dir, 'a.yaml'), '--head-file', join(dir, 'a.yaml')]);
      expect(code).toBe(2);
      expect(stderr).toContain('points at nothing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cx-contract-diff --base <git-ref>', () => {
  const scratch = scratchRepo('cx-contract-diff-repo-');
  const { dir: repo, write, git } = scratch;

  beforeAll(() => {
    write(
      'redocly.yaml',
      'apis:\n  pets:\n    root: specs/pets/openapi.yaml\n  stores:\n    root: specs/stores/openapi.yaml\n',
    );
    // A multi-file spec: the base side only compares if `redocly bundle` resolved the file references.
    write(
      'specs/pets/openapi.yaml',
      [
        'openapi: 3.1.0',
        'info: {title: Pets, version: 1.0.0}',
        'paths:',
        '  /pets/{petId}:',
        '    get:',
        '      operationId: getPet',
        '      parameters:',
        '        - $ref: ../shared/PetId.yaml',
        '      responses:',
        "        '200':",
        '          description: The pet.',
        '          content:',
        '            application/json:',
        '              schema:',
        '                $ref: components/Pet.yaml',
        '',
      ].join('\n'),
    );
    write('specs/shared/PetId.yaml', 'name: petId\nin: path\nrequired: true\nschema: {type: string}\n');
    write(
      'specs/pets/components/Pet.yaml',
      'type: object\nrequired: [id, name]\nproperties:\n  id: {type: string}\n  name: {type: string}\n',
    );
    write('specs/stores/openapi.yaml', 'openapi: 3.1.0\ninfo: {title: Stores, version: 1.0.0}\npaths: {}\n');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    // The working tree: Pet.name no longer required (breaks clients), a new surface, and stores unchanged.
    write(
      'specs/pets/components/Pet.yaml',
      'type: object\nrequired: [id]\nproperties:\n  id: {type: string}\n  name: {type: string}\n',
    );
    write(
      'redocly.yaml',
      'apis:\n  pets:\n    root: specs/pets/openapi.yaml\n  stores:\n    root: specs/stores/openapi.yaml\n  orders:\n    root: specs/orders/openapi.yaml\n',
    );
    write('specs/orders/openapi.yaml', 'openapi: 3.1.0\ninfo: {title: Orders, version: 1.0.0}\npaths: {}\n');
  });

  afterAll(() => scratch.remove());

  it('bundles each surface at the ref and in the working tree, and reports per surface', async () => {
    const { code, stdout, stderr } = await run(['--base', 'HEAD', '--format', 'json'], { cwd: repo });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.surfaces.map((s: { surface: string; status: string }) => [s.surface, s.status])).toEqual([
      ['pets', 'compared'],
      ['stores', 'unchanged'],
      ['orders', 'new'],
    ]);
    expect(report.surfaces[0].changes).toEqual([
      expect.objectContaining({
        kind: 'response-property-became-optional',
        location: '/components/schemas/Pet/properties/name',
        breaks: { clients: true, implementations: false },
      }),
    ]);
    expect(report.surfaces[1].changes).toEqual([]);
  }, 30_000);

  it('reports a new surface as such, not as breaking', async () => {
    const { code, stdout } = await run(['--base', 'HEAD', '--surface', 'orders'], { cwd: repo });
    expect(code).toBe(0);
    expect(stdout).toContain('New surface');
  }, 30_000);

  it('asks an acknowledged client break for a major info.version bump and a changelog entry', async () => {
    const { code, stdout } = await run(['--base', 'HEAD', '--surface', 'pets', '--acknowledge-breaking'], {
      cwd: repo,
    });
    expect(code).toBe(1);
    expect(stdout).toContain(
      'info.version is "1.0.0" (was "1.0.0"): a change that breaks clients needs a major bump, e.g. 2.0.0',
    );
    expect(stdout).toContain('specs/pets/CHANGELOG.md is missing');
    const root = readFileSync(join(repo, 'specs/pets/openapi.yaml'), 'utf8');
    write('specs/pets/openapi.yaml', root.replace('version: 1.0.0', 'version: 2.0.0'));
    write('specs/pets/CHANGELOG.md', '# pets\n\n## 2.0.0\n\n- `Pet.name` is no longer always returned.\n');
    try {
      const released = await run(['--base', 'HEAD', '--surface', 'pets', '--acknowledge-breaking'], { cwd: repo });
      expect(released.stdout).not.toContain('major version');
      expect(released.code).toBe(0);
      // Unapproved, the break still fails the run, release rule met or not.
      expect((await run(['--base', 'HEAD', '--surface', 'pets'], { cwd: repo })).code).toBe(1);
    } finally {
      write('specs/pets/openapi.yaml', root);
      rmSync(join(repo, 'specs/pets/CHANGELOG.md'));
    }
  }, 30_000);

  it('runs from a subdirectory of the repository', async () => {
    const { code } = await run(['--base', 'HEAD', '--surface', 'stores'], { cwd: join(repo, 'specs', 'pets') });
    expect(code).toBe(0);
  }, 30_000);

  it('reports a surface dropped from redocly.yaml as breaking clients', async () => {
    const config = 'apis:\n  pets:\n    root: specs/pets/openapi.yaml\n';
    write('redocly.yaml', config);
    try {
      const { code, stdout } = await run(['--base', 'HEAD', '--surface', 'stores', '--format', 'json'], { cwd: repo });
      expect(code).toBe(1);
      expect(JSON.parse(stdout).surfaces[0]).toMatchObject({
        surface: 'stores',
        status: 'removed',
        changes: [{ kind: 'surface-removed' }],
      });
    } finally {
      write(
        'redocly.yaml',
        'apis:\n  pets:\n    root: specs/pets/openapi.yaml\n  stores:\n    root: specs/stores/openapi.yaml\n  orders:\n    root: specs/orders/openapi.yaml\n',
      );
    }
  }, 30_000);

  it.each([
    { name: 'a ref that does not exist', argv: ['--base', 'no-such-branch'], says: 'fetch it first' },
    {
      name: 'an unknown surface',
      argv: ['--base', 'HEAD', '--surface', 'nope'],
      says: 'unknown surface nope; redocly.yaml lists: pets, stores, orders',
    },
  ])('exits 2 for $name', async ({ argv, says }) => {
    const { code, stderr } = await run(argv, { cwd: repo });
    expect(code).toBe(2);
    expect(stderr).toContain(says);
  });

  it('exits 2 outside a repository with redocly.yaml', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'cx-contract-diff-empty-'));
    try {
      const { code, stderr } = await run(['--base', 'HEAD'], { cwd: empty });
      expect(code).toBe(2);
      expect(stderr).toContain('no redocly.yaml');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('bin/cx-contract-diff.js', () => {
  beforeAll(() => {
    if (!existsSync(join(packageDir, 'dist', 'cli.js'))) {
      execFileSync(process.execPath, [
        join(packageDir, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        join(packageDir, 'tsconfig.build.json'),
      ]);
    }
  }, 60_000);

  it('runs the built CLI and passes its exit code through', () => {
    const bin = join(packageDir, 'bin', 'cx-contract-diff.js');
    let status = 0;
    try {
      execFileSync(process.execPath, [bin, ...pair('14-response-property-removed')], { encoding: 'utf8' });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(1);
    expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toContain('Exit codes');
  });
});
