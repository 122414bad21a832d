import { describe, expect, it } from 'vitest';
import { findingsOf, JSON_HEADERS } from './sample-contract.js';

describe('response-headers-conformance', () => {
  it.each([
    ['the required Location header', { ...JSON_HEADERS, location: '/things/1' }, []],
    [
      'no Location header',
      JSON_HEADERS,
      [{ severity: 'error', message: 'required header Location is missing', pointer: '/headers/Location' }],
    ],
    [
      'a Location of the wrong form',
      { ...JSON_HEADERS, location: 'things/1' },
      [{ severity: 'error', pointer: '/headers/Location' }],
    ],
  ])('%s', (_name, headers, want) => {
    const found = findingsOf('response-headers-conformance', 'POST', '/start', { status: 200, headers, body: '{}' });
    expect(found).toMatchObject(want);
    expect(found).toHaveLength(want.length);
  });
});
