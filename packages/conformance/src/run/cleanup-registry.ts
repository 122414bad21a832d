import type { CleanupOutcome, CleanupRecord, ResourceRecord } from '../report.js';

export interface UndoResult {
  outcome: CleanupOutcome;
  message?: string;
  /** The operation actually used, when it differs from Undo.via (e.g. the ext_ path). */
  via?: string;
}

/**
 * How to remove one created resource. `id` is the target's id when the create response gave one; undefined when
 * the response never arrived (interrupt, timeout), in which case the undo finds the resource by its run-tagged
 * external id or answers `already-gone` when nothing carries the tag.
 */
export interface Undo {
  /** operationId used to remove it (stop, delete or end). */
  via: string;
  run(id: string | undefined, signal: AbortSignal): Promise<UndoResult>;
}

interface Entry {
  record: Omit<ResourceRecord, 'id'> & { id?: string; label?: string };
  undo: Undo;
  state: 'pending' | 'created' | 'abandoned' | 'done';
}

/** A resource announced before its create request is sent (so an interrupted create can still be cleaned up). */
export interface Ownership {
  /** The create answered with success; `id` when the answer names what it made. */
  confirm(id?: string): void;
  /** The create answered with a failure: nothing was made, nothing to clean up. */
  abandon(): void;
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
    const entry: Entry = { record: { ...record }, undo, state: 'pending' };
    this.entries.push(entry);
    const registry = this;
    return {
      confirm(id) {
        if (id !== undefined) entry.record.id = id;
        if (entry.state === 'pending') entry.state = 'created';
      },
      abandon() {
        if (entry.state === 'pending') entry.state = 'abandoned';
      },
      removedByScenario(via, outcome, message) {
        if (entry.state === 'done' || entry.state === 'abandoned') return;
        entry.state = 'done';
        registry.cleaned.push({ ...registry.resource(entry), outcome, via, by: 'scenario', message });
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

  /** Resources the run created (or may have created: interrupted creates count until cleanup proves otherwise). */
  created(): ResourceRecord[] {
    return this.entries
      .filter((entry) => entry.state === 'created' || entry.state === 'done' || entry.state === 'pending')
      .map((entry) => this.resource(entry));
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

  /** Removes whatever is still there, newest first. Never throws; every outcome is recorded. */
  async cleanAll(signal: AbortSignal, onEach?: (record: CleanupRecord) => void): Promise<void> {
    for (const entry of [...this.entries].reverse()) {
      if (entry.state !== 'created' && entry.state !== 'pending') continue;
      const wasPending = entry.state === 'pending';
      entry.state = 'done';
      let result: UndoResult;
      try {
        result = signal.aborted
          ? { outcome: 'failed', message: 'cleanup was cut short (second interrupt or cleanup time limit)' }
          : await entry.undo.run(entry.record.id, signal);
      } catch (error) {
        result = { outcome: 'failed', message: (error as Error).message };
      }
      // An interrupted create that left nothing behind was never created: drop it from the lists.
      if (wasPending && result.outcome === 'already-gone') {
        entry.state = 'abandoned';
        continue;
      }
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

  private resource(entry: Entry): ResourceRecord {
    const { id, label, ...rest } = entry.record;
    return { ...rest, id: id ?? (label ? `ext_${label}` : '(unknown id)') };
  }
}
