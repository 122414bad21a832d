import {
  appendPointer,
  followRefs,
  isJsonMediaType,
  parseMediaType,
  type OperationInfo,
  type RequestInput,
  type Violation,
} from '@cx-contracts/openapi-runtime';
import type { CheckDefinition, CheckedExchange, FindingDraft } from '../check.js';
import { analyzeEnvelope, isFailureForm } from '../envelope.js';
import type { ConformanceSurface } from '../surface.js';

export const negativeDataRejection: CheckDefinition = {
  id: 'negative-data-rejection',
  kind: 'probe',
  title: 'Invalid input is rejected',
  explanation:
    'The tool sends request bodies that the contract itself forbids (a required field left out, a field of the wrong type, an unknown operationName, an empty update, unreadable JSON) and expects the server to refuse them: with a 4xx status, or with a documented failure reply (GMS statusCode 2 with errors, Web Services status "error" or a non-zero statusCode). Accepting such input, or crashing on it with a 5xx, is a departure. Every body is first confirmed invalid by the contract\'s own schema, so a lenient but correct schema never produces a false alarm. Negative bodies are sent only to operations whose side effects the run controls (its own resources), never in --read-only mode unless the operation is x-safe.',
  severity:
    'Error; a warning when the schema rule the body breaks is marked provisional. A 5xx is accepted only for unreadable JSON and only where the contract documents that 5xx (contract decision 16).',
};

export type NegativeKind =
  | 'missing-required'
  | 'wrong-type'
  | 'empty-body'
  | 'unknown-discriminator'
  | 'malformed-json';

export interface NegativeCase {
  kind: NegativeKind;
  /** e.g. `without required field 'services'`. */
  description: string;
  /** The body to encode for `mediaType` (unused for malformed-json, see `raw`). */
  body: unknown;
  /** Text sent as is (malformed JSON). */
  raw?: string;
  mediaType: string;
  /** Why the contract rejects it: the runtime's first violation (absent for malformed JSON). */
  violation?: Violation;
}

