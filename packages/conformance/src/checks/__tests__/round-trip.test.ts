import { describe, expect, it } from 'vitest';
import { compareRoundTrip, type Expectation } from '../round-trip.js';

describe('round-trip', () => {
  it.each<[string, Expectation, string[]]>([
    ['the value written', { what: 'key a', pointer: '/a', expected: 'x', actual: 'x' }, []],
    ['a number read back for the text written', { what: 'key n', pointer: '/n', expected: '5', actual: 5 }, []],
    [
      'a different value',
      { what: 'key a', pointer: '/a', expected: 'beta', actual: 'alpha' },
      ['key a reads back as "alpha", but "update" wrote "beta"'],
    ],
    [
      'a missing value',
      { what: 'key a', pointer: '/a', expected: 'x', actual: undefined },
      ['key a written by "update" is missing from the read'],
    ],
    [
      'a deleted key still present',
      { what: 'key d', pointer: '/d', actual: 'old', absent: true },
      ['key d was deleted by "update" but is still returned'],
    ],
    ['a deleted key gone', { what: 'key d', pointer: '/d', actual: undefined, absent: true }, []],
    [
      'a digit-only string written as JSON read back as a number (issue 12 item 5)',
      { what: 'key n', pointer: '/n', expected: '5', actual: 5, strictType: true },
      ['key n reads back as the number 5, but "update" wrote the string "5"'],
    ],
    [
      'a value another step wrote names that step (issue 12 item 9)',
      { what: 'key r', pointer: '/r', expected: 'x', actual: undefined, writtenBy: '"create"' },
      ['key r written by "create" is missing from the read'],
    ],
  ])('%s', (_name, expectation, want) => {
    expect(compareRoundTrip([expectation], '"update"').map((draft) => draft.message)).toEqual(want);
  });

  it('a value that cannot be located in an unpublished shape is a warning, a wrong one an error', () => {
    const drafts = compareRoundTrip(
      [
        { what: 'k1', pointer: '/k1', expected: 'x', actual: undefined, severityIfMissing: 'warning' },
        { what: 'k2', pointer: '/k2', expected: 'x', actual: 'y', severityIfMissing: 'warning' },
      ],
      'create',
    );
    expect(drafts.map((draft) => draft.severity)).toEqual(['warning', 'error']);
  });
});
