import type { OperationInfo } from '@cx-contracts/openapi-runtime';
import { describe, expect, it } from 'vitest';
import { runTag, type SafetyPolicy, type SendIntent, safetyVerdict } from '../safety.js';

const read = { operationId: 'getThing', safe: true } as OperationInfo;
const write = { operationId: 'stopThing', safe: false } as OperationInfo;
const policy = (over: Partial<SafetyPolicy> = {}): SafetyPolicy => ({
  readOnly: false,
  owns: (id) => id === 'mine',
  ...over,
});

describe('safetyVerdict: what a run may send (README "Safety")', () => {
  it.each<[string, SafetyPolicy, OperationInfo, { params?: Record<string, string> }, SendIntent, unknown]>([
    ['a safe read, always', policy(), read, {}, {}, undefined],
    [
      'a write under --read-only: skipped',
      policy({ readOnly: true }),
      write,
      {},
      { creates: {} },
      { kind: 'skip', reason: 'read-only run: stopThing is not marked x-safe: true' },
    ],
    [
      'an operation --operations leaves out: skipped',
      policy({ operations: new Set(['other']) }),
      read,
      {},
      {},
      { kind: 'skip', reason: 'getThing is not selected by --operations' },
    ],
    ['a create the scenario announced', policy(), write, {}, { creates: {} }, undefined],
    ['a write on the resource the user named', policy(), write, {}, { consent: true }, undefined],
    ['a write on an id this run created', policy(), write, { params: { id: 'mine' } }, { owned: 'mine' }, undefined],
    [
      'a write on an id this run did not create: refused',
      policy(),
      write,
      { params: { id: 'theirs' } },
      { owned: 'theirs' },
      {
        kind: 'refuse',
        reason: 'refusing to call stopThing: it changes data and its target was not created by this run',
      },
    ],
    [
      'a write whose owned id is not the one in the path: refused',
      policy(),
      write,
      { params: { id: 'theirs' } },
      { owned: 'mine' },
      expect.objectContaining({ kind: 'refuse' }),
    ],
  ])('%s', (_, given, operation, request, intent, want) => {
    expect(safetyVerdict(given, operation, request, intent)).toEqual(want);
  });

  it('tags test data with the run id', () => {
    expect(runTag('ab12cd34', 'key1')).toBe('cxc-ab12cd34-key1');
  });
});
