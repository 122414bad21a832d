/**
 * The Markdown report posted on pull requests: a result line, then per surface a summary line and one table row
 * per change, client-breaking changes first.
 */
import { summarize, type DiffReport, type Summary } from './report-json.js';
import type { Change } from './types.js';

const ACKNOWLEDGE_HINT =
  'If the break is intended, add the `breaking-change-approved` label to the pull request ' +
  '(locally: `--acknowledge-breaking` or `CX_BREAKING_CHANGE_ACK=1`).';

function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function where(change: Change): string {
  const operation = [change.method, change.path].filter(Boolean).join(' ');
  return [operation && `\`${operation}\``, `\`${change.location || '/'}\``].filter(Boolean).join(' ');
}

function rank(change: Change): number {
  if (change.breaks.clients) return 0;
  return change.breaks.implementations ? 1 : 2;
}

function summaryLine(summary: Summary): string {
  return `${summary.breakingClients} breaking clients, ${summary.breakingImplementations} breaking implementations, ${summary.other} other`;
}

function resultLine(summary: Summary): string {
  const n = summary.breakingClients;
  if (summary.result === 'pass') return '**Result:** no change breaks clients.';
  const changes = `${n} change${n === 1 ? '' : 's'} break${n === 1 ? 's' : ''} clients`;
  if (summary.result === 'acknowledged') return `**Result:** ${changes}; acknowledged.`;
  return `**Result:** ${changes}; not acknowledged. ${ACKNOWLEDGE_HINT}`;
}

export function renderMarkdown(report: DiffReport): string {
  const lines: string[] = [];
  const compared = report.base || report.head ? `: ${report.base ?? '?'} → ${report.head ?? '?'}` : '';
  lines.push(`# Contract changes${compared}`, '');
  lines.push(
    resultLine(
      summarize(
        report.surfaces.flatMap((s) => s.changes),
        report.acknowledged,
      ),
    ),
    '',
  );
  for (const surface of report.surfaces) {
    lines.push(`## ${surface.surface}`, '');
    if (surface.status === 'new') {
      lines.push(`New surface: not present at ${report.base ?? 'the base'}, nothing to compare (not breaking).`, '');
      continue;
    }
    if (surface.changes.length === 0) {
      lines.push('No contract changes.', '');
      continue;
    }
    lines.push(summaryLine(summarize(surface.changes, report.acknowledged)), '');
    lines.push('| kind | where | breaks clients | breaks implementations | message |');
    lines.push('|---|---|---|---|---|');
    const rows = surface.changes
      .map((change, i) => ({ change, i }))
      .sort((a, b) => rank(a.change) - rank(b.change) || a.i - b.i);
    for (const { change } of rows) {
      const clients = change.breaks.clients ? (change.severity === 'warning' ? 'yes (warning)' : 'yes') : 'no';
      const implementations = change.breaks.implementations ? 'yes' : 'no';
      lines.push(
        `| \`${change.kind}\` | ${where(change)} | ${clients} | ${implementations} | ${cell(change.message)} |`,
      );
    }
    lines.push('');
  }
  if (report.surfaces.length === 0) lines.push('No surfaces compared.', '');
  return lines.join('\n');
}
