import { describe, expect, it } from 'vitest';
import { isOverState } from '../find-value.js';

describe('isOverState', () => {
  it.each([
    ['Stopped', true],
    ['STOPPED_BY_AGENT', true],
    ['InteractionStopped', true],
    ['Completed', true],
    ['closed', true],
    ['Terminated', true],
    ['Cancelled', true],
    ['done', true],
    // Still live: words that merely contain "end", "stop" or "done".
    ['Pending', false],
    ['Suspended', false],
    ['Queued', false],
    ['Attended', false],
    ['Nonstop', false],
    ['Processing', false],
  ])('%s → %s', (state, over) => {
    expect(isOverState(state)).toBe(over);
  });
});
