// The root commands API designers rely on in review: lint is clean, generated files match the specs, and a stale
// generated file is caught with the command that fixes it.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { surfaceNames } from './load-contract.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');

async function node(script: string, env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, script)], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

describe('npm run lint', () => {
  // Redocly prints one JSON report per API; lint each surface on its own to read its totals.
  it.each(surfaceNames)('passes on %s with no errors and no warnings', async (surface) => {
    const { NODE_ENV, ...env } = process.env; // Redocly's test mode changes its output
    const result = await run(path.join(root, 'node_modules/.bin/redocly'), ['lint', surface, '--format=json'], {
      cwd: root,
      env,
    }).catch((error: { stdout: string }) => error);
    const report = JSON.parse(result.stdout) as {
      totals: { errors: number; warnings: number };
      problems: { message: string }[];
    };
    expect(report.problems.map((problem) => problem.message)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});

describe('npm run check:generated', () => {
  it('reports the committed generated files as up to date', async () => {
    const result = await node('scripts/check-generated.mjs');
    expect(result.output).toContain('up to date');
    expect(result.code).toBe(0);
  });

  it('fails on a spec changed without regenerating, naming the stale file and the fix', async () => {
    // Inside the repo (build/ is ignored) so the copy resolves node_modules like the real checkout.
    mkdirSync(path.join(root, 'build'), { recursive: true });
    const scratch = mkdtempSync(path.join(root, 'build', 'stale-'));
    try {
      for (const entry of [
        'specs',
        'redocly.yaml',
        'packages/redocly-rules/src',
        'packages/types/src',
        'packages/types/openapi',
      ]) {
        cpSync(path.join(root, entry), path.join(scratch, entry), { recursive: true });
      }
      const specFile = path.join(scratch, 'specs/v3/openapi.yaml');
      writeFileSync(specFile, readFileSync(specFile, 'utf8').replace(/^(\s+title:.*)$/m, '$1 (changed)'));
      const result = await node('scripts/check-generated.mjs', { CX_REPO_ROOT: scratch });
      expect(result.code).toBe(1);
      expect(result.output).toContain('packages/types/openapi/v3.json');
      expect(result.output).toContain('npm run generate');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
