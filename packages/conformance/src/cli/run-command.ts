import { coverageTable } from '../coverage/coverage-render.js';
import type { Redactor } from '../http/redactor.js';
import { ConsoleReporter } from '../reporters/console.js';
import { CannotRunError, type RunHandle, runConformance } from '../run/runner.js';
import { EXIT_CANNOT_RUN, runExitCode, UsageError } from './exit-codes.js';
import { parseRunOptions, printsHelp, RUN_USAGE } from './options.js';
import { writeReportFiles } from './report-files.js';

/** What `main` gives each command: arguments, environment, output streams, interrupt handlers. */
export interface ProcessIo {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Installs interrupt handlers; returns a function that removes them. */
  onInterrupt?: (handler: (signal: string) => void) => () => void;
}

/** A command's view: stdout and stderr already go through the invocation's one redactor, which the run feeds. */
export interface CommandIo extends ProcessIo {
  redactor: Redactor;
}

/** `cx-conformance run …`: parse, run, write reports, return the exit code (0 clean, 1 errors, 2 could not run). */
export async function runCommand(io: CommandIo): Promise<number> {
  if (printsHelp(io, RUN_USAGE)) return 0;
  const options = parseRunOptions(io.argv, io.env);
  const write = io.stdout;
  const reporter = new ConsoleReporter({ write, color: options.color });

  let handle: RunHandle | undefined;
  const pending: string[] = [];
  const removeHandlers = io.onInterrupt?.((signal) => (handle ? handle.interrupt(signal) : pending.push(signal)));
  try {
    const result = await runConformance(
      { ...options, redactor: io.redactor },
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
    // The verdict is the CLI's: decided once, written into every report file and printed.
    const exitCode = runExitCode(result, options.failOnWarnings);
    const report = { ...result, summary: { ...result.summary, exitCode } };
    const files = await writeReportFiles(io, report, options);
    if (!files) return EXIT_CANNOT_RUN;
    if (report.coverage && options.coverageJson) {
      write('\nContract coverage (seen/documented)\n');
      for (const line of coverageTable(report.coverage)) write(`  ${line}\n`);
    }
    reporter.finish(report, files);
    return exitCode;
  } catch (error) {
    if (error instanceof CannotRunError || error instanceof UsageError) throw error;
    io.stderr(`cx-conformance: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_CANNOT_RUN;
  } finally {
    removeHandlers?.();
  }
}
