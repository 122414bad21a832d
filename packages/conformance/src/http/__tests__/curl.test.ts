import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { toCurl } from '../curl.js';

describe('toCurl (issue 12 item 6)', () => {
  const credentials = { apiKey: 'key-123456', basic: 'agent:pw-secret' };

  it('names credentials by placeholder, never by value', () => {
    const curl = toCurl(
      {
        method: 'POST',
        url: 'http://127.0.0.1:8080/api/v2/me/interactions/i-1',
        headers: {
          authorization: `Basic ${Buffer.from('agent:pw-secret').toString('base64')}`,
          'x-api-key': 'key-123456',
          'X-CSRF-TOKEN': 'csrf-abc',
          ContactCenterId: '101',
          'content-type': 'application/json',
          'accept-encoding': 'gzip, deflate, br',
        },
        body: `{"note":"it's"}`,
      },
      credentials,
    );
    expect(curl).toBe(
      `curl -sS -i --compressed -X 'POST' -u "$CX_BASIC" -H "x-api-key: $CX_API_KEY" -H "X-CSRF-TOKEN: $CX_X_CSRF_TOKEN" -H 'ContactCenterId: 101' -H 'content-type: application/json' --data-binary '{"note":"it'\\''s"}' 'http://127.0.0.1:8080/api/v2/me/interactions/i-1'`,
    );
    for (const secret of ['key-123456', 'pw-secret', 'csrf-abc', Buffer.from('agent:pw-secret').toString('base64')])
      expect(curl).not.toContain(secret);
  });

  it('is a command sh parses back into the same arguments (quotes and $ in the body stay literal)', () => {
    const body = `{"a":"'$HOME' \\"x\\" \`id\`"}`;
    const curl = toCurl({ method: 'PUT', url: 'http://h/x', headers: {}, body });
    const args = execFileSync('sh', ['-c', `printf '%s\\n' ${curl.replace(/^curl /, '')}`], {
      env: { CX_BASIC: 'b', HOME: '/home/x' },
    })
      .toString()
      .trim()
      .split('\n');
    expect(args).toEqual(['-sS', '-i', '--compressed', '-X', 'PUT', '--data-binary', body, 'http://h/x']);
  });
});
