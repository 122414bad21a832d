// Prepare a loaded OpenAPI document for AJV: a private copy with tagged `oneOf`s rewritten for readable errors,
// a map from every schema node to its JSON pointer in the ORIGINAL document, and the keyword and format names
// AJV's strict mode must be told about. Browser-safe.

import { appendPointer, followRefs } from './json-pointer.js';

export interface SchemaDocument {
  /** structuredClone of the document, tagged oneOfs rewritten. Added to AJV as one schema. */
  root: Record<string, unknown>;
  /** Pointer of a node of `root` in the original document; synthetic nodes map to the oneOf they replace. */
  pointerOf(node: unknown): string | undefined;
  /** True for nodes this module made up (their pointer already names the place, no keyword is appended). */
  isSynthetic(node: unknown): boolean;
  /** Every `x-*` key found anywhere (registered as annotation keywords). */
  extensions: string[];
  /** Every string value of a `format` key (unknown ones are registered as annotations). */
  formats: string[];
}

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

export function prepareSchemaDocument(document: object): SchemaDocument {
  const root = structuredClone(document) as Node;
  const pointers = new WeakMap<object, string>();
  const synthetic = new WeakSet<object>();
  const extensions = new Set<string>();
  const formats = new Set<string>();
  const oneOfs: [Node, string][] = [];

  const walk = (node: unknown, pointer: string): void => {
    if (!isNode(node) || pointers.has(node)) return; // YAML aliases can share nodes; first pointer wins
    pointers.set(node, pointer);
    if (Array.isArray(node.oneOf)) oneOfs.push([node, pointer]);
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) extensions.add(key);
      if (key === 'format' && typeof value === 'string') formats.add(value);
      walk(value, appendPointer(pointer, key));
    }
  };
  walk(root, '#');

  const mark = (node: Node, pointer: string): Node => {
    pointers.set(node, pointer);
    synthetic.add(node);
    return node;
  };
  for (const [node, pointer] of oneOfs) narrowTaggedOneOf(root, node, appendPointer(pointer, 'oneOf'), mark);

  return {
    root,
    pointerOf: (node) => (isNode(node) ? pointers.get(node) : undefined),
    isSynthetic: (node) => isNode(node) && synthetic.has(node),
    extensions: [...extensions],
    formats: [...formats],
  };
}

/** The schema objects a branch is made of: itself (through `$ref`) and its `allOf` members (through `$ref`). */
function branchParts(root: Node, branch: unknown): Node[] {
  const resolve = (value: unknown): Node | undefined => {
    try {
      const target = followRefs(root, value, '#').value;
      return isNode(target) ? target : undefined;
    } catch {
      return undefined;
    }
  };
  const self = resolve(branch);
  if (!self) return [];
  const members = Array.isArray(self.allOf) ? self.allOf.map(resolve).filter((part): part is Node => !!part) : [];
  return [self, ...members];
}

/** Values a branch allows for `tag` (its `const` or `enum`), or undefined when it does not pin the tag. */
function tagValues(parts: Node[], tag: string): unknown[] | undefined {
  for (const part of parts) {
    const property = isNode(part.properties) ? part.properties[tag] : undefined;
    if (!isNode(property)) continue;
    if ('const' in property) return [property.const];
    if (Array.isArray(property.enum)) return property.enum;
  }
  return undefined;
}

const requires = (node: Node, tag: string) => Array.isArray(node.required) && node.required.includes(tag);

/**
 * AJV reports every failing branch of a failed `oneOf`, so one wrong field in a PlaceInQueue request comes back
 * with eleven branches' worth of errors. When every branch pins a required property to distinct values (a
 * `discriminator.propertyName`, contract decision 7, or a bare `const` tag such as GMS `statusCode`, decision 5),
 * the oneOf is rewritten into the equivalent
 *   allOf: [{type: object, required: [tag], properties: {tag: {enum: all values}}},
 *           {if: {type: object, required: [tag], properties: {tag: {const: v_i}}}, then: branch_i}, ...]
 * so only the branch the tag selects reports errors (JSON Schema 2020-12 §10.2.2.1 if/then). Equivalent because
 * every branch requires the tag and the tag values are disjoint, so at most the selected branch can pass.
 * `discriminator` itself stays an annotation (AJV's `discriminator: true` would need string tags, no `mapping`
 * and a `properties/<tag>` in every branch; toolchain notes, AJV section).
 */
function narrowTaggedOneOf(root: Node, node: Node, pointer: string, mark: (node: Node, pointer: string) => Node): void {
  const branches = (node.oneOf as unknown[]).map((branch) => branchParts(root, branch));
  if (branches.length < 2 || branches.some((parts) => parts.length === 0)) return;
  const discriminator = isNode(node.discriminator) ? node.discriminator.propertyName : undefined;
  const candidates =
    typeof discriminator === 'string'
      ? [discriminator]
      : Object.keys(
          (branches[0] ?? []).reduce(
            (all, part) => ({ ...all, ...(isNode(part.properties) ? part.properties : {}) }),
            {},
          ),
        );
  for (const tag of candidates) {
    const values = branches.map((parts) => tagValues(parts, tag));
    if (values.some((allowed) => allowed === undefined)) continue;
    const keys = values.flat().map((value) => JSON.stringify(value));
    if (new Set(keys).size !== keys.length) continue;
    if (!requires(node, tag) && !branches.every((parts) => parts.some((part) => requires(part, tag)))) continue;

    const pin = (allowed: unknown[], at: string) =>
      mark(
        {
          type: 'object',
          required: [tag],
          properties: { [tag]: mark(allowed.length === 1 ? { const: allowed[0] } : { enum: allowed }, at) },
        },
        at,
      );
    const cases = (node.oneOf as unknown[]).map((branch, index) =>
      mark({ if: pin(values[index]!, appendPointer(pointer, index)), then: branch }, appendPointer(pointer, index)),
    );
    node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), pin(values.flat(), pointer), ...cases];
    delete node.oneOf;
    return;
  }
}
