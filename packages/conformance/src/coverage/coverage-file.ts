import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CoverageReport } from './coverage.js';

/** `--coverage json=PATH` (run, check-har, proxy). */
export async function writeCoverage(coverage: CoverageReport, file: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, `${JSON.stringify(coverage, null, 2)}\n`);
}
