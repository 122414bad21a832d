import type { OperationId } from '../operation-ids.js';
import type { StepRecord } from '../report.js';
import type { ConformanceSurface } from '../surface.js';
import type { Ownership, Undo } from './cleanup-registry.js';
import type { Engine, ScenarioSettings } from './engine.js';
import type { CallRequest } from './request-builder.js';
import { runTag } from './safety.js';
import { Step, StepAbort, StepError, StepSkip } from './step.js';

// What scenarios import from here (kept so they need no other path): the step, its outcomes, replies, settings.
export type { Engine, ScenarioSettings } from './engine.js';
export { isRefusal, settleCreate, type Reply, wroteNothing } from './reply.js';
export { Step, StepError, StepSkip, type CallOptions, type NegativeOptions } from './step.js';

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
    return runTag(this.settings.runId, suffix);
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
    const step = new Step(this.engine, this.surface, this.settings, name, `${this.scenario} › ${name}`);
    let status: StepRecord['status'] = 'passed';
    let reason: string | undefined;
    let value: T | undefined;
    try {
      step.ensureRunning();
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
