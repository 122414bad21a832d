import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../finding.js';
import type { CheckExecution, RunReport } from '../report.js';
import { coverageHtml } from '../coverage/coverage-render.js';

/**
 * One self-contained HTML file (inline CSS, no script, no CDN) for someone who has never seen this tool:
 * a verdict first, then every operation with its checks and findings in plain words, then the steps, the test data
 * the run created and removed, and a glossary of the checks. Every value from the server is escaped.
 */
export function renderHtmlReport(report: RunReport): string {
  const checkTitle = new Map(report.checks.map((check) => [check.id, check.title]));
  const { errors, warnings } = report.summary;
  const verdict =
    report.outcome !== 'completed'
      ? `The run did not finish (${report.outcome === 'interrupted' ? 'it was interrupted' : 'its time budget ran out'}); the results below cover what ran.`
      : errors === 0
        ? 'No errors: everything tested matches the contract.'
        : `${errors} error${errors === 1 ? '' : 's'} found: the server departs from the contract in the places listed below.`;

  const operations = groupOperations(report);
  const operationSections = operations
    .map(({ surface, operationId, executions, findings }) => {
      const opErrors = findings.filter((f) => f.severity === 'error').length;
      const opWarnings = findings.length - opErrors;
      const badges = executions
        .map((execution) => {
          const state =
            execution.runs === 0 && execution.skipped
              ? 'skip'
              : execution.errors > 0
                ? 'fail'
                : execution.warnings > 0
                  ? 'warn'
                  : 'pass';
          const label = { pass: 'passed', fail: 'failed', warn: 'warning', skip: 'skipped' }[state];
          const title =
            execution.skipped && execution.runs === 0
              ? `skipped: ${execution.skipped}`
              : `${execution.runs} ${plural(execution.runs, 'exchange')} checked`;
          return `<li class="badge ${state}" title="${esc(title)}">${esc(checkTitle.get(execution.checkId) ?? execution.checkId)} <span>${label}</span></li>`;
        })
        .join('');
      const status = opErrors > 0 ? 'fail' : opWarnings > 0 ? 'warn' : 'pass';
      const summary =
        opErrors > 0
          ? `${opErrors} ${plural(opErrors, 'error')}`
          : opWarnings > 0
            ? `${opWarnings} ${plural(opWarnings, 'warning')}`
            : 'no findings';
      return `<details class="op ${status}"${opErrors > 0 ? ' open' : ''}>
<summary><code>${esc(operationId)}</code> <span class="surface">${esc(surface)}${describe(report.operations[operationId])}</span> <span class="count ${status}">${esc(summary)}</span></summary>
<ul class="badges">${badges}</ul>
${findings.map((finding) => renderFinding(finding, checkTitle)).join('\n')}
</details>`;
    })
    .join('\n');

  const stepRows = report.steps
    .map(
      (step) =>
        `<tr class="${step.status}"><td>${step.index}</td><td>${esc(step.surface)}</td><td>${esc(step.scenario)} › ${esc(step.name)}</td><td><code>${esc(step.operationId ?? '')}</code></td><td>${esc(step.status)}</td><td>${step.httpStatus ?? ''}</td><td>${Math.round(step.durationMs)} ms</td><td>${esc(step.reason ?? '')}</td></tr>`,
    )
    .join('\n');

  const createdRows = report.created
    .map(
      (r) =>
        `<tr><td>${esc(r.surface)}</td><td>${esc(r.kind)}</td><td><code>${esc(r.id)}</code></td><td><code>${esc(r.operationId)}</code></td><td>${esc(r.step)}</td></tr>`,
    )
    .join('\n');
  const cleanedRows = report.cleanedUp
    .map(
      (r) =>
        `<tr class="${r.outcome === 'failed' ? 'failed' : 'passed'}"><td>${esc(r.kind)}</td><td><code>${esc(r.id)}</code></td><td>${esc(r.outcome)}</td><td><code>${esc(r.via)}</code></td><td>${r.by === 'scenario' ? 'a scenario step' : 'end-of-run cleanup'}</td><td>${esc(r.message ?? '')}</td></tr>`,
    )
    .join('\n');
  const leftRows = report.leftOver
    .map(
      (r) =>
        `<tr class="failed"><td>${esc(r.surface)}</td><td>${esc(r.kind)}</td><td><code>${esc(r.id)}</code></td><td>${esc(r.reason)}</td></tr>`,
    )
    .join('\n');

  const unknownRows = report.unknown
    .map(
      (r) =>
        `<tr class="failed"><td>${esc(r.surface)}</td><td>${esc(r.kind)}</td><td><code>${esc(r.id)}</code></td><td>${esc(r.reason)}</td></tr>`,
    )
    .join('\n');

  const glossary = report.checks
    .map(
      (check) =>
        `<dt><code>${esc(check.id)}</code> — ${esc(check.title)}</dt><dd>${esc(check.explanation)}<br><small>Severity: ${esc(check.severity)}</small></dd>`,
    )
    .join('\n');

  const s = report.summary.steps;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Conformance report: ${esc(report.surfaces.join(', '))} at ${esc(report.target)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>API conformance report</h1>
<p class="lead">This report compares what the server at <code>${esc(report.target)}</code> answered with what its published API
contract (the OpenAPI description of ${esc(report.surfaces.join(', '))}) says it should answer. The tool called each
operation listed below and asked a set of questions about every answer, the <a href="#checks">checks</a> explained at the
end. An <strong>error</strong> is a place where the server does something the contract does not allow. A
<strong>warning</strong> concerns a part of the contract marked provisional, because the public documentation does not
pin it down: it may be a gap in the contract rather than a fault of the server.</p>
<p class="verdict ${errors > 0 || report.outcome !== 'completed' ? 'fail' : 'pass'}">${esc(verdict)}</p>
<ul class="cards">
<li><b>${errors}</b> ${plural(errors, 'error')}</li><li><b>${warnings}</b> ${plural(warnings, 'warning')}</li>
<li><b>${s.passed}</b> ${plural(s.passed, 'step')} passed</li><li><b>${s.failed + s.error}</b> ${plural(s.failed + s.error, 'step')} failed</li><li><b>${s.skipped}</b> ${plural(s.skipped, 'step')} skipped</li>
<li><b>${report.summary.created}</b> test ${plural(report.summary.created, 'resource')} created</li><li><b>${report.summary.cleanedUp}</b> removed</li><li class="${report.summary.leftOver > 0 ? 'bad' : ''}"><b>${report.summary.leftOver}</b> left behind</li><li class="${report.summary.unknown > 0 ? 'bad' : ''}"><b>${report.summary.unknown}</b> unknown</li>
</ul>
<p class="meta">Run <code>${esc(report.runId)}</code> · seed <code>${report.seed}</code> (<code>--seed ${report.seed}</code> replays the generated values) · ${esc(report.startedAt)} · ${Math.round(report.durationMs / 100) / 10} s · ${report.readOnly ? 'read-only (nothing was created or changed)' : 'read-write (every test resource is tagged with the run id and removed at the end)'} · ${esc(report.tool.name)} ${esc(report.tool.version)}</p>
</header>
<main>
<section>
<h2>Results by operation</h2>
<p class="hint">Each operation lists the checks that ran on its answers. Operations with errors are opened; click any other to see it.</p>
${operationSections || '<p>No operation was called.</p>'}
</section>
<section>
<h2>Steps, in the order they completed</h2>
<p class="hint">A scenario is a realistic sequence of calls (create, read back, update, stop). A skipped step did not run and does not count as passed; the reason says why.</p>
<table><thead><tr><th>#</th><th>Surface</th><th>Scenario › step</th><th>Operation</th><th>Result</th><th>HTTP</th><th>Time</th><th>Note</th></tr></thead>
<tbody>${stepRows}</tbody></table>
</section>
<section>
<h2>Test data</h2>
<p class="hint">${'passive' in report ? 'This report judged recorded or proxied traffic: it sent no request of its own and created nothing.' : `Everything the run created carries its run id (<code>cxc-${esc(report.runId)}-…</code>) and is removed at the end, also after failures and interrupts. The run never stops, updates or deletes anything it did not create.`}</p>
${report.created.length ? `<h3>Created</h3><table><thead><tr><th>Surface</th><th>What</th><th>Id</th><th>Created by</th><th>Step</th></tr></thead><tbody>${createdRows}</tbody></table>` : '<p>Nothing was created.</p>'}
${report.cleanedUp.length ? `<h3>Removed</h3><table><thead><tr><th>What</th><th>Id</th><th>Outcome</th><th>Removed with</th><th>By</th><th>Note</th></tr></thead><tbody>${cleanedRows}</tbody></table>` : ''}
${report.leftOver.length ? `<h3 class="bad">Left behind</h3><p>These could not be removed; remove them by hand with the operation shown under “Removed with”.</p><table><thead><tr><th>Surface</th><th>What</th><th>Id</th><th>Why</th></tr></thead><tbody>${leftRows}</tbody></table>` : ''}
${report.unknown.length ? `<h3 class="bad">Unknown</h3><p>These creates were sent, but whether they took effect could not be established; look for the run id on the target.</p><table><thead><tr><th>Surface</th><th>What</th><th>Id</th><th>Why</th></tr></thead><tbody>${unknownRows}</tbody></table>` : ''}
</section>
${report.coverage ? coverageHtml(report.coverage, esc) : ''}
<section id="checks">
<h2>What each check asks</h2>
<dl>${glossary}</dl>
</section>
</main>
</body>
</html>
`;
}

function renderFinding(finding: Finding, titles: Map<string, string>): string {
  const rows: Array<[string, string]> = [
    ['Request', `<code>${esc(finding.method)} ${esc(finding.path)}</code>`],
    ['HTTP status', finding.status === null ? 'no response' : String(finding.status)],
  ];
  if (finding.received !== undefined) rows.push(['Received', `<pre>${esc(show(finding.received))}</pre>`]);
  if (finding.documented !== undefined) rows.push(['Documented', `<pre>${esc(show(finding.documented))}</pre>`]);
  if (finding.pointer && finding.pointer !== finding.specPointer)
    rows.push(['Where in the answer', `<code>${esc(finding.pointer)}</code>`]);
  if (finding.specPointer) rows.push(['Where in the contract', `<code>${esc(finding.specPointer)}</code>`]);
  if (finding.step) rows.push(['Step', esc(finding.step)]);
  if (finding.curl)
    rows.push([
      'Reproduce',
      `<pre>${esc(finding.curl)}</pre><small>export CX_API_KEY / CX_BASIC (user:password) first</small>`,
    ]);
  if (finding.reference && /^https?:\/\//i.test(finding.reference)) {
    rows.push(['Read more', `<a href="${esc(finding.reference)}" rel="noreferrer">${esc(finding.reference)}</a>`]);
  }
  return `<article class="finding ${finding.severity}">
<p><span class="sev">${finding.severity}</span> <b>${esc(titles.get(finding.checkId) ?? finding.checkId)}</b> <code class="id">${esc(finding.checkId)}</code><br>${esc(finding.message)}</p>
<table class="kv">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>
</article>`;
}

interface OperationGroup {
  surface: string;
  operationId: string;
  executions: CheckExecution[];
  findings: Finding[];
}

function groupOperations(report: RunReport): OperationGroup[] {
  const groups = new Map<string, OperationGroup>();
  const surfaceOf = new Map<string, string>();
  for (const execution of report.executions) {
    surfaceOf.set(execution.operationId, execution.surface);
    const group = groups.get(execution.operationId) ?? {
      surface: execution.surface,
      operationId: execution.operationId,
      executions: [],
      findings: [],
    };
    group.executions.push(execution);
    groups.set(execution.operationId, group);
  }
  for (const finding of report.findings) {
    const group = groups.get(finding.operationId) ?? {
      surface: surfaceOf.get(finding.operationId) ?? '',
      operationId: finding.operationId,
      executions: [],
      findings: [],
    };
    group.findings.push(finding);
    groups.set(finding.operationId, group);
  }
  for (const group of groups.values())
    group.findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const rank = (g: OperationGroup) => (g.findings.some((f) => f.severity === 'error') ? 0 : g.findings.length ? 1 : 2);
  return [...groups.values()].sort(
    (a, b) => rank(a) - rank(b) || a.surface.localeCompare(b.surface) || a.operationId.localeCompare(b.operationId),
  );
}

function describe(operation: RunReport['operations'][string] | undefined): string {
  if (!operation) return '';
  return ` · <code>${esc(operation.method)} ${esc(operation.pathTemplate)}</code>${operation.summary ? ` · ${esc(operation.summary)}` : ''}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

export function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSS = `
:root{--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--muted:#57606a;--line:#d0d7de;font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
body{margin:0;color:#1f2328;background:#fff;line-height:1.45}
header,main{max-width:1100px;margin:0 auto;padding:0 20px}
h1{margin:24px 0 8px}h2{margin-top:36px;border-bottom:1px solid var(--line);padding-bottom:4px}
.lead{max-width:80ch}.hint,.meta{color:var(--muted);font-size:.92em}
.verdict{font-size:1.2em;font-weight:600;padding:10px 14px;border-radius:6px}
.verdict.pass{background:#dafbe1;color:var(--ok)}.verdict.fail{background:#ffebe9;color:var(--bad)}
.cards{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0}
.cards li{border:1px solid var(--line);border-radius:6px;padding:6px 12px}.cards li.bad{border-color:var(--bad);color:var(--bad)}
.cards b{font-size:1.3em;margin-right:4px}
details.op{border:1px solid var(--line);border-left:5px solid var(--ok);border-radius:6px;margin:8px 0;padding:6px 12px}
details.op.fail{border-left-color:var(--bad)}details.op.warn{border-left-color:var(--warn)}
summary{cursor:pointer}.surface{color:var(--muted);font-size:.9em}
.count{float:right;font-size:.9em}.count.fail{color:var(--bad)}.count.warn{color:var(--warn)}.count.pass{color:var(--ok)}
.badges{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.badge{font-size:.82em;border-radius:12px;padding:2px 10px;background:#f6f8fa;border:1px solid var(--line)}
.badge span{font-weight:600}.badge.pass span{color:var(--ok)}.badge.fail span{color:var(--bad)}.badge.warn span{color:var(--warn)}.badge.skip span{color:var(--muted)}
.finding{border-top:1px dashed var(--line);padding:8px 0}
.sev{text-transform:uppercase;font-size:.75em;font-weight:700;padding:1px 6px;border-radius:4px;color:#fff;background:var(--bad)}
.finding.warning .sev{background:var(--warn)}
code.id{color:var(--muted);font-size:.85em}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
table.kv th{width:170px;color:var(--muted);font-weight:500}
tr.failed td,tr.error td{color:var(--bad)}tr.skipped td{color:var(--muted)}
pre{margin:0;white-space:pre-wrap;word-break:break-word;max-height:240px;overflow:auto;background:#f6f8fa;padding:4px 6px;border-radius:4px}
h3.bad{color:var(--bad)}dt{margin-top:10px;font-weight:600}dd{margin-left:16px}
`;

export async function writeHtmlReport(report: RunReport, file: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, renderHtmlReport(report));
}
