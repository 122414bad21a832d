import { randomBytes, randomInt } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import net from 'node:net';
import { CouldNotRunError } from '@cx-contracts/openapi-runtime';
import { parseJsonLoosely, selectExchangeChecks } from '../check-exchange.js';
import { CHECK_IDS } from '../checks/index.js';
import { CoverageTracker } from '../coverage/coverage.js';
import type { Finding } from '../finding.js';
import { HttpClient, RunStop } from '../http/http-client.js';
import { isSensitiveHeader, Redactor } from '../http/redactor.js';
import { RunReportBuilder, type RunOutcome, type RunReport, type RunStart, type StepRecord } from '../report.js';
import { SCENARIOS } from '../scenarios/index.js';
import { loadConformanceSurface, readSurfaceDocument, type ConformanceSurface } from '../surface.js';
import { CleanupRegistry } from './cleanup-registry.js';
import type { Engine } from './engine.js';
import { Flow } from './flow.js';
import { buildRequest, type CallRequest, type Credentials } from './request-builder.js';

export interface RunConfig {
  surfaces: string[];
  baseUrl: string;
  apiKey?: string;
  basic?: string;
  headers: Record<string, string>;
  checks?: string[];
  excludeChecks: string[];
  operations?: string[];
  readOnly: boolean;
  concurrency: number;
  ratePerSecond: number;
  timeoutMs: number;
  budgetMs: number;
  serviceName: string;
  openMediaService: string;
  interactionId?: string;
  /** Seed of the generated request values; default: a random one (printed in every report, so it can be replayed). */
  seed?: number;
  /** Generated values tried per property step (default 10). */
  generatedRuns?: number;
  /** Warnings fail the run too (exit 1). */
  failOnWarnings?: boolean;
  /** The response-time check's limit in ms; the check runs only when set. */
  maxResponseTimeMs?: number;
  /** Response bodies above this size are cut off and reported (default 4 MiB). */
  maxBodyBytes?: number;
  /** Parsed documents by surface name (tests); default: the bundled documents. */
  documents?: Record<string, object>;
  /** Add contract coverage (what the run exercised of each operation) to the report as `coverage`. */
  coverage?: boolean;
  /**
   * The run's one redactor (the CLI passes the one it prints through); default a new one. The run adds the
   * configured credentials and every secret the server hands out to it.
   */
  redactor?: Redactor;
}

export interface RunHooks {
  start?(info: RunStart): void;
  step?(step: StepRecord, findings: readonly Finding[]): void;
  cleanup?(record: RunReport['cleanedUp'][number]): void;
  note?(message: string): void;
}

/** The run could not start: bad configuration or unreachable target (exit 2); the runtime's CouldNotRunError. */
export class CannotRunError extends CouldNotRunError {}

/** Lets a caller (the CLI's signal handlers) stop a run: first stop is graceful, the second aborts cleanup too. */
export interface RunHandle {
  interrupt(reason: string): void;
}

/** Cleanup always gets at least this long, even past the budget. */
const CLEANUP_MIN_MS = 3_000;
/** Part of the budget kept for cleanup: a quarter of it, between 1 and 30 seconds. */
const CLEANUP_RESERVE_MAX_MS = 30_000;

/**
 * Runs the scenarios of the chosen surfaces against the target and returns the (redacted) report. The order of
 * business, whatever happens: scenarios until done, budget exhausted or interrupted; then cleanup of everything
 * the run created, with its own time limit; then the report. It returns a report, never a verdict: the exit code
 * is the CLI's to decide from the report (`cli/exit-codes.ts`).
 */
