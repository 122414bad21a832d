import type { CallOptions, Step } from '../run/step.js';
import { isRefusal, type Reply } from '../run/reply.js';
import type { CallRequest } from '../run/request-builder.js';
import { judgeNegative, negativeCases } from './negative-data-rejection.js';

export interface NegativeOptions extends CallOptions {
  /** Body fields never altered (the run tag). */
  protect?: readonly string[];
  /** Called when the server accepted a negative body (it may have created something: register it). */
  onAccepted?: (reply: Reply) => void | Promise<void>;
}

/**
 * The negative-data-rejection probe: sends bodies one step away from `request.body` that the contract rejects, and
 * expects each to be refused. Runs only when the check is selected and the operation may be called.
 */
export async function negativeProbe(
  step: Step,
  operationId: string,
  request: CallRequest & { body: Record<string, unknown>; mediaType: string },
  options: NegativeOptions,
): Promise<void> {
  const operation = step.operation(operationId);
  if (!step.engine.isEnabled('negative-data-rejection') || !step.mayCall(operation, request, options))
    return options.creates?.abandon();
  const cases = negativeCases(step.surface, operation, { ...request, protect: options.protect });
  let accepted = false;
  let unsettled = false;
  for (const negative of cases) {
    const call: CallRequest =
      negative.raw !== undefined
        ? { ...request, body: undefined, raw: negative.raw }
        : { ...request, body: negative.body };
    const reply = await step.send(operation, call, {
      purpose: `the negative-data-rejection probe "${negative.description}"`,
    });
    if (!reply) {
      unsettled = true;
      continue;
    }
    if (!isRefusal(reply)) unsettled = true;
    const drafts = judgeNegative(reply.exchange, negative);
    step.judge(reply.exchange, 'negative-data-rejection', drafts, operationId);
    if (reply.status < 300 && drafts.length > 0) {
      accepted = true;
      await options.onAccepted?.(reply);
    }
  }
  // Only probes that were all clearly refused created nothing; otherwise cleanup looks for the run tag.
  if (!accepted && !unsettled) options.creates?.abandon();
}
