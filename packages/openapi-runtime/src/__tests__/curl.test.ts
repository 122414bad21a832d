import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { toCurl } from '../curl.js';

/** The words sh reads back out of the command (without `curl`). */
const shellWords = (command: string): string[] =>
  execFileSync('sh', ['-c', `printf '%s\\n' ${command.replace(/^curl /, '')}`], { env: { HOME: '/home/x' } })
    .toString()
    .trim()
    .split('\n');

describe('toCurl', () => {
  it('is a command sh parses back into the same arguments, the URL last', () => {
    const body = `{"a":"'$HOME' \\"x\\" \`id\`"}`;
    const curl = toCurl({ method: 'POST', url: 'http://h/x?a=1&b=2', headers: { 'x-note': "it's" }, body });
    expect(shellWords(curl)).toEqual([
      '-i',
      '-X',
      'POST',
      '-H',
      "x-note: it's",
      '--data-binary',
      body,
      'http://h/x?a=1&b=2',
    ]);
  });

  it('lets the caller replace or drop a header', () => {
    const curl = toCurl(
      { method: 'GET', url: 'http://h/', headers: { authorization: 'Basic c2VjcmV0', accept: '*/*', te: 'x' } },
      {
        flags: ['-sS'],
        header: (name) => (name === 'authorization' ? ['-u', '"$USER_PASS"'] : name === 'te' ? [] : undefined),
      },
    );
    expect(curl).toBe(`curl -sS -u "$USER_PASS" -H 'accept: */*' 'http://h/'`);
  });

  it('keeps the URL in the command when the body is not UTF-8', () => {
    const curl = toCurl({ method: 'PUT', url: 'http://h/x', headers: {}, body: new Uint8Array([0xff, 0xfe]) });
    expect(shellWords(curl)).toEqual(['-i', '-X', 'PUT', '--data-binary', '@body.bin', 'http://h/x']);
  });
});
