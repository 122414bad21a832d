import { afterEach, describe, expect, it } from 'vitest';
import { AGENT, AGENT_INTERACTION, API_KEY, startContractServer, type Fixture } from '../fixtures/contract-server.js';
import { createJsonAsTextPlain } from '../fixtures/unexpected-create-answers.js';
import { runChild } from './cli.js';

let fixture: Fixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('an interrupted run', () => {
  it.each([
    ['SIGINT', 8, {}],
    ['SIGTERM', 8, {}],
    // Creates whose answers cannot be read: their outcome is unknown until cleanup finds them by id or run tag.
    ['SIGINT', 2, createJsonAsTextPlain.fault],
  ] as const)(
    '%s after %d steps: everything created so far is removed, the report lists it, exit 2',
    async (signal, after, fault) => {
      // A slow server, so the signal lands while resources exist and requests are in flight.
      fixture = await startContractServer({ ...fault, delayMs: 60 });
      let sent = false;
      const result = await runChild(
        [
          'run',
          '--surface',
          'all',
          '--base-url',
          fixture.url,
          '--interaction-id',
          AGENT_INTERACTION,
          '--rate-limit',
          '0',
          '--concurrency',
          '4',
        ],
        {
          env: { CX_API_KEY: API_KEY, CX_BASIC_AUTH: AGENT },
          onStdout(text, child) {
            if (!sent && (text.match(/ (PASS|FAIL|ERR ) /g) ?? []).length >= after) {
              sent = true;
              child.kill(signal);
            }
          },
        },
      );
      expect(sent).toBe(true);
      expect(result.code, result.stdout + result.stderr).toBe(2);
      expect(result.report?.outcome).toBe('interrupted');
      expect(result.report!.created.length).toBeGreaterThan(0);
      expect(result.report!.leftOver).toEqual([]);
      expect(result.report!.unknown).toEqual([]);
      expect(result.report!.summary.steps.skipped).toBeGreaterThan(0);
      expect(fixture.leftovers()).toEqual([]);
      expect(result.stdout).toMatch(/removing what this run created/);
    },
  );
});
