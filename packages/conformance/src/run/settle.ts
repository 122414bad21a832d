// Waiting for a server that applies a write a moment after acknowledging it (a replica that lags): the round-trip
// read-backs, the reads of generated values, and cleanup's check that a removal took effect all wait the same way.
import type { FindingDraft } from '../check.js';
import type { Reply } from './reply.js';

/** Reads of a write before a mismatch counts: a server may apply a change a moment after acknowledging it. */
export const READ_ATTEMPTS = 3;
/** The wait before the second read; it doubles before each further one (400 + 800 ms with READ_ATTEMPTS 3). */
export const READ_DELAY_MS = 400;

/**
 * Reads until `read` reports no mismatch, at most `attempts` times, waiting `delayMs` and then twice as long each time
 * (a replica that lags the write it acknowledged catches up), and returns the last read. Judges nothing.
 */
export async function readUntilSettled(
  signal: AbortSignal,
  read: () => Promise<{ reply: Reply; drafts: FindingDraft[] }>,
  attempts = READ_ATTEMPTS,
  delayMs = READ_DELAY_MS,
): Promise<{ reply: Reply; drafts: FindingDraft[] }> {
  let last = await read();
  for (let attempt = 1, wait = delayMs; attempt < attempts && last.drafts.length > 0; attempt += 1, wait *= 2) {
    if (signal.aborted) break;
    await abortableDelay(wait, signal);
    last = await read();
  }
  return last;
}

/** Waits `ms`, or less when the run stops. */
export function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
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
