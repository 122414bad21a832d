import {
  appendPointer,
  followRefs,
  matchResponse,
  pickMediaType,
  type OperationInfo,
} from '@cx-contracts/openapi-runtime';
import type { ConformanceSurface } from '../surface.js';

/** How much of one operation's documented contract the observed traffic exercised (issue 13, "Contract coverage"). */
export interface OperationCoverage {
  surface: string;
  operationId: string;
  method: string;
  pathTemplate: string;
  /** Exchanges routed to this operation. */
  calls: number;
  statuses: Dimension;
  requestMediaTypes: Dimension;
  /** `oneOf` branches of the request body (the `operationName` branches of Web Services). */
  requestForms: Dimension;
  /** `oneOf` branches of the response bodies (the GMS statusCode 0/1/2 envelopes), as `200 OpenMediaSuccess`. */
  responseForms: Dimension;
  /** Named examples of request and response media types whose value was seen on the wire. */
  examples: Dimension;
}

export interface Dimension {
  documented: string[];
  seen: string[];
  /** Seen but not documented (an undocumented status): listed, not counted as covered. */
  undocumented?: string[];
}

export interface CoverageReport {
  /** Operations of the surfaces in scope, exercised or not. */
  operations: OperationCoverage[];
  totals: Record<
    'operations' | 'statuses' | 'requestMediaTypes' | 'requestForms' | 'responseForms' | 'examples',
    {
      documented: number;
      seen: number;
    }
  >;
}

export interface ObservedCall {
  status?: number;
  /** The documented request media type that matched. */
  requestMediaType?: string;
  requestBody?: unknown;
  responseContentType?: string;
  /** Parsed response body (JSON value or text). */
  responseBody?: unknown;
}

type Node = Record<string, unknown>;
const DIMENSIONS = ['statuses', 'requestMediaTypes', 'requestForms', 'responseForms', 'examples'] as const;

/** Collects coverage per operation; documented values come from the contract, seen values from the traffic. */
export class CoverageTracker {
  private readonly entries = new Map<string, { surface: ConformanceSurface; operation: OperationInfo; seen: Sets }>();

  constructor(private readonly surfaces: readonly ConformanceSurface[]) {}

  record(surface: ConformanceSurface, operation: OperationInfo, call: ObservedCall): void {
    const key = `${surface.name}\u0000${operation.operationId}`;
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { surface, operation, seen: emptySets() }));
    entry.seen.calls += 1;
    const { seen } = entry;
    if (call.requestMediaType) {
      seen.requestMediaTypes.add(call.requestMediaType);
      const pointer = appendPointer(operation.requestBody!.pointer, 'content', call.requestMediaType);
      if (call.requestBody !== undefined) {
        for (const form of formsOf(surface, pointer, call.requestBody, true)) seen.requestForms.add(form);
        for (const name of matchingExamples(surface.document, pointer, call.requestBody))
          seen.examples.add(`request ${name}`);
      }
    }
    if (call.status === undefined) return;
    const documented = matchResponse(operation, call.status);
    if (!documented) {
      seen.undocumentedStatuses.add(String(call.status));
      return;
    }
    seen.statuses.add(documented.key);
    const content = documented.response.content ?? {};
    const mediaType = call.responseContentType ? pickMediaType(content, call.responseContentType) : undefined;
    if (!mediaType || call.responseBody === undefined) return;
    const pointer = appendPointer(documented.response.pointer, 'content', mediaType);
    for (const form of formsOf(surface, pointer, call.responseBody, false))
      seen.responseForms.add(`${documented.key} ${form}`);
    for (const name of matchingExamples(surface.document, pointer, call.responseBody))
      seen.examples.add(`${documented.key} ${name}`);
  }

  report(): CoverageReport {
    const operations: OperationCoverage[] = [];
    for (const surface of this.surfaces) {
      for (const operation of surface.operations) {
        const seen = this.entries.get(`${surface.name}\u0000${operation.operationId}`)?.seen ?? emptySets();
        const documented = documentedOf(surface, operation);
        const dimension = (name: keyof typeof documented, found: Set<string>): Dimension => ({
          documented: documented[name],
          seen: documented[name].filter((value) => found.has(value)),
        });
        operations.push({
          surface: surface.name,
          operationId: operation.operationId,
          method: operation.method.toUpperCase(),
          pathTemplate: operation.pathTemplate,
          calls: seen.calls,
          statuses: { ...dimension('statuses', seen.statuses), undocumented: [...seen.undocumentedStatuses].sort() },
          requestMediaTypes: dimension('requestMediaTypes', seen.requestMediaTypes),
          requestForms: dimension('requestForms', seen.requestForms),
          responseForms: dimension('responseForms', seen.responseForms),
          examples: dimension('examples', seen.examples),
        });
      }
    }
    const totals = {
      operations: { documented: operations.length, seen: operations.filter((op) => op.calls > 0).length },
    } as CoverageReport['totals'];
    for (const name of DIMENSIONS) {
      totals[name] = {
        documented: operations.reduce((sum, op) => sum + op[name].documented.length, 0),
        seen: operations.reduce((sum, op) => sum + op[name].seen.length, 0),
      };
    }
    return { operations, totals };
  }
}

interface Sets {
  calls: number;
  statuses: Set<string>;
  undocumentedStatuses: Set<string>;
  requestMediaTypes: Set<string>;
  requestForms: Set<string>;
  responseForms: Set<string>;
  examples: Set<string>;
}

