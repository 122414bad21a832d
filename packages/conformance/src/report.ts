import { readFileSync } from 'node:fs';
import { CHECKS, TRANSPORT } from './checks/index.js';
import type { CoverageReport } from './coverage/coverage.js';
import { countBySeverity, type Finding } from './finding.js';
import { CleanupRegistry } from './run/cleanup-registry.js';
import { Recorder } from './run/recorder.js';
import type { ConformanceSurface } from './surface.js';

/** What a step ended as. `skipped` always carries a reason and never counts as passed. */
export type StepStatus = 'passed' | 'failed' | 'skipped' | 'error';

export interface StepRecord {
  /** 1-based order of completion. */
  index: number;
  surface: string;
  scenario: string;
  name: string;
  operationId?: string;
  method?: string;
  path?: string;
  /** HTTP status of the step's main exchange, null when none arrived. */
  httpStatus?: number | null;
  status: StepStatus;
  /** Why it was skipped or could not run, or the first error finding's message. */
  reason?: string;
  durationMs: number;
  errors: number;
  warnings: number;
  /** Check ids that ran on this step's exchanges. */
  checks: string[];
}

/** Something this run created on the target (tagged with the run id). */
export interface ResourceRecord {
  surface: string;
  /** e.g. `Open Media interaction`, `Nexus interaction`, `GMS service`, `Context Services service`. */
  kind: string;
  /** Id on the target (or `ext_<externalId>` when only the external id is known). */
  id: string;
  /** The operation that created it. */
  operationId: string;
  step: string;
}

export type CleanupOutcome = 'cleaned' | 'already-gone' | 'failed';

export interface CleanupRecord extends ResourceRecord {
  outcome: CleanupOutcome;
  /** The operation that stopped or deleted it. */
  via: string;
  /** `scenario` when a scenario step stopped or deleted it, `cleanup` when the end-of-run cleanup did. */
  by: 'scenario' | 'cleanup';
  message?: string;
}

/** One (operation, check) pair that ran at least once; JUnit writes one testcase per pair. */
export interface CheckExecution {
  surface: string;
  operationId: string;
  checkId: string;
  runs: number;
  errors: number;
  warnings: number;
  /** Time spent on the exchanges the check judged (request to last byte), in ms; JUnit's testcase time. */
  timeMs: number;
  /** Set when the pair was only ever skipped (the reason). */
  skipped?: string;
}

/** The operations a report mentions, so a reader sees method and path next to each operationId. */
export interface OperationDescription {
  surface: string;
  method: string;
  pathTemplate: string;
  summary?: string;
}

export interface CheckDescription {
  id: string;
  title: string;
  explanation: string;
  severity: string;
}

export type RunOutcome = 'completed' | 'interrupted' | 'budget-exceeded';

export interface RunReport {
  tool: { name: string; version: string };
  runId: string;
  /** Seed of the generated request values: `--seed <seed>` replays them. */
  seed: number;
  /** Base URL only: never credentials. */
  target: string;
  surfaces: string[];
  readOnly: boolean;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  outcome: RunOutcome;
  /** Options as given; credentials only as whether they were given (true/false), header names without values. */
  options: Record<string, unknown>;
  summary: {
    errors: number;
    warnings: number;
    steps: Record<StepStatus, number>;
    created: number;
    cleanedUp: number;
    leftOver: number;
    /** Writes whose outcome could not be settled (may exist on the target; listed in `unknown`). */
    unknown: number;
    /**
     * The exit code the CLI gave the run (README "Exit codes"). The CLI decides it and writes it here before any
     * report file is written; a report straight from `runConformance` has none.
     */
    exitCode?: number;
  };
  findings: Finding[];
  steps: StepRecord[];
  created: ResourceRecord[];
  cleanedUp: CleanupRecord[];
  /** Created resources the run could not clean up (the report says how to remove them by hand). */
  leftOver: Array<ResourceRecord & { reason: string }>;
  /** Writes sent whose outcome is unknown: neither confirmed nor refused, and cleanup could not find out. */
  unknown: Array<ResourceRecord & { reason: string }>;
  executions: CheckExecution[];
  operations: Record<string, OperationDescription>;
  checks: CheckDescription[];
  /** Contract coverage (check-har, proxy, run with --coverage): what the traffic exercised of the contract. */
  coverage?: CoverageReport;
}

/** What a run announces when it starts (the console's first line). */
export interface RunStart {
  runId: string;
  target: string;
  surfaces: string[];
  readOnly: boolean;
  budgetMs: number;
  seed: number;
}

export const TOOL_VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
})();

