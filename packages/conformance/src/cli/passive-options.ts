import { CHECK_IDS } from '../checks/index.js';
import { writeCoverage } from '../coverage/coverage-file.js';
import { coverageTable } from '../coverage/coverage-render.js';
import { type PassiveReport, PassiveSession, type PassiveSessionOptions } from '../passive/passive-session.js';
import { ConsoleReporter } from '../reporters/console.js';
import { writeHtmlReport } from '../reporters/html.js';
import { writeJsonReport } from '../reporters/json.js';
import { writeJunitReport } from '../reporters/junit.js';
import { loadConformanceSurface, readSurfaceDocument, type ConformanceSurface } from '../surface.js';
import { EXIT_CANNOT_RUN, runExitCode, UsageError } from './exit-codes.js';
import { parseSurfaces, REPORT_FORMATS, SURFACES, type ReportFormat } from './options.js';
import type { CommandIo } from './run-command.js';

/** Options check-har and proxy share with each other (and, by name and meaning, with `run`). */
export interface PassiveOptions {
  surfaces: string[];
  checks?: string[];
  excludeChecks: string[];
  hosts?: string[];
  reports: Array<{ format: ReportFormat; path: string }>;
  coverageJson?: string;
  color: boolean;
  failOnWarnings: boolean;
}

export const PASSIVE_OPTION_SPEC = {
  surface: { type: 'string' },
  checks: { type: 'string' },
  'exclude-checks': { type: 'string' },
  host: { type: 'string', multiple: true },
  report: { type: 'string', multiple: true },
  coverage: { type: 'string' },
  'no-color': { type: 'boolean' },
  'fail-on-warnings': { type: 'boolean' },
} as const;

export const PASSIVE_USAGE = `  --surface NAMES          ${SURFACES.join(', ')}, comma-separated, or all (default all)
  --checks IDS             only these checks (comma-separated; request-conformance judges the client's request)
  --exclude-checks IDS     all checks but these
  --host HOST[:PORT]       traffic of this host only (repeatable); default: any host whose path the contract knows
  --report FORMAT=PATH     junit=PATH, json=PATH or html=PATH (repeatable); HTML and JSON include coverage
  --coverage json=PATH     contract coverage as JSON (the console always prints the coverage table)
  --fail-on-warnings       exit 1 on warnings too
  --no-color               plain console output (also NO_COLOR=1)`;

type Values = Partial<Record<keyof typeof PASSIVE_OPTION_SPEC, string | string[] | boolean>>;

export function parsePassiveOptions(values: Values, env: NodeJS.ProcessEnv): PassiveOptions {
  const surfaces = parseSurfaces(
    String(values.surface ?? 'all')
      .split(',')
      .map((item) => item.trim()),
  );
  const list = (value: unknown) =>
    value === undefined
      ? undefined
      : String(value)
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean);
  const checks = list(values.checks);
  const excludeChecks = list(values['exclude-checks']) ?? [];
  for (const id of [...(checks ?? []), ...excludeChecks])
    if (!CHECK_IDS.includes(id))
      throw new UsageError(`unknown check id '${id}'.`, `known checks: ${CHECK_IDS.join(', ')}`);
  const reports: PassiveOptions['reports'] = [];
  for (const spec of (values.report as string[] | undefined) ?? []) {
    const eq = spec.indexOf('=');
    const format = spec.slice(0, eq);
    if (eq <= 0 || eq === spec.length - 1 || !(REPORT_FORMATS as readonly string[]).includes(format))
      throw new UsageError(
        `--report must be FORMAT=PATH with FORMAT one of ${REPORT_FORMATS.join(', ')}, got '${spec}'.`,
        'e.g. --report json=conformance.json',
      );
    reports.push({ format: format as ReportFormat, path: spec.slice(eq + 1) });
  }
  let coverageJson: string | undefined;
  if (values.coverage !== undefined) {
    const match = /^json=(.+)$/.exec(String(values.coverage));
    if (!match)
      throw new UsageError(
        `--coverage must be json=PATH, got '${values.coverage}'.`,
        'e.g. --coverage json=coverage.json',
      );
    coverageJson = match[1];
  }
  const hosts = (values.host as string[] | undefined)?.map((host) => host.trim().toLowerCase());
  for (const host of hosts ?? [])
    if (!/^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/.test(host))
      throw new UsageError(
        `--host must be a host name with an optional port, got '${host}'.`,
        'e.g. --host gms.example.com:8080',
      );
  return {
    surfaces,
    checks,
    excludeChecks,
    hosts,
    reports,
    coverageJson,
    color: !values['no-color'] && !env.NO_COLOR,
    failOnWarnings: Boolean(values['fail-on-warnings']),
  };
}

