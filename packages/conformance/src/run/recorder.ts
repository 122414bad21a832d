import type { Finding } from '../finding.js';
import type { CheckExecution, StepRecord, StepStatus } from '../report.js';

/**
 * Collects what a run observed: steps in completion order, findings (deduplicated: a read retried three times
 * reports a schema violation once) and which (operation, check) pairs ran.
 */
export class Recorder {
  readonly steps: StepRecord[] = [];
  readonly findings: Finding[] = [];
  /** By operation, then check: no key string built per check and answer (bench/throughput.mjs profile). */
  private readonly executions = new Map<string, Map<string, CheckExecution>>();
  private readonly seen = new Set<string>();

  /** Adds findings unless the same one (check, operation, step, pointer, message) is already recorded. */
  addFindings(findings: readonly Finding[]): Finding[] {
    const added: Finding[] = [];
    for (const finding of findings) {
      const key = JSON.stringify([
        finding.checkId,
        finding.operationId,
        finding.step,
        finding.pointer,
        finding.message,
      ]);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.findings.push(finding);
      added.push(finding);
    }
    return added;
  }

  ran(surface: string, operationId: string, checkId: string, findings: readonly Finding[] = [], timeMs = 0): void {
    const entry = this.entry(surface, operationId, checkId);
    entry.runs += 1;
    entry.timeMs += timeMs;
    for (const finding of findings) {
      if (finding.checkId !== checkId) continue;
      if (finding.severity === 'error') entry.errors += 1;
      else entry.warnings += 1;
    }
  }

  skipped(surface: string, operationId: string, checkIds: readonly string[], reason: string): void {
    for (const checkId of checkIds) {
      const entry = this.entry(surface, operationId, checkId);
      entry.skipped ??= reason;
    }
  }

  addStep(step: Omit<StepRecord, 'index'>): StepRecord {
    const record = { index: this.steps.length + 1, ...step };
    this.steps.push(record);
    return record;
  }

  executionList(): CheckExecution[] {
    return [...this.executions.values()].flatMap((byCheck) => [...byCheck.values()]);
  }

  stepCounts(): Record<StepStatus, number> {
    const counts: Record<StepStatus, number> = { passed: 0, failed: 0, skipped: 0, error: 0 };
    for (const step of this.steps) counts[step.status] += 1;
    return counts;
  }

  private entry(surface: string, operationId: string, checkId: string): CheckExecution {
    let byCheck = this.executions.get(operationId);
    if (!byCheck) this.executions.set(operationId, (byCheck = new Map()));
    let entry = byCheck.get(checkId);
    if (!entry) {
      entry = { surface, operationId, checkId, runs: 0, errors: 0, warnings: 0, timeMs: 0 };
      byCheck.set(checkId, entry);
    }
    return entry;
  }
}
