/**
 * File references are resolved by the repository's own Redocly CLI (`redocly bundle`, run through spec-bundle, the
 * one home for running Redocly), so the engine only ever sees self-contained documents with internal `#/...`
 * references. Redocly runs from an empty directory, so neither side picks up redocly.yaml decorators or plugins:
 * both are compared as written. The root may be anywhere (a git ref's tree extracted to a scratch directory).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CouldNotRunError } from '@cx-contracts/openapi-runtime';
import { type RedoclyError, redoclyAsync, redoclyBin } from '@cx-contracts/spec-bundle';

/** Fails before any work when the repository's Redocly CLI is not installed. */
export function assertRedocly(): void {
  if (!existsSync(redoclyBin))
    throw new CouldNotRunError(
      `cannot find @redocly/cli (looked for ${redoclyBin}): run npm ci at the repository root`,
    );
}

/** Bundle `root` into one document and parse it. `label` names the side in error messages. */
export async function bundleDocument(root: string, label: string): Promise<Record<string, unknown>> {
  const work = await mkdtemp(join(tmpdir(), 'cx-contract-diff-bundle-'));
  const out = join(work, 'bundle.yaml');
  try {
    await redoclyAsync(['bundle', root, '-o', out], { cwd: work });
    return parse(await readFile(out, 'utf8'));
  } catch (error) {
    const detail = (error as Partial<RedoclyError>).output ?? (error as Error).message;
    throw new CouldNotRunError(`could not bundle ${label} (${root}); fix the spec or its $refs:\n${detail}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
