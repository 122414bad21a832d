import { listen } from '@cx-contracts/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import { startHostileServer, type HostileMode, type HostileServer } from '../fixtures/hostile-server.js';
import { runChild, runInProcess } from './cli.js';

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const MODES: Array<[HostileMode, RegExp]> = [
  ['never-answers', /^timeout: no complete response within 500 ms/],
  ['garbage-bytes', /^invalid-response: the target did not answer with valid HTTP/],
  ['huge-body', /^too-large: response body larger than the \d+-byte cap/],
  ['connection-reset', /^connection: /],
  ['redirect-loop', /^redirect: redirect loop/],
];

describe('a hostile server', () => {
  it.each(MODES)('%s: clear transport findings, exit 1, no crash', async (mode, message) => {
    server = await startHostileServer(mode);
    const result = await runInProcess([
      'run',
      '--surface',
      'v3',
      '--base-url',
      server.url,
      '--api-key',
      'k-123456',
      '--timeout',
      '500',
      '--budget',
      '20s',
    ]);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toBe('');
    const transport = result.report!.findings.filter((finding) => finding.checkId === 'transport');
    expect(transport.length).toBeGreaterThan(0);
    expect(transport[0]).toMatchObject({ severity: 'error', operationId: 'createNexusInteraction' });
    expect(transport[0]!.message).toMatch(message);
    // Later steps needed the interaction the create never returned: skipped with the reason, never passed.
    expect(result.report!.summary.steps.passed).toBe(0);
  });

  it('a run against a server that never answers ends within its budget (child process, exit 2: budget used up, README "Exit codes")', async () => {
    server = await startHostileServer('never-answers');
    const result = await runChild([
      'run',
      '--surface',
      'all',
      '--base-url',
      server.url,
      '--timeout',
      '60000',
      '--budget',
      '4s',
    ]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.report?.outcome).toBe('budget-exceeded');
    expect(result.report?.findings.some((f) => f.checkId === 'transport' && /time budget/.test(f.message))).toBe(true);
    // Cleanup may use a few seconds beyond the budget when something needs removing (runner CLEANUP_MIN_MS).
    expect(result.report!.durationMs).toBeLessThan(4_000 + 3_500);
  });

  it('a redirect to another host is not followed, so credentials stay with the target', async () => {
    const other = await startHostileServer('never-answers');
    server = await startHostileServer('redirect-loop');
    const redirector = await listen((req, res) => {
      res.writeHead(307, { location: `${other.url}${req.url}` });
      res.end();
    });
    try {
      const result = await runInProcess([
        'run',
        '--surface',
        'v3',
        '--base-url',
        redirector.url,
        '--api-key',
        'k-123456',
        '--timeout',
        '500',
      ]);
      expect(result.code).toBe(1);
      const finding = result.report!.findings.find((f) => f.checkId === 'transport');
      expect(finding?.message).toMatch(/redirect to another origin .* not followed/);
      expect(other.requests).toBe(0);
    } finally {
      await redirector.close();
      await other.close();
    }
  });
});