export interface NegativeInput {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** A valid body for the operation: every case is one change away from it. */
  body: Record<string, unknown>;
  mediaType: string;
  /** Fields never changed (e.g. the run-tagged externalId, so anything accepted stays findable). */
  protect?: readonly string[];
  limit?: number;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Bodies one step away from a valid one, each confirmed invalid by the runtime's validateRequest before it is
 * offered. Schemathesis users report "accepted negative data" failures for inputs that were in fact valid; checking
 * every candidate against the contract first rules that out. One case per kind first, then more, up to `limit`.
 */
export function negativeCases(
  surface: ConformanceSurface,
  operation: OperationInfo,
  input: NegativeInput,
): NegativeCase[] {
  const media = operation.requestBody?.content[input.mediaType];
  if (!media?.schema) return [];
  const json = isJsonMediaType(parseMediaType(input.mediaType));
  const shape = objectShape(
    surface.document,
    media.schema,
    appendPointer(operation.requestBody!.pointer, 'content', input.mediaType, 'schema'),
    input.body,
  );
  const protect = new Set(input.protect ?? []);
  const candidates: Array<Omit<NegativeCase, 'violation' | 'mediaType'>> = [];

  if (shape.discriminator && !protect.has(shape.discriminator)) {
    candidates.push({
      kind: 'unknown-discriminator',
      description: `${shape.discriminator} 'cxcUnknownOperation' (not a documented value)`,
      body: { ...input.body, [shape.discriminator]: 'cxcUnknownOperation' },
    });
  }
  for (const name of shape.required) {
    if (protect.has(name) || name === shape.discriminator || !(name in input.body)) continue;
    const { [name]: _removed, ...rest } = input.body;
    candidates.push({ kind: 'missing-required', description: `without required field '${name}'`, body: rest });
  }
  for (const [name, value] of Object.entries(input.body)) {
    if (protect.has(name) || name === shape.discriminator) continue;
    const wrong = wrongValue(surface.document, shape.properties[name], json);
    if (wrong === undefined) continue;
    candidates.push({
      kind: 'wrong-type',
      description: `field '${name}' as ${describeValue(wrong.value)} instead of ${describeValue(value)}`,
      body: { ...input.body, [name]: wrong.value },
    });
  }
  const kept: Node = {};
  for (const name of protect) if (name in input.body) kept[name] = input.body[name];
  candidates.push({
    kind: 'empty-body',
    description: Object.keys(kept).length ? 'with nothing but the run tag' : 'an empty body',
    body: kept,
  });

  const confirmed: NegativeCase[] = [];
  const bodies = new Set<string>();
  for (const candidate of candidates) {
    const key = JSON.stringify(candidate.body);
    if (bodies.has(key)) continue;
    bodies.add(key);
    const request: RequestInput = {
      params: input.params,
      query: input.query,
      headers: input.headers,
      body: formStrings(candidate.body, json),
      mediaType: input.mediaType,
    };
    const violations = surface.validators
      .validateRequest(operation, request)
      .filter((violation) => violation.location === 'body');
    if (violations.length > 0) confirmed.push({ ...candidate, mediaType: input.mediaType, violation: violations[0] });
  }
  if (json) {
    confirmed.push({
      kind: 'malformed-json',
      description: 'unreadable JSON (cut off mid-object)',
      body: undefined,
      raw: '{"cxc": ',
      mediaType: input.mediaType,
    });
  }
  // One of each kind first, so a small limit still covers every kind.
  const limit = input.limit ?? 4;
  const firstOfKind = confirmed.filter(
    (item, index) => confirmed.findIndex((other) => other.kind === item.kind) === index,
  );
  const rest = confirmed.filter((item) => !firstOfKind.includes(item));
  return [...firstOfKind, ...rest].slice(0, limit);
}

/** Judges the answer to a negative case: a 4xx or a documented failure reply is a rejection. */
export function judgeNegative(exchange: CheckedExchange, negative: NegativeCase): FindingDraft[] {
  const status = exchange.status;
  if (status >= 400 && status < 500) return [];
  const why = negative.violation
    ? `the contract rejects it: ${negative.violation.pointer || 'the body'} ${negative.violation.message}`
    : 'the body is not valid JSON';
  const base = {
    scope: 'request' as const,
    documented: `a 4xx status or a documented failure reply (${why})`,
    pointer: negative.violation?.pointer || '/',
    specPointer: negative.violation?.schemaPointer ?? exchange.operation.requestBody?.pointer,
  };
  if (status >= 200 && status < 300) {
    const envelope = analyzeEnvelope(exchange);
    const form = envelope?.matching[0] ?? envelope?.selected;
    if (form && isFailureForm(form)) return [];
    return [
      {
        ...base,
        message: `accepted invalid input (${negative.description}) with ${status} and a success reply`,
        received: exchange.bodyText ? `${status}: ${exchange.bodyText}` : status,
      },
    ];
  }
  if (status >= 500) {
    // Contract decision 16: the Service API documents 500 "Could not read JSON" for unreadable JSON.
    if (negative.kind === 'malformed-json' && exchange.documented && exchange.documented.key !== 'default') return [];
    return [
      {
        ...base,
        message: `server error ${status} instead of rejecting invalid input (${negative.description})`,
        received: exchange.bodyText ? `${status}: ${exchange.bodyText}` : status,
      },
    ];
  }
  return [
    {
      ...base,
      message: `answered ${status} to invalid input (${negative.description}) instead of rejecting it with a 4xx`,
      received: status,
    },
  ];
}

interface Shape {
  required: string[];
  properties: Record<string, unknown>;
  discriminator?: string;
}

/** The object schema a body is checked against: allOf parts merged; for a discriminated oneOf, the branch the
 * body's tag selects (GWS operations, contract decision 7). */
function objectShape(document: object, schema: unknown, pointer: string, body: Node): Shape {
  const shape: Shape = { required: [], properties: {} };
  const visit = (raw: unknown, at: string): void => {
    const { value, pointer: resolved } = followRefs<Node>(document, raw, at);
    if (!isNode(value)) return;
    if (Array.isArray(value.required)) shape.required.push(...(value.required as string[]));
    if (isNode(value.properties)) Object.assign(shape.properties, value.properties);
    if (Array.isArray(value.allOf))
      value.allOf.forEach((part, index) => visit(part, appendPointer(resolved, 'allOf', index)));
    const tag =
      isNode(value.discriminator) && typeof value.discriminator.propertyName === 'string'
        ? value.discriminator.propertyName
        : undefined;
    if (tag && Array.isArray(value.oneOf)) {
      shape.discriminator = tag;
      value.oneOf.forEach((branch, index) => {
        const target = followRefs<Node>(document, branch, appendPointer(resolved, 'oneOf', index)).value;
        const property = isNode(target) && isNode(target.properties) ? target.properties[tag] : undefined;
        if (isNode(property) && property.const === body[tag]) visit(branch, appendPointer(resolved, 'oneOf', index));
      });
    }
  };
  visit(schema, pointer);
  return shape;
}

/** A value of another JSON type than the property declares. Forms carry only strings, so there only numbers and
 * booleans can be made wrong (a string that does not coerce). */
function wrongValue(document: object, property: unknown, json: boolean): { value: unknown } | undefined {
  if (property === undefined) return undefined;
  const resolved = followRefs<Node>(document, property, '#').value;
  if (!isNode(resolved)) return undefined;
  const types = Array.isArray(resolved.type) ? resolved.type : typeof resolved.type === 'string' ? [resolved.type] : [];
  if (types.length !== 1) return undefined;
  switch (types[0]) {
    case 'integer':
    case 'number':
      return { value: 'not-a-number' };
    case 'boolean':
      return { value: 'not-a-boolean' };
    case 'string':
      return json ? { value: 12345 } : undefined;
    case 'object':
      return json ? { value: 'not-an-object' } : undefined;
    case 'array':
      return json ? { value: 'not-an-array' } : undefined;
    default:
      return undefined;
  }
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** What a form decoder would hand the validator: every scalar a string. */
function formStrings(body: unknown, json: boolean): unknown {
  if (json || !isNode(body)) return body;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [
      key,
      isNode(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)])) : String(value),
    ]),
  );
}