export async function runConformance(
  config: RunConfig,
  hooks: RunHooks = {},
  handle?: (run: RunHandle) => void,
): Promise<RunReport> {
  const startedAt = new Date();
  // Never all digits: the run id is written as a user-data value (`cxc_run`), and a server that turns digit-only
  // strings into numbers must be caught by the generated values, not by the tag by chance (1 run in 43 before).
  const runId = `r${randomBytes(4).toString('hex').slice(0, 7)}`;
  const seed = config.seed ?? randomInt(2 ** 31);
  // One redactor for the whole run: the caller's (the CLI's, which already prints through it) or a new one.
  const redactor = config.redactor ?? new Redactor();
  redactor.addCredential(config.apiKey);
  if (config.basic) redactor.addBasic(config.basic);
  for (const [name, value] of Object.entries(config.headers))
    if (isSensitiveHeader(name)) redactor.addCredential(value);

  const enabled = selectChecks(config);
  const surfaces = await loadSurfaces(config);
  const operations = checkOperations(config, surfaces);
  await preflight(config.baseUrl, Math.min(config.timeoutMs, 5_000));

  const client = new HttpClient({
    timeoutMs: config.timeoutMs,
    maxBodyBytes: config.maxBodyBytes ?? 4 * 1024 * 1024,
    concurrency: config.concurrency,
    ratePerSecond: config.ratePerSecond,
    onSecret: (value) => redactor.add(value),
  });
  const registry = new CleanupRegistry();
  const start: RunStart = {
    runId,
    target: config.baseUrl,
    surfaces: config.surfaces,
    readOnly: config.readOnly,
    budgetMs: config.budgetMs,
    seed,
  };
  const report = new RunReportBuilder({ ...start, startedAt }, describeOptions(config, [...enabled], seed));
  const soft = new AbortController();
  const hard = new AbortController();
  // Every request in flight listens on these (no controller per request): no listener-count warning.
  setMaxListeners(0, soft.signal, hard.signal);
  const cleanupStop = new AbortController();
  let outcome: RunOutcome = 'completed';
  let interrupts = 0;

  // The budget covers everything, cleanup included: scenarios must be over by `deadline`, which leaves a reserve
  // for cleanup, and stop starting steps a little earlier so the last request still gets a fair window.
  const end = startedAt.getTime() + config.budgetMs;
  const reserve = Math.min(CLEANUP_RESERVE_MAX_MS, Math.max(1_000, config.budgetMs / 4));
  const deadline = end - reserve;
  const lastStart = deadline - Math.min(config.timeoutMs, 2_000);
  const budget = setTimeout(
    () => {
      if (outcome === 'completed') outcome = 'budget-exceeded';
      soft.abort(
        new RunStop('budget', `the run's time budget of ${Math.round(config.budgetMs / 1000)} s is used up (--budget)`),
      );
    },
    Math.max(0, lastStart - Date.now()),
  );

  handle?.({
    interrupt(reason) {
      interrupts += 1;
      if (interrupts === 1) {
        if (outcome === 'completed') outcome = 'interrupted';
        hooks.note?.(
          `${reason}: finishing requests in flight, then removing what this run created (interrupt again to skip cleanup)`,
        );
        soft.abort(new RunStop('interrupted', `interrupted (${reason})`));
      } else {
        hooks.note?.(`${reason} again: aborting; anything not yet removed is listed as left behind`);
        hard.abort(new RunStop('interrupted', `interrupted (${reason})`));
        cleanupStop.abort(new RunStop('interrupted', 'cleanup interrupted'));
      }
    },
  });

  let cleanupEnd = end;
  const credentials: Credentials = { apiKey: config.apiKey, basic: config.basic, headers: config.headers };
  const exchangeChecks = selectExchangeChecks({ checks: [...enabled] });
  const coverage = config.coverage ? new CoverageTracker([...surfaces.values()]) : undefined;
  const engine: Engine = {
    client,
    baseUrl: config.baseUrl,
    credentials,
    registry,
    recorder: report,
    redactor,
    exchangeChecks,
    isEnabled: (checkId) => enabled.has(checkId),
    maxResponseTimeMs: enabled.has('response-time') ? config.maxResponseTimeMs : undefined,
    operations,
    signal: soft.signal,
    requestSignal: hard.signal,
    deadline,
    onStep: (step, findings) => hooks.step?.(redactor.value(step), redactor.value([...findings])),
    onExchange: coverage
      ? (surface, operation, request, checked) =>
          coverage.record(surface, operation, {
            status: checked.status,
            requestMediaType:
              request.body === undefined && request.raw === undefined
                ? undefined
                : (request.mediaType ?? Object.keys(operation.requestBody?.content ?? {})[0]),
            requestBody: request.raw === undefined ? request.body : undefined,
            responseContentType: checked.contentType,
            responseBody: typeof checked.body === 'string' ? undefined : checked.body,
          })
      : undefined,
    cleanupCall: async (surface, operationId, request, signal) =>
      cleanupCall(client, surface, operationId, request, config.baseUrl, credentials, signal, cleanupEnd),
  };

  hooks.start?.(start);
  const settings = {
    runId,
    readOnly: config.readOnly,
    serviceName: config.serviceName,
    openMediaService: config.openMediaService,
    interactionId: config.interactionId,
    seed,
    generatedRuns: config.generatedRuns ?? 10,
  };
  const flows: Array<() => Promise<void>> = [];
  for (const name of config.surfaces) {
    const surface = surfaces.get(name)!;
    for (const scenario of SCENARIOS[name] ?? []) {
      flows.push(() => scenario.run(new Flow(engine, surface, scenario.name, settings)));
    }
  }
  try {
    await runPool(flows, config.concurrency);
  } finally {
    clearTimeout(budget);
    // Cleanup ends with the budget, but always gets a few seconds: leaving test data behind is worse than overrunning.
    cleanupEnd = Math.max(end, Date.now() + CLEANUP_MIN_MS);
    const cleanupSignal = AbortSignal.any([cleanupStop.signal, AbortSignal.timeout(cleanupEnd - Date.now())]);
    // A read-only run announces nothing; not even a cleanup request may leave it.
    if (!config.readOnly) await registry.cleanAll(cleanupSignal, (record) => hooks.cleanup?.(redactor.value(record)));
    await client.close();
  }

  return redactor.value(report.finish({ outcome, registry, surfaces, coverage: coverage?.report() }));
}

