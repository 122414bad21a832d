import type { Finding } from '../finding.js';
import type { CleanupRecord, RunReport, RunStart, StepRecord } from '../report.js';

export interface ConsoleReporterOptions {
  write: (line: string) => void;
  color: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

/**
 * Characters a terminal acts on rather than shows: C0 and C1 controls (ESC starts colour, cursor and title
 * sequences; CR and LF start a line that looks like the tool's own, such as a forged `PASS`) and the bidi overrides
 * that reorder what is shown (CVE-2021-42574). Server text reaches the console in messages (a GMS error's `advice`,
 * a value read back, an id), so every string the reporter is handed is shown with these escaped; tab stays.
 */
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function printable(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `value` with every string in it made printable (the reporter's inputs are small: findings are already cut). */
function printableAll<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableAll) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableAll(item)])) as T;
}

/**
 * Console output: one line per step as it completes (so a slow target shows progress), the error findings of a
 * failed step right under it, then a summary table by operation and the resources created and removed.
 * Everything it prints has already gone through the run's redactor.
 */
export class ConsoleReporter {
  constructor(private readonly options: ConsoleReporterOptions) {}

  start(run: RunStart): void {
    const info = printableAll(run);
    this.line(
      `${this.paint('bold', 'cx-conformance')} run ${info.runId} · ${info.surfaces.join(', ')} at ${info.target} · ${info.readOnly ? 'read-only' : `read-write, test data tagged cxc-${info.runId}-`} · budget ${Math.round(info.budgetMs / 1000)} s · seed ${info.seed}`,
    );
  }

  note(message: string): void {
    this.line(this.paint('dim', printable(message)));
  }

  step(record: StepRecord, found: readonly Finding[]): void {
    const [step, findings] = [printableAll(record), printableAll(found)];
    const label = {
      passed: this.paint('green', 'PASS'),
      failed: this.paint('red', 'FAIL'),
      error: this.paint('red', 'ERR '),
      skipped: this.paint('yellow', 'SKIP'),
    }[step.status];
    const where = step.operationId ? ` ${this.paint('dim', step.operationId)}` : '';
    const http = step.httpStatus !== undefined ? ` ${step.httpStatus ?? 'no response'}` : '';
    const counts = [
      step.errors ? `${step.errors} error${step.errors === 1 ? '' : 's'}` : '',
      step.warnings ? `${step.warnings} warning${step.warnings === 1 ? '' : 's'}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const tail =
      step.status === 'skipped'
        ? ` — ${step.reason ?? ''}`
        : `${http} ${Math.round(step.durationMs)} ms${counts ? ` · ${counts}` : ''}`;
    this.line(`  ${label} ${step.surface} ${step.scenario} › ${step.name}${where}${tail}`);
    if (step.status === 'error' && step.reason) this.line(`       ${this.paint('red', step.reason)}`);
    for (const finding of findings.filter((f) => f.severity === 'error').slice(0, 5)) {
      this.line(`       ${this.paint('red', finding.checkId)}: ${finding.message}`);
      if (finding.curl) this.line(`         ${this.paint('dim', `reproduce: ${finding.curl}`)}`);
    }
  }

  cleanup(removal: CleanupRecord): void {
    const record = printableAll(removal);
    const mark = record.outcome === 'failed' ? this.paint('red', 'LEFT') : this.paint('green', 'GONE');
    this.line(`  ${mark} ${record.kind} ${record.id} via ${record.via}${record.message ? ` — ${record.message}` : ''}`);
  }

  finish(run: RunReport, files: string[]): void {
    const [report, reportFiles] = [printableAll(run), printableAll(files)];
    this.line('');
    this.line(this.paint('bold', 'Summary'));
    const rows: string[][] = [['surface', 'operation', 'checks', 'errors', 'warnings']];
    const byOperation = new Map<string, { surface: string; checks: number; errors: number; warnings: number }>();
    for (const execution of report.executions) {
      const row = byOperation.get(execution.operationId) ?? {
        surface: execution.surface,
        checks: 0,
        errors: 0,
        warnings: 0,
      };
      if (execution.runs > 0) row.checks += 1;
      byOperation.set(execution.operationId, row);
    }
    for (const finding of report.findings) {
      const row = byOperation.get(finding.operationId) ?? { surface: '', checks: 0, errors: 0, warnings: 0 };
      if (finding.severity === 'error') row.errors += 1;
      else row.warnings += 1;
      byOperation.set(finding.operationId, row);
    }
    for (const [operationId, row] of [...byOperation].sort(
      (a, b) => a[1].surface.localeCompare(b[1].surface) || a[0].localeCompare(b[0]),
    )) {
      rows.push([row.surface, operationId, String(row.checks), String(row.errors), String(row.warnings)]);
    }
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    rows.forEach((row, index) => {
      const text = row
        .map((cell, column) => (column >= 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join('  ');
      const painted =
        index === 0
          ? this.paint('dim', text)
          : Number(row[3]) > 0
            ? this.paint('red', text)
            : Number(row[4]) > 0
              ? this.paint('yellow', text)
              : text;
      this.line(`  ${painted}`);
    });
    const s = report.summary;
    this.line('');
    this.line(
      `  steps: ${s.steps.passed} passed, ${s.steps.failed} failed, ${s.steps.error} could not run, ${s.steps.skipped} skipped`,
    );
    this.line(
      `  findings: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}`,
    );
    this.line(
      `  test data: ${s.created} created, ${s.cleanedUp} removed, ${s.leftOver} left behind, ${s.unknown} unknown`,
    );
    for (const left of report.leftOver)
      this.line(this.paint('red', `  left behind: ${left.kind} ${left.id} (${left.reason})`));
    for (const unsure of report.unknown)
      this.line(this.paint('red', `  unknown (may exist): ${unsure.kind} ${unsure.id} (${unsure.reason})`));
    this.line(`  seed: ${report.seed} (--seed ${report.seed} replays the generated values)`);
    for (const file of reportFiles) this.line(`  report: ${file}`);
    // The verdict is the exit code the CLI decided (cli/exit-codes.ts); a library caller's report has none.
    if (s.exitCode === undefined) return;
    const verdict =
      s.exitCode === 0
        ? this.paint('green', 'No errors: the target matches the contract for everything tested (exit 0).')
        : s.exitCode === 1
          ? this.paint(
              'red',
              `${s.errors} error${s.errors === 1 ? '' : 's'} found (exit 1). Each finding above names the operation, the check and what was received versus documented.`,
            )
          : this.paint('red', `The run could not test everything (exit 2): ${incomplete(report)}`);
    this.line(verdict);
  }

  private paint(color: keyof typeof CODES, text: string): string {
    return this.options.color ? `\u001b[${CODES[color]}m${text}\u001b[0m` : text;
  }

  private line(text: string): void {
    this.options.write(`${text}\n`);
  }
}

/** What to fix when a run ends with exit 2 without errors. */
function incomplete(report: RunReport): string {
  if (report.outcome === 'budget-exceeded')
    return 'the time budget ran out before every step ran; raise --budget or narrow --operations.';
  if (report.outcome === 'interrupted') return 'the run was interrupted; what it created was removed (see above).';
  if (report.summary.steps.error > 0)
    return 'some steps could not run (marked ERR above, with the reason); fix what they name and run again.';
  return 'no step ran (all skipped, reasons above); check --operations, --read-only and the credentials.';
}
