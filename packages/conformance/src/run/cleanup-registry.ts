import type { CleanupOutcome, CleanupRecord, ResourceRecord } from '../report.js';
import { readWhile } from './settle.js';

export interface UndoResult {
  outcome: CleanupOutcome;
  message?: string;
  /** The operation actually used, when it differs from Undo.via (e.g. the ext_ path). */
  via?: string;
  /** A lookup by run tag found the resource (so a failed removal leaves it behind, not "unknown"). */
  found?: boolean;
}

/**
 * How to remove one created resource. `id` is the target's id when the create response gave one. `confirmed` is false
 * when the create's outcome is unknown (no answer, an answer the suite could not read, an unexpected status): the
 * undo then first looks the resource up by its run tag through the read operations and answers `already-gone` when
 * nothing carries the tag (issue 12 item 1: every write is tracked from the moment it is sent).
 */
export interface Undo {
  /** operationId used to remove it (stop, delete or end). */
  via: string;
  run(id: string | undefined, signal: AbortSignal, confirmed: boolean): Promise<UndoResult>;
  /**
   * Reads whether the resource is still there after a removal answered success: `present` only on evidence (an
   * active state, the run's keys still readable), `unknown` when the read cannot tell. A stop or delete that answers
   * 200 and does nothing is a fault the run must not count as "removed" (issue 12 item 1: the report counts left
   * behind truthfully).
   */
  verify?(id: string | undefined, signal: AbortSignal): Promise<Presence>;
}

/** What a read after a removal says about the resource. */
export type Presence = 'gone' | 'present' | 'unknown';

interface Entry {
  record: Omit<ResourceRecord, 'id'> & { id?: string; label?: string };
  undo: Undo;
  /**
   * pending: sent, outcome unknown; created: the answer confirmed it; abandoned: the answer was a clear refusal (or
   * the request was never sent); done: removed or cleanup attempted; unknown: cleanup could not tell whether it
   * exists.
   */
  state: 'pending' | 'created' | 'abandoned' | 'done' | 'unknown';
  /** The resource is known to exist (confirmed by its create, or found by its run tag). */
  exists: boolean;
  reason?: string;
  /** The record of a scenario step's removal, until cleanup's read shows the removal did not happen. */
  byScenario?: CleanupRecord;
}

/** A resource announced before its create request is sent (so an interrupted create can still be cleaned up). */
export interface Ownership {
  /** The create answered with success; `id` when the answer names what it made. */
  confirm(id?: string): void;
  /** The create answered with a clear refusal (4xx, a documented failure reply): nothing was made. */
  abandon(): void;
  /**
   * The answer was neither a clear success nor a clear refusal; `id` if one could be read anyway. Cleanup finds the
   * resource by its run tag (or id) and removes it, or reports that nothing was made.
   */
  unsure(id?: string): void;
  /** A scenario step removed it itself (e.g. the stop step). */
  removedByScenario(via: string, outcome: CleanupOutcome, message?: string): void;
  readonly id: string | undefined;
}

/**
 * Everything a run creates is announced here before the create is sent and removed at the end, newest first:
 * after the last step, after a failed step, when the budget runs out and on SIGINT/SIGTERM. The registry is also
 * the ownership list: the engine refuses to stop, update or delete an id that is not in it.
 */
export class CleanupRegistry {
  private readonly entries: Entry[] = [];
  private readonly cleaned: CleanupRecord[] = [];

  announce(record: Entry['record'], undo: Undo): Ownership {
    const entry: Entry = { record: { ...record }, undo, state: 'pending', exists: false };
    this.entries.push(entry);
    const registry = this;
    return {
      confirm(id) {
        if (id !== undefined) entry.record.id = id;
        if (entry.state === 'pending') [entry.state, entry.exists] = ['created', true];
      },
      abandon() {
        if (entry.state === 'pending') entry.state = 'abandoned';
      },
      unsure(id) {
        if (id !== undefined && entry.record.id === undefined) entry.record.id = id;
      },
      removedByScenario(via, outcome, message) {
        if (entry.state === 'done' || entry.state === 'abandoned') return;
        [entry.state, entry.exists] = ['done', true];
        entry.byScenario = { ...registry.resource(entry), outcome, via, by: 'scenario', message };
        registry.cleaned.push(entry.byScenario);
      },
      get id() {
        return entry.record.id;
      },
    };
  }

  /** True when `id` names something this run created (and has not abandoned). */
  owns(surface: string, id: string): boolean {
    return this.entries.some(
      (entry) =>
        entry.record.surface === surface &&
        entry.state !== 'abandoned' &&
        (entry.record.id === id || entry.record.label === id),
    );
  }

  /** Resources the run created: confirmed by their create's answer, or found by their run tag during cleanup. */
  created(): ResourceRecord[] {
    return this.entries.filter((entry) => entry.exists).map((entry) => this.resource(entry));
  }

