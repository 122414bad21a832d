// The published packages' manifests, without packing anything (pack.test.ts packs them): they are exactly the one
// fixed group of .changeset/config.json (scripts/release.mjs refuses to release otherwise), and each states what the
// root README, "Using the packages from another project", promises of every published package. The sandbox was once
// public with none of this; these fail on that state.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedGroupProblem } from '../../scripts/lib/published-group.mjs';
import { workspacePackages } from '../../scripts/lib/workspaces.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const rootManifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const changesetConfig = JSON.parse(readFileSync(path.join(repoRoot, '.changeset', 'config.json'), 'utf8'));
const workspaces = workspacePackages(repoRoot).map(({ manifest }) => manifest);
const published = workspaces.filter((manifest) => manifest.private !== true);
const versions = new Map(workspaces.map((manifest) => [manifest.name, manifest.version]));

describe('publishedGroupProblem', () => {
  const group = { fixed: [['@x/a', '@x/b']] };
  it.each([
    ['the publishable packages are the group', ['@x/a', '@x/b'], group, undefined],
    ['a public package outside the group', ['@x/a', '@x/b', '@x/c'], group, 'public but not in the fixed group: @x/c'],
    ['a group member made private', ['@x/a'], group, 'in the fixed group but private or not a workspace: @x/b'],
    ['two fixed groups', ['@x/a', '@x/b'], { fixed: [['@x/a'], ['@x/b']] }, 'has 2 fixed groups, not one'],
    ['no fixed group', ['@x/a'], {}, 'has 0 fixed groups, not one'],
  ])('%s', (_label, names, config, want) => {
    const problem = publishedGroupProblem(names, config);
    if (want === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(want);
  });
});

describe('the published packages', () => {
  it('are the four of the one fixed group', () => {
    expect(published.map(({ name }) => name).sort()).toEqual([
      '@cx-contracts/client',
      '@cx-contracts/openapi-runtime',
      '@cx-contracts/sandbox',
      '@cx-contracts/types',
    ]);
    expect(
      publishedGroupProblem(
        published.map(({ name }) => name),
        changesetConfig,
      ),
    ).toBeUndefined();
  });

  it.each(published.map((manifest) => [manifest.name, manifest]))(
    '%s states engines, publishConfig, sideEffects, files, main/types and leaves repository to release.mjs',
    (_name, manifest) => {
      expect({
        engines: manifest.engines,
        license: manifest.license,
        publishConfig: manifest.publishConfig,
        sideEffects: manifest.sideEffects,
        main: manifest.main,
        types: manifest.types,
        repository: manifest.repository,
      }).toEqual({
        engines: rootManifest.engines,
        license: rootManifest.license,
        publishConfig: { access: 'public', provenance: true },
        sideEffects: false,
        main: manifest.exports['.'].default,
        types: manifest.exports['.'].types,
        repository: undefined,
      });
      expect(manifest.files).toContain('dist');
    },
  );

  it.each(published.map((manifest) => [manifest.name, manifest]))(
    '%s maps every typed subpath export for node10 (typesVersions) to the same .d.ts',
    (_name, manifest) => {
      const typed = Object.entries(manifest.exports as Record<string, string | { types?: string }>)
        .filter(([subpath, target]) => subpath !== '.' && typeof target === 'object' && target.types)
        .map(([subpath, target]) => [subpath.slice(2), [(target as { types: string }).types.slice(2)]]);
      expect(manifest.typesVersions?.['*']).toEqual(Object.fromEntries(typed));
    },
  );

  it.each(published.map((manifest) => [manifest.name, manifest]))(
    '%s pins its workspace dependencies exactly, and they are published too',
    (_name, manifest) => {
      const internal = Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies }).filter(([name]) =>
        versions.has(name),
      );
      for (const [name, range] of internal) {
        expect({ name, range }).toEqual({ name, range: versions.get(name) });
        expect(published.map((other) => other.name)).toContain(name);
      }
    },
  );
});
