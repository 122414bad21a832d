/**
 * Parameters of one operation, path-item parameters included (an operation's own definition overrides one with
 * the same name and location, OpenAPI 3.1 §4.8.10.1). Parameters are matched by (in, name); path parameters by
 * their position in the template, since a renamed `{id}` is the same URL; header names case-insensitively
 * (RFC 9110 §5.1). Parameters are request data: the request-side rule of change-kinds.ts applies.
 */
import { compareSchemas } from './compare-schemas.js';
import { emitFixed, type DiffContext } from './diff-context.js';
import { pathTemplateParameters } from './path-template.js';
import { isObject, appendPointer, resolve, type Located } from './resolve-refs.js';
import type { OpenApiDocument } from './types.js';

export interface OperationSide {
  template: string;
  pathItem: Located;
  operation: Located;
}

interface Parameter {
  key: string;
  name: string;
  in: string;
  pointer: string;
  node: Record<string, unknown>;
}

/** OpenAPI 3.1 §4.8.12.1: header parameters with these names SHALL be ignored (they have their own fields). */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

function effectiveParameters(doc: OpenApiDocument, side: OperationSide): Map<string, Parameter> {
  const positions = pathTemplateParameters(side.template);
  const out = new Map<string, Parameter>();
  for (const owner of [side.pathItem, side.operation]) {
    const list = isObject(owner.node) && Array.isArray(owner.node.parameters) ? owner.node.parameters : [];
    list.forEach((raw, i) => {
      const { node, pointer } = resolve(doc, { node: raw, pointer: appendPointer(owner.pointer, 'parameters', i) });
      if (!isObject(node) || typeof node.name !== 'string' || typeof node.in !== 'string') return;
      const name = node.name;
      if (node.in === 'header' && IGNORED_HEADERS.has(name.toLowerCase())) return;
      const key =
        node.in === 'path'
          ? `path:${positions.includes(name) ? positions.indexOf(name) : name}`
          : node.in === 'header'
            ? `header:${name.toLowerCase()}`
            : `${node.in}:${name}`;
      out.set(key, { key, name, in: node.in, pointer, node });
    });
  }
  return out;
}

/** OpenAPI 3.1 §4.8.12.4: style defaults to form for query/cookie and simple for path/header; explode to style=form. */
function serialization(p: Parameter): string {
  if (isObject(p.node.content)) return `content ${Object.keys(p.node.content).join(', ')}`;
  const style =
    typeof p.node.style === 'string' ? p.node.style : p.in === 'query' || p.in === 'cookie' ? 'form' : 'simple';
  const explode = typeof p.node.explode === 'boolean' ? p.node.explode : style === 'form';
  return `style ${style}, explode ${explode}`;
}

function schemaOf(p: Parameter): Located[] {
  if (p.node.schema !== undefined) return [{ node: p.node.schema, pointer: appendPointer(p.pointer, 'schema') }];
  if (isObject(p.node.content)) {
    const [mediaType, media] = Object.entries(p.node.content)[0] ?? [];
    if (mediaType && isObject(media) && media.schema !== undefined) {
      return [{ node: media.schema, pointer: appendPointer(p.pointer, 'content', mediaType, 'schema') }];
    }
  }
  return [];
}

const isRequired = (p: Parameter): boolean => p.in === 'path' || p.node.required === true;
const label = (p: Parameter): string => `${p.in} parameter \`${p.name}\``;

export function compareParameters(ctx: DiffContext, base: OperationSide, head: OperationSide): void {
  const was = effectiveParameters(ctx.base, base);
  const now = effectiveParameters(ctx.head, head);
  for (const [key, b] of was) {
    const h = now.get(key);
    if (!h) {
      emitFixed(
        ctx,
        'parameter-removed',
        b.pointer,
        `${label(b)} removed (was ${isRequired(b) ? 'required' : 'optional'})`,
      );
      continue;
    }
    if (!isRequired(b) && isRequired(h))
      emitFixed(ctx, 'parameter-became-required', h.pointer, `${label(h)} was optional, now required`);
    if (isRequired(b) && !isRequired(h))
      emitFixed(ctx, 'parameter-became-optional', h.pointer, `${label(h)} was required, now optional`);
    if (serialization(b) !== serialization(h)) {
      emitFixed(
        ctx,
        'parameter-serialization-changed',
        h.pointer,
        `${label(h)} serialization was ${serialization(b)}, now ${serialization(h)}`,
      );
    }
    if (b.node.deprecated !== true && h.node.deprecated === true)
      emitFixed(ctx, 'parameter-deprecated', h.pointer, `${label(h)} deprecated`);
    compareSchemas(ctx, { scope: 'parameter', subject: label(h) }, schemaOf(b), schemaOf(h));
  }
  for (const [key, h] of now) {
    if (was.has(key)) continue;
    const required = isRequired(h);
    emitFixed(
      ctx,
      required ? 'parameter-added-required' : 'parameter-added-optional',
      h.pointer,
      `${label(h)} added (${required ? 'required' : 'optional'})`,
    );
  }
}
