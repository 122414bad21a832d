import type { OperationInfo } from '@cx-contracts/openapi-runtime';
import type fc from 'fast-check';
import type { CheckedExchange, FindingDraft } from '../check.js';
import { buildCheckedExchange, finishFinding, runExchangeChecks, toFinding } from '../check-exchange.js';
import { withoutCredentialsProbe } from '../checks/auth-required-probe.js';
import { type NegativeOptions, negativeProbe } from '../checks/negative-data-rejection-probe.js';
import { propertyProbe, readBackProbe } from '../checks/round-trip-probe.js';
import type { Finding } from '../finding.js';
import type { OperationId } from '../operation-ids.js';
import { toCurl } from '../http/curl.js';
import type { TransportError } from '../http/http-client.js';
import type { ConformanceSurface } from '../surface.js';
import type { Ownership } from './cleanup-registry.js';
import type { Engine, ScenarioSettings } from './engine.js';
import { type Reply, toReply } from './reply.js';
import { buildRequest, type CallRequest } from './request-builder.js';
import { safetyVerdict } from './safety.js';
import { READ_ATTEMPTS, READ_DELAY_MS, readUntilSettled } from './settle.js';

export type { NegativeOptions } from '../checks/negative-data-rejection-probe.js';

/** Ends a step as skipped (with the reason): it did not run and does not count as passed. */
export class StepSkip extends Error {}
/** Ends a step as "could not run" (a precondition failed in a way that is not a server finding). */
export class StepError extends Error {}
/** Ends a step whose request got no usable answer; the transport finding is already recorded. */
export class StepAbort extends Error {}

/** The skip reason of a step that did not start (or a property that stopped) because the run is stopping. */
function stopReason(signal: AbortSignal): string {
  const reason = signal.reason as { message?: string } | undefined;
  return `run stopped before this step: ${reason?.message ?? 'interrupted'}`;
}

export interface CallOptions {
  /**
   * The call creates something; the scenario announced it to the cleanup registry first and passes the Ownership.
   * When the call is not sent after all (read-only run, --operations, a check turned off), the announcement is
   * withdrawn, so cleanup never touches what was never created.
   */
  creates?: Ownership;
  /** The id in the path names something this run created (checked against the registry). */
  owned?: string;
  /** The user named this resource explicitly (--interaction-id) for steps that add and remove the run's own data. */
  consent?: boolean;
  /** First call of a scenario: a 404 means the API is not deployed at this base URL; skip instead of reporting. */
  probeAvailability?: string;
}

/** How `send` treats one request: the step's main call, or a probe's (`purpose` names the probe). */
export interface SendMode {
  stripCredentials?: boolean;
  probeAvailability?: string;
  main?: boolean;
  purpose?: string;
}

/**
 * The handle a step's function works with: `call` sends a request after the safety guard (`run/safety.ts`) and the
 * scenario's own sanity check, runs the exchange checks on the answer and records what they found; the probes
 * (negative data, no credentials, round trip) are drivers beside their checks in `src/checks/*-probe.ts`, built on
 * `send` and `judge`. `Flow.step` turns what the step collected into its record.
 */
export class Step {
  readonly findings: Finding[] = [];
  readonly checks = new Set<string>();
  httpStatus: number | null | undefined;
  method: string | undefined;
  path: string | undefined;
  aborted = false;
  /** Whether readSettled waits for a lagging server; `property` turns it off while it shrinks a failure. */
  settleReads = true;

  constructor(
    readonly engine: Engine,
    readonly surface: ConformanceSurface,
    readonly settings: ScenarioSettings,
    /** The step's name, as scenarios announce it in cleanup records. */
    readonly name: string,
    /** `scenario › step`, the label every finding of this step carries. */
    readonly label: string,
  ) {}

  /** A value an earlier step produced; skips this step when that step did not complete. */
  need<T>(value: T | undefined | null, fromStep: string, reason?: string): T {
    if (value === undefined || value === null)
      throw new StepSkip(reason ?? `needs the result of step "${fromStep}", which did not complete`);
    return value;
  }

  /** Sends one request to `operationId` and runs the exchange checks on the answer. */
  async call(operationId: OperationId, request: CallRequest = {}, options: CallOptions = {}): Promise<Reply> {
    const operation = this.operation(operationId);
    try {
      this.guard(operation, request, options);
      this.sanityCheck(operation, request);
    } catch (error) {
      options.creates?.abandon();
      throw error;
    }
    const reply = await this.send(operation, request, { probeAvailability: options.probeAvailability, main: true });
    if (!reply) throw new StepAbort();
    return reply;
  }

  /** negative-data-rejection probe (`checks/negative-data-rejection-probe.ts`). */
  negative(
    operationId: OperationId,
    request: CallRequest & { body: Record<string, unknown>; mediaType: string },
    options: NegativeOptions = {},
  ): Promise<void> {
    return negativeProbe(this, operationId, request, options);
  }

