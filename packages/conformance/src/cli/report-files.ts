import { writeCoverage } from '../coverage/coverage-file.js';
import type { RunReport } from '../report.js';
import { writeHtmlReport } from '../reporters/html.js';
import { writeJsonReport } from '../reporters/json.js';
import { writeJunitReport } from '../reporters/junit.js';
import type { SharedOptions } from './options.js';
import type { CommandIo } from './run-command.js';

/** A file a command writes at the end: the line naming it, what it is (for the error), how to write it. */
export interface ReportFile {
  line: string;
  what: string;
  write: () => Promise<void>;
}

const WRITERS = { json: writeJsonReport, junit: writeJunitReport, html: writeHtmlReport } as const;

/**
 * Writes the --report files and the --coverage file of `run`, `check-har` and `proxy`, then `more` (the proxy's HAR
 * recording); returns the lines naming them, or undefined after saying on stderr which file could not be written
 * (the command then exits 2, README "Exit codes").
 */
export async function writeReportFiles(
  io: Pick<CommandIo, 'stderr'>,
  report: RunReport,
  options: Pick<SharedOptions, 'reports' | 'coverageJson'>,
  more: readonly ReportFile[] = [],
): Promise<string[] | undefined> {
  const files: ReportFile[] = options.reports.map(({ format, path }) => ({
    line: `${format} → ${path}`,
    what: `the ${format} report to ${path}`,
    write: () => WRITERS[format](report, path),
  }));
  const { coverage } = report;
  const coverageJson = options.coverageJson;
  if (coverage && coverageJson)
    files.push({
      line: `coverage json → ${coverageJson}`,
      what: `the coverage to ${coverageJson}`,
      write: () => writeCoverage(coverage, coverageJson),
    });
  const lines: string[] = [];
  for (const file of [...files, ...more]) {
    try {
      await file.write();
    } catch (error) {
      io.stderr(`cx-conformance: could not write ${file.what}: ${(error as Error).message}\n`);
      return undefined;
    }
    lines.push(file.line);
  }
  return lines;
}
