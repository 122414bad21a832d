// cx-conformance against the sandbox behind `npm start`'s server (cx-mock in a child process, 127.0.0.1, port 0): every
// surface runs with 0 errors and nothing skipped (issue 11: the sandbox is the suite's proving ground).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { basic } from '@cx-contracts/sandbox/testing';
import { makeTempDir, startServerProcess, useServerProcess } from '@cx-contracts/test-support';
import { describe, expect, it } from 'vitest';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'cx-conformance.js');
const mock = useServerProcess(() => {
  const require = createRequire(import.meta.url);
  const bin = path.join(path.dirname(require.resolve('@cx-contracts/mock/package.json')), 'bin', 'cx-mock.js');
  return startServerProcess(bin, ['--host', '127.0.0.1', '--port', '0', '--quiet', '--no-watch'], {
    cwd: path.dirname(bin),
  });
});

describe('cx-conformance against the sandbox', () => {
  const run = promisify(execFile);

  async function interactionOwnedBy(user: string): Promise<string> {
    // The Web Services write steps need an interaction the agent owns (conformance README, --interaction-id).
    const created = await fetch(`${mock.url}/genesys/2/openmedia/customer-support`, {
      method: 'POST',
      headers: { authorization: basic(user), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'externalId=for-conformance',
    });
    const id = ((await created.json()) as { interactionId: string }).interactionId;
    const session = await fetch(`${mock.url}/api/v2/me/interactions`, { headers: { authorization: basic(user) } });
    const accepted = await fetch(`${mock.url}/api/v2/me/interactions/${id}`, {
      method: 'POST',
      headers: {
        authorization: basic(user),
        'content-type': 'application/json',
        'x-csrf-token': session.headers.get('x-csrf-token')!,
      },
      body: JSON.stringify({ operationName: 'Accept' }),
    });
    expect(await accepted.json()).toEqual({ status: 'ok' });
    return id;
  }

  for (const surface of ['v1', 'v2', 'v3', 'context-service']) {
    it(`--surface ${surface}: 0 errors, nothing skipped`, async () => {
      const dir = makeTempDir('cx-sandbox-conformance-');
      try {
        const interactionId = surface === 'v2' ? await interactionOwnedBy('conformance-agent') : undefined;
        const args = ['run', '--surface', surface, '--base-url', mock.url, '--rate-limit', '0', '--no-color'];
        args.push('--report', `json=${path.join(dir.path, 'report.json')}`);
        if (interactionId) args.push('--interaction-id', interactionId);
        const { stdout } = await run(process.execPath, [cli, ...args], {
          env: { ...process.env, CX_API_KEY: 'conformance-key', CX_BASIC_AUTH: 'conformance-agent:secret' },
        });
        const report = JSON.parse(readFileSync(path.join(dir.path, 'report.json'), 'utf8')) as {
          summary: { errors: number; steps: { passed: number; failed: number; skipped: number; error: number } };
          findings: { severity: string; message: string }[];
        };
        const errors = report.findings
          .filter((finding) => finding.severity === 'error')
          .map((finding) => finding.message);
        expect(errors, stdout).toEqual([]);
        expect(report.summary.steps).toMatchObject({ failed: 0, skipped: 0, error: 0 });
        expect(report.summary.steps.passed).toBeGreaterThan(0);
      } finally {
        dir.remove();
      }
    }, 120_000);
  }
});
