import { describe, expect, it } from 'vitest';
import { runProcess, startServerProcess } from '../process.js';

// `node -e <code>`: the script is `-e`, the code its argument.
const SERVER = `require('node:http').createServer((q, s) => s.end('up')).listen(0, '127.0.0.1', function () {
  console.log('Base URL: http://127.0.0.1:' + this.address().port);
});`;

describe('startServerProcess', () => {
  it('resolves with the base URL of the banner, and stop() ends the process', async () => {
    const server = await startServerProcess('-e', [SERVER]);
    expect(await (await fetch(server.url)).text()).toBe('up');
    expect(await server.stop()).toBe(null); // killed by SIGTERM: no exit code
    expect(server.child.signalCode).toBe('SIGTERM');
  });

  it('fails with what the process printed when it exits before its banner', async () => {
    const started = startServerProcess('-e', ["console.error('port 80 is taken'); process.exit(3)"]);
    await expect(started).rejects.toThrow(/exited with 3 before printing its base URL:\nport 80 is taken/);
  });

  it('fails with what the process printed when the banner never comes', async () => {
    const started = startServerProcess('-e', ["console.log('still starting'); setInterval(() => {}, 1000)"], {
      startTimeoutMs: 2_000,
    });
    await expect(started).rejects.toThrow(/printed no base URL within 2000 ms:\nstill starting/);
  });

  it('reads another banner when told which', async () => {
    const server = await startServerProcess('-e', [SERVER.replace('Base URL: ', 'listening on ')], {
      banner: /listening on (\S+)/,
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await server.stop();
  });
});

describe('runProcess', () => {
  it('collects the exit code, stdout and stderr apart, and passes the environment', async () => {
    const result = await runProcess(
      '-e',
      ["console.log(process.env.GREETING); console.error('warned'); process.exitCode = 2"],
      { env: { GREETING: 'hello' } },
    );
    expect(result).toEqual({ code: 2, stdout: 'hello\n', stderr: 'warned\n' });
  });
});
