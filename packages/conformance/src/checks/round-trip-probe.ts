import fc from 'fast-check';
import type { FindingDraft } from '../check.js';
import type { Reply } from '../run/reply.js';
import type { Step } from '../run/step.js';

type Attempt = Promise<{ reply: Reply; drafts: FindingDraft[] }>;

/**
 * The round-trip probe: reads until `read` reports no mismatch, at most `attempts` times `delayMs` apart (a server
 * may apply a change a moment after acknowledging it), then records what is still wrong.
 */
export async function readBackProbe(
  step: Step,
  operationId: string,
  read: () => Attempt,
  attempts: number,
  delayMs: number,
): Promise<Reply> {
  const enabled = step.engine.isEnabled('round-trip');
  let last = await read();
  for (let attempt = 1; attempt < attempts && last.drafts.length > 0 && enabled; attempt += 1) {
    await abortableDelay(delayMs, step.engine.signal);
    last = await read();
  }
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
 * minimal one (at most SHRINK_WRITES further writes), which is written and read once more (with the usual read
 * retries) and reported, with the seed that replays it. Requests keep their normal checks; the property only judges
 * the round trip.
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
  let failed = false;
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      if (stopped !== undefined || signal.aborted) return true; // the run is stopping: end quickly
      // Past the cap a candidate counts as passing without being sent, so shrinking ends where it is.
      if (failed && ++shrinkWrites > SHRINK_WRITES) return true;
      try {
        const { drafts } = await attempt(value);
        const passed = !drafts.some((draft) => draft.severity !== 'warning');
        failed ||= !passed;
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
  );
  if (stopped !== undefined) throw stopped;
  step.ensureRunning();
  if (!details.failed || !details.counterexample) return;
  const [minimal] = details.counterexample;
  const replay = `generated value ${JSON.stringify(minimal)}, shrunk in ${details.numShrinks} step(s) from a failure at try ${details.numRuns}; replay with --seed ${seed}`;
  await readBackProbe(
    step,
    operationId,
    async () => {
      const { reply, drafts } = await attempt(minimal as T);
      return { reply, drafts: drafts.map((draft) => ({ ...draft, message: `${draft.message} (${replay})` })) };
    },
    3,
    400,
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
