import { type ParseArgsConfig, parseArgs } from 'node:util';
import { readSurfaces } from '@cx-contracts/spec-bundle';
import type { RunConfig } from '../run/runner.js';
import { isSensitiveHeader } from '../http/redactor.js';
import { UsageError } from './exit-codes.js';
import type { ProcessIo } from './run-command.js';

/**
 * The surfaces a run can target, in order: the APIs `redocly.yaml` lists, their one source (issue 10: one list of
 * surfaces, read through spec-bundle's `readSurfaces`). `all` runs every one of them.
 */
export const SURFACES: readonly string[] = readSurfaces().map(({ name }) => name);

export const REPORT_FORMATS = ['junit', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The flags `run`, `check-har` and `proxy` share, by name and meaning: which checks, what is written, the verdict. */
export const SHARED_OPTION_SPEC = {
  checks: { type: 'string' },
  'exclude-checks': { type: 'string' },
  report: { type: 'string', multiple: true },
  coverage: { type: 'string' },
  'no-color': { type: 'boolean' },
  'fail-on-warnings': { type: 'boolean' },
} as const;

export interface SharedOptions {
  checks?: string[];
  excludeChecks: string[];
  reports: Array<{ format: ReportFormat; path: string }>;
  /** --coverage json=PATH: where to write the contract coverage. */
  coverageJson?: string;
  color: boolean;
  failOnWarnings: boolean;
}

/** What the `run` command parses: the engine's RunConfig (one definition of every run setting) plus CLI-only output. */
export interface RunOptions
  extends Omit<RunConfig, 'surfaces' | 'maxBodyBytes' | 'documents' | 'redactor' | 'failOnWarnings'>,
    SharedOptions {
  surfaces: string[];
}

export const DEFAULTS = {
  concurrency: 2,
  ratePerSecond: 20,
  timeoutMs: 10_000,
  budgetMs: 300_000,
  /** The seed's Service API example service (seed 001: POST /genesys/1/service/request-interaction). */
  serviceName: 'request-interaction',
  /** The seed's Open Media example service (seed 000: POST /genesys/2/openmedia/customer-support). */
  openMediaService: 'customer-support',
} as const;

export const RUN_USAGE = `Usage: cx-conformance run --surface <${[...SURFACES, 'all'].join('|')}> --base-url <url> [options]

Target and credentials
  --surface NAME           ${SURFACES.join(', ')}, or all
  --base-url URL           scheme, host and port of the deployment (no credentials in the URL)
  --api-key KEY            Nexus x-api-key (or env CX_API_KEY; the environment keeps it out of shell history)
  --basic USER:PASS        HTTP Basic credentials (or env CX_BASIC_AUTH)
  --header 'Name: value'   extra header on every request (repeatable), e.g. 'ContactCenterId: 1'
  --service-name NAME      v1 service to create (default ${DEFAULTS.serviceName})
  --open-media-service N   v2 Open Media / v3 Nexus service name (default ${DEFAULTS.openMediaService})
  --interaction-id ID      Web Services interaction the agent owns; required for Web Services write steps

What to run
  --checks IDS             only these checks (comma-separated; see cx-conformance list-checks)
  --exclude-checks IDS     all checks but these
  --operations IDS         only these operationIds (comma-separated)
  --read-only              only operations the contract marks x-safe: true; nothing is created or changed
  --seed N                 seed of the generated request values (default random; every report prints it)

Limits
  --concurrency N          requests in flight at once (default ${DEFAULTS.concurrency})
  --rate-limit N/s         request starts per second, 0 = unlimited (default ${DEFAULTS.ratePerSecond}/s)
  --timeout MS             per-request timeout in milliseconds (default ${DEFAULTS.timeoutMs})
  --budget DURATION        total time for the run: 90s, 5m or milliseconds (default ${DEFAULTS.budgetMs / 1000}s)
  --max-response-time MS   report every answer slower than MS milliseconds (check response-time; off by default)

Verdict
  --fail-on-warnings       exit 1 on warnings too, not only on errors

Reports
  --report FORMAT=PATH     junit=PATH, json=PATH or html=PATH (repeatable)
  --coverage json=PATH     contract coverage as JSON, a coverage table in the console and a section in the HTML report
  --no-color               plain console output (also NO_COLOR=1)

Exit codes: 0 no errors, 1 errors found (or warnings, with --fail-on-warnings), 2 could not run or did not finish
(bad arguments, unreachable target, interrupted, budget used up, a step that could not run, nothing tested), whatever
was found; the message says what to fix.`;

function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function positiveInteger(flag: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(
      `${flag} must be a whole number >= ${min}, got '${value}'.`,
      `e.g. ${flag} ${Math.max(min, fallback)}`,
    );
  }
  return Number(value);
}

