import { isRefusal, type Reply } from '../run/reply.js';
import type { CallRequest } from '../run/request-builder.js';
import type { CallOptions, Step } from '../run/step.js';
import { judgeWithoutCredentials, requiresCredentials } from './auth-required.js';

/** The auth-required probe: repeats a request with every credential removed and expects 401/403. */
export async function withoutCredentialsProbe(
  step: Step,
  operationId: string,
  request: CallRequest,
  options: CallOptions & { onAccepted?: (reply: Reply) => void | Promise<void> },
): Promise<void> {
  const operation = step.operation(operationId);
  if (
    !step.engine.isEnabled('auth-required') ||
    !requiresCredentials(operation) ||
    !step.mayCall(operation, request, options)
  )
    return options.creates?.abandon();
  const reply = await step.send(operation, request, {
    stripCredentials: true,
    purpose: 'the auth-required probe without credentials',
  });
  if (!reply) return;
  step.judge(reply.exchange, 'auth-required', judgeWithoutCredentials(reply.exchange), operationId);
  if (reply.status >= 200 && reply.status < 300) await options.onAccepted?.(reply);
  else if (isRefusal(reply)) options.creates?.abandon();
}