  /** auth-required probe (`checks/auth-required-probe.ts`). */
  withoutCredentials(
    operationId: OperationId,
    request: CallRequest = {},
    options: CallOptions & { onAccepted?: (reply: Reply) => void | Promise<void> } = {},
  ): Promise<void> {
    return withoutCredentialsProbe(this, operationId, request, options);
  }

  /** round-trip: reads until nothing mismatches, with retries (`checks/round-trip-probe.ts`). */
  readBack(
    operationId: OperationId,
    read: () => Promise<{ reply: Reply; drafts: FindingDraft[] }>,
    attempts = READ_ATTEMPTS,
    delayMs = READ_DELAY_MS,
  ): Promise<Reply> {
    return readBackProbe(this, operationId, read, attempts, delayMs);
  }

  /**
   * The read of a write, repeated while it mismatches as readBack does, but judged by the caller: a generated value's
   * attempt (`property`) returns it, so a server that lags its writes fails no value.
   */
  readSettled(
    read: () => Promise<{ reply: Reply; drafts: FindingDraft[] }>,
  ): Promise<{ reply: Reply; drafts: FindingDraft[] }> {
    return readUntilSettled(this.engine.signal, read, this.settleReads ? READ_ATTEMPTS : 1);
  }

  /** round-trip with generated values, shrunk to a minimal failing one (`checks/round-trip-probe.ts`). */
  property<T>(
    operationId: OperationId,
    arbitrary: fc.Arbitrary<T>,
    attempt: (value: T) => Promise<{ reply: Reply; drafts: FindingDraft[] }>,
  ): Promise<void> {
    return propertyProbe(this, operationId, arbitrary, attempt);
  }

  /** A finding of a scenario check about an exchange (e.g. the 409 a duplicate create must get). */
  report(exchange: CheckedExchange, checkId: string, drafts: FindingDraft[]): void {
    if (this.engine.isEnabled(checkId)) this.judge(exchange, checkId, drafts);
  }

  /** The operation, or a "could not run" for a scenario that names one the contract does not have. */
  operation(operationId: string): OperationInfo {
    const operation = this.surface.getOperation(operationId);
    if (!operation) throw new StepError(`the contract of ${this.surface.name} has no operation ${operationId}`);
    return operation;
  }

