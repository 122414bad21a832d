import { appendPointer, followRefs, pickMediaType, type Violation } from '@cx-contracts/openapi-runtime';
import type { CheckedExchange } from './check.js';

/** One documented reply form of an envelope (a branch of the body schema's top-level oneOf). */
export interface EnvelopeForm {
  pointer: string;
  /** e.g. `{"statusCode": 0, "interactionId"}`: the values it pins and the fields it requires. */
  label: string;
  /** Properties the form pins with `const`/`enum`, and the values allowed. */
  pins: Record<string, unknown[]>;
  required: string[];
  violations: Violation[];
}

export interface Envelope {
  /** Pointer of the oneOf's schema. */
  pointer: string;
  forms: EnvelopeForm[];
  /** Property every form pins to distinct values (GMS `statusCode`), when there is one. */
  tag?: string;
  /** Forms the body satisfies completely. */
  matching: EnvelopeForm[];
  /** The form the body's pinned values point at (e.g. `statusCode: 0` → the success form), if exactly one. */
  selected?: EnvelopeForm;
  /** `selected`, else the form with the fewest violations. */
  closest: EnvelopeForm;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Envelopes are bodies documented as a `oneOf` of reply forms: GMS Open Media's statusCode 0/1/2 (contract decision 5)
 * and the Web Services operation replies. Reads the forms from the contract (nested oneOfs flattened), validates
 * the body against each through the runtime's validateSchema, and says which one the body meant. Memoised per
 * exchange: envelope-conformance and response-schema-conformance share it.
 */
export function analyzeEnvelope(exchange: CheckedExchange): Envelope | undefined {
  if (exchange.memo.has('envelope')) return exchange.memo.get('envelope') as Envelope | undefined;
  let envelope: Envelope | undefined;
  try {
    envelope = analyze(exchange);
  } catch {
    envelope = undefined; // a form the runtime cannot address on its own: leave it to response-schema-conformance
  }
  exchange.memo.set('envelope', envelope);
  return envelope;
}

/**
 * The documented forms of each response body, read from the contract once per response and Content-Type value (the
 * value itself is the key, so an answer costs no media-type parsing: bench/throughput.mjs profile). Content-Type
 * values come from the wire, hence the bound.
 */
type Forms = { pointer: string; forms: EnvelopeForm[] } | null;
const formsCache = new WeakMap<object, Map<string, Forms>>();
const MAX_CONTENT_TYPES = 32;

export function envelopeForms(exchange: CheckedExchange): { pointer: string; forms: EnvelopeForm[] } | undefined {
  const documented = exchange.documented?.response;
  if (!documented) return undefined;
  const contentType = exchange.contentType ?? 'application/json';
  let byType = formsCache.get(documented);
  if (!byType) formsCache.set(documented, (byType = new Map()));
  let forms = byType.get(contentType);
  if (forms === undefined) {
    const key = pickMediaType(documented.content, contentType);
    forms =
      key === undefined
        ? null
        : (readForms(
            exchange.surface.document,
            documented.content[key]?.schema,
            appendPointer(documented.pointer, 'content', key, 'schema'),
          ) ?? null);
    if (byType.size >= MAX_CONTENT_TYPES) byType.clear();
    byType.set(contentType, forms);
  }
  return forms ?? undefined;
}

function readForms(
  document: object,
  schema: unknown,
  pointer: string,
): { pointer: string; forms: EnvelopeForm[] } | undefined {
  if (schema === undefined) return undefined;
  const root = followRefs<Node>(document, schema, pointer);
  if (!isNode(root.value) || !Array.isArray(root.value.oneOf) || root.value.oneOf.length < 2) return undefined;
  const forms: EnvelopeForm[] = [];
  const collect = (node: Node, at: string): void => {
    (node.oneOf as unknown[]).forEach((branch, index) => {
      const resolved = followRefs<Node>(document, branch, appendPointer(at, 'oneOf', index));
      if (isNode(resolved.value) && Array.isArray(resolved.value.oneOf) && !isNode(resolved.value.properties)) {
        collect(resolved.value, resolved.pointer);
      } else if (isNode(resolved.value)) {
        forms.push(describeForm(resolved.value, resolved.pointer));
      }
    });
  };
  collect(root.value, root.pointer);
  return { pointer: root.pointer, forms };
}

function analyze(exchange: CheckedExchange): Envelope | undefined {
  if (exchange.body === undefined || exchange.jsonError) return undefined;
  const shape = envelopeForms(exchange);
  if (!shape) return undefined;
  // Per-exchange copies: the cached forms hold no per-body state.
  const forms = shape.forms.map((form) => ({
    ...form,
    violations: exchange.surface.validators.validateSchema(form.pointer, exchange.body),
  }));

  const tagNames = Object.keys(forms[0]?.pins ?? {}).filter((name) => forms.every((form) => name in form.pins));
  const tag = tagNames.find((name) => {
    const values = forms.flatMap((form) => form.pins[name]!.map((value) => JSON.stringify(value)));
    return new Set(values).size === values.length;
  });
  const body = isNode(exchange.body) ? exchange.body : undefined;
  const pinnedMatches = forms.filter(
    (form) =>
      body !== undefined &&
      Object.keys(form.pins).length > 0 &&
      Object.entries(form.pins).every(
        ([name, allowed]) =>
          name in body && allowed.some((value) => JSON.stringify(value) === JSON.stringify(body[name])),
      ),
  );
  const selected = pinnedMatches.length === 1 ? pinnedMatches[0] : undefined;
  const closest = selected ?? [...forms].sort((a, b) => a.violations.length - b.violations.length)[0]!;
  return {
    pointer: shape.pointer,
    forms,
    tag,
    matching: forms.filter((form) => form.violations.length === 0),
    selected,
    closest,
  };
}

function describeForm(schema: Node, pointer: string): EnvelopeForm {
  const properties = isNode(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const pins: Record<string, unknown[]> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isNode(property) || !required.includes(name)) continue;
    if ('const' in property) pins[name] = [property.const];
    else if (Array.isArray(property.enum)) pins[name] = property.enum;
  }
  const parts = required.map((name) => {
    const allowed = pins[name];
    if (allowed) return `"${name}": ${allowed.map((value) => JSON.stringify(value)).join('|')}`;
    const property = properties[name];
    const minimum = isNode(property) && typeof property.minimum === 'number' ? ` >= ${property.minimum}` : '';
    return `"${name}"${minimum}`;
  });
  return { pointer, label: `{${parts.join(', ')}}`, pins, required, violations: [] };
}

/** Values that mark a success form: GMS `statusCode` 0 (API Responses), Web Services `status: "ok"` / `status: 0`
 * / `statusCode: 0` (Return Values). */
const SUCCESS_VALUES = new Set(['0', '"ok"', 'true']);
/** Fields only failure forms carry: GMS `errors`, Web Services `errorDescription` and `statusMessage`. */
const FAILURE_FIELDS = new Set(['errors', 'errorDescription', 'statusMessage']);

/** A documented failure form: it pins a non-success value or requires an error field. */
export function isFailureForm(form: EnvelopeForm): boolean {
  const pinsFailure = Object.values(form.pins).some((values) =>
    values.every((value) => !SUCCESS_VALUES.has(JSON.stringify(value))),
  );
  return pinsFailure || form.required.some((name) => FAILURE_FIELDS.has(name));
}