/** What check-har and proxy start with: the console reporter and a session on the chosen surfaces. */
export async function openSession(
  io: Pick<CommandIo, 'stdout' | 'redactor'>,
  options: PassiveOptions,
  source: PassiveSessionOptions['source'],
  target: string,
): Promise<{ reporter: ConsoleReporter; session: PassiveSession }> {
  const surfaces = await loadSurfaces(options.surfaces);
  return {
    reporter: new ConsoleReporter({ write: io.stdout, color: options.color }),
    session: new PassiveSession({ ...options, surfaces, source, target, redactor: io.redactor }),
  };
}

export async function loadSurfaces(names: readonly string[]): Promise<ConformanceSurface[]> {
  return Promise.all(names.map(async (name) => loadConformanceSurface(await readSurfaceDocument(name), name)));
}

const WRITERS = { json: writeJsonReport, junit: writeJunitReport, html: writeHtmlReport } as const;

/** Writes --report and --coverage files; returns the lines naming them, or throws with the file that failed. */
export async function writePassiveReports(report: PassiveReport, options: PassiveOptions): Promise<string[]> {
  const files: string[] = [];
  for (const { format, path: file } of options.reports) {
    await WRITERS[format](report, file).catch((error: Error) => {
      throw new Error(`could not write the ${format} report to ${file}: ${error.message}`);
    });
    files.push(`${format} → ${file}`);
  }
  if (options.coverageJson) {
    const file = options.coverageJson;
    try {
      await writeCoverage(report.coverage, file);
    } catch (error) {
      throw new Error(`could not write the coverage to ${file}: ${(error as Error).message}`);
    }
    files.push(`coverage json → ${file}`);
  }
  return files;
}

/**
 * How check-har and proxy end: the exit code is decided from the session's report by the same rule as `run`'s
 * (README "Exit codes": nothing checked is 2, like a run where every step was skipped) and written into its summary,
 * then the reports (and `more` files, e.g. the proxy's HAR recording) are written and the closing lines printed;
 * 2 when a file could not be written.
 */
export async function finishPassive(
  io: Pick<CommandIo, 'stdout' | 'stderr'>,
  result: PassiveReport,
  options: PassiveOptions,
  more: () => Promise<string[]> = async () => [],
): Promise<number> {
  const exitCode = runExitCode(result, options.failOnWarnings);
  const report = { ...result, summary: { ...result.summary, exitCode } };
  let files: string[];
  try {
    files = [...(await writePassiveReports(report, options)), ...(await more())];
  } catch (error) {
    io.stderr(`cx-conformance: ${(error as Error).message}\n`);
    return EXIT_CANNOT_RUN;
  }
  for (const line of passiveSummary(report, files)) io.stdout(`${line}\n`);
  return exitCode;
}

/** The closing lines of check-har and proxy: what was passed over, coverage, findings, reports, verdict. */
export function passiveSummary(report: PassiveReport, files: string[]): string[] {
  const p = report.passive;
  const lines = ['', 'Traffic'];
  lines.push(
    `  ${p.exchanges} exchange${p.exchanges === 1 ? '' : 's'}: ${p.checked} checked, ${p.otherHost} other host, ${p.unknownPath} unknown path, ${p.noResponse} without response`,
  );
  for (const item of p.passedOver.slice(0, 20))
    lines.push(`  not checked: ${item.label} ${item.method} ${item.url} (${item.detail})`);
  if (p.passedOver.length > 20) lines.push(`  … and ${p.passedOver.length - 20} more (all listed in the JSON report)`);
  lines.push('', 'Contract coverage (seen/documented)');
  for (const line of coverageTable(report.coverage)) lines.push(`  ${line}`);
  const { errors, warnings, exitCode } = report.summary;
  lines.push(
    '',
    `  findings: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  for (const file of files) lines.push(`  report: ${file}`);
  lines.push(
    exitCode === 0
      ? 'No errors: the traffic matches the contract (exit 0).'
      : exitCode === 1
        ? `${errors} error${errors === 1 ? '' : 's'} found (exit 1); each names the exchange, operation and check.`
        : 'Nothing was checked (exit 2): no exchange reached an operation of the contract; check --surface and --host.',
  );
  return lines;
}
