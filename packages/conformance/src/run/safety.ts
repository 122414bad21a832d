import type { OperationInfo } from '@cx-contracts/openapi-runtime';
import type { CallRequest } from './request-builder.js';

/**
 * What a run may send, decided before every request (README "Safety"): under --read-only only operations the
 * contract marks `x-safe: true`; only operations --operations selects; and an operation that changes data only when
 * it creates something the run announced for cleanup, targets an id this run created, or acts on a resource the user
 * named for that purpose (--interaction-id). Everything a run writes carries its run tag, so cleanup can find it
 * again even when the create's answer was lost (issue 12 item 1).
 */
export interface SafetyPolicy {
  readOnly: boolean;
  /** --operations; undefined = all. */
  operations?: ReadonlySet<string>;
  /** Whether this run created `id` on the surface (the cleanup registry's ownership list). */
  owns(id: string): boolean;
}

/** How a call intends to touch data (the scenario's declaration, checked against the policy). */
export interface SendIntent {
  /** The call creates something the scenario announced to the cleanup registry first. */
  creates?: unknown;
  /** The id in the path names something this run created. */
  owned?: string;
  /** The user named this resource explicitly (--interaction-id). */
  consent?: boolean;
}

/**
 * Why a call may not be sent, or undefined when it may: `skip` for a choice the user made (read-only, --operations),
 * `refuse` for a scenario that would touch data the run does not own (a bug in the scenario, never sent).
 */
export type SafetyVerdict = { kind: 'skip' | 'refuse'; reason: string } | undefined;

export function safetyVerdict(
  policy: SafetyPolicy,
  operation: OperationInfo,
  request: CallRequest,
  intent: SendIntent,
): SafetyVerdict {
  const { operationId } = operation;
  if (policy.readOnly && operation.safe !== true)
    return { kind: 'skip', reason: `read-only run: ${operationId} is not marked x-safe: true` };
  if (policy.operations && !policy.operations.has(operationId))
    return { kind: 'skip', reason: `${operationId} is not selected by --operations` };
  if (operation.safe === true || intent.creates || intent.consent) return undefined;
  // Never stop, update or delete anything this run did not create.
  const owned = intent.owned;
  if (owned && Object.values(request.params ?? {}).includes(owned) && policy.owns(owned)) return undefined;
  return {
    kind: 'refuse',
    reason: `refusing to call ${operationId}: it changes data and its target was not created by this run`,
  };
}

/** A run-tagged value: `cxc-<runId>-<suffix>` (externalIds, customer ids, keys), how cleanup recognises test data. */
export function runTag(runId: string, suffix: string): string {
  return `cxc-${runId}-${suffix}`;
}
