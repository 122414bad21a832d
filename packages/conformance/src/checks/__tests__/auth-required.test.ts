import { describe, expect, it } from 'vitest';
import { buildCheckedExchange } from '../../check-exchange.js';
import { judgeWithoutCredentials, requiresCredentials } from '../auth-required.js';
import { sampleSurface } from './sample-contract.js';

const surface = sampleSurface();

describe('auth-required', () => {
  it.each([
    ['an operation whose every security alternative names a scheme', 'getProtected', true],
    ['an operation with an anonymous alternative ({})', 'getOpen', false],
    ['an operation without security', 'getItem', false],
  ])('applies to %s: %s', (_name, operationId, want) => {
    expect(requiresCredentials(surface.getOperation(operationId)!)).toBe(want);
  });

  it.each([
    [401, []],
    [403, []],
    [200, ['error']],
    [404, ['warning']],
  ])('a request without credentials answered %s', (status, want) => {
    const exchange = buildCheckedExchange(surface, surface.getOperation('getProtected')!, 'GET', '/protected', {
      status,
    });
    expect(
      judgeWithoutCredentials(exchange).map(
        (draft) => draft.severity ?? (draft.ignoreProvisional ? 'error' : 'default'),
      ),
    ).toEqual(want);
  });
});
