import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENT, AGENT_INTERACTION, API_KEY, startContractServer, type Fixture } from '../fixtures/contract-server.js';
import { runChild } from './cli.js';

let fixture: Fixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('credentials', () => {
  it('never appear on the console or in any report, even when the server echoes them back', async () => {
    // A server that puts every credential it receives into its answers (a departure, so findings quote the body).
    fixture = await startContractServer({
      after(request, _reply) {
        if (request.operationId !== 'getNexusInteraction') return undefined;
        return {
          status: 500,
          body: {
            echo: [
              request.headers['x-api-key'],
              request.headers.authorization,
              request.headers.cookie,
              request.headers['x-csrf-token'],
            ],
          },
        };
      },
    });
    const dir = await mkdtemp(path.join(tmpdir(), 'cxc-secrets-'));
    const result = await runChild(
      [
        'run',
        '--surface',
        'all',
        '--base-url',
        fixture.url,
        '--interaction-id',
        AGENT_INTERACTION,
        '--header',
        'X-Auth-Token: header-secret-777',
        '--rate-limit',
        '0',
        '--report',
        `junit=${dir}/r.xml`,
        '--report',
        `html=${dir}/r.html`,
      ],
      { env: { CX_API_KEY: API_KEY, CX_BASIC_AUTH: AGENT } },
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
      credentials: { apiKey: true, basic: true, headers: ['X-Auth-Token'] },
    });
  });
});
