import { isJsonMediaType, parseMediaType, type OperationInfo } from '@cx-contracts/openapi-runtime';
import fc from 'fast-check';
import { analyzeEnvelope, isFailureForm } from '../envelope.js';
import type { CheckedExchange, ExchangeCheck, FindingDraft } from '../check.js';
import { buildCheckedExchange, finishFinding, runExchangeChecks, toFinding } from '../check-exchange.js';
import { judgeWithoutCredentials, requiresCredentials } from '../checks/auth-required.js';
import { judgeNegative, negativeCases } from '../checks/negative-data-rejection.js';
import type { Finding } from '../finding.js';
import type { OperationId } from '../operation-ids.js';
import { toCurl } from '../http/curl.js';
import type { HttpClient, HttpExchange } from '../http/http-client.js';
import type { Redactor } from '../http/redactor.js';
import type { StepRecord } from '../report.js';
import type { ConformanceSurface } from '../surface.js';
import type { CleanupRegistry, Ownership, Undo } from './cleanup-registry.js';
import type { Recorder } from './recorder.js';
import { buildRequest, type CallRequest, type Credentials } from './request-builder.js';

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

/** What the runner shares with every flow. */
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

/** Ends a step as skipped (with the reason): it did not run and does not count as passed. */
export class StepSkip extends Error {}
/** Ends a step as "could not run" (a precondition failed in a way that is not a server finding). */
export class StepError extends Error {}
/** Ends a step whose request got no usable answer; the transport finding is already recorded. */
class StepAbort extends Error {}

export interface Reply {
  status: number;
  /** The body as the contract reads it: parsed JSON only when the Content-Type says JSON and it parses. */
  body: unknown;
  headers: Record<string, string>;
  exchange: CheckedExchange;
  path: string;
  /** Set when the body was not readable in its documented format: why (steps that need the body say so). */
  unreadable?: string;
  /**
   * The body parsed as JSON whatever the Content-Type says, for tracking what a write created (never for checks):
   * JSON served as text/plain still names the id cleanup needs.
   */
  salvaged: unknown;
}

/**
 * A clear refusal, after which nothing was created: a 4xx, or a documented failure reply (GMS statusCode 1/2,
 * Web Services status "error"). Anything else that is not a clean success (a 5xx, an unreadable body, an
 * unexpected status) leaves the write's outcome unknown (issue 12 item 1).
 */
