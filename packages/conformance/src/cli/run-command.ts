import { coverageTable } from '../coverage/coverage-render.js';
import { writeCoverage } from '../coverage/coverage-file.js';
import { writeHtmlReport } from '../reporters/html.js';
import { writeJsonReport } from '../reporters/json.js';
import { writeJunitReport } from '../reporters/junit.js';
import { ConsoleReporter } from '../reporters/console.js';
import { Redactor } from '../http/redactor.js';
import { runConformance, CannotRunError, type RunHandle } from '../run/runner.js';
import { EXIT_CANNOT_RUN, UsageError } from './exit-codes.js';
import { parseRunOptions, RUN_USAGE } from './options.js';

export interface CommandIo {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Installs interrupt handlers; returns a function that removes them. */
  onInterrupt?: (handler: (signal: string) => void) => () => void;
}

const WRITERS = { json: writeJsonReport, junit: writeJunitReport, html: writeHtmlReport } as const;

/** `cx-conformance run …`: parse, run, write reports, return the exit code (0 clean, 1 errors, 2 could not run). */
export async function runCommand(io: CommandIo): Promise<number> {
  if (io.argv.includes('--help') || io.argv.includes('-h')) {
    io.stdout(`${RUN_USAGE}\n`);
    return 0;
  }
  const options = parseRunOptions(io.argv, io.env);
  // Secrets are known before anything is printed: a crash message must not show them either.
  const redactor = new Redactor();
  redactor.addCredential(options.apiKey);
  if (options.basic) redactor.addBasic(options.basic);
  const write = (text: string) => io.stdout(redactor.text(text));
  const reporter = new ConsoleReporter({ write, color: options.color });

  let handle: RunHandle | undefined;
  const pending: string[] = [];
  const removeHandlers = io.onInterrupt?.((signal) => (handle ? handle.interrupt(signal) : pending.push(signal)));
  try {
    const { report, exitCode } = await runConformance(
      { ...options, surfaces: options.surfaces },
      {
        start: (info) => reporter.start(info),
        step: (step, findings) => reporter.step(step, findings),
        cleanup: (record) => reporter.cleanup(record),
        note: (message) => reporter.note(message),
      },
      (run) => {
        handle = run;
        for (const signal of pending.splice(0)) run.interrupt(signal);
      },
    );
    const files: string[] = [];
    for (const { format, path } of options.reports) {
      try {
        await WRITERS[format](report, path);
        files.push(`${format} → ${path}`);
      } catch (error) {
        io.stderr(`cx-conformance: could not write the ${format} report to ${path}: ${(error as Error).message}\n`);
        return EXIT_CANNOT_RUN;
      }
    }
    if (options.coverageJson && report.coverage) {
      try {
        await writeCoverage(report.coverage, options.coverageJson);
        files.push(`coverage json → ${options.coverageJson}`);
      } catch (error) {
        io.stderr(
          `cx-conformance: could not write the coverage to ${options.coverageJson}: ${(error as Error).message}\n`,
        );
        return EXIT_CANNOT_RUN;
      }
    }
    if (report.coverage && options.coverageJson) {
      write('\nContract coverage (seen/documented)\n');
      for (const line of coverageTable(report.coverage)) write(`  ${line}\n`);
    }
    reporter.finish(report, files);
    return exitCode;
  } catch (error) {
    if (error instanceof CannotRunError || error instanceof UsageError) throw error;
    io.stderr(redactor.text(`cx-conformance: internal error: ${(error as Error).stack ?? String(error)}\n`));
    return EXIT_CANNOT_RUN;
  } finally {
    removeHandlers?.();
  }
}