function emptySets(): Sets {
  return {
    calls: 0,
    statuses: new Set(),
    undocumentedStatuses: new Set(),
    requestMediaTypes: new Set(),
    requestForms: new Set(),
    responseForms: new Set(),
    examples: new Set(),
  };
}

/** What the contract documents for an operation, in the labels `record` uses. */
function documentedOf(
  surface: ConformanceSurface,
  operation: OperationInfo,
): Record<(typeof DIMENSIONS)[number], string[]> {
  const out = { statuses: [], requestMediaTypes: [], requestForms: [], responseForms: [], examples: [] } as Record<
    (typeof DIMENSIONS)[number],
    string[]
  >;
  const document = surface.document;
  for (const [mediaType] of Object.entries(operation.requestBody?.content ?? {})) {
    out.requestMediaTypes.push(mediaType);
    const pointer = appendPointer(operation.requestBody!.pointer, 'content', mediaType);
    for (const form of branchLabels(document, pointer))
      if (!out.requestForms.includes(form)) out.requestForms.push(form);
    for (const name of exampleNames(document, pointer)) out.examples.push(`request ${name}`);
  }
  for (const [key, response] of Object.entries(operation.responses)) {
    out.statuses.push(key);
    for (const mediaType of Object.keys(response.content ?? {})) {
      const pointer = appendPointer(response.pointer, 'content', mediaType);
      for (const form of branchLabels(document, pointer)) {
        const label = `${key} ${form}`;
        if (!out.responseForms.includes(label)) out.responseForms.push(label);
      }
      for (const name of exampleNames(document, pointer)) {
        const label = `${key} ${name}`;
        if (!out.examples.includes(label)) out.examples.push(label);
      }
    }
  }
  return out;
}

/** Per document and media type pointer: resolving `$ref`s on every exchange dominated the cost of checking a HAR. */
const memo = new WeakMap<object, Map<string, unknown>>();

function memoized<T>(document: object, key: string, compute: () => T): T {
  let map = memo.get(document);
  if (!map) memo.set(document, (map = new Map()));
  if (!map.has(key)) map.set(key, compute());
  return map.get(key) as T;
}

/** The `oneOf` of a media type's schema (after `$ref`s): each branch's pointer and label. */
function branches(document: object, mediaTypePointer: string): Array<{ pointer: string; label: string }> {
  return memoized(document, `branches ${mediaTypePointer}`, () => resolveBranches(document, mediaTypePointer));
}

function resolveBranches(document: object, mediaTypePointer: string): Array<{ pointer: string; label: string }> {
  const mediaType = followRefs<Node>(document, { $ref: mediaTypePointer }, mediaTypePointer).value;
  if (!mediaType || typeof mediaType.schema !== 'object') return [];
  const schema = followRefs<Node>(document, mediaType.schema, appendPointer(mediaTypePointer, 'schema'));
  if (!Array.isArray(schema.value?.oneOf)) return [];
  return (schema.value.oneOf as unknown[]).map((branch, index) => {
    const ref = (branch as Node | null)?.$ref;
    // The branch's own schema (a `$ref`'s target): the runtime compiles schemas by the pointer they live at.
    const { value: resolved = {}, pointer } = followRefs<Node>(
      document,
      branch,
      appendPointer(schema.pointer, 'oneOf', index),
    );
    const label =
      typeof ref === 'string'
        ? ref.slice(ref.lastIndexOf('/') + 1)
        : typeof resolved.title === 'string'
          ? resolved.title
          : `oneOf/${index}`;
    return { pointer, label };
  });
}

function branchLabels(document: object, mediaTypePointer: string): string[] {
  return branches(document, mediaTypePointer).map((branch) => branch.label);
}

/** The branches a value validates against (form values coerced, as the request validator does). */
function formsOf(surface: ConformanceSurface, mediaTypePointer: string, value: unknown, coerce: boolean): string[] {
  return branches(surface.document, mediaTypePointer)
    .filter((branch) => {
      try {
        return surface.validators.validateSchema(branch.pointer, value, { coerce }).length === 0;
      } catch {
        return false; // a branch the runtime cannot compile on its own is not claimed as seen
      }
    })
    .map((branch) => branch.label);
}

function examplesOf(document: object, mediaTypePointer: string): Array<[string, string, unknown]> {
  return memoized(document, `examples ${mediaTypePointer}`, () =>
    resolveExamples(document, mediaTypePointer).map(([name, value]) => [name, canonical(value), value]),
  );
}

function resolveExamples(document: object, mediaTypePointer: string): Array<[string, unknown]> {
  const mediaType = followRefs<Node>(document, { $ref: mediaTypePointer }, mediaTypePointer).value;
  const out: Array<[string, unknown]> = [];
  for (const [name, raw] of Object.entries((mediaType?.examples ?? {}) as Node)) {
    const example = followRefs<Node>(document, raw, appendPointer(mediaTypePointer, 'examples', name)).value;
    if (example && 'value' in example) out.push([name, example.value]);
  }
  return out;
}

function exampleNames(document: object, mediaTypePointer: string): string[] {
  return examplesOf(document, mediaTypePointer).map(([name]) => name);
}

/** Named examples equal to the value; leaves compared as text, since form values arrive as strings. */
function matchingExamples(document: object, mediaTypePointer: string, value: unknown): string[] {
  const examples = examplesOf(document, mediaTypePointer);
  if (examples.length === 0) return [];
  const wanted = canonical(value);
  return examples.filter(([, example]) => example === wanted).map(([name]) => name);
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value === undefined ? '' : String(value));
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Uint8Array) return '"<bytes>"';
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Node)[key])}`).join(',')}}`;
}
