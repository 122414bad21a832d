// Type-level: `npm run typecheck` (tsc over src and test) fails when an assertion below stops holding, or when a
// misspelt id below compiles after all (the expect-error directive is then unused, TS2578).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { OperationId } from '../operation-ids.js';
import type { Flow, Step } from '../run/flow.js';

describe('OperationId: the operations scenarios may name', () => {
  it('is every operationId of the four surfaces, and nothing else', () => {
    expectTypeOf<'createOpenMediaInteraction'>().toExtend<OperationId>();
    expectTypeOf<'getNexusInteractionByExternalId'>().toExtend<OperationId>();
    expectTypeOf<'createGmsService'>().toExtend<OperationId>();
    expectTypeOf<'startCsCompositeService'>().toExtend<OperationId>();
    expectTypeOf<'getNexusInteracton'>().not.toExtend<OperationId>();
    expectTypeOf<string>().not.toExtend<OperationId>();
  });

  it('is what a step and a flow take, so a misspelt id does not compile', () => {
    expectTypeOf<Step['call']>().parameter(0).toEqualTypeOf<OperationId>();
    expectTypeOf<Flow['step']>().parameter(1).toEqualTypeOf<OperationId | undefined>();
    // Never called: only compiled.
    const misspelt = async (flow: Flow, step: Step) => {
      // @ts-expect-error misspelt (getNexusInteracton): not an operation of any surface
      await step.call('getNexusInteracton');
      // @ts-expect-error misspelt (readBack of getGwsInteractions)
      await step.readBack('getGwsInteractions', async () => ({
        reply: await step.call('getGwsInteraction'),
        drafts: [],
      }));
      // @ts-expect-error misspelt (a step of stopOpenMediaInteractions)
      await flow.step('stop', 'stopOpenMediaInteractions', async () => undefined);
    };
    expect(typeof misspelt).toBe('function');
  });
});
