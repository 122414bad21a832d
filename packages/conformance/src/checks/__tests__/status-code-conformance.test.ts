import { describe, expect, it } from 'vitest';
import { checkExchange } from '../../check-exchange.js';
import { findingsOf, sampleSurface } from './sample-contract.js';

describe('status-code-conformance', () => {
  it.each([
    ['an undocumented status', '/items/1', 418, ['error']],
    ['an undocumented status on a provisional operation', '/drafts', 418, ['warning']],
    ['a documented status without a body', '/items/1', 404, []],
  ])('%s', (_name, url, status, want) => {
    expect(findingsOf('status-code-conformance', 'GET', url, { status, headers: {} }).map((f) => f.severity)).toEqual(
      want,
    );
  });

  it('names received and documented statuses, the operation and where to read more', () => {
    const [finding] = checkExchange(
      sampleSurface(),
      { method: 'GET', url: 'http://host/items/7' },
      { status: 418 },
      { checks: ['status-code-conformance'] },
    );
    expect(finding).toMatchObject({
      checkId: 'status-code-conformance',
      operationId: 'getItem',
      method: 'GET',
      path: '/items/7',
      status: 418,
      received: 418,
      documented: ['200', '404', '500'],
      reference: 'https://example.com/docs/items',
    });
  });
});
