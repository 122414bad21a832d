/**
 * The Markdown report posted on pull requests: a result line (with the break-set hash an approval quotes), then per
 * surface a summary line, one table row per change (client-breaking changes first), what a break still needs to be
 * released, and the effect on the generated types.
 */
import { describeOperation } from './group-changes.js';
import { summarize, summarizeReport, type DiffReport, type Summary, type SurfaceReport } from './report-json.js';
import { type NameChanges, type TypesDiff, typesChanged } from './types-diff.js';
import type { Change } from './types.js';

const APPROVE_HINT =
  'If the break is intended, a code owner of each surface below approves the pull request with a review that ' +
  'contains the line `approve-breaking HASH`; a later push that changes the breaks changes the hash and needs a new ' +
  'approval (locally: `--acknowledge-breaking`).';

function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function where(change: Change): string {
  const operation = change.operations
    ? `${change.operations.length} operation${change.operations.length === 1 ? '' : 's'}`
    : [change.method, change.path].filter(Boolean).join(' ');
  return [operation && `\`${operation}\``, `\`${change.source ?? (change.location || '/')}\``]
    .filter(Boolean)
    .join(' ');
}

function rank(change: Change): number {
  if (change.breaks.clients) return 0;
  return change.breaks.implementations ? 1 : 2;
}

function summaryLine(summary: Summary): string {
  return `${summary.breakingClients} breaking clients, ${summary.breakingImplementations} breaking implementations, ${summary.other} other`;
}

function resultLine(report: DiffReport, summary: Summary): string {
  const n = summary.breakingClients;
  if (summary.result === 'pass') return '**Result:** no change breaks clients.';
  const changes = `${n} change${n === 1 ? '' : 's'} break${n === 1 ? 's' : ''} clients`;
  const hash = report.breakHash ? ` Break set \`${report.breakHash}\`.` : '';
  if (summary.result === 'acknowledged') {
    const by = report.approval?.surfaces.map((s) => `${s.surface} by @${s.approvedBy}`).join(', ');
    return `**Result:** ${changes}; ${by ? `approved (${by})` : 'acknowledged'}.${hash}`;
  }
  const versioning = summary.versioning ? ' The release rule is not met (see below).' : '';
  const approved = summary.acknowledged ? ' Approved, but' : '';
  return `**Result:** ${changes};${approved ? `${approved} not releasable.` : ' not approved.'}${hash}${versioning}${
    summary.acknowledged ? '' : ` ${APPROVE_HINT.replace('HASH', report.breakHash ?? '<hash>')}`
  }`;
}

function names(label: string, list: string[]): string | undefined {
  if (!list.length) return undefined;
  const shown = list.slice(0, 20).map((n) => `\`${n}\``);
  return `${label} ${shown.join(', ')}${list.length > 20 ? ` and ${list.length - 20} more` : ''}`;
}

function changesLine(what: string, changes: NameChanges): string {
  const parts = [
    names('added', changes.added),
    names('removed', changes.removed),
    names('changed', changes.changed),
  ].filter(Boolean);
  return `- ${what}: ${parts.length ? parts.join('; ') : 'no change'}`;
}

function typesSection(types: TypesDiff): string[] {
  return [
    `Generated types (\`${types.file}\`):`,
    '',
    changesLine('operations', types.operations),
    changesLine('exported types', types.types),
    '',
  ];
}

function surfaceSection(report: DiffReport, surface: SurfaceReport): string[] {
  const lines = [`## ${surface.surface}`, ''];
  if (surface.status === 'new') {
    lines.push(`New surface: not present at ${report.base ?? 'the base'}, nothing to compare (not breaking).`, '');
  } else if (surface.status === 'unchanged') {
    lines.push('No contract changes (no file of this surface changed; not re-bundled).', '');
  } else if (surface.changes.length === 0) {
    lines.push('No contract changes.', '');
  } else {
    lines.push(summaryLine(summarize(surface.changes, report.acknowledged)), '');
    lines.push('| kind | where | breaks clients | breaks implementations | message |');
    lines.push('|---|---|---|---|---|');
    const rows = surface.changes
      .map((change, i) => ({ change, i }))
      .sort((a, b) => rank(a.change) - rank(b.change) || a.i - b.i);
    for (const { change } of rows) {
      const clients = change.breaks.clients ? (change.severity === 'warning' ? 'yes (warning)' : 'yes') : 'no';
      const implementations = change.breaks.implementations ? 'yes' : 'no';
      const listed = change.operations?.slice(0, 5).map((op) => `\`${describeOperation(op)}\``) ?? [];
      const more = (change.operations?.length ?? 0) - listed.length;
      const operations = listed.length
        ? ` Operations: ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`
        : '';
      lines.push(
        `| \`${change.kind}\` | ${where(change)} | ${clients} | ${implementations} | ${cell(change.message + operations)} |`,
      );
    }
    lines.push('');
  }
  if (surface.versioning?.length) {
    lines.push('A change here breaks clients, so this surface is released as a new major version:', '');
    for (const problem of surface.versioning) lines.push(`- ${problem}`);
    lines.push('');
  }
  const approval = report.approval?.surfaces.find((s) => s.surface === surface.surface);
  if (approval) {
    lines.push(
      approval.approvedBy
        ? `Break set approved by @${approval.approvedBy} (code owner of \`${approval.path}\`).`
        : `Needs an approving review quoting \`approve-breaking ${report.breakHash}\` from a code owner of \`${approval.path}\`: ${approval.owners.join(', ') || 'CODEOWNERS names nobody'}.`,
      '',
    );
  }
  if (surface.types && typesChanged(surface.types)) lines.push(...typesSection(surface.types));
  return lines;
}

export function renderMarkdown(report: DiffReport): string {
  const lines: string[] = [];
  const compared = report.base || report.head ? `: ${report.base ?? '?'} → ${report.head ?? '?'}` : '';
  lines.push(`# Contract changes${compared}`, '');
  lines.push(resultLine(report, summarizeReport(report)), '');
  for (const surface of report.surfaces) lines.push(...surfaceSection(report, surface));
  if (report.surfaces.length === 0) lines.push('No surfaces compared.', '');
  return lines.join('\n');
}
