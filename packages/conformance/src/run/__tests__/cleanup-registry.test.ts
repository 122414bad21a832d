import { describe, expect, it } from 'vitest';
import { CleanupRegistry, type UndoResult } from '../cleanup-registry.js';

const record = (label: string) => ({ surface: 'v3', kind: 'thing', operationId: 'create', step: 'create', label });

describe('CleanupRegistry', () => {
  it('removes what is still there, newest first, and lists every outcome', async () => {
    const registry = new CleanupRegistry();
    const order: string[] = [];
    const undo = (result: UndoResult) => ({
      via: 'stop',
      run: async (id: string | undefined) => (order.push(id ?? 'none'), result),
    });
    registry.announce(record('a'), undo({ outcome: 'cleaned' })).confirm('id-a');
    registry.announce(record('b'), undo({ outcome: 'failed', message: '503' })).confirm('id-b');
    registry.announce(record('c'), undo({ outcome: 'cleaned' })).removedByScenario('stop', 'cleaned');
    await registry.cleanAll(new AbortController().signal);
    expect(order).toEqual(['id-b', 'id-a']);
    expect(registry.cleanedUp().map((r) => [r.id, r.outcome, r.by])).toEqual([
      ['ext_c', 'cleaned', 'scenario'],
      ['id-b', 'failed', 'cleanup'],
      ['id-a', 'cleaned', 'cleanup'],
    ]);
    expect(registry.leftOver()).toMatchObject([{ id: 'id-b', reason: '503' }]);
  });

  it('withdraws abandoned announcements and drops interrupted creates that left nothing', async () => {
    const registry = new CleanupRegistry();
    let calls = 0;
    const undo = { via: 'stop', run: async () => (calls++, { outcome: 'already-gone' as const }) };
    registry.announce(record('never-sent'), undo).abandon();
    registry.announce(record('interrupted'), undo);
    await registry.cleanAll(new AbortController().signal);
    expect(calls).toBe(1);
    expect(registry.created()).toEqual([]);
    expect(registry.leftOver()).toEqual([]);
  });

  it('owns only what this run created', () => {
    const registry = new CleanupRegistry();
    registry.announce(record('ext-1'), { via: 'stop', run: async () => ({ outcome: 'cleaned' }) }).confirm('id-1');
    registry.announce(record('ext-2'), { via: 'stop', run: async () => ({ outcome: 'cleaned' }) }).abandon();
    expect([
      registry.owns('v3', 'id-1'),
      registry.owns('v3', 'ext-1'),
      registry.owns('v3', 'ext-2'),
      registry.owns('v1', 'id-1'),
      registry.owns('v3', 'someone-else'),
    ]).toEqual([true, true, false, false, false]);
  });

  it('records a cut-short cleanup as failed, never silently', async () => {
    const registry = new CleanupRegistry();
    registry.announce(record('a'), { via: 'stop', run: async () => ({ outcome: 'cleaned' }) }).confirm('id-a');
    const stop = new AbortController();
    stop.abort();
    await registry.cleanAll(stop.signal);
    expect(registry.leftOver()).toMatchObject([{ id: 'id-a' }]);
  });

  it('settles writes of unknown outcome by looking them up, and counts each truthfully (issue 12 item 1)', async () => {
    const registry = new CleanupRegistry();
    const seen: Array<[string | undefined, boolean]> = [];
    const undo = (result: UndoResult) => ({
      via: 'stop',
      run: async (id: string | undefined, _signal: AbortSignal, confirmed: boolean) => (
        seen.push([id, confirmed]), result
      ),
    });
    registry.announce(record('nothing-made'), undo({ outcome: 'already-gone' })).unsure();
    registry.announce(record('found-and-removed'), undo({ outcome: 'cleaned' })).unsure('id-2');
    registry.announce(record('cannot-tell'), undo({ outcome: 'failed', message: 'lookup got no answer' })).unsure();
    registry.announce(record('found-not-removed'), undo({ outcome: 'failed', message: '503', found: true })).unsure();
    await registry.cleanAll(new AbortController().signal);
    expect(seen).toEqual([
      [undefined, false],
      [undefined, false],
      ['id-2', false],
      [undefined, false],
    ]);
    expect(registry.created().map((r) => r.id)).toEqual(['id-2', 'ext_found-not-removed']);
    expect(
      registry
        .cleanedUp()
        .filter((r) => r.outcome !== 'failed')
        .map((r) => r.id),
    ).toEqual(['id-2']);
    expect(registry.leftOver()).toMatchObject([{ id: 'ext_found-not-removed', reason: '503' }]);
    expect(registry.unknown()).toMatchObject([
      { id: 'ext_cannot-tell', reason: expect.stringMatching(/outcome is unknown.*lookup got no answer/) },
    ]);
  });

  it('does not count a removal that answered success but left the resource there as removed (issue 12 item 1)', async () => {
    const registry = new CleanupRegistry();
    // A target whose stops answer 200 and do nothing: every read afterwards still finds the resource.
    const stops: string[] = [];
    const ignored = {
      via: 'stop',
      run: async (id: string | undefined) => (stops.push(id ?? 'none'), { outcome: 'cleaned' as const }),
      verify: async () => 'present' as const,
    };
    registry.announce(record('by-cleanup'), ignored).confirm('id-1');
    registry.announce(record('by-scenario'), ignored).removedByScenario('stop', 'cleaned');
    // A stop that worked, and one whose read cannot tell: both stay removed.
    registry.announce(record('worked'), { ...ignored, verify: async () => 'gone' as const }).confirm('id-3');
    registry.announce(record('cannot-tell'), { ...ignored, verify: async () => 'unknown' as const }).confirm('id-4');
    await registry.cleanAll(new AbortController().signal);
    // The scenario's stop is retried by cleanup once its read shows it did nothing.
    expect(stops).toEqual(['id-4', 'id-3', 'none', 'id-1']);
    expect(registry.leftOver()).toMatchObject([
      { id: 'id-1', reason: 'stop answered success, but a read afterwards still finds the thing: not removed' },
      { id: 'ext_by-scenario', reason: expect.stringMatching(/still finds the thing/) },
    ]);
    expect(
      registry
        .cleanedUp()
        .filter((r) => r.outcome === 'cleaned')
        .map((r) => r.id),
    ).toEqual(['id-4', 'id-3']);
    expect(registry.created()).toHaveLength(4);
    expect(registry.unknown()).toEqual([]);
  });

  it('counts a removal whose answer was a failure but after which a read no longer finds it as removed', async () => {
    const registry = new CleanupRegistry();
    // A DeleteUserData that deletes and then answers status "error": the read is the evidence.
    const misreported = {
      via: 'delete',
      run: async () => ({ outcome: 'failed' as const, message: 'delete answered status error', found: true }),
      verify: async () => 'gone' as const,
    };
    registry.announce(record('confirmed'), misreported).confirm('id-1');
    registry.announce(record('found-by-tag'), misreported).unsure();
    await registry.cleanAll(new AbortController().signal);
    expect(registry.leftOver()).toEqual([]);
    expect(registry.unknown()).toEqual([]);
    expect(registry.cleanedUp()).toMatchObject([
      { id: 'ext_found-by-tag', outcome: 'cleaned', message: expect.stringMatching(/no longer finds the thing/) },
      { id: 'id-1', outcome: 'cleaned' },
    ]);
  });
});
