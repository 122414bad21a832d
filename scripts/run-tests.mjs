// npm test / npm run test:quick / npm run test:e2e: the code lint, then the suites through turbo, then one plain closing
// line with the real totals: `N passed, N failed[, N skipped]`.
//   npm test               every suite, unit and end-to-end, one totals line (what CI runs).
//   npm run test:quick     the unit suites (`test:unit` of every package and of the root: contract tests, manifest
//                          checks). Cached by turbo on their exact inputs; a cached suite's report
//                          (test-results/unit.json) is restored from the cache, so its counts are in the totals.
//   npm run test:e2e       the end-to-end suites (`test:e2e`: servers, browsers, packed tarballs). Never cached.
// A suite whose run died before writing its report counts as one failure, so a crash cannot pass silently.
// With the unit suites (npm test, test:quick) every package's `typecheck` (tsc over src, test and bench) runs too and
// counts as one result per package, so a type error in a test file fails the run like a failing test.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { workspacePackages } from './lib/workspaces.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODES = { '--unit': ['unit'], '--e2e': ['e2e'], '--all': ['unit', 'e2e'] };
const args = process.argv.slice(2);
const modeFlag = args.find((arg) => arg in MODES) ?? '--all';
const kinds = MODES[modeFlag];
const turboArgs = args.filter((arg) => !(arg in MODES));

// The root package's suites have their own task names: `//#test:e2e` would be this script again.
const ROOT_SCRIPT = { unit: 'test:unit', e2e: 'test:e2e:packaging' };
const suites = kinds.map((kind) => ({ name: `root ${kind}`, dir: repoRoot, kind }));
const typechecked = [];
for (const { dir, manifest } of workspacePackages(repoRoot)) {
  for (const kind of kinds)
    if (manifest.scripts?.[`test:${kind}`]) suites.push({ name: `${manifest.name} ${kind}`, dir, kind });
  if (kinds.includes('unit') && manifest.scripts?.typecheck) typechecked.push(manifest.name);
}
const resultFile = (suite) => path.join(suite.dir, 'test-results', `${suite.kind}.json`);
// Every report is removed first: a suite that runs writes a new one, a cached suite gets its own back from turbo's
// cache, and a run that dies leaves none (never a stale one).
for (const suite of suites) rmSync(resultFile(suite), { force: true });

// The code lint (Biome: formatter and linter) is part of every test command; a finding fails the run.
const lint = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'biome'), ['check', '.'], {
  cwd: repoRoot,
  stdio: 'inherit',
});

const tasks = kinds.flatMap((kind) => [`test:${kind}`, `//#${ROOT_SCRIPT[kind]}`]);
if (typechecked.length > 0) tasks.push('typecheck');
// turbo's run summary (--summarize) is where each typecheck's exit code is read from: the new file in .turbo/runs.
const runsDir = path.join(repoRoot, '.turbo', 'runs');
const summariesBefore = new Set(existsSync(runsDir) ? readdirSync(runsDir) : []);
const turbo = spawnSync(
  path.join(repoRoot, 'node_modules', '.bin', 'turbo'),
  ['run', ...tasks, '--continue', '--concurrency=1', '--output-logs=new-only', '--summarize', ...turboArgs],
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
const summaryFile = (existsSync(runsDir) ? readdirSync(runsDir) : []).find((name) => !summariesBefore.has(name));
const summary = summaryFile ? JSON.parse(readFileSync(path.join(runsDir, summaryFile), 'utf8')) : { tasks: [] };
for (const name of typechecked) {
  // A typecheck that did not run (a build it depends on failed) has no exit code: a failure, like a missing report.
  const task = summary.tasks.find((entry) => entry.taskId === `${name}#typecheck`);
  if (task?.execution?.exitCode === 0) passed += 1;
  else {
    failed += 1;
    broken.push(`${name} typecheck`);
  }
}
if (lint.status !== 0) {
  failed += 1;
  broken.push('npm run lint:code');
}
if (broken.length > 0)
  console.log(`\nSuites and checks that did not report a pass (counted as failures): ${broken.join(', ')}`);
if (turbo.status !== 0 && failed === 0) failed += 1; // turbo failed outside any test (a build step): never report green
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