  /** Whether a probe's request may be sent (the same guard as `call`, as a yes/no). */
  mayCall(operation: OperationInfo, request: CallRequest, options: CallOptions): boolean {
    try {
      this.guard(operation, request, options);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Sends one request and runs the exchange checks on the answer; undefined when no usable answer came (the
   * transport finding is recorded). `purpose` marks a probe's request (negative data, no credentials): its findings
   * say so, and an undocumented 4xx answer to it is a warning, since refusing was the point and only the status is
   * not in the contract.
   */
  async send(operation: OperationInfo, request: CallRequest, mode: SendMode): Promise<Reply | undefined> {
    let built;
    try {
      built = await buildRequest(this.surface, operation, request, this.engine.baseUrl, this.engine.credentials);
    } catch (error) {
      throw new StepError(`could not build the ${operation.operationId} request: ${(error as Error).message}`);
    }
    if (mode.stripCredentials) {
      for (const name of built.credentialHeaders) {
        for (const key of Object.keys(built.http.headers))
          if (key.toLowerCase() === name.toLowerCase()) delete built.http.headers[key];
      }
      built.http.withoutCookies = true;
    }
    if (mode.main) {
      this.method = operation.method;
      this.path = built.path;
    }
    const exchange = await this.engine.client.send(built.http, this.engine.requestSignal, this.engine.deadline);
    const http = built.http;
    if (exchange.error) {
      if (mode.main) this.httpStatus = exchange.response?.status ?? null;
      const curl = toCurl(http, this.engine.credentials);
      this.transport(operation, built.path, exchange.error, exchange.response?.status ?? null, curl, mode.purpose);
      return undefined;
    }
    const response = exchange.response!;
    if (mode.main) this.httpStatus = response.status;
    if (mode.probeAvailability && response.status === 404 && !('404' in operation.responses)) {
      throw new StepSkip(`${operation.method} ${built.path} answered 404: ${mode.probeAvailability}`);
    }
    const checked = buildCheckedExchange(this.surface, operation, operation.method, built.path, response);
    const credentials = this.engine.credentials;
    checked.reproduce = () => (checked.curl ??= toCurl(http, credentials));
    this.engine.onExchange?.(this.surface, operation, request, checked);
    const { findings, applied } = runExchangeChecks(checked, this.engine.exchangeChecks);
    const limit = this.engine.maxResponseTimeMs;
    if (limit !== undefined) {
      applied.push('response-time');
      if (exchange.durationMs > limit)
        findings.push(
          toFinding(checked, 'response-time', {
            message: `the answer took ${Math.round(exchange.durationMs)} ms, more than the ${limit} ms allowed (--max-response-time)`,
            received: `${Math.round(exchange.durationMs)} ms`,
            documented: `at most ${limit} ms`,
            severity: 'error',
          }),
        );
    }
    const purpose = mode.purpose;
    const judged = purpose ? findings.map((finding) => asProbeFinding(finding, purpose)) : findings;
    this.tally(operation.operationId, applied, judged, exchange.durationMs);
    return toReply(checked, built.path);
  }

  /** Records what one check made of an exchange, counted on `operationId` (default the exchange's); see `tally`. */
  judge(
    exchange: CheckedExchange,
    checkId: string,
    drafts: FindingDraft[],
    operationId = exchange.operation.operationId,
  ): Finding[] {
    const findings = drafts.map((draft) => toFinding(exchange, checkId, draft));
    return this.tally(operationId, [checkId], findings);
  }

  /**
   * The one way a check's outcome enters the run: the findings join this step (labelled with it, redacted,
   * deduplicated by the recorder), each check counts one run on the operation (JUnit's testcases, with the exchange's
   * time), and the step lists the checks that ran on it.
   */
  private tally(operationId: string, checkIds: readonly string[], findings: Finding[], timeMs = 0): Finding[] {
    let added: Finding[] = [];
    if (findings.length > 0) {
      const redact = <T>(value: T): T => this.engine.redactor.value(value);
      added = this.engine.recorder.addFindings(
        findings.map((finding) => finishFinding({ ...finding, step: this.label }, redact)),
      );
      this.findings.push(...added);
    }
    for (const checkId of checkIds) {
      this.engine.recorder.ran(this.surface.name, operationId, checkId, added, timeMs);
      this.checks.add(checkId);
    }
    return added;
  }

  /** Ends the step as skipped when the run is stopping (budget used up, interrupted). */
  ensureRunning(): void {
    if (this.engine.signal.aborted) throw new StepSkip(stopReason(this.engine.signal));
  }

  /** Why a call may not happen, as a skip or (for a scenario bug) an error. */
  private guard(operation: OperationInfo, request: CallRequest, options: CallOptions): void {
    this.ensureRunning();
    const policy = {
      readOnly: this.settings.readOnly,
      operations: this.engine.operations,
      owns: (id: string) => this.engine.registry.owns(this.surface.name, id),
    };
    const verdict = safetyVerdict(policy, operation, request, options);
    if (verdict?.kind === 'skip') throw new StepSkip(verdict.reason);
    if (verdict?.kind === 'refuse') throw new StepError(verdict.reason);
  }

  /** The scenario's own request must satisfy the contract, or a refusal would not be the server's fault. */
  private sanityCheck(operation: OperationInfo, request: CallRequest): void {
    if (request.raw !== undefined) return;
    const mediaType =
      request.body === undefined
        ? undefined
        : (request.mediaType ?? Object.keys(operation.requestBody?.content ?? {})[0]);
    if (mediaType?.startsWith('multipart/')) return; // file parts are validated in their decoded form only
    const form = mediaType === 'application/x-www-form-urlencoded';
    const violations = this.surface.validators
      .validateRequest(operation, {
        params: request.params,
        query: request.query,
        headers: { ...this.engine.credentials.headers, ...request.headers },
        body: form ? stringsOf(request.body) : request.body,
        mediaType,
      })
      .filter((violation) => violation.location !== 'header');
    const first = violations[0];
    if (first) {
      throw new StepError(
        `the suite built a ${operation.operationId} request that the contract rejects (${first.location} ${first.pointer || first.name || ''} ${first.message}); the scenario needs updating for this contract version`,
      );
    }
  }

  /** A request that got no usable answer: a transport finding, and the step ends (skipped when the run stops). */
  private transport(
    operation: OperationInfo,
    path: string,
    error: TransportError,
    status: number | null,
    curl: string,
    purpose?: string,
  ): void {
    if (error.kind === 'interrupted') throw new StepSkip(`run stopped: ${error.message}`);
    const finding = toFinding(
      {
        surface: this.surface,
        operation,
        method: operation.method,
        path,
        status,
        documented: undefined,
        curl,
      },
      'transport',
      {
        message: `${error.kind === 'budget' ? `no answer before the run's time budget ran out: ${error.message}` : `${error.kind}: ${error.message}`}${purpose ? ` (request: ${purpose})` : ''}`,
        received: error.kind,
        documented: 'a complete HTTP answer',
        severity: error.kind === 'budget' ? 'warning' : 'error',
      },
    );
    this.tally(operation.operationId, ['transport'], [finding]);
    this.aborted = true;
    if (error.kind === 'budget') throw new StepSkip(`run stopped: ${error.message}`);
  }
}

function asProbeFinding(finding: Finding, purpose: string): Finding {
  const refusal =
    finding.checkId === 'status-code-conformance' &&
    finding.status !== null &&
    finding.status >= 400 &&
    finding.status < 500;
  return {
    ...finding,
    severity: refusal ? 'warning' : finding.severity,
    message: `${finding.message} (answer to ${purpose}${refusal ? ': refused, as it should be, but with a status the contract does not list' : ''})`,
  };
}

function stringsOf(body: unknown): unknown {
  if (body === null || typeof body !== 'object') return body;
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>).map(([key, value]) => [
      key,
      value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]))
        : String(value),
    ]),
  );
}
