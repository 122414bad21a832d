import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunReport } from '../report.js';

/**
 * The machine-readable report: `findings[]` (checkId, severity, operationId, method, path, status, message,
 * pointer, plus received/documented/specPointer/reference), `steps[]`, `created[]`, `cleanedUp[]`, `leftOver[]`,
 * `summary`. The report handed in is already redacted (runner), so this writes it as is.
 */
export function renderJsonReport(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export async function writeJsonReport(report: RunReport, file: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, renderJsonReport(report));
}
