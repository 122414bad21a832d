import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENT, API_KEY, allSurfacesArgs, ENV_CREDENTIALS, sandboxTargetPerTest } from '../fixtures/sandbox-target.js';
import { runChild } from './cli.js';

const startTarget = sandboxTargetPerTest();

describe('credentials', () => {
  it('never appear on the console or in any report, even when the server echoes them back', async () => {
    // A server that puts every credential it receives into its answers (a departure, so findings quote the body).
    const fixture = await startTarget([], (request, answer) =>
      answer.headers.get('x-cx-operation') === 'getNexusInteraction'
        ? Response.json(
            { echo: ['x-api-key', 'authorization', 'cookie', 'x-csrf-token'].map((name) => request.headers.get(name)) },
            { status: 500 },
          )
        : undefined,
    );
    const dir = await mkdtemp(path.join(tmpdir(), 'cxc-secrets-'));
    const result = await runChild(
      allSurfacesArgs(
        fixture,
        '--header',
        'X-Auth-Token: header-secret-777',
        '--report',
        `junit=${dir}/r.xml`,
        '--report',
        `html=${dir}/r.html`,
      ),
      { env: ENV_CREDENTIALS },
    );
    expect(result.code).toBe(1);
    const outputs = [
      result.stdout,
      result.stderr,
      JSON.stringify(result.report),
      await readFile(`${dir}/r.xml`, 'utf8'),
      await readFile(`${dir}/r.html`, 'utf8'),
    ];
    const secrets = [API_KEY, AGENT, AGENT.split(':')[1]!, Buffer.from(AGENT).toString('base64'), 'header-secret-777'];
    for (const output of outputs) for (const secret of secrets) expect(output).not.toContain(secret);
    expect(JSON.stringify(result.report)).toContain('[redacted]');
    // Every finding can be reproduced, with the credentials as placeholders (issue 12 item 6).
    expect(result.report!.findings.length).toBeGreaterThan(0);
    for (const finding of result.report!.findings) expect(finding.curl).toMatch(/^curl /);
    const echoed = result.report!.findings.find((f) => f.operationId === 'getNexusInteraction');
    expect(echoed?.curl).toContain('"x-api-key: $CX_API_KEY"');
    expect(result.stdout).toContain('reproduce: curl ');
    expect(result.report?.options).toMatchObject({
      credentials: { apiKey: true, basic: true, headers: ['X-Auth-Token', 'x-cx-sandbox-namespace'] },
    });
  });

  it('cookies named or valued like report keys leave every report intact; only session cookies are secrets', async () => {
    // Issue 12 item 8: cookie values "summary" and "findings" once rewrote the report's own keys and crashed the HTML
    // writer (exit 2).
    const fixture = await startTarget([], (_request, answer) => {
      for (const cookie of [
        'summary=findings; Path=/',
        'findings=summary; Path=/',
        'JSESSIONID=session-value-42; Path=/',
      ])
        answer.headers.append('set-cookie', cookie);
      return answer;
    });
    const dir = await mkdtemp(path.join(tmpdir(), 'cxc-cookies-'));
    const result = await runChild(
      ['run', '--surface', 'v3', '--base-url', fixture.url, '--rate-limit', '0', '--report', `html=${dir}/r.html`],
      { env: { CX_API_KEY: API_KEY } },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.report?.summary).toMatchObject({ errors: 0, exitCode: 0 });
    expect(await readFile(`${dir}/r.html`, 'utf8')).toContain('API conformance report');
  });
});
