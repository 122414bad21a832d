// The repository's own redocly.yaml (its `extends`, `rules` and the house plugin) on small broken specs: every problem
// is reported exactly once, by the rule that names the fix. Two rules firing on one problem bury the rest of a lint
// run and make the pull-request annotations say the same thing twice.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { specWith } from '../src/rules/__tests__/lint-with-house-rule.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(packageDir, '..', '..');
const redoclyBin = path.join(repoRoot, 'node_modules', '.bin', 'redocly');
const repoConfig = parse(readFileSync(path.join(repoRoot, 'redocly.yaml'), 'utf8'));

/** Lint `spec` with the repository's rules; the problems as {ruleId, line, pointer}. */
function lintWithRepoRules(spec) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-repo-rules-'));
  try {
    writeFileSync(path.join(dir, 'openapi.yaml'), spec);
    const config = {
      extends: repoConfig.extends,
      plugins: [path.join(packageDir, 'src', 'plugin.js')],
      apis: { main: { root: 'openapi.yaml' } },
      rules: repoConfig.rules,
    };
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'redocly.yaml'), JSON.stringify(config));
    const result = spawnSync(redoclyBin, ['lint', '--format=json', '--config', 'redocly.yaml', 'main'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    const report = JSON.parse(result.stdout);
    return report.problems.map((p) => ({ ruleId: p.ruleId, pointer: p.location[0].pointer, message: p.message }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const key = (p) => `${p.ruleId} ${p.pointer}`;
const baseline = () => new Set(lintWithRepoRules(specWith({})).map(key));
/** What `spec` adds to the problems of the valid fixture (the recommended ruleset has opinions about it too). */
const added = (spec, before) => lintWithRepoRules(spec).filter((p) => !before.has(key(p)));

describe("the repository's lint configuration", () => {
  const before = baseline();

  it('reports a response media type without a named example once', () => {
    const spec = specWith({}).replace(/\n {14}examples:\n(?: {16}.*\n)+/, '\n');
    expect(spec).not.toContain('examples:');
    expect(added(spec, before).map((p) => p.ruleId)).toEqual(['cx/response-examples-present']);
  });

  it('reports a malformed externalDocs url once, with the fix that repairs it', () => {
    const spec = specWith({}).replace('url: https://docs.example.com/things', 'url: htps//docs.example.com/things');
    const problems = added(spec, before);
    expect(problems.map((p) => p.ruleId)).toEqual(['cx/operation-external-docs-url']);
    expect(problems[0].message).toContain('Fix: replace it');
  });

  it('reports an operation without externalDocs once', () => {
    const spec = specWith({}).replace(/\n {6}externalDocs:\n {8}url: .*/, '');
    expect(added(spec, before).map((p) => p.ruleId)).toEqual(['cx/operation-external-docs-url']);
  });

  it('reports externalDocs without a url once (OpenAPI structure: url is a required field)', () => {
    const spec = specWith({}).replace('url: https://docs.example.com/things', 'description: the things page');
    expect(added(spec, before).map((p) => p.ruleId)).toEqual(['struct']);
  });
});