/** The names given to `--surface` (any command): each one of SURFACES or `all`; duplicates dropped. */
export function parseSurfaces(names: readonly string[]): string[] {
  const surfaces: string[] = [];
  for (const name of names) {
    if (name === 'all') surfaces.push(...SURFACES);
    else if (SURFACES.includes(name)) surfaces.push(name);
    else throw new UsageError(`unknown surface '${name}'.`, `use one of ${SURFACES.join(', ')}, all`);
  }
  return [...new Set(surfaces)];
}

/** `20`, `20/s`, `0` (unlimited). */
export function parseRate(value: string | undefined): number {
  if (value === undefined) return DEFAULTS.ratePerSecond;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*s)?\s*$/.exec(value);
  if (!match)
    throw new UsageError(
      `--rate-limit must look like 10/s (requests per second), got '${value}'.`,
      'e.g. --rate-limit 10/s, or 0 for no limit',
    );
  return Number(match[1]);
}

/** `90s`, `5m`, `1500ms`, `1500` (milliseconds). */
export function parseDuration(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(value);
  if (!match || Number(match[1]) <= 0) {
    throw new UsageError(`${flag} must be a positive duration such as 90s, 5m or 1500 (ms), got '${value}'.`);
  }
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 'ms') as 'ms'];
  return Math.round(Number(match[1]) * factor);
}

/** RFC 9110 §5.6.2 token: what a header name may contain. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function parseHeader(line: string): [string, string] {
  const colon = line.indexOf(':');
  const name = colon > 0 ? line.slice(0, colon).trim() : '';
  if (!name || !TOKEN.test(name)) {
    // Never echo the argument: what follows the name is often a credential (issue 9 item 8). Only a leading header
    // name, when there is one, is shown, to point at the typo.
    const leading = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*[=\s]/.exec(line)?.[1];
    throw new UsageError(
      `--header must look like 'Name: value' (the value is not shown here, it may be a credential).`,
      leading ? `write it as --header '${leading}: …' (a colon after the name)` : "e.g. --header 'ContactCenterId: 1'",
    );
  }
  return [name, line.slice(colon + 1).trim()];
}

export function parseBaseUrl(value: string | undefined): string {
  if (!value) throw new UsageError('--base-url is required.', 'e.g. --base-url https://gms.example.com:8080');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Not echoed: a mistyped URL may still carry user:password.
    throw new UsageError('--base-url is not a URL.', 'give scheme, host and port, e.g. http://localhost:8080');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--base-url must be http or https, got ${url.protocol}`);
  }
  if (url.username || url.password) {
    // Never echo the URL itself here: it holds the credentials.
    throw new UsageError(
      '--base-url contains credentials.',
      'pass them with --basic or the CX_BASIC_AUTH environment variable instead',
    );
  }
  if (url.search || url.hash) throw new UsageError('--base-url must not carry a query or a fragment.');
  // The contract paths are full wire paths (contract-decisions rule 2); a path prefix (a gateway mount) is kept.
  return url.href.replace(/\/+$/, '');
}

/** `--help` or `-h` anywhere: prints the command's usage; the command then ends with 0. */
export function printsHelp(io: Pick<ProcessIo, 'argv' | 'stdout'>, usage: string): boolean {
  if (!io.argv.includes('--help') && !io.argv.includes('-h')) return false;
  io.stdout(`${usage}\n`);
  return true;
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type ParsedCommandLine<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; strict: true; allowPositionals: boolean; options: O }>
>;