/** The options a report shows: as given, credentials only as whether they were given, header names without values. */
function describeOptions(config: RunConfig, checks: string[], seed: number): Record<string, unknown> {
  return {
    surfaces: config.surfaces,
    baseUrl: config.baseUrl,
    readOnly: config.readOnly,
    checks,
    operations: config.operations ?? 'all',
    concurrency: config.concurrency,
    rateLimitPerSecond: config.ratePerSecond,
    timeoutMs: config.timeoutMs,
    budgetMs: config.budgetMs,
    failOnWarnings: config.failOnWarnings ?? false,
    seed,
    maxResponseTimeMs: config.maxResponseTimeMs ?? null,
    serviceName: config.serviceName,
    openMediaService: config.openMediaService,
    interactionId: config.interactionId ?? null,
    credentials: {
      apiKey: Boolean(config.apiKey),
      basic: Boolean(config.basic),
      headers: Object.keys(config.headers),
    },
  };
}

function selectChecks(config: RunConfig): Set<string> {
  for (const id of [...(config.checks ?? []), ...config.excludeChecks]) {
    if (!CHECK_IDS.includes(id)) {
      throw new CannotRunError(
        `unknown check id '${id}'.`,
        `known checks: ${CHECK_IDS.join(', ')} (cx-conformance list-checks explains each)`,
      );
    }
  }
  const chosen = new Set((config.checks ?? CHECK_IDS).filter((id) => !config.excludeChecks.includes(id)));
  if (chosen.size === 0) throw new CannotRunError('--checks and --exclude-checks leave no check to run.');
  return chosen;
}

async function loadSurfaces(config: RunConfig): Promise<Map<string, ConformanceSurface>> {
  const surfaces = new Map<string, ConformanceSurface>();
  for (const name of config.surfaces) {
    if (!(name in SCENARIOS))
      throw new CannotRunError(`unknown surface '${name}'.`, `use one of ${Object.keys(SCENARIOS).join(', ')}, all`);
    try {
      const document = config.documents?.[name] ?? (await readSurfaceDocument(name));
      surfaces.set(name, loadConformanceSurface(document, name));
    } catch (error) {
      throw new CannotRunError(`could not load the contract of ${name}: ${(error as Error).message}`);
    }
  }
  return surfaces;
}

function checkOperations(
  config: RunConfig,
  surfaces: Map<string, ConformanceSurface>,
): ReadonlySet<string> | undefined {
  if (!config.operations) return undefined;
  const known = new Set(
    [...surfaces.values()].flatMap((surface) => surface.operations.map((operation) => operation.operationId)),
  );
  const unknown = config.operations.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new CannotRunError(
      `unknown operationId ${unknown.map((id) => `'${id}'`).join(', ')} for ${config.surfaces.join(', ')}.`,
      `known: ${[...known].join(', ')}`,
    );
  }
  return new Set(config.operations);
}

/** Unreachable target = exit 2 before anything is sent: a TCP connection to the base URL's host and port. */
async function preflight(baseUrl: string, timeoutMs: number): Promise<void> {
  const url = new URL(baseUrl);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect({ host, port });
    const fail = (message: string) => {
      socket.destroy();
      reject(
        new CannotRunError(
          `cannot reach ${url.origin}: ${message}.`,
          'check --base-url and that the deployment is up and reachable from here',
        ),
      );
    };
    socket.setTimeout(timeoutMs, () => fail(`no connection within ${timeoutMs} ms`));
    socket.once('error', (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
  });
}

async function runPool(tasks: Array<() => Promise<void>>, concurrency: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
}

async function cleanupCall(
  client: HttpClient,
  surface: ConformanceSurface,
  operationId: string,
  request: CallRequest,
  baseUrl: string,
  credentials: Credentials,
  signal: AbortSignal,
  deadline: number,
): Promise<{ status: number; body: unknown } | undefined> {
  const operation = surface.getOperation(operationId);
  if (!operation) return undefined;
  const built = await buildRequest(surface, operation, request, baseUrl, credentials);
  const exchange = await client.send(built.http, signal, deadline);
  if (exchange.error || !exchange.response) return undefined;
  const text = new TextDecoder().decode(exchange.response.body);
  // Cleanup reads whatever it can: JSON served as text/plain still names what must be removed (issue 12 item 1).
  return { status: exchange.response.status, body: parseJsonLoosely(text) ?? text };
}
