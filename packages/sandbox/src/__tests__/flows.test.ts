// The per-surface flows (src/testing/flows.ts) against the sandbox in process, each in a fresh namespace, with
// every answer validated against the contract (rule 19). apps/mock runs the same tables over HTTP.
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../sandbox.js';
import { flows } from '../testing/flows.js';
import { runFlow } from '../testing/run-flow.js';
import { answerViolations, document } from './contract.js';

describe('flows in process', () => {
  const sandbox = createSandbox({ document });
  for (const flow of flows) {
    it(flow.name, async () => {
      const violations: string[] = [];
      await runFlow((request) => sandbox.fetch(request), flow, {
        baseUrl: 'http://sandbox.test',
        namespace: `flow-${flows.indexOf(flow)}`,
        onExchange: (_request, answer) => violations.push(...answerViolations(answer)),
      });
      expect(violations).toEqual([]);
    });
  }
});
