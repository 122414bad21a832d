/**
 * The base side of `--base <git-ref>`: redocly.yaml and the spec trees as they were at the ref, extracted with
 * `git archive` into a temporary directory (the working tree and the index are never touched).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CouldNotRunError } from '@cx-contracts/openapi-runtime';

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

/**
 * The commit a pull request is compared with: the merge base of the ref and HEAD (what GitHub's "Files changed"
 * shows, `git diff ref...HEAD`). Comparing with the ref's tip would report everything merged there since the branch
 * started as removed by the branch.
 */
export async function mergeBase(dir: string, ref: string, commit: string): Promise<string> {
  try {
    return (await git(dir, ['merge-base', commit, 'HEAD'])).trim();
  } catch {
    throw new CouldNotRunError(
      `'${ref}' and HEAD have no common ancestor here; fetch the full history (in GitHub Actions check out with ` +
        'fetch-depth: 0) or pass the commit to compare with',
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

/**
 * Are these repository-relative files byte-identical in the working tree and at the commit? Two git calls in all
 * (`ls-tree` and `hash-object --stdin-paths`), so a surface nobody touched is not bundled at all.
 */
export async function sameAtCommit(root: string, commit: string, files: string[]): Promise<boolean> {
  if (files.length === 0) return true;
  // A file outside the repository (a `$ref` to `../..`) cannot be compared: bundle the surface to be safe.
  if (files.some((file) => file.startsWith('..'))) return false;
  const listed = new Map<string, string>();
  const tree = await git(root, ['ls-tree', '-r', '-z', commit, '--', ...files]);
  for (const entry of tree.split('\0').filter(Boolean)) {
    // `<mode> <type> <hash>\t<path>` (git ls-tree): the third word of the part before the tab is the blob hash.
    const [meta = '', path = ''] = entry.split('\t');
    listed.set(path, meta.split(' ')[2] ?? '');
  }
  if (files.some((file) => !listed.has(file) || !existsSync(join(root, file)))) return false;
  const hashes = await new Promise<string>((done, fail) => {
    const child = execFile('git', ['hash-object', '--stdin-paths'], { cwd: root }, (error, stdout) =>
      error ? fail(error) : done(stdout),
    );
    child.stdin?.end(`${files.join('\n')}\n`);
  });
  return hashes
    .trim()
    .split('\n')
    .every((hash, i) => listed.get(files[i] ?? '') === hash);
}
