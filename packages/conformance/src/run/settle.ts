// Waiting for a server that applies a write a moment after acknowledging it (a replica that lags): the round-trip
// read-backs, the reads of generated values, and cleanup's check that a removal took effect all wait the same way.
import { setTimeout as delay } from 'node:timers/promises';
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
export function readUntilSettled(
  signal: AbortSignal,
  read: () => Promise<{ reply: Reply; drafts: FindingDraft[] }>,
  attempts = READ_ATTEMPTS,
  delayMs = READ_DELAY_MS,
): Promise<{ reply: Reply; drafts: FindingDraft[] }> {
  return readWhile(signal, read, (last) => last.drafts.length > 0, attempts, delayMs);
}

/**
 * Reads, and reads again while `again` says the answer may still change, at most `attempts` times, waiting `delayMs`
 * and then twice as long each time (less when the run stops); returns the last read.
 */
export async function readWhile<T>(
  signal: AbortSignal,
  read: () => Promise<T>,
  again: (last: T) => boolean,
  attempts = READ_ATTEMPTS,
  delayMs = READ_DELAY_MS,
): Promise<T> {
  let last = await read();
  for (let attempt = 1, wait = delayMs; attempt < attempts && again(last); attempt += 1, wait *= 2) {
    if (signal.aborted) break;
    await delay(wait, undefined, { signal }).catch(() => undefined);
    last = await read();
  }
  return last;
}
