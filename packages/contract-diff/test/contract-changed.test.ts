import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS without declarations: it runs before npm ci, so it has no build step
import { touchesContract } from '../bin/contract-changed.js';
import { scratchRepo } from './scratch-repo.js';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'contract-changed.js');

describe('touchesContract', () => {
  it.each([
    [['specs/v3/openapi.yaml'], true],
    [['packages/types/src/v3.gen.ts'], true],
    [['redocly.yaml'], true],
    [['.github/workflows/contract-review.yml'], true],
    [['apps/mock/src/server.ts', 'README.md'], false],
    [['specs-notes.md'], false],
    [[], false],
  ])('%j → %s', (files, want) => {
    expect(touchesContract(files)).toBe(want);
  });
});

describe('bin/contract-changed.js', () => {
  const scratch = scratchRepo('cx-contract-changed-');
  const { dir: repo, write, git } = scratch;
  const changed = (base?: string) =>
    execFileSync(process.execPath, [script, ...(base ? [base] : [])], { cwd: repo, encoding: 'utf8', stdio: 'pipe' });

  beforeAll(() => {
    write('specs/v3/openapi.yaml', 'openapi: 3.1.0\n');
    write('README.md', 'hi\n');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'docs-only');
    write('README.md', 'hello\n');
    git('commit', '-qam', 'readme');
    // main moves on with a spec change the branch does not have: it must not count as the branch's change.
    git('checkout', '-q', 'main');
    write('specs/v3/openapi.yaml', 'openapi: 3.1.1\n');
    git('commit', '-qam', 'spec on main');
    git('checkout', '-q', 'docs-only');
  });
  afterAll(() => scratch.remove());

  it('says changed=false for a branch that touches no contract file, even when the base moved', () => {
    expect(changed('main')).toBe('changed=false\n');
  });

  it('says changed=true for a branch that edits a spec', () => {
    git('checkout', '-qb', 'spec-edit');
    write('specs/v3/openapi.yaml', 'openapi: 3.1.0\ninfo: {}\n');
    git('commit', '-qam', 'spec');
    try {
      expect(changed('main')).toBe('changed=true\n');
    } finally {
      git('checkout', '-q', 'docs-only');
    }
  });

  it('says changed=true when it cannot tell (unknown ref, no ref)', () => {
    expect(changed('no-such-ref')).toBe('changed=true\n');
    expect(changed()).toBe('changed=true\n');
  });
});