/** Every check in plain words, as reports and `list-checks` show them. */
export function describeChecks(): CheckDescription[] {
  return [...Object.values(CHECKS), TRANSPORT].map(({ id, title, explanation, severity }) => ({
    id,
    title,
    explanation,
    severity,
  }));
}

/**
 * Builds the report of a `run`, `check-har` or `proxy`. The runner (or the passive session) creates it when the run
 * starts and feeds it as the run goes (steps, findings and check executions, through the Recorder it extends);
 * `finish` adds the outcome, the test data the cleanup registry accounts for (a passive run creates none) and the
 * coverage. It judges nothing: the exit code is the CLI's (`cli/exit-codes.ts`).
 */
export class RunReportBuilder extends Recorder {
  /** Counts of what `keepNewest` left out of the report: the summary adds them, so it still covers everything. */
  private readonly droppedSteps: Record<StepStatus, number> = { passed: 0, failed: 0, skipped: 0, error: 0 };
  private readonly droppedFindings = { errors: 0, warnings: 0 };

  constructor(
    private readonly start: Omit<RunStart, 'budgetMs'> & { startedAt: Date },
    /** Options as given; credentials only as whether they were given, header names without values. */
    private readonly options: Record<string, unknown>,
  ) {
    super();
  }

  /** Keeps only the newest `max` steps and findings, for sessions that run for hours (the proxy). */
  keepNewest(max: number): void {
    for (const step of dropOldest(this.steps, max)) this.droppedSteps[step.status] += 1;
    const { errors, warnings } = countBySeverity(dropOldest(this.findings, max));
    this.droppedFindings.errors += errors;
    this.droppedFindings.warnings += warnings;
  }

  /** How many steps and findings `keepNewest` left out. */
  dropped(): { steps: number; findings: number } {
    const { passed, failed, skipped, error } = this.droppedSteps;
    return {
      steps: passed + failed + skipped + error,
      findings: this.droppedFindings.errors + this.droppedFindings.warnings,
    };
  }

  finish(end: {
    outcome: RunOutcome;
    surfaces: ReadonlyMap<string, ConformanceSurface>;
    registry?: CleanupRegistry;
    coverage?: CoverageReport;
    /** Options only known at the end (check-har's file, the proxy's flags), after those given at the start. */
    options?: Record<string, unknown>;
  }): RunReport {
    const finishedAt = new Date();
    const registry = end.registry ?? new CleanupRegistry();
    const executions = this.executionList();
    const { errors, warnings } = countBySeverity(this.findings);
    const steps = this.stepCounts();
    for (const status of Object.keys(steps) as StepStatus[]) steps[status] += this.droppedSteps[status];
    return {
      tool: { name: '@cx-contracts/conformance', version: TOOL_VERSION },
      runId: this.start.runId,
      seed: this.start.seed,
      target: this.start.target,
      surfaces: this.start.surfaces,
      readOnly: this.start.readOnly,
      startedAt: this.start.startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - this.start.startedAt.getTime(),
      outcome: end.outcome,
      options: { ...this.options, ...end.options },
      summary: {
        errors: errors + this.droppedFindings.errors,
        warnings: warnings + this.droppedFindings.warnings,
        steps,
        created: registry.created().length,
        cleanedUp: registry.cleanedUp().filter((record) => record.outcome !== 'failed').length,
        leftOver: registry.leftOver().length,
        unknown: registry.unknown().length,
      },
      findings: this.findings,
      steps: this.steps,
      created: registry.created(),
      cleanedUp: registry.cleanedUp(),
      leftOver: registry.leftOver(),
      unknown: registry.unknown(),
      executions,
      operations: describeOperations(end.surfaces, new Set(executions.map((execution) => execution.operationId))),
      checks: describeChecks(),
      ...(end.coverage ? { coverage: end.coverage } : {}),
    };
  }
}

/** Drops the oldest items beyond `max` and returns them (a bounded report keeps the newest). */
export function dropOldest<T>(items: T[], max: number): T[] {
  return items.length > max ? items.splice(0, items.length - max) : [];
}

function describeOperations(
  surfaces: ReadonlyMap<string, ConformanceSurface>,
  used: ReadonlySet<string>,
): RunReport['operations'] {
  const out: RunReport['operations'] = {};
  for (const [name, surface] of surfaces) {
    for (const operation of surface.operations) {
      if (!used.has(operation.operationId)) continue;
      const summary = operation.operation.summary;
      out[operation.operationId] = {
        surface: name,
        method: operation.method,
        pathTemplate: operation.pathTemplate,
        ...(typeof summary === 'string' ? { summary } : {}),
      };
    }
  }
  return out;
}
