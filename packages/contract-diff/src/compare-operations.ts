/**
 * One operation present in both documents: its identity (operationId, deprecation), then parameters, request
 * body, responses and security, each in its own module.
 */
import { compareParameters, type OperationSide } from './compare-parameters.js';
import { compareRequestBodies } from './compare-request-bodies.js';
import { compareResponses } from './compare-responses.js';
import { compareSecurity } from './compare-security.js';
import { emitFixed, type DiffContext } from './diff-context.js';
import { isObject, appendPointer } from './resolve-refs.js';

export function operationIdOf(side: OperationSide): string | undefined {
  const node = side.operation.node;
  return isObject(node) && typeof node.operationId === 'string' ? node.operationId : undefined;
}

export function compareOperation(ctx: DiffContext, base: OperationSide, head: OperationSide): void {
  const baseId = operationIdOf(base);
  const headId = operationIdOf(head);
  if (baseId !== undefined && baseId !== headId) {
    emitFixed(
      ctx,
      'operation-id-changed',
      appendPointer(head.operation.pointer, 'operationId'),
      `operationId was \`${baseId}\`, now ${headId ? `\`${headId}\`` : 'none'}`,
    );
  }
  const deprecated = (side: OperationSide): boolean =>
    isObject(side.operation.node) && side.operation.node.deprecated === true;
  if (!deprecated(base) && deprecated(head))
    emitFixed(ctx, 'operation-deprecated', head.operation.pointer, 'operation deprecated');

  compareParameters(ctx, base, head);
  compareRequestBodies(ctx, base.operation, head.operation);
  compareResponses(ctx, base.operation, head.operation);
  compareSecurity(ctx, base.operation, head.operation);
}
