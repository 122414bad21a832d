/**
 * File references are resolved by the repository's own Redocly CLI (`redocly bundle`), so the engine only ever sees
 * self-contained documents with internal `#/...` references. Redocly runs from an empty directory, so neither side
 * picks up redocly.yaml decorators or plugins: both are compared as written.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { CouldNotRunError } from '@cx-contracts/openapi-runtime';

const run = promisify(execFile);
const REDOCLY_CLI = join('node_modules', '@redocly', 'cli', 'bin', 'cli.js');

/** The Redocly CLI installed nearest to `from` (the repository), else nearest to this package. */
export function findRedocly(from: string): string {
  const starts = [resolve(from), dirname(fileURLToPath(import.meta.url))];
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, REDOCLY_CLI);
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new CouldNotRunError(
    `cannot find @redocly/cli (looked for ${REDOCLY_CLI} above ${from}): run npm ci at the repository root`,
  );
}

/** Redocly prints a Node-20 deprecation box on stderr; keep only lines that say something about the spec. */
function redoclyErrors(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => line.trim() && !/[║╔╚]/.test(line))
    .join('\n')
    .trim();
}

/** Bundle `root` into one document and parse it. `label` names the side in error messages. */
export async function bundleDocument(redocly: string, root: string, label: string): Promise<Record<string, unknown>> {
  const work = await mkdtemp(join(tmpdir(), 'cx-contract-diff-bundle-'));
  const out = join(work, 'bundle.yaml');
  try {
    await run(process.execPath, [redocly, 'bundle', root, '-o', out], { cwd: work, maxBuffer: 64 * 1024 * 1024 });
    return parse(await readFile(out, 'utf8'));
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    const detail = stderr ? redoclyErrors(stderr) : (error as Error).message;
    throw new CouldNotRunError(`could not bundle ${label} (${root}); fix the spec or its $refs:\n${detail}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
