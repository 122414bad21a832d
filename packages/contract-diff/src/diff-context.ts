/**
 * What every comparison needs: both documents, the operation being compared (for the report), and the list the
 * changes go into. Classification always comes from the registry in change-kinds.ts.
 */
import {
  classifyFixed,
  classifySchemaChange,
  kindFor,
  type FixedKind,
  type SchemaChange,
  type Scope,
} from './change-kinds.js';
import type { ViewCache } from './normalize-schema.js';
import type { Change, Direction, OpenApiDocument, Severity } from './types.js';

export interface OperationRef {
  /** Absent for path-level changes. */
  method?: string;
  path: string;
  operationId?: string;
}

export interface DiffContext {
  base: OpenApiDocument;
  head: OpenApiDocument;
  changes: Change[];
  operation?: OperationRef;
  views: ViewCache;
}

function where(ctx: DiffContext): Pick<Change, 'operationId' | 'method' | 'path'> {
  if (!ctx.operation) return {};
  const { method, path, operationId } = ctx.operation;
  return {
    ...(operationId === undefined ? {} : { operationId }),
    ...(method === undefined ? {} : { method }),
    path,
  };
}

export function emitFixed(
  ctx: DiffContext,
  kind: FixedKind,
  location: string,
  message: string,
  severity?: Severity,
): void {
  const rule = classifyFixed(kind);
  ctx.changes.push({
    kind,
    ...where(ctx),
    location,
    message,
    breaks: { ...rule.breaks },
    severity: severity ?? rule.severity,
  });
}

export function emitSchemaChange(
  ctx: DiffContext,
  scope: Scope,
  change: SchemaChange,
  location: string,
  message: string,
  direction?: Direction,
): void {
  const rule = classifySchemaChange(scope, change, direction);
  ctx.changes.push({
    kind: kindFor(scope, change),
    ...where(ctx),
    location,
    message,
    breaks: { ...rule.breaks },
    severity: rule.severity,
  });
}
