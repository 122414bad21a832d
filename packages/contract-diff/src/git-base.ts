/**
 * The base side of `--base <git-ref>`: redocly.yaml and the spec trees as they were at the ref, extracted with
 * `git archive` into a temporary directory (the working tree and the index are never touched).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CouldNotRunError } from './could-not-run-error.js';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** The repository root and where `dir` sits inside it (`''` or `sub/dir/`). */
export async function locateRepository(dir: string): Promise<{ root: string; prefix: string }> {
  try {
    const root = (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
    const prefix = (await git(dir, ['rev-parse', '--show-prefix'])).trim();
    return { root, prefix };
  } catch {
    throw new CouldNotRunError(
      `${dir} is not inside a git repository; run from the repository, or compare two files with --base-file/--head-file`,
    );
  }
}

export async function resolveCommit(dir: string, ref: string): Promise<string> {
  try {
    return (await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    throw new CouldNotRunError(
      `base ref '${ref}' is not a commit in this repository; fetch it first (git fetch origin main; in GitHub Actions ` +
        'check out with fetch-depth: 0) or pass a commit SHA',
    );
  }
}

/** A file's content at the commit, or undefined when it did not exist there. */
export async function readAtCommit(dir: string, commit: string, path: string): Promise<string | undefined> {
  try {
    return await git(dir, ['show', `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}

export async function existsAtCommit(dir: string, commit: string, path: string): Promise<boolean> {
  try {
    await git(dir, ['cat-file', '-e', `${commit}:${path}`]);
    return true;
  } catch {
    return false;
  }
}

/** Extract `paths` (repository-relative) as they were at the commit into `target`. */
export async function extractAtCommit(dir: string, commit: string, paths: string[], target: string): Promise<void> {
  const tarball = join(target, 'base.tar');
  try {
    await git(dir, ['archive', '--format=tar', '-o', tarball, commit, '--', ...paths]);
    await run('tar', ['-xf', tarball, '-C', target]);
  } catch (error) {
    throw new CouldNotRunError(
      `could not extract ${paths.join(', ')} at ${commit}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}
