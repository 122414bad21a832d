/**
 * One schema seen as the set of constraints it imposes, whatever way it was written: `$ref` followed, `allOf`
 * flattened (JSON Schema 2020-12 §10.2.1.1: an instance must satisfy every branch), `const` read as a one-value
 * enum, OpenAPI 3.0's `nullable` read as `null` in the type set. Moving properties into a shared component behind an
 * allOf is then no change at all, which is what clients see on the wire.
 *
 * Only one level is flattened: properties, items and branches stay as located nodes, viewed when the comparison
 * reaches them, so recursive schemas cost nothing here.
 */
import { followRef, isObject, appendPointer, type Located } from './resolve-refs.js';
import type { OpenApiDocument } from './types.js';

export const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
export const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
type Bound = (typeof LOWER_BOUNDS)[number] | (typeof UPPER_BOUNDS)[number];

export interface SchemaView {
  /** Where the schema lives (the first part after following $refs). */
  pointer: string;
  /** Pointers of every part the view was built from ($refs followed, allOf flattened); meeting it again means recursion. */
  identity: string;
  /** Allowed JSON types; undefined means any. `false` schemas give an empty set. */
  types?: Set<string>;
  enum?: unknown[];
  properties: Map<string, Located[]>;
  required: Set<string>;
  /** `closed`: additionalProperties (or unevaluatedProperties) false. */
  additionalProperties: 'open' | 'closed' | Located[];
  items?: Located[];
  prefixItems: Located[][];
  oneOf?: Located[];
  anyOf?: Located[];
  discriminator?: { propertyName?: string; mapping: Record<string, string> };
  bounds: Partial<Record<Bound, number>>;
  multipleOf?: number;
  pattern?: string;
  format?: string;
  uniqueItems: boolean;
  default?: { value: unknown };
  readOnly: boolean;
  writeOnly: boolean;
}

/** Keys next to a schema `$ref` that describe rather than constrain. */
const ANNOTATIONS = new Set([
  '$ref',
  'description',
  'summary',
  'title',
  'example',
  'examples',
  '$comment',
  'externalDocs',
  'xml',
]);

/** `$ref` with siblings is read as allOf [target, siblings] (JSON Schema 2020-12 §8.2.3.1). */
function siblingsOf(node: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(node).filter(([key]) => !ANNOTATIONS.has(key)));
}

function flatten(doc: OpenApiDocument, parts: Located[]): Located[] {
  const flat: Located[] = [];
  const seen = new Set<unknown>();
  const visit = (loc: Located): void => {
    if (typeof loc.node === 'boolean') {
      flat.push(loc);
      return;
    }
    if (!isObject(loc.node) || seen.has(loc.node)) return;
    seen.add(loc.node);
    const node = loc.node;
    if (typeof node.$ref === 'string') {
      visit(followRef(doc, node.$ref, loc.pointer));
      const rest = siblingsOf(node);
      if (Object.keys(rest).length > 0) visit({ node: rest, pointer: loc.pointer });
      return;
    }
    flat.push(loc);
    if (Array.isArray(node.allOf))
      node.allOf.forEach((branch, i) => visit({ node: branch, pointer: appendPointer(loc.pointer, 'allOf', i) }));
  };
  parts.forEach(visit);
  return flat;
}

function typeSet(node: Record<string, unknown>): Set<string> | undefined {
  const raw = node.type;
  if (raw === undefined) return undefined;
  const types = new Set(Array.isArray(raw) ? raw.map(String) : [String(raw)]);
  if (node.nullable === true) types.add('null');
  return types;
}

/** Intersection where `integer` is a subset of `number` (JSON Schema 2020-12 validation §6.1.1). */
function intersectTypes(a: Set<string> | undefined, b: Set<string>): Set<string> {
  if (!a) return b;
  const out = new Set<string>();
  for (const t of a) {
    if (b.has(t)) out.add(t);
    else if (t === 'integer' && b.has('number')) out.add('integer');
    else if (t === 'number' && b.has('integer')) out.add('integer');
  }
  return out;
}

export const valueKey = (value: unknown): string => JSON.stringify(value);

/**
 * Views built during one diff. A pointer names one node of one document, so the pointers of the parts identify a
 * view, and shared components are viewed once however many operations reach them. One cache per diff run: the
 * caller may change a document between two runs.
 */
export type ViewCache = WeakMap<OpenApiDocument, Map<string, SchemaView>>;

export function viewSchema(doc: OpenApiDocument, parts: Located[], views?: ViewCache): SchemaView {
  if (!views) return buildView(doc, parts);
  let cache = views.get(doc);
  if (!cache) views.set(doc, (cache = new Map()));
  const key = parts.map((p) => p.pointer).join('\n');
  let view = cache.get(key);
  if (!view) cache.set(key, (view = buildView(doc, parts)));
  return view;
}

