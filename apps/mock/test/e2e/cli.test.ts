// `cx-mock` as a person runs it: built from specs/ at start, one working example request per surface in its
// banner, --port/--host and PORT/HOST, clear refusals of bad flags, and a clean stop on SIGINT/SIGTERM.
import { freePort } from '@cx-contracts/test-support';
import { describe, expect, it } from 'vitest';
import { bundledDocument, loadContract, runMock, startMock, useMock } from './mock-process.js';

/** The banner's `curl -i [-X 'M'] [-H 'h: v']… [--data-binary 'body'] 'url'` lines (the runtime's toCurl), as fetch calls. */
function parseCurls(output: string): { method: string; url: string; headers: Record<string, string>; body?: string }[] {
  const quoted = "'((?:[^']|'\\\\'')*)'";
  const unquote = (word: string): string => word.replace(/'\\''/g, "'");
  return output
    .split('\n')
    .filter((line) => line.trim().startsWith('curl '))
    .map((line) => {
      let method = 'GET';
      let body: string | undefined;
      const headers: Record<string, string> = {};
      for (const [, flag, word] of line.matchAll(new RegExp(`(-X|-H|--data-binary) ${quoted}`, 'g'))) {
        const value = unquote(word ?? '');
        if (flag === '-X') method = value;
        else if (flag === '-H') headers[value.slice(0, value.indexOf(':'))] = value.slice(value.indexOf(':') + 2);
        else body = value;
      }
      const url = unquote(new RegExp(`${quoted}\\s*$`).exec(line)?.[1] ?? '');
      return { method, url, headers, body };
    });
}

describe('started from specs/ (no --spec)', () => {
  const mock = useMock(['--host', '127.0.0.1', '--port', '0']);

  it('serves every operation of the current specs', async () => {
    const contract = await loadContract();
    expect(mock.output()).toContain(`stateful sandbox of ${contract.operations.length} operations from specs/`);
  });

  it('prints the base URL and one example request per surface, each of which works', async () => {
    expect(mock.output()).toMatch(/Base URL: http:\/\/127\.0\.0\.1:\d+/);
    const curls = parseCurls(mock.output());
    expect(curls).toHaveLength(4);
    for (const curl of curls) {
      expect(curl.url.startsWith(mock.url)).toBe(true);
      const response = await fetch(curl.url, { method: curl.method, headers: curl.headers, body: curl.body });
      // The sandbox answers with the platform's behaviour: a lookup of something nobody created is the
      // operation's own 404 (Nexus), never a refusal of the request.
      expect(response.status, `${curl.method} ${curl.url}`).toBeLessThan(500);
      expect(response.headers.get('x-cx-operation')).not.toBeNull();
      expect(response.headers.get('x-cx-mock-error')).toBeNull();
    }
  });

  it('stops on SIGINT with exit code 0', async () => {
    expect(await mock.stop('SIGINT')).toBe(0);
    expect(mock.output()).toContain('SIGINT, stopping');
  });
});

describe('address', () => {
  it('takes PORT and HOST from the environment', async () => {
    const port = await freePort();
    const mock = await startMock(['--spec', bundledDocument], { PORT: String(port), HOST: '127.0.0.1' });
    expect(mock.url).toBe(`http://127.0.0.1:${port}`);
    // The sandbox answers: nobody started service 1 in this namespace, so Context Services says 404.
    expect((await fetch(`${mock.url}/genesys/1/cs/services/1`)).headers.get('x-cx-operation')).toBe('getCsService');
    expect(await mock.stop()).toBe(0);
  });

  it('prefers --port over PORT', async () => {
    const port = await freePort();
    const mock = await startMock(['--spec', bundledDocument, '--host', '127.0.0.1', '--port', String(port)], {
      PORT: '1',
    });
    expect(mock.url).toBe(`http://127.0.0.1:${port}`);
    expect(await mock.stop('SIGTERM')).toBe(0);
  });

  it('refuses a port in use with exit code 2 and says which', async () => {
    const mock = await startMock();
    const port = new URL(mock.url).port;
    const second = await runMock(['--spec', bundledDocument, '--host', '127.0.0.1', '--port', port]);
    expect(second.code).toBe(2);
    expect(second.output).toContain(`127.0.0.1:${port} is in use`);
    await mock.stop();
  });
});

describe('flags', () => {
  it('--help prints usage and exits 0', async () => {
    const { code, output } = await runMock(['--help']);
    expect(code).toBe(0);
    expect(output).toContain('--port');
    expect(output).toContain('--spec');
  });

  it.each([
    [['--port', 'abc'], '--port/PORT must be an integer'],
    [['--port', '70000'], '--port/PORT must be an integer'],
    [['--spec', 'no/such/file.yaml'], 'no such file'],
    [['--colour'], "Unknown option '--colour'"],
  ])('%j exits 2 with a message', async (args, message) => {
    const { code, output } = await runMock(args);
    expect(code).toBe(2);
    expect(output).toContain(message);
  });
});