  /**
   * Writes whose outcome is still unknown: sent, but neither confirmed nor refused, and not (yet) found or ruled out
   * by cleanup. After cleanup, these are the ones the target could not be asked about; they may exist.
   */
  unknown(): Array<ResourceRecord & { reason: string }> {
    return this.entries
      .filter((entry) => entry.state === 'pending' || entry.state === 'unknown')
      .map((entry) => ({
        ...this.resource(entry),
        reason: entry.reason ?? 'the create was sent, but its outcome is unknown and cleanup did not run',
      }));
  }

  cleanedUp(): CleanupRecord[] {
    return [...this.cleaned];
  }

  leftOver(): Array<ResourceRecord & { reason: string }> {
    const removed = new Set(this.cleaned.filter((c) => c.outcome !== 'failed').map((c) => `${c.surface}|${c.id}`));
    const failed = new Map(
      this.cleaned
        .filter((c) => c.outcome === 'failed')
        .map((c) => [`${c.surface}|${c.id}`, c.message ?? 'cleanup failed']),
    );
    return this.created()
      .filter((record) => !removed.has(`${record.surface}|${record.id}`))
      .map((record) => ({ ...record, reason: failed.get(`${record.surface}|${record.id}`) ?? 'cleanup did not run' }));
  }

  /** Removes whatever is (or may be) still there, newest first. Never throws; every outcome is recorded. */
  async cleanAll(signal: AbortSignal, onEach?: (record: CleanupRecord) => void): Promise<void> {
    for (const entry of [...this.entries].reverse()) {
      if (entry.byScenario) await this.recheckScenarioRemoval(entry, signal);
      if (entry.state !== 'created' && entry.state !== 'pending') continue;
      const confirmed = entry.state === 'created';
      let result: UndoResult;
      try {
        result = signal.aborted
          ? { outcome: 'failed', message: 'cleanup was cut short (second interrupt or cleanup time limit)' }
          : await entry.undo.run(entry.record.id, signal, confirmed);
        result = await this.readBack(entry, result, signal);
      } catch (error) {
        result = { outcome: 'failed', message: (error as Error).message };
      }
      if (!confirmed && !result.found) {
        // A write of unknown outcome: nothing carries its tag, so nothing was made.
        if (result.outcome === 'already-gone') {
          entry.state = 'abandoned';
          continue;
        }
        if (result.outcome === 'failed') {
          entry.state = 'unknown';
          entry.reason = `the create's outcome is unknown and cleanup could not settle it: ${result.message ?? 'failed'}`;
          continue;
        }
      }
      entry.exists = true; // confirmed, or found by its run tag
      entry.state = 'done';
      const record: CleanupRecord = {
        ...this.resource(entry),
        outcome: result.outcome,
        via: result.via ?? entry.undo.via,
        by: 'cleanup',
        message: result.message,
      };
      this.cleaned.push(record);
      onEach?.(record);
    }
  }

  /**
   * A scenario's stop or delete answered success; a read now says whether it did anything. When the resource is
   * still there the scenario's record is withdrawn and cleanup removes it like anything else the run created.
   */
  private async recheckScenarioRemoval(entry: Entry, signal: AbortSignal): Promise<void> {
    if ((await this.presenceAfterRemoval(entry, signal)) !== 'present') return;
    this.cleaned.splice(this.cleaned.indexOf(entry.byScenario!), 1);
    entry.byScenario = undefined;
    entry.state = 'created';
  }

  /**
   * A removal's answer is checked against a read of the resource, both ways: success that left it there is a
   * failure (left behind), and a failure reply after which it is gone is a removal (the read is the evidence).
   */
  private async readBack(entry: Entry, result: UndoResult, signal: AbortSignal): Promise<UndoResult> {
    if (result.outcome === 'already-gone') return result;
    const presence =
      result.outcome === 'cleaned'
        ? await this.presenceAfterRemoval(entry, signal)
        : await this.presence(entry, signal);
    const via = result.via ?? entry.undo.via;
    if (result.outcome === 'cleaned' && presence === 'present')
      return {
        ...result,
        outcome: 'failed',
        found: true,
        message: `${via} answered success, but a read afterwards still finds the ${entry.record.kind}: not removed`,
      };
    if (result.outcome === 'failed' && presence === 'gone' && (entry.state === 'created' || result.found))
      return {
        ...result,
        outcome: 'cleaned',
        message: `${result.message ?? `${via} failed`}, but a read afterwards no longer finds the ${entry.record.kind}`,
      };
    return result;
  }

  /**
   * Presence after a removal that answered success: a server may apply it a moment later, so `present` is read again
   * as a round-trip read-back is (run/settle.ts) before it counts.
   */
  private presenceAfterRemoval(entry: Entry, signal: AbortSignal): Promise<Presence> {
    return readWhile(
      signal,
      () => this.presence(entry, signal),
      (presence) => presence === 'present',
    );
  }

  private async presence(entry: Entry, signal: AbortSignal): Promise<Presence> {
    if (!entry.undo.verify || signal.aborted) return 'unknown';
    try {
      return await entry.undo.verify(entry.record.id, signal);
    } catch {
      return 'unknown';
    }
  }

  private resource(entry: Entry): ResourceRecord {
    const { id, label, ...rest } = entry.record;
    return { ...rest, id: id ?? (label ? `ext_${label}` : '(unknown id)') };
  }
}
