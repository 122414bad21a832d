import type { OperationInfo } from '@cx-contracts/openapi-runtime';
import type { CheckedExchange, ExchangeCheck } from '../check.js';
import type { Finding } from '../finding.js';
import type { HttpClient } from '../http/http-client.js';
import type { Redactor } from '../http/redactor.js';
import type { StepRecord } from '../report.js';
import type { ConformanceSurface } from '../surface.js';
import type { CleanupRegistry } from './cleanup-registry.js';
import type { Recorder } from './recorder.js';
import type { CallRequest, Credentials } from './request-builder.js';

/** Settings scenarios read (from the CLI flags). */
export interface ScenarioSettings {
  runId: string;
  readOnly: boolean;
  /** v1 service to create (seed default `request-interaction`). */
  serviceName: string;
  /** v2 Open Media and v3 Nexus service name. */
  openMediaService: string;
  /** Web Services interaction the agent owns, given explicitly (consent for the write steps). */
  interactionId?: string;
  /** Seed of the generated request values (--seed): the same seed replays the same values. */
  seed: number;
  /** Generated values tried per property step (before shrinking). */
  generatedRuns: number;
}

/** What the runner shares with every flow and step. */
export interface Engine {
  client: HttpClient;
  baseUrl: string;
  credentials: Credentials;
  registry: CleanupRegistry;
  recorder: Recorder;
  redactor: Redactor;
  exchangeChecks: readonly ExchangeCheck[];
  isEnabled(checkId: string): boolean;
  /** --max-response-time: the response-time check's limit, when it runs. */
  maxResponseTimeMs?: number;
  /** Operation filter (--operations); undefined = all. */
  operations?: ReadonlySet<string>;
  /** Stops new steps and calls: aborted by the budget or an interrupt. */
  signal: AbortSignal;
  /** Aborts requests in flight: the budget or a second interrupt (a first interrupt lets them finish, so a
   * create in flight still reports the id cleanup needs). */
  requestSignal: AbortSignal;
  /** Epoch ms by which scenario requests must be over (the budget minus the cleanup reserve). */
  deadline: number;
  /** Sends a cleanup request: no filters, no checks, its own signal. */
  cleanupCall(
    surface: ConformanceSurface,
    operationId: string,
    request: CallRequest,
    signal: AbortSignal,
  ): Promise<{ status: number; body: unknown } | undefined>;
  onStep(step: StepRecord, findings: readonly Finding[]): void;
  /** Every checked exchange (contract coverage, issue 13). */
  onExchange?(
    surface: ConformanceSurface,
    operation: OperationInfo,
    request: CallRequest,
    checked: CheckedExchange,
  ): void;
}
