import { CHECK_IDS } from '../checks/index.js';
import { coverageTable } from '../coverage/coverage-render.js';
import { type PassiveReport, PassiveSession, type PassiveSessionOptions } from '../passive/passive-session.js';
import { ConsoleReporter } from '../reporters/console.js';
import { loadConformanceSurface, readSurfaceDocument, type ConformanceSurface } from '../surface.js';
import { EXIT_CANNOT_RUN, runExitCode, UsageError } from './exit-codes.js';
import {
  parseSharedOptions,
  parseSurfaces,
  SHARED_OPTION_SPEC,
  type SharedOptions,
  type SharedValues,
  SURFACES,
} from './options.js';
import { type ReportFile, writeReportFiles } from './report-files.js';
import type { CommandIo } from './run-command.js';

/** Options check-har and proxy share with each other (and, by name and meaning, with `run`: SharedOptions). */
export interface PassiveOptions extends SharedOptions {
  surfaces: string[];
  hosts?: string[];
}

export const PASSIVE_OPTION_SPEC = {
  surface: { type: 'string' },
  host: { type: 'string', multiple: true },
  ...SHARED_OPTION_SPEC,
} as const;

export const PASSIVE_USAGE = `  --surface NAMES          ${SURFACES.join(', ')}, comma-separated, or all (default all)
  --checks IDS             only these checks (comma-separated; request-conformance judges the client's request)
  --exclude-checks IDS     all checks but these
  --host HOST[:PORT]       traffic of this host only (repeatable); default: any host whose path the contract knows
  --report FORMAT=PATH     junit=PATH, json=PATH or html=PATH (repeatable); HTML and JSON include coverage
  --coverage json=PATH     contract coverage as JSON (the console always prints the coverage table)
  --fail-on-warnings       exit 1 on warnings too
  --no-color               plain console output (also NO_COLOR=1)`;

export function parsePassiveOptions(
  values: SharedValues & { surface?: string; host?: string[] },
  env: NodeJS.ProcessEnv,
): PassiveOptions {
  const surfaces = parseSurfaces(
    String(values.surface ?? 'all')
      .split(',')
      .map((item) => item.trim()),
  );
  const shared = parseSharedOptions(values, env);
  for (const id of [...(shared.checks ?? []), ...shared.excludeChecks])
    if (!CHECK_IDS.includes(id))
      throw new UsageError(`unknown check id '${id}'.`, `known checks: ${CHECK_IDS.join(', ')}`);
  const hosts = values.host?.map((host) => host.trim().toLowerCase());
  for (const host of hosts ?? [])
    if (!/^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/.test(host))
      throw new UsageError(
        `--host must be a host name with an optional port, got '${host}'.`,
        'e.g. --host gms.example.com:8080',
      );
  return { surfaces, hosts, ...shared };
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

/**
 * How check-har and proxy end: the exit code is decided from the session's report by the same rule as `run`'s
 * (README "Exit codes": nothing checked is 2, like a run where every step was skipped) and written into its summary,
 * then the report files (and `more`, e.g. the proxy's HAR recording) are written and the closing lines printed;
 * 2 when a file could not be written.
 */
export async function finishPassive(
  io: Pick<CommandIo, 'stdout' | 'stderr'>,
  result: PassiveReport,
  options: PassiveOptions,
  more: ReportFile[] = [],
): Promise<number> {
  const exitCode = runExitCode(result, options.failOnWarnings);
  const report = { ...result, summary: { ...result.summary, exitCode } };
  const files = await writeReportFiles(io, report, options, more);
  if (!files) return EXIT_CANNOT_RUN;
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