function buildView(doc: OpenApiDocument, parts: Located[]): SchemaView {
  const flat = flatten(doc, parts);
  const view: SchemaView = {
    pointer: flat[0]?.pointer ?? parts[0]?.pointer ?? '',
    identity: flat.map((p) => p.pointer).join('\n'),
    properties: new Map(),
    required: new Set(),
    additionalProperties: 'open',
    prefixItems: [],
    bounds: {},
    uniqueItems: false,
    readOnly: false,
    writeOnly: false,
  };
  for (const { node, pointer } of flat) {
    if (node === false) view.types = new Set();
    if (!isObject(node)) continue;
    const types = typeSet(node);
    if (types) view.types = intersectTypes(view.types, types);

    const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
    if (values) {
      const keys = new Set(values.map(valueKey));
      view.enum = view.enum ? view.enum.filter((v) => keys.has(valueKey(v))) : [...values];
    }

    if (isObject(node.properties)) {
      for (const [name, schema] of Object.entries(node.properties)) {
        const list = view.properties.get(name) ?? [];
        list.push({ node: schema, pointer: appendPointer(pointer, 'properties', name) });
        view.properties.set(name, list);
      }
    }
    if (Array.isArray(node.required)) for (const name of node.required) view.required.add(String(name));

    for (const key of ['additionalProperties', 'unevaluatedProperties'] as const) {
      const ap = node[key];
      if (ap === false) view.additionalProperties = 'closed';
      else if (isObject(ap) && view.additionalProperties !== 'closed') {
        view.additionalProperties = [
          ...(view.additionalProperties === 'open' ? [] : view.additionalProperties),
          { node: ap, pointer: appendPointer(pointer, key) },
        ];
      }
    }

    if (isObject(node.items) || typeof node.items === 'boolean') {
      view.items = [...(view.items ?? []), { node: node.items, pointer: appendPointer(pointer, 'items') }];
    }
    // Draft-04-style tuple `items: [...]` and 2020-12 `prefixItems` mean the same thing.
    const tuple = Array.isArray(node.prefixItems)
      ? node.prefixItems
      : Array.isArray(node.items)
        ? node.items
        : undefined;
    const tupleKey = Array.isArray(node.prefixItems) ? 'prefixItems' : 'items';
    tuple?.forEach((schema, i) => {
      view.prefixItems[i] = [
        ...(view.prefixItems[i] ?? []),
        { node: schema, pointer: appendPointer(pointer, tupleKey, i) },
      ];
    });

    for (const key of ['oneOf', 'anyOf'] as const) {
      const list = node[key];
      if (Array.isArray(list) && !view[key]) {
        view[key] = list.map((branch, i) => ({ node: branch, pointer: appendPointer(pointer, key, i) }));
      }
    }
    if (isObject(node.discriminator) && !view.discriminator) {
      const d = node.discriminator;
      view.discriminator = {
        propertyName: typeof d.propertyName === 'string' ? d.propertyName : undefined,
        mapping: isObject(d.mapping) ? (d.mapping as Record<string, string>) : {},
      };
    }

    // allOf of several bounds: the strictest one holds.
    for (const key of LOWER_BOUNDS) {
      const value = node[key];
      if (typeof value === 'number') view.bounds[key] = Math.max(view.bounds[key] ?? -Infinity, value);
    }
    for (const key of UPPER_BOUNDS) {
      const value = node[key];
      if (typeof value === 'number') view.bounds[key] = Math.min(view.bounds[key] ?? Infinity, value);
    }
    if (typeof node.multipleOf === 'number' && view.multipleOf === undefined) view.multipleOf = node.multipleOf;
    if (typeof node.pattern === 'string' && view.pattern === undefined) view.pattern = node.pattern;
    if (typeof node.format === 'string' && view.format === undefined) view.format = node.format;
    if (node.uniqueItems === true) view.uniqueItems = true;
    if ('default' in node && !view.default) view.default = { value: node.default };
    if (node.readOnly === true) view.readOnly = true;
    if (node.writeOnly === true) view.writeOnly = true;
  }
  // Object keywords without `type` are almost always an object meant as one; reading them as "any type" would turn
  // adding `type: object` into a type change.
  if (!view.types) {
    if (view.properties.size > 0 || view.additionalProperties !== 'open') view.types = new Set(['object']);
    else if (view.items || view.prefixItems.length > 0) view.types = new Set(['array']);
  }
  return view;
}

/** Can a value of this JSON type satisfy the view? */
export function allowsType(view: SchemaView, type: string): boolean {
  if (!view.types) return true;
  return view.types.has(type) || (type === 'integer' && view.types.has('number'));
}