/** A command's arguments, parsed strictly; a mistake is a UsageError naming the option, never a value (see below). */
export function parseCommandLine<const O extends OptionsConfig>(
  argv: string[],
  options: O,
  help: string,
  allowPositionals = false,
): ParsedCommandLine<O> {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals, options });
  } catch (error) {
    throw usageErrorOf(error, help);
  }
}

export function parseRunOptions(argv: string[], env: NodeJS.ProcessEnv): RunOptions {
  const parsed = parseCommandLine(
    argv,
    {
      surface: { type: 'string' },
      'base-url': { type: 'string' },
      'api-key': { type: 'string' },
      basic: { type: 'string' },
      header: { type: 'string', multiple: true },
      ...SHARED_OPTION_SPEC,
      operations: { type: 'string' },
      'read-only': { type: 'boolean' },
      concurrency: { type: 'string' },
      'rate-limit': { type: 'string' },
      timeout: { type: 'string' },
      budget: { type: 'string' },
      'service-name': { type: 'string' },
      'open-media-service': { type: 'string' },
      'interaction-id': { type: 'string' },
      seed: { type: 'string' },
      'max-response-time': { type: 'string' },
    },
    'run cx-conformance run --help for the options',
  );
  const v = parsed.values;

  if (!v.surface) throw new UsageError('--surface is required.', `one of ${SURFACES.join(', ')}, all`);
  const surfaces = parseSurfaces(splitList(v.surface) ?? []);

  // An unset repository secret reaches a GitHub workflow as an empty string: an empty variable means "not given",
  // while an explicitly empty flag is still an error.
  const basic = v.basic ?? (env.CX_BASIC_AUTH || undefined);
  if (basic !== undefined && !/^[^:]+:/.test(basic)) {
    throw new UsageError('--basic (or CX_BASIC_AUTH) must look like user:password.');
  }
  const apiKey = v['api-key'] ?? (env.CX_API_KEY || undefined);
  if (apiKey !== undefined && apiKey.trim() === '') throw new UsageError('--api-key (or CX_API_KEY) is empty.');

  const headers: Record<string, string> = {};
  for (const line of v.header ?? []) {
    const [name, value] = parseHeader(line);
    headers[name] = value;
  }

  const shared = parseSharedOptions(v, env);

  const serviceName = v['service-name'] ?? DEFAULTS.serviceName;
  const openMediaService = v['open-media-service'] ?? DEFAULTS.openMediaService;
  for (const [flag, value] of [
    ['--service-name', serviceName],
    ['--open-media-service', openMediaService],
    ['--interaction-id', v['interaction-id']],
  ] as const) {
    if (value !== undefined && (value === '' || /[/?#\s]/.test(value)))
      throw new UsageError(`${flag} must be a single path segment, got '${value}'.`);
  }

  return {
    surfaces,
    baseUrl: parseBaseUrl(v['base-url']),
    apiKey,
    basic,
    headers,
    ...shared,
    operations: splitList(v.operations),
    readOnly: v['read-only'] ?? false,
    concurrency: positiveInteger('--concurrency', v.concurrency, DEFAULTS.concurrency),
    ratePerSecond: parseRate(v['rate-limit']),
    timeoutMs: positiveInteger('--timeout', v.timeout, DEFAULTS.timeoutMs, 1),
    budgetMs: parseDuration('--budget', v.budget, DEFAULTS.budgetMs),
    serviceName,
    openMediaService,
    interactionId: v['interaction-id'],
    coverage: shared.coverageJson !== undefined || shared.reports.some((report) => report.format === 'html'),
    seed: v.seed === undefined ? undefined : positiveInteger('--seed', v.seed, 0, 0),
    maxResponseTimeMs:
      v['max-response-time'] === undefined
        ? undefined
        : positiveInteger('--max-response-time', v['max-response-time'], 1),
  };
}

export type SharedValues = {
  [K in keyof typeof SHARED_OPTION_SPEC]?: (typeof SHARED_OPTION_SPEC)[K] extends { multiple: true }
    ? string[]
    : (typeof SHARED_OPTION_SPEC)[K] extends { type: 'boolean' }
      ? boolean
      : string;
};

/** Parses the SHARED_OPTION_SPEC flags; a malformed --report or --coverage names the flag and shows an example. */
export function parseSharedOptions(v: SharedValues, env: NodeJS.ProcessEnv): SharedOptions {
  const reports: SharedOptions['reports'] = [];
  for (const spec of v.report ?? []) {
    const eq = spec.indexOf('=');
    const format = spec.slice(0, eq);
    const path = spec.slice(eq + 1);
    if (eq <= 0 || !path || !(REPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(
        `--report must be FORMAT=PATH with FORMAT one of ${REPORT_FORMATS.join(', ')}, got '${spec}'.`,
        'e.g. --report json=conformance.json',
      );
    }
    reports.push({ format: format as ReportFormat, path });
  }
  const coverageJson = v.coverage === undefined ? undefined : /^json=(.+)$/.exec(v.coverage)?.[1];
  if (v.coverage !== undefined && !coverageJson)
    throw new UsageError(`--coverage must be json=PATH, got '${v.coverage}'.`, 'e.g. --coverage json=coverage.json');
  return {
    checks: splitList(v.checks),
    excludeChecks: splitList(v['exclude-checks']) ?? [],
    reports,
    coverageJson,
    color: !v['no-color'] && !env.NO_COLOR,
    failOnWarnings: v['fail-on-warnings'] ?? false,
  };
}

/**
 * The UsageError for a node:util parseArgs failure, for every command. parseArgs quotes the offending argument
 * ("Unexpected argument 'agent:secret'"); an argument that is not an option name may be a misplaced credential, so only
 * option names survive (issue 9 item 8).
 */
export function usageErrorOf(parseError: unknown, hint: string): UsageError {
  const message = ((parseError as Error).message.split('\n')[0] ?? '').replace(/'([^']*)'/g, (quoted, inner: string) =>
    /^--?[A-Za-z][\w-]*( <value>)?$/.test(inner) ? quoted : "'…' (not shown: it may be a credential)",
  );
  return new UsageError(message, hint);
}

const CREDENTIAL_FLAGS = new Set(['--api-key', '--basic', '--header']);

/**
 * Every value on the command line or in the environment that is or may hold a credential: the values of --api-key,
 * --basic and --header (whole argument and the part after ':' or '='), CX_API_KEY, CX_BASIC_AUTH. The CLI redacts
 * them from everything it prints, even messages about arguments it could not parse.
 */
export function credentialArguments(argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const values: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!CREDENTIAL_FLAGS.has(flag)) continue;
    const value = flag === arg ? argv[(index += 1)] : arg.slice(eq + 1);
    if (value === undefined) continue;
    const colon = value.indexOf(':');
    const name = colon > 0 ? value.slice(0, colon).trim() : '';
    // A well-formed header whose name carries no credential (ContactCenterId: 1001) is ordinary text; anything else
    // (a malformed header, --api-key, --basic) is redacted whole and after its first ':' or '='.
    if (flag === '--header' && TOKEN.test(name) && !isSensitiveHeader(name)) continue;
    values.push(value);
    const split = value.search(/[:=]/);
    if (split >= 0) values.push(value.slice(split + 1).trim());
  }
  for (const name of ['CX_API_KEY', 'CX_BASIC_AUTH']) if (env[name]) values.push(env[name]!);
  return values;
}
