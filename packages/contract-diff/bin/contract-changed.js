#!/usr/bin/env node
// Did this branch touch the contract? Prints `changed=true` or `changed=false` (a GitHub Actions step output) for the
// files a pull request shows (`git diff <base>...HEAD`, from the merge base). The contract-review check runs on every
// pull request, so it can be a required check, and uses this to skip its heavy steps (install, lint, diff, docs) when
// nothing it reviews changed. Plain Node and git, no dependencies: it runs before `npm ci`.
// Usage: contract-changed.js <base-ref>. Any git failure counts as changed: better a slow check than a skipped one.
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** What the contract review covers: the specs, their configuration and rules, and what is generated from them. */
export const REVIEWED = [
  'specs/',
  'redocly.yaml',
  'packages/types/',
  'packages/redocly-rules/',
  'packages/contract-diff/',
  'apps/docs/',
  '.github/workflows/contract-review.yml',
  '.github/CODEOWNERS',
];

export function touchesContract(files) {
  return files.some((file) => REVIEWED.some((path) => (path.endsWith('/') ? file.startsWith(path) : file === path)));
}

export function changedFiles(base, cwd = process.cwd()) {
  const out = execFileSync('git', ['diff', '--name-only', '-z', `${base}...HEAD`, '--'], { cwd, encoding: 'utf8' });
  return out.split('\0').filter(Boolean);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const base = process.argv[2];
  let changed = true;
  if (!base) {
    process.stderr.write('contract-changed: pass the base ref (e.g. origin/main); reporting changed=true\n');
  } else {
    try {
      changed = touchesContract(changedFiles(base));
    } catch (error) {
      process.stderr.write(
        `contract-changed: git diff ${base}...HEAD failed (${error.message.split('\n')[0]}); reporting changed=true\n`,
      );
    }
  }
  process.stdout.write(`changed=${changed}\n`);
}
