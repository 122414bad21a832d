import { describe, expect, it } from 'vitest';
import { findingsOf, JSON_HEADERS } from './sample-contract.js';

describe('not-a-server-error', () => {
  it.each([
    [
      'a 5xx the operation documents (contract decision 16)',
      'GET',
      '/items/1',
      500,
      { message: 'Could not read JSON' },
      [],
    ],
    ['an undocumented 503', 'GET', '/items/1', 503, { message: 'down' }, ['error']],
    ['an undocumented 500 on a provisional operation', 'GET', '/drafts', 500, {}, ['error']],
    ['a success', 'GET', '/items/1', 200, { id: '1', count: 1 }, []],
  ])('%s', (_name, method, url, status, body, want) => {
    const found = findingsOf('not-a-server-error', method, url, {
      status,
      headers: JSON_HEADERS,
      body: JSON.stringify(body),
    });
    expect(found.map((f) => f.severity)).toEqual(want);
  });

  it('says what was received and what is documented', () => {
    const [finding] = findingsOf('not-a-server-error', 'GET', '/items/1', { status: 502, headers: {}, body: '' });
    expect(finding?.message).toBe('server error 502, which the contract does not document for this operation');
  });
});
