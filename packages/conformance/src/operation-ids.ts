import type { ContextService, V1, V2, V3 } from '@cx-contracts/types';

/**
 * Every operationId of the four surfaces, read from the generated types (`operations` of each surface module), so a
 * scenario that names an operation the contract does not have fails to compile instead of failing a run (issue 10:
 * "Scenarios name operations through the generated types").
 */
export type OperationId =
  | keyof V1.operations
  | keyof V2.operations
  | keyof V3.operations
  | keyof ContextService.operations;
