import { describe, expect, it } from 'vitest';
import { RequestPacer } from '../request-pacer.js';

describe('RequestPacer', () => {
  it('lets at most `concurrency` requests in flight', async () => {
    const pacer = new RequestPacer(2, 0);
    const first = await pacer.acquire();
    await pacer.acquire();
    let third = false;
    const pending = pacer.acquire().then((release) => {
      third = true;
      return release;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(third).toBe(false);
    first();
    await pending;
    expect(third).toBe(true);
  });

  it('gives up waiting when the run is stopped', async () => {
    const pacer = new RequestPacer(1, 0);
    await pacer.acquire();
    const stop = new AbortController();
    const waiting = pacer.acquire(stop.signal);
    stop.abort(new Error('budget'));
    await expect(waiting).rejects.toThrow('budget');
  });

  it.each([
    [0, 'a concurrency of 0'],
    [1.5, 'a fractional concurrency'],
  ])('refuses %s (%s)', (concurrency) => {
    expect(() => new RequestPacer(concurrency, 0)).toThrow(RangeError);
  });

  it('tryAcquire takes a free slot at once, and none when all are taken or a rate limit applies', async () => {
    const pacer = new RequestPacer(1, 0);
    const release = pacer.tryAcquire();
    expect(release).toBeTypeOf('function');
    expect(pacer.tryAcquire()).toBeUndefined();
    release!();
    expect(pacer.tryAcquire()).toBeTypeOf('function');
    expect(new RequestPacer(1, 10).tryAcquire()).toBeUndefined();
  });
});
