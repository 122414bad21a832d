import fc from 'fast-check';
import type { FindingDraft } from '../check.js';
import type { Reply } from '../run/reply.js';
import { readUntilSettled } from '../run/settle.js';
import type { Step } from '../run/step.js';

type Attempt = Promise<{ reply: Reply; drafts: FindingDraft[] }>;

/** The round-trip probe: reads until `read` reports no mismatch (readUntilSettled), then records what is still wrong. */
export async function readBackProbe(
  step: Step,
  operationId: string,
  read: () => Attempt,
  attempts: number,
  delayMs: number,
): Promise<Reply> {
  const enabled = step.engine.isEnabled('round-trip');
  const last = enabled ? await readUntilSettled(step.engine.signal, read, attempts, delayMs) : await read();
  if (enabled) step.judge(last.reply.exchange, 'round-trip', last.drafts, operationId);
  return last.reply;
}

/**
 * Shrink attempts that may write to the target. Each attempt is a write (a GMS Open Media create writes a whole new
 * interaction); a fault that fails every value (a read that never works) made fast-check shrink a 256-character
 * string one character at a time, 255 creates against what may be production. After this many, the smallest
 * failing value found so far is the one reported.
 */
export const SHRINK_WRITES = 30;

/**
 * round-trip with generated values (issue 12 item 5): writes values drawn from `arbitrary` (seeded with --seed) and
 * reads them back through `attempt`, up to `generatedRuns` times. A failing value is shrunk by fast-check to a
 * minimal one (at most SHRINK_WRITES further writes), which is written and read once more and reported, with the
 * seed that replays it. Requests keep their normal checks; the property only judges the round trip.
 *
 * Reads wait for a lagging server (Step.readSettled) until the first failure; while shrinking, each candidate is read
 * once, so a server that fails every value costs no waits. Should the minimal value pass when read with waits (its
 * failure was lag), the first failure, which did survive them, is the finding.
 */
export async function propertyProbe<T>(
  step: Step,
  operationId: string,
  arbitrary: fc.Arbitrary<T>,
  attempt: (value: T) => Attempt,
): Promise<void> {
  const { seed, generatedRuns } = step.settings;
  const { signal, deadline } = step.engine;
  let stopped: unknown;
  let shrinkWrites = 0;
  let first: { value: T; try: number; outcome: Awaited<Attempt> } | undefined;
  let tries = 0;
  const details = await fc
    .check(
      fc.asyncProperty(arbitrary, async (value) => {
        if (stopped !== undefined || signal.aborted) return true; // the run is stopping: end quickly
        // Past the cap a candidate counts as passing without being sent, so shrinking ends where it is.
        if (first && ++shrinkWrites > SHRINK_WRITES) return true;
        if (!first) tries += 1;
        try {
          const outcome = await attempt(value);
          const passed = !outcome.drafts.some((draft) => draft.severity !== 'warning');
          if (!passed && !first) {
            first = { value, try: tries, outcome };
            step.settleReads = false;
          }
          return passed;
        } catch (error) {
          stopped = error; // a transport failure or a stop is the step's outcome, not the value's
          return true;
        }
      }),
      {
        seed,
        numRuns: generatedRuns,
        interruptAfterTimeLimit: Math.max(1_000, Math.min(30_000, deadline - Date.now() - 2_000)),
      },
    )
    .finally(() => {
      step.settleReads = true;
    });
  if (stopped !== undefined) throw stopped;
  step.ensureRunning();
  if (!details.failed || !details.counterexample || !first) return;
  const [minimal] = details.counterexample;
  // Written and read once more, with waits: what it finds is the finding.
  let { reply, drafts } = await attempt(minimal as T);
  let replay = `generated value ${JSON.stringify(minimal)}, shrunk in ${details.numShrinks} step(s) from a failure at try ${first.try}; replay with --seed ${seed}`;
  if (!drafts.some((draft) => draft.severity !== 'warning')) {
    ({ reply, drafts } = first.outcome);
    replay = `generated value ${JSON.stringify(first.value)} at try ${first.try} (smaller values failed only on a first read); replay with --seed ${seed}`;
  }
  const described = drafts.map((draft) => ({ ...draft, message: `${draft.message} (${replay})` }));
  if (step.engine.isEnabled('round-trip')) step.judge(reply.exchange, 'round-trip', described, operationId);
}