export function isRefusal(reply: Reply): boolean {
  if (reply.status >= 400 && reply.status < 500) return true;
  if (reply.status < 200 || reply.status >= 300 || reply.unreadable) return false;
  const envelope = analyzeEnvelope(reply.exchange);
  const form = envelope?.selected ?? (envelope?.matching.length === 1 ? envelope.matching[0] : undefined);
  return form !== undefined && envelope!.matching.includes(form) && isFailureForm(form);
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

export interface NegativeOptions extends CallOptions {
  /** Body fields never altered (the run tag). */
  protect?: readonly string[];
  /** Called when the server accepted a negative body (it may have created something: register it). */
  onAccepted?: (reply: Reply) => void | Promise<void>;
}

/** One scenario's view of the engine: steps, calls, probes and the cleanup registry, all on one surface. */
export class Flow {
  constructor(
    private readonly engine: Engine,
    readonly surface: ConformanceSurface,
    readonly scenario: string,
    readonly settings: ScenarioSettings,
  ) {}

  /** A run-tagged value: `cxc-<runId>-<suffix>` (externalIds, customer ids, keys). */
  tag(suffix: string): string {
    return `cxc-${this.settings.runId}-${suffix}`;
  }

  announce(record: { kind: string; operationId: OperationId; step: string; label?: string }, undo: Undo): Ownership {
    return this.engine.registry.announce({ surface: this.surface.name, ...record }, undo);
  }

  /** A cleanup request (see Engine.cleanupCall). */
  cleanupCall(
    operationId: OperationId,
    request: CallRequest,
    signal: AbortSignal,
  ): Promise<{ status: number; body: unknown } | undefined> {
    return this.engine.cleanupCall(this.surface, operationId, request, signal);
  }

  /** Remembers a secret the server handed out (a CSRF token) so no report shows it. */
  secret(value: string | undefined): void {
    this.engine.redactor.add(value);
  }

  /** Runs a step; returns the function's value, or undefined when the step was skipped or failed. */
  async step<T>(
    name: string,
    operationId: OperationId | undefined,
    fn: (step: Step) => Promise<T>,
  ): Promise<T | undefined> {
    const started = performance.now();
    const step = new Step(this.engine, this, name);
    let status: StepRecord['status'] = 'passed';
    let reason: string | undefined;
    let value: T | undefined;
    try {
      if (this.engine.signal.aborted) throw new StepSkip(stopReason(this.engine.signal));
      value = await fn(step);
    } catch (error) {
      value = undefined;
      if (error instanceof StepSkip) [status, reason] = ['skipped', error.message];
      else if (error instanceof StepError)
        [status, reason] = [step.findings.some((f) => f.severity === 'error') ? 'failed' : 'error', error.message];
      else if (!(error instanceof StepAbort))
        [status, reason] = ['error', `internal error: ${(error as Error).message}`];
    }
    const errors = step.findings.filter((finding) => finding.severity === 'error').length;
    if (status === 'passed' && (errors > 0 || step.aborted)) status = 'failed';
    if (status === 'failed' && !reason) reason = step.findings.find((finding) => finding.severity === 'error')?.message;
    if (status === 'skipped' && operationId) {
      this.engine.recorder.skipped(
        this.surface.name,
        operationId,
        this.engine.exchangeChecks.map((check) => check.id),
        reason ?? 'skipped',
      );
    }
    const record = this.engine.recorder.addStep({
      surface: this.surface.name,
      scenario: this.scenario,
      name,
      operationId,
      method: step.method,
      path: step.path,
      httpStatus: status === 'skipped' ? undefined : step.httpStatus,
      status,
      reason,
      durationMs: performance.now() - started,
      errors,
      warnings: step.findings.length - errors,
      checks: [...step.checks],
    });
    this.engine.onStep(record, step.findings);
    return value;
  }

  /** Records a step that cannot run, with the reason (never counted as passed). */
  async skip(name: string, operationId: OperationId | undefined, reason: string): Promise<void> {
    await this.step(name, operationId, async () => {
      throw new StepSkip(reason);
    });
  }
}

function stopReason(signal: AbortSignal): string {
  const reason = signal.reason as { message?: string } | undefined;
  return `run stopped before this step: ${reason?.message ?? 'interrupted'}`;
}

/** The handle a step's function works with. */
export class Step {
  readonly findings: Finding[] = [];
  readonly checks = new Set<string>();
  httpStatus: number | null | undefined;
  method: string | undefined;
  path: string | undefined;
  aborted = false;

  constructor(
    private readonly engine: Engine,
    private readonly flow: Flow,
    readonly name: string,
  ) {}

  /** A value an earlier step produced; skips this step when that step did not complete. */
  need<T>(value: T | undefined | null, fromStep: string, reason?: string): T {
    if (value === undefined || value === null)
      throw new StepSkip(reason ?? `needs the result of step "${fromStep}", which did not complete`);
    return value;
  }

  /** Sends one request to `operationId` and runs the exchange checks on the answer. */
  async call(operationId: OperationId, request: CallRequest = {}, options: CallOptions = {}): Promise<Reply> {
    try {
      this.guard(this.operation(operationId), request, options);
      this.sanityCheck(this.operation(operationId), request);
    } catch (error) {
      options.creates?.abandon();
      throw error;
    }
    const operation = this.operation(operationId);
    const reply = await this.send(operation, request, { probeAvailability: options.probeAvailability, main: true });
    if (!reply) throw new StepAbort();
    return reply;
  }

  /**
   * negative-data-rejection: sends bodies one step away from `request.body` that the contract rejects, and
   * expects each to be refused. Runs only when the check is selected and the operation may be called.
   */
  async negative(
    operationId: OperationId,
    request: CallRequest & { body: Record<string, unknown>; mediaType: string },
    options: NegativeOptions = {},
  ): Promise<void> {
    const operation = this.operation(operationId);
    if (!this.engine.isEnabled('negative-data-rejection') || !this.allowed(operation, request, options))
      return options.creates?.abandon();
    const cases = negativeCases(this.flow.surface, operation, { ...request, protect: options.protect });
    let accepted = false;
    let unsettled = false;
    for (const negative of cases) {
      const call: CallRequest =
        negative.raw !== undefined
          ? { ...request, body: undefined, raw: negative.raw }
          : { ...request, body: negative.body };
      const reply = await this.send(operation, call, {
        purpose: `the negative-data-rejection probe "${negative.description}"`,
      });
      if (!reply) {
        unsettled = true;
        continue;
      }
      if (!isRefusal(reply)) unsettled = true;
      const drafts = judgeNegative(reply.exchange, negative);
      const findings = this.record(reply.exchange, 'negative-data-rejection', drafts);
      this.engine.recorder.ran(this.flow.surface.name, operationId, 'negative-data-rejection', findings);
      this.checks.add('negative-data-rejection');
      if (reply.status < 300 && drafts.length > 0) {
        accepted = true;
        await options.onAccepted?.(reply);
      }
    }
    // Only probes that were all clearly refused created nothing; otherwise cleanup looks for the run tag.
    if (!accepted && !unsettled) options.creates?.abandon();
  }

  /** auth-required: repeats a request with every credential removed and expects 401/403. */
  async withoutCredentials(
    operationId: OperationId,
    request: CallRequest = {},
    options: CallOptions & { onAccepted?: (reply: Reply) => void | Promise<void> } = {},
  ): Promise<void> {
    const operation = this.operation(operationId);
    if (
      !this.engine.isEnabled('auth-required') ||
      !requiresCredentials(operation) ||
      !this.allowed(operation, request, options)
    )
      return options.creates?.abandon();
    const reply = await this.send(operation, request, {
      stripCredentials: true,
      purpose: 'the auth-required probe without credentials',
    });
    if (!reply) return;
    const drafts = judgeWithoutCredentials(reply.exchange);
    const findings = this.record(reply.exchange, 'auth-required', drafts);
    this.engine.recorder.ran(this.flow.surface.name, operationId, 'auth-required', findings);
    this.checks.add('auth-required');
    if (reply.status >= 200 && reply.status < 300) await options.onAccepted?.(reply);
    else if (isRefusal(reply)) options.creates?.abandon();
  }

  /**
   * round-trip: reads until `read` reports no mismatch, at most `attempts` times `delayMs` apart (a server may
   * apply a change a moment after acknowledging it), then records what is still wrong.
   */
  async readBack(
    operationId: OperationId,
    read: () => Promise<{ reply: Reply; drafts: FindingDraft[] }>,
    attempts = 3,
    delayMs = 400,
  ): Promise<Reply> {
    let last = await read();
    for (
      let attempt = 1;
      attempt < attempts && last.drafts.length > 0 && this.engine.isEnabled('round-trip');
      attempt += 1
    ) {
      await abortableDelay(delayMs, this.engine.signal);
      last = await read();
    }
    if (this.engine.isEnabled('round-trip')) {
      const findings = this.record(last.reply.exchange, 'round-trip', last.drafts);
      this.engine.recorder.ran(this.flow.surface.name, operationId, 'round-trip', findings);
      this.checks.add('round-trip');
    }
    return last.reply;
  }

  /**
   * round-trip with generated values (issue 12 item 5): writes values drawn from `arbitrary` (seeded with --seed) and
   * reads them back through `attempt`, up to `generatedRuns` times. A failing value is shrunk by fast-check to a
   * minimal one, which is written and read once more (with the usual read retries) and reported, with the seed that
   * replays it. Requests keep their normal checks; the property only judges the round trip.
   */
  async property<T>(
    operationId: OperationId,
    arbitrary: fc.Arbitrary<T>,
    attempt: (value: T) => Promise<{ reply: Reply; drafts: FindingDraft[] }>,
  ): Promise<void> {
    const { seed, generatedRuns } = this.flow.settings;
    let stopped: unknown;
    const details = await fc.check(
      fc.asyncProperty(arbitrary, async (value) => {
        if (stopped !== undefined || this.engine.signal.aborted) return true; // the run is stopping: end quickly
        try {
          const { drafts } = await attempt(value);
          return !drafts.some((draft) => draft.severity !== 'warning');
        } catch (error) {
          stopped = error; // a transport failure or a stop is the step's outcome, not the value's
          return true;
        }
      }),
      {
        seed,
        numRuns: generatedRuns,
        interruptAfterTimeLimit: Math.max(1_000, Math.min(30_000, this.engine.deadline - Date.now() - 2_000)),
      },
    );
    if (stopped !== undefined) throw stopped;
    if (this.engine.signal.aborted) throw new StepSkip(stopReason(this.engine.signal));
    if (!details.failed || !details.counterexample) return;
    const [minimal] = details.counterexample;
    const replay = `generated value ${JSON.stringify(minimal)}, shrunk in ${details.numShrinks} step(s) from a failure at try ${details.numRuns}; replay with --seed ${seed}`;
    await this.readBack(operationId, async () => {
      const { reply, drafts } = await attempt(minimal);
      return { reply, drafts: drafts.map((draft) => ({ ...draft, message: `${draft.message} (${replay})` })) };
    });
  }

  /** A finding of a scenario check about an exchange (e.g. the 409 a duplicate create must get). */
  report(exchange: CheckedExchange, checkId: string, drafts: FindingDraft[]): void {
    if (!this.engine.isEnabled(checkId)) return;
    const findings = this.record(exchange, checkId, drafts);
    this.engine.recorder.ran(this.flow.surface.name, exchange.operation.operationId, checkId, findings);
    this.checks.add(checkId);
  }

  private operation(operationId: string): OperationInfo {
    const operation = this.flow.surface.getOperation(operationId);
    if (!operation) throw new StepError(`the contract of ${this.flow.surface.name} has no operation ${operationId}`);
    return operation;
  }

  /** Why a call may not happen, as a skip or (for a scenario bug) an error. */
  private guard(operation: OperationInfo, request: CallRequest, options: CallOptions): void {
    if (this.engine.signal.aborted) throw new StepSkip(stopReason(this.engine.signal));
    if (this.flow.settings.readOnly && operation.safe !== true) {
      throw new StepSkip(`read-only run: ${operation.operationId} is not marked x-safe: true`);
    }
    if (this.engine.operations && !this.engine.operations.has(operation.operationId)) {
      throw new StepSkip(`${operation.operationId} is not selected by --operations`);
    }
    if (operation.safe === true || options.creates || options.consent) return;
    // Never stop, update or delete anything this run did not create.
    const owned = options.owned;
    if (
      !owned ||
      !Object.values(request.params ?? {}).includes(owned) ||
      !this.engine.registry.owns(this.flow.surface.name, owned)
    ) {
      throw new StepError(
        `refusing to call ${operation.operationId}: it changes data and its target was not created by this run`,
      );
    }
  }

  private allowed(operation: OperationInfo, request: CallRequest, options: CallOptions): boolean {
    try {
      this.guard(operation, request, options);
      return true;
    } catch {
      return false;
    }
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
    const violations = this.flow.surface.validators
      .validateRequest(operation, {
        params: request.params,
        query: request.query,
        headers: { ...this.engine.credentials.headers, ...request.headers },
        body: form ? stringsOf(request.body) : request.body,
        mediaType,
      })
      .filter((violation) => violation.location !== 'header');
    if (violations.length > 0) {
      const first = violations[0]!;
      throw new StepError(
        `the suite built a ${operation.operationId} request that the contract rejects (${first.location} ${first.pointer || first.name || ''} ${first.message}); the scenario needs updating for this contract version`,
      );
    }
  }

  /**
   * `purpose` marks a probe's request (negative data, no credentials): its findings say so, and an undocumented 4xx
   * answer to it is a warning, since refusing was the point and only the status is not in the contract.
   */
  private async send(
    operation: OperationInfo,
    request: CallRequest,
    mode: { stripCredentials?: boolean; probeAvailability?: string; main?: boolean; purpose?: string },
  ): Promise<Reply | undefined> {
    let built;
    try {
      built = await buildRequest(this.flow.surface, operation, request, this.engine.baseUrl, this.engine.credentials);
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
    const curl = toCurl(built.http, this.engine.credentials);
    if (exchange.error) {
      if (mode.main) this.httpStatus = exchange.response?.status ?? null;
      this.transport(operation, built.path, exchange, curl, mode.purpose);
      return undefined;
    }
    const response = exchange.response!;
    if (mode.main) this.httpStatus = response.status;
    if (mode.probeAvailability && response.status === 404 && !('404' in operation.responses)) {
      throw new StepSkip(`${operation.method} ${built.path} answered 404: ${mode.probeAvailability}`);
    }
    const checked = buildCheckedExchange(this.flow.surface, operation, operation.method, built.path, response);
    checked.curl = curl;
    this.engine.onExchange?.(this.flow.surface, operation, request, checked);
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
    const added = this.add(mode.purpose ? findings.map((finding) => asProbeFinding(finding, mode.purpose!)) : findings);
    for (const checkId of applied) {
      this.engine.recorder.ran(this.flow.surface.name, operation.operationId, checkId, added, exchange.durationMs);
      this.checks.add(checkId);
    }
    const unreadable = unreadableBody(checked);
    return {
      status: response.status,
      body: checked.body,
      headers: checked.headers,
      exchange: checked,
      path: built.path,
      unreadable,
      salvaged: unreadable ? salvage(checked.bodyText) : checked.body,
    };
  }

  private transport(
    operation: OperationInfo,
    path: string,
    exchange: HttpExchange,
    curl: string,
    purpose?: string,
  ): void {
    const error = exchange.error!;
    if (error.kind === 'interrupted') throw new StepSkip(`run stopped: ${error.message}`);
    const finding = toFinding(
      {
        surface: this.flow.surface,
        operation,
        method: operation.method,
        path,
        status: exchange.response?.status ?? null,
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
    const added = this.add([finding]);
    this.engine.recorder.ran(this.flow.surface.name, operation.operationId, 'transport', added);
    this.checks.add('transport');
    this.aborted = true;
    if (error.kind === 'budget') throw new StepSkip(`run stopped: ${error.message}`);
  }

  private record(exchange: CheckedExchange, checkId: string, drafts: FindingDraft[]): Finding[] {
    return this.add(drafts.map((draft) => toFinding(exchange, checkId, draft)));
  }

  private add(findings: Finding[]): Finding[] {
    const redact = <T>(value: T): T => this.engine.redactor.value(value);
    const added = this.engine.recorder.addFindings(
      findings.map((finding) => finishFinding({ ...finding, step: `${this.flow.scenario} › ${this.name}` }, redact)),
    );
    this.findings.push(...added);
    return added;
  }
}

/**
 * Settles a create's ownership from its answer (issue 12 item 1): a readable success confirms it (with the id
 * `idOf` reads), a clear refusal withdraws it, and anything else (a 5xx, a 2xx whose body could not be read)
 * leaves it unsure, with whatever id can be salvaged, so cleanup finds it by id or run tag. Returns the id when
 * confirmed, `null` when not.
 */
export function settleCreate(
  own: Ownership,
  reply: Reply,
  idOf: (body: unknown) => string | undefined,
): string | undefined | null {
  const refused = isRefusal(reply);
  if (reply.status >= 200 && reply.status < 300 && !reply.unreadable && !refused) {
    const id = idOf(reply.body);
    own.confirm(id);
    return id;
  }
  if (refused) own.abandon();
  else own.unsure(idOf(reply.salvaged));
  return null;
}

/** Why a body documented as JSON could not be read as such, or undefined when it could (or none is documented). */
function unreadableBody(exchange: CheckedExchange): string | undefined {
  if (exchange.jsonError) return `the reply body is not valid JSON (${exchange.jsonError})`;
  if (exchange.bodyText === '' || typeof exchange.body !== 'string') return undefined;
  const documented = Object.keys(exchange.documented?.response.content ?? {});
  if (!documented.some((key) => isJsonMediaType(parseMediaType(key)))) return undefined;
  return `the reply was not read: JSON is documented, but it came as ${exchange.contentType ?? 'a body without Content-Type'}`;
}

function salvage(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
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

function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
