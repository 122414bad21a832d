// Type-checked only (pack.test.ts, Bundler, NodeNext and node10): the root and `/testing` entries of the packed
// sandbox as a consumer's Node tests use them (the running proof is node/sandbox.mjs). Each probe fails to compile
// if the packed `.d.ts` went missing and the import became `any`.
import { createSandbox, type Fixture, type Sandbox } from '@cx-contracts/sandbox';
import { type Flow, flows, runFlow } from '@cx-contracts/sandbox/testing';

export async function runEveryFlow(document: object): Promise<Sandbox> {
  const sandbox = createSandbox({ document, csrf: false });
  const suite: Flow[] = flows;
  for (const flow of suite)
    await runFlow((request) => sandbox.fetch(request), flow, { baseUrl: 'http://sandbox.test' });
  return sandbox;
}

export function typeProbes(sandbox: Sandbox, fixture: Fixture) {
  sandbox.load(fixture);
  // @ts-expect-error: createSandbox requires the contract (`document`)
  createSandbox({});
  // @ts-expect-error: runFlow needs the options with `baseUrl`
  return runFlow((request) => sandbox.fetch(request), flows[0]!);
}
