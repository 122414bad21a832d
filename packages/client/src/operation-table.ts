// The per-operation facts the client needs at run time, generated from the specs into operations.gen.ts by
// scripts/generate-operations.mjs (the whole OpenAPI document is too heavy to ship to browsers).
import type { BodyEncoding } from '@cx-contracts/openapi-runtime/encoders';

export interface OperationEntry {
  operationId: string;
  /** Request media types in the order the spec lists them (the first is the default), each with its Encoding Objects. */
  requestContent?: Record<string, { encoding?: BodyEncoding }>;
  /** Media types of the 2xx responses. */
  successContent: string[];
}

/** Keyed `METHOD /path/template`, the template exactly as in the spec (and as openapi-fetch calls it). */
export type OperationTable = Record<string, OperationEntry>;
