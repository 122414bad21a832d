import type { CoverageReport, Dimension, OperationCoverage } from './coverage.js';

const COLUMNS = ['statuses', 'requestMediaTypes', 'requestForms', 'responseForms', 'examples'] as const;
const HEADINGS = ['statuses', 'request types', 'request forms', 'response forms', 'examples'];

const ratio = (dimension: Dimension) =>
  dimension.documented.length === 0 ? '–' : `${dimension.seen.length}/${dimension.documented.length}`;

/** Console table: one row per operation (seen/documented per dimension), then totals and what was never called. */
export function coverageTable(coverage: CoverageReport): string[] {
  const rows = [['surface', 'operation', 'calls', ...HEADINGS]];
  for (const op of coverage.operations) {
    const undocumented = op.statuses.undocumented?.length ? ` +${op.statuses.undocumented.join(',')}?` : '';
    rows.push([
      op.surface,
      op.operationId,
      String(op.calls),
      ...COLUMNS.map((name) => ratio(op[name]) + (name === 'statuses' ? undocumented : '')),
    ]);
  }
  const t = coverage.totals;
  rows.push([
    'total',
    `${t.operations.seen}/${t.operations.documented} operations`,
    '',
    ...COLUMNS.map((name) => `${t[name].seen}/${t[name].documented}`),
  ]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row.map((cell, column) => (column >= 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  '),
  );
}

/** HTML section for the report (issue 13: "a section in the HTML report"); `esc` is the report's own escaper. */
export function coverageHtml(coverage: CoverageReport, esc: (text: string) => string): string {
  const cell = (dimension: Dimension, extra = '') => {
    const missing = dimension.documented.filter((value) => !dimension.seen.includes(value));
    const title = [
      dimension.seen.length ? `seen: ${dimension.seen.join(', ')}` : '',
      missing.length ? `not seen: ${missing.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return `<td title="${esc(title)}">${esc(ratio(dimension) + extra)}${missing.length && dimension.seen.length ? `<br><small>not seen: ${esc(missing.join(', '))}</small>` : ''}</td>`;
  };
  const row = (op: OperationCoverage) =>
    `<tr class="${op.calls === 0 ? 'skipped' : 'passed'}"><td>${esc(op.surface)}</td><td><code>${esc(op.operationId)}</code><br><small>${esc(op.method)} ${esc(op.pathTemplate)}</small></td><td>${op.calls}</td>${cell(op.statuses, op.statuses.undocumented?.length ? ` (+ undocumented ${op.statuses.undocumented.join(', ')})` : '')}${cell(op.requestMediaTypes)}${cell(op.requestForms)}${cell(op.responseForms)}${cell(op.examples)}</tr>`;
  const t = coverage.totals;
  return `<section id="coverage">
<h2>Contract coverage</h2>
<p class="hint">What the traffic exercised of what the contract documents, per operation: statuses, request media types, request and response forms (the branches of a <code>oneOf</code>, such as the GMS statusCode envelopes or the Web Services <code>operationName</code> operations) and named examples whose value was seen. ${t.operations.seen} of ${t.operations.documented} operations were called; ${t.statuses.seen} of ${t.statuses.documented} documented statuses were seen.</p>
<table><thead><tr><th>Surface</th><th>Operation</th><th>Calls</th>${HEADINGS.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>${coverage.operations.map(row).join('\n')}</tbody></table>
</section>`;
}
