// Scratch directories under the OS temp dir, one per caller, removed by the caller.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempDir {
  path: string;
  /** Removes the directory and everything in it. */
  remove(): void;
}

/** A new empty directory `<tmp>/<prefix>XXXXXX`. */
export function makeTempDir(prefix: string): TempDir {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
