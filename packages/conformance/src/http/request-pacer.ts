/**
 * Keeps a run gentle on the target: at most `concurrency` requests in flight and at most `ratePerSecond` request
 * starts per second (0 = no rate limit). Waiting is abortable so a budget or an interrupt never hangs on the queue.
 */
export class RequestPacer {
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  private nextStart = 0;

  constructor(
    private readonly concurrency: number,
    private readonly ratePerSecond: number,
  ) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be an integer >= 1');
    if (!(ratePerSecond >= 0)) throw new RangeError('rate limit must be >= 0');
  }

  /** A slot right now, without waiting, when one is free and no rate limit applies; else undefined (use acquire). */
  tryAcquire(): (() => void) | undefined {
    if (this.ratePerSecond !== 0 || this.inFlight >= this.concurrency || this.waiting.length > 0) return undefined;
    return this.take();
  }

  /** Takes a slot; the returned function gives it back once (later calls do nothing). */
  private take(): () => void {
    this.inFlight += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= 1;
      this.waiting.shift()?.();
    };
  }

  /** Resolves when the caller may start a request; call the returned function when the request is done. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.inFlight >= this.concurrency) {
      await new Promise<void>((resolve, reject) => {
        const wake = (): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = (): void => {
          const index = this.waiting.indexOf(wake);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(signal?.reason ?? new Error('aborted'));
        };
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        this.waiting.push(wake);
      });
    }
    const release = this.take();
    if (this.ratePerSecond === 0) return release; // no rate limit: no extra await on the hot path
    try {
      await this.waitForRateSlot(signal);
    } catch (error) {
      release();
      throw error;
    }
    return release;
  }

  private async waitForRateSlot(signal?: AbortSignal): Promise<void> {
    if (this.ratePerSecond === 0) return;
    const interval = 1000 / this.ratePerSecond;
    const now = Date.now();
    const start = Math.max(now, this.nextStart);
    this.nextStart = start + interval;
    const delay = start - now;
    if (delay <= 0) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, delay);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason ?? new Error('aborted'));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}
