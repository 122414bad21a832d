/**
 * The report model shared by both formats, its summary, and the JSON rendering
 * (`{surfaces: [{surface, status, summary, changes}], summary}`).
 */
import type { Change } from './types.js';

export interface SurfaceReport {
  surface: string;
  /** `new`: absent at the base, nothing to compare (not breaking). `removed`: absent from the head. */
  status: 'compared' | 'new' | 'removed';
  changes: Change[];
}

export interface DiffReport {
  /** What was compared, for the heading: a git ref or a file. */
  base?: string;
  head?: string;
  surfaces: SurfaceReport[];
  acknowledged: boolean;
}

export interface Summary {
  breakingClients: number;
  breakingImplementations: number;
  /** Changes that break neither side. A change that breaks both counts in both columns above. */
  other: number;
  total: number;
  acknowledged: boolean;
  /** `fail` is what exits 1: a client-breaking change nobody acknowledged. */
  result: 'pass' | 'acknowledged' | 'fail';
}

export function summarize(changes: Change[], acknowledged: boolean): Summary {
  const breakingClients = changes.filter((c) => c.breaks.clients).length;
  const breakingImplementations = changes.filter((c) => c.breaks.implementations).length;
  const other = changes.filter((c) => !c.breaks.clients && !c.breaks.implementations).length;
  const result = breakingClients === 0 ? 'pass' : acknowledged ? 'acknowledged' : 'fail';
  return { breakingClients, breakingImplementations, other, total: changes.length, acknowledged, result };
}

export function renderJson(report: DiffReport): string {
  const all = report.surfaces.flatMap((s) => s.changes);
  const body = {
    ...(report.base === undefined ? {} : { base: report.base }),
    ...(report.head === undefined ? {} : { head: report.head }),
    surfaces: report.surfaces.map((s) => ({
      surface: s.surface,
      status: s.status,
      summary: summarize(s.changes, report.acknowledged),
      changes: s.changes,
    })),
    summary: summarize(all, report.acknowledged),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
