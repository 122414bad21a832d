import { followRefs } from '@cx-contracts/openapi-runtime';
import fc from 'fast-check';
import type { OperationId } from '../operation-ids.js';
import type { ConformanceSurface } from '../surface.js';

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Strings that break servers which treat user data loosely (issue 12 item 5): digit-only (turned into numbers),
 * empty, whitespace, unicode beyond Latin-1, JSON and form metacharacters, and both ends of the length range.
 */
function tricky(min: number, max: number): fc.Arbitrary<string> {
  const bounded = (arbitrary: fc.Arbitrary<string>) =>
    arbitrary.filter((value) => [...value].length >= min && [...value].length <= max);
  const boundary = [min, Math.min(max, Math.max(min, 255)), Math.min(max, 256)].filter(
    (length, index, all) => all.indexOf(length) === index && length <= max,
  );
  return fc.oneof(
    bounded(fc.stringMatching(/^[0-9]{1,12}$/)),
    bounded(fc.constantFrom('', ' ', '0', '007', '1e3', 'true', 'null', '&=%', '"quoted"', "it's", 'a\nb')),
    bounded(fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 24) })),
    ...boundary.map((length) => fc.string({ unit: 'grapheme-ascii', minLength: length, maxLength: length })),
  );
}

/** Map keys with the characters keys rarely carry, kept run-tagged by the caller's prefix. */
export const trickyKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '.', 'a.b', 'a/b', 'a b', '$x', 'ä', '日本', '0', '-', '%20', 'k"q'),
  fc.stringMatching(/^[0-9]{1,6}$/),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

export interface SchemaValueOptions {
  /** Prefix for generated map keys (the run tag, so everything written stays attributable). */
  keyPrefix: string;
  /** Keys of an open map (at most). */
  maxKeys?: number;
}

/**
 * A fast-check arbitrary for values a JSON Schema (2020-12 subset: type, enum/const, min/maxLength, minimum/maximum,
 * properties/required, additionalProperties, items) accepts. An open object (no properties, or
 * additionalProperties) becomes a map of tricky keys to tricky strings: the contract's user data maps. Values are
 * those the schema accepts, so a refusal is never the generator's fault.
 */
export function arbitraryFor(document: object, schema: unknown, options: SchemaValueOptions): fc.Arbitrary<unknown> {
  const node = followRefs<unknown>(document, schema, '#').value;
  if (!isNode(node)) return tricky(0, 256);
  if ('const' in node) return fc.constant(node.const);
  if (Array.isArray(node.enum)) return fc.constantFrom(...node.enum);
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  switch (type) {
    case 'string':
      return tricky(Number(node.minLength ?? 0), Number(node.maxLength ?? 256));
    case 'integer':
      return fc.integer({ min: Number(node.minimum ?? -1_000_000), max: Number(node.maximum ?? 1_000_000) });
    case 'number':
      return fc.double({ min: Number(node.minimum ?? -1e6), max: Number(node.maximum ?? 1e6), noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(arbitraryFor(document, node.items ?? {}, options), { maxLength: 4 });
    default: {
      const properties = isNode(node.properties) ? node.properties : {};
      const names = Object.keys(properties);
      if (names.length === 0 || node.additionalProperties !== undefined) {
        const values = isNode(node.additionalProperties)
          ? arbitraryFor(document, node.additionalProperties, options)
          : tricky(0, 256);
        return fc.dictionary(
          trickyKey.map((key) => `${options.keyPrefix}${key}`),
          values,
          { minKeys: 1, maxKeys: options.maxKeys ?? 4 },
        );
      }
      const required = Array.isArray(node.required) ? (node.required as string[]) : [];
      return fc.record(
        Object.fromEntries(names.map((name) => [name, arbitraryFor(document, properties[name], options)])),
        { requiredKeys: required.filter((name) => names.includes(name)) },
      );
    }
  }
}

/**
 * The arbitrary for one property of an operation's request body (`userData` of a create, `change` of an update),
 * from the contract itself so generated values follow the spec. `branch` picks the `oneOf` branch whose properties
 * carry these `const`s (`{ operationName: 'AttachUserData' }`: contract decision 7). Throws when the contract has no
 * such property: the scenario names something the spec does not.
 */
export function requestPropertyArbitrary(
  surface: ConformanceSurface,
  target: { operationId: OperationId; mediaType: string; property: string; branch?: Record<string, unknown> },
  options: SchemaValueOptions,
): fc.Arbitrary<unknown> {
  const { document } = surface;
  const schema = surface.getOperation(target.operationId)?.requestBody?.content[target.mediaType]?.schema;
  let node = followRefs<unknown>(document, schema, '#').value;
  if (target.branch && isNode(node) && Array.isArray(node.oneOf)) {
    node = node.oneOf
      .map((item) => followRefs<unknown>(document, item, '#').value)
      .find((item) =>
        Object.entries(target.branch!).every(([name, value]) => {
          const property = isNode(item) && isNode(item.properties) ? item.properties[name] : undefined;
          return isNode(property) && property.const === value;
        }),
      );
  }
  const properties = isNode(node) && isNode(node.properties) ? node.properties : {};
  if (!(target.property in properties))
    throw new Error(
      `the ${target.mediaType} body of ${target.operationId} has no property ${target.property} in the contract of ${surface.name}`,
    );
  return arbitraryFor(document, properties[target.property], options);
}
