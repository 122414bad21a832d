/**
 * The report model shared by both formats, its summary, and the JSON rendering
 * (`{surfaces: [{surface, status, summary, changes}], summary}`).
 */
import type { ApprovalCheck } from './approvals.js';
import type { TypesDiff } from './types-diff.js';
import type { Change } from './types.js';

export interface SurfaceReport {
  surface: string;
  /**
   * `new`: absent at the base, nothing to compare (not breaking). `removed`: absent from the head. `unchanged`: no
   * file the surface reaches differs from the base, so it was not bundled.
   */
  status: 'compared' | 'new' | 'removed' | 'unchanged';
  changes: Change[];
  /** What a client-breaking change still needs to be released (versioning.ts); absent or empty when nothing. */
  versioning?: string[];
  /** The effect on the generated types, when redocly.yaml names the surface's `x-openapi-ts.output`. */
  types?: TypesDiff;
}

export interface DiffReport {
  /** What was compared, for the heading: a git ref or a file. */
  base?: string;
  head?: string;
  surfaces: SurfaceReport[];
  acknowledged: boolean;
  /** Hash of the client-breaking changes (approvals.ts), present when there are any. */
  breakHash?: string;
  /** Code-owner approvals read from the pull request (`--approvals github`). */
  approval?: ApprovalCheck;
}

export interface Summary {
  breakingClients: number;
  breakingImplementations: number;
  /** Changes that break neither side. A change that breaks both counts in both columns above. */
  other: number;
  total: number;
  acknowledged: boolean;
  /** Versioning problems of client-breaking changes (missing major bump or changelog entry). */
  versioning: number;
  /** `fail` is what exits 1: a client-breaking change nobody approved, or one released without a major version. */
  result: 'pass' | 'acknowledged' | 'fail';
}

export function summarize(changes: Change[], acknowledged: boolean, versioning = 0): Summary {
  const breakingClients = changes.filter((c) => c.breaks.clients).length;
  const breakingImplementations = changes.filter((c) => c.breaks.implementations).length;
  const other = changes.filter((c) => !c.breaks.clients && !c.breaks.implementations).length;
  const result = breakingClients === 0 ? 'pass' : acknowledged && versioning === 0 ? 'acknowledged' : 'fail';
  return { breakingClients, breakingImplementations, other, total: changes.length, acknowledged, versioning, result };
}

export function summarizeReport(report: DiffReport): Summary {
  return summarize(
    report.surfaces.flatMap((s) => s.changes),
    report.acknowledged,
    report.surfaces.reduce((n, s) => n + (s.versioning?.length ?? 0), 0),
  );
}

export function renderJson(report: DiffReport): string {
  const body = {
    ...(report.base === undefined ? {} : { base: report.base }),
    ...(report.head === undefined ? {} : { head: report.head }),
    surfaces: report.surfaces.map((s) => ({
      surface: s.surface,
      status: s.status,
      summary: summarize(s.changes, report.acknowledged, s.versioning?.length ?? 0),
      changes: s.changes,
      ...(s.versioning?.length ? { versioning: s.versioning } : {}),
      ...(s.types ? { types: s.types } : {}),
    })),
    ...(report.breakHash ? { breakHash: report.breakHash } : {}),
    ...(report.approval ? { approval: report.approval } : {}),
    summary: summarizeReport(report),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
