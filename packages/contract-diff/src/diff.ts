/**
 * diffDocuments: every change between two OpenAPI 3.1 documents, each classified by who it breaks.
 *
 * Both documents must be self-contained (internal `#/...` references only); bundle multi-file specs first.
 * Paths are matched by template with parameter names blanked (path-template.ts), operations by method.
 * Webhooks and callbacks are not compared.
 */
import { pathItemOperations } from '@cx-contracts/openapi-runtime';
import { compareOperation, operationIdOf } from './compare-operations.js';
import type { OperationSide } from './compare-parameters.js';
import { compareSecuritySchemes } from './compare-security.js';
import { emitFixed, type DiffContext } from './diff-context.js';
import { groupChanges } from './group-changes.js';
import { normalizePathTemplate } from './path-template.js';
import { isObject, appendPointer, resolve, type Located } from './resolve-refs.js';
import type { Change, OpenApiDocument } from './types.js';

interface PathEntry {
  template: string;
  item: Located;
}

function pathsOf(doc: OpenApiDocument): Map<string, PathEntry> {
  const out = new Map<string, PathEntry>();
  if (!isObject(doc.paths)) return out;
  for (const [template, node] of Object.entries(doc.paths)) {
    const key = normalizePathTemplate(template);
    // Two templates that differ only in parameter names are invalid (§4.8.8.2); keep the first.
    if (!out.has(key))
      out.set(key, { template, item: resolve(doc, { node, pointer: appendPointer('/paths', template) }) });
  }
  return out;
}

function operationsOf(entry: PathEntry): Map<string, OperationSide> {
  const out = new Map<string, OperationSide>();
  if (!isObject(entry.item.node)) return out;
  for (const [method, node] of pathItemOperations(entry.item.node)) {
    out.set(method, {
      template: entry.template,
      pathItem: entry.item,
      operation: { node, pointer: appendPointer(entry.item.pointer, method) },
    });
  }
  return out;
}

export function diffDocuments(base: object, head: object): Change[] {
  const ctx: DiffContext = {
    base: base as OpenApiDocument,
    head: head as OpenApiDocument,
    changes: [],
    views: new WeakMap(),
  };
  const basePaths = pathsOf(ctx.base);
  const headPaths = pathsOf(ctx.head);

  for (const [key, b] of basePaths) {
    const h = headPaths.get(key);
    const wasOps = operationsOf(b);
    const nowOps = h ? operationsOf(h) : new Map<string, OperationSide>();
    if (!h) {
      ctx.operation = { path: b.template };
      const methods = [...wasOps.keys()].map((m) => m.toUpperCase()).join(', ') || 'no operations';
      emitFixed(ctx, 'path-removed', b.item.pointer, `path ${b.template} removed (had ${methods})`);
    }
    for (const [method, op] of wasOps) {
      const now = nowOps.get(method);
      ctx.operation = { method: method.toUpperCase(), path: (h ?? b).template, operationId: operationIdOf(now ?? op) };
      if (now) compareOperation(ctx, op, now);
      else
        emitFixed(
          ctx,
          'operation-removed',
          op.operation.pointer,
          `${method.toUpperCase()} ${b.template} removed${label(op)}`,
        );
    }
    for (const [method, op] of nowOps) {
      if (wasOps.has(method)) continue;
      ctx.operation = { method: method.toUpperCase(), path: h!.template, operationId: operationIdOf(op) };
      emitFixed(
        ctx,
        'operation-added',
        op.operation.pointer,
        `${method.toUpperCase()} ${h!.template} added${label(op)}`,
      );
    }
  }
  for (const [key, h] of headPaths) {
    if (basePaths.has(key)) continue;
    for (const [method, op] of operationsOf(h)) {
      ctx.operation = { method: method.toUpperCase(), path: h.template, operationId: operationIdOf(op) };
      emitFixed(
        ctx,
        'operation-added',
        op.operation.pointer,
        `${method.toUpperCase()} ${h.template} added${label(op)}`,
      );
    }
  }
  ctx.operation = undefined;
  compareSecuritySchemes(ctx);
  return groupChanges(ctx.changes);
}

function label(op: OperationSide): string {
  const id = operationIdOf(op);
  return id ? ` (${id})` : '';
}
