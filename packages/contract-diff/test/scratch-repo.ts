// What the CLI tests share: a throwaway git repository to write specs into and commit, and the CLI run in-process
// (main() with captured output) so most cases need no build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeTempDir } from '@cx-contracts/test-support';
import { main } from '../src/cli.js';

export interface ScratchRepo {
  dir: string;
  /** Writes `text` to `path` (relative to the repository), creating directories. */
  write(path: string, text: string): void;
  /** Runs git in the repository with a fixed committer; returns its stdout. */
  git(...args: string[]): string;
  remove(): void;
}

/** A new directory, not yet a repository: `git('init', …)` makes it one. */
export function scratchRepo(prefix: string): ScratchRepo {
  const { path: dir, remove } = makeTempDir(prefix);
  return {
    dir,
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    git: (...args) =>
      execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', ...args], {
        cwd: dir,
        encoding: 'utf8',
      }),
    remove,
  };
}

/** cx-contract-diff's main() with `argv` in `cwd`, its output collected. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    env,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}
