// npm run release (the release workflow) / npm run release:dry-run (CI on every push).
// Publishes every workspace package that is not `private` (today @cx-contracts/client, /types, /openapi-runtime,
// /sandbox: the `fixed` group of .changeset/config.json) after building them.
//   --dry-run   `npm publish --dry-run` of each: the tarball npm would upload, its files and version, nothing sent.
//   (default)   `changeset publish`: publishes each package whose version is not on the registry yet, with npm
//               provenance (publishConfig.provenance; needs GitHub Actions' `id-token: write`), and tags the commit.
// npm provenance requires each manifest's repository.url to be the repository the workflow runs in
// (docs.npmjs.com, "Generating provenance statements"). The manifests do not hard-code it: on GitHub Actions it is set
// from GITHUB_REPOSITORY just before publishing, so forks publish from their own repository.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedGroupProblem } from './lib/published-group.mjs';
import { workspacePackages } from './lib/workspaces.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dryRun = process.argv.includes('--dry-run');
const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);

function run(command, args, cwd = repoRoot) {
  console.log(
    `\n$ ${[path.basename(command), ...args].join(' ')}${cwd === repoRoot ? '' : `   (in ${path.relative(repoRoot, cwd)})`}`,
  );
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    console.error(
      `release: ${path.basename(command)} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(1);
  }
}

const published = workspacePackages(repoRoot).filter(({ manifest }) => manifest.private !== true);
if (published.length === 0) {
  console.error('release: no workspace package is publishable (all are private).');
  process.exit(1);
}

const problem = publishedGroupProblem(
  published.map(({ manifest }) => manifest.name),
  JSON.parse(readFileSync(path.join(repoRoot, '.changeset', 'config.json'), 'utf8')),
);
if (problem) {
  console.error(`release: ${problem}`);
  process.exit(1);
}

const repository = process.env.GITHUB_REPOSITORY;
if (repository) {
  for (const { dir, manifestPath, manifest } of published) {
    if (manifest.repository) continue;
    manifest.repository = {
      type: 'git',
      url: `git+https://github.com/${repository}.git`,
      directory: path.relative(repoRoot, dir).split(path.sep).join('/'),
    };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

run(bin('turbo'), ['run', 'build', ...published.flatMap(({ manifest }) => ['--filter', manifest.name])]);
if (dryRun) {
  for (const { dir } of published) run('npm', ['publish', '--dry-run'], dir);
} else {
  run(bin('changeset'), ['publish']);
  if (process.env.GITHUB_ACTIONS === 'true') run('git', ['push', 'origin', '--tags']);
}
