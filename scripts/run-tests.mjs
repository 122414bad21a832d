// npm test: every package's tests and the contract tests, through turbo, then one plain closing line with the real
// totals: `N passed, N failed[, N skipped]`. Each vitest run writes test-results/vitest.json (see the packages'
// `test` scripts); a package whose run died before writing it counts as one failure, so a crash cannot pass silently.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const rootManifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const suites = [{ name: 'contract (root)', dir: repoRoot }];
for (const pattern of rootManifest.workspaces) {
  const parent = path.join(repoRoot, pattern.replace(/\/\*$/, ''));
  for (const entry of readdirSync(parent, { withFileTypes: true })) {
    const manifestPath = path.join(parent, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.scripts?.test) suites.push({ name: manifest.name, dir: path.join(parent, entry.name) });
  }
}
const resultFile = (suite) => path.join(suite.dir, 'test-results', 'vitest.json');
for (const suite of suites) rmSync(resultFile(suite), { force: true });

// The code lint (Biome: formatter and linter) is part of the test command; a finding fails the run.
const lint = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'biome'), ['check', '.'], {
  cwd: repoRoot,
  stdio: 'inherit',
});

const turbo = spawnSync(
  path.join(repoRoot, 'node_modules', '.bin', 'turbo'),
  ['run', 'test', '//#test:contract', '--continue', '--concurrency=1', ...process.argv.slice(2)],
  {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const broken = [];
for (const suite of suites) {
  if (!existsSync(resultFile(suite))) {
    failed += 1;
    broken.push(suite.name);
    continue;
  }
  const report = JSON.parse(readFileSync(resultFile(suite), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A file that fails to load (syntax error, import error) fails no test but fails the run: count it.
  const deadFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  failed += deadFiles.length;
  for (const file of deadFiles) broken.push(`${suite.name}: ${path.relative(repoRoot, file.name)}`);
}
if (lint.status !== 0) {
  failed += 1;
  broken.push('npm run lint:code');
}
if (broken.length > 0) console.log(`\nSuites that did not report results (counted as failures): ${broken.join(', ')}`);
if (turbo.status !== 0 && failed === 0) failed += 1; // turbo failed outside any test (a build step): never report green
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
