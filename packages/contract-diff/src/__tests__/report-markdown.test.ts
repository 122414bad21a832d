import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../report-markdown.js';
import type { Change } from '../types.js';

const change = (kind: string, clients: boolean, implementations: boolean, message = kind): Change => ({
  kind,
  method: 'GET',
  path: '/pets',
  location: '/paths/~1pets/get',
  message,
  breaks: { clients, implementations },
  severity: clients ? 'breaking' : implementations ? 'warning' : 'info',
});

describe('renderMarkdown', () => {
  it('puts client breaks first, then implementation breaks, then the rest', () => {
    const text = renderMarkdown({
      surfaces: [
        {
          surface: 'v1',
          status: 'compared',
          changes: [change('c', false, false), change('b', false, true), change('a', true, false)],
        },
      ],
      acknowledged: false,
    });
    expect(text.indexOf('`a`')).toBeLessThan(text.indexOf('`b`'));
    expect(text.indexOf('`b`')).toBeLessThan(text.indexOf('`c`'));
    expect(text).toContain('1 breaking clients, 1 breaking implementations, 1 other');
  });

  it('escapes pipes so a message cannot break the table', () => {
    const text = renderMarkdown({
      surfaces: [{ surface: 'v1', status: 'compared', changes: [change('a', false, false, 'type was string | null')] }],
      acknowledged: false,
    });
    expect(text).toContain('type was string \\| null');
  });

  it.each([
    { status: 'compared', want: 'No contract changes' },
    { status: 'new', want: 'New surface' },
  ] as const)('says "$want" for an empty $status surface', ({ status, want }) => {
    expect(renderMarkdown({ surfaces: [{ surface: 'v1', status, changes: [] }], acknowledged: false })).toContain(want);
  });

  it.each([
    { acknowledged: false, want: 'not approved' },
    { acknowledged: true, want: '1 change breaks clients; acknowledged.' },
  ])('states the result (acknowledged: $acknowledged)', ({ acknowledged, want }) => {
    expect(
      renderMarkdown({
        surfaces: [{ surface: 'v1', status: 'compared', changes: [change('a', true, false)] }],
        acknowledged,
      }),
    ).toContain(want);
  });
});
