// The README table of how each operation answers a refused request (issue 10), written from the contract by the same
// refusalForm the answers use, so it cannot say something the mock does not do. scripts/refusals-readme.mjs writes
// it into packages/sandbox/README.md and apps/mock/README.md; src/__tests__/refusals-table.test.ts fails when either
// is stale.
import type { Surface } from '@cx-contracts/openapi-runtime/browser';
import { type RefusalForm, refusalForm } from './refusals.js';

export const REFUSALS_TABLE_START = '<!-- refusals-table:start (npm run readme:refusals -w @cx-contracts/sandbox) -->';
export const REFUSALS_TABLE_END = '<!-- refusals-table:end -->';

/** What each kind of refusal starts as in the front end (refusals.ts, front-end.ts). */
const REFUSALS: [status: number, what: string][] = [
  [422, 'breaks the contract (422)'],
  [400, 'unreadable body (400)'],
  [415, 'Content-Type not taken (415)'],
];

/** The markdown table: one row per group of operations that answer every refusal alike, in document order. */
export function refusalsTable(surface: Surface): string {
  const rows = new Map<string, { operations: string[]; cells: string[] }>();
  for (const operation of surface.operations) {
    const cells = REFUSALS.map(([status]) => describeForm(refusalForm(surface, operation, status), status === 422));
    const key = cells.join('|');
    const row = rows.get(key) ?? { operations: [], cells };
    row.operations.push(`\`${operation.operationId}\``);
    rows.set(key, row);
  }
  return [
    `| operations | ${REFUSALS.map(([, what]) => what).join(' | ')} |`,
    `|---|${REFUSALS.map(() => '---').join('|')}|`,
    ...[...rows.values()].map(({ operations, cells }) => `| ${operations.join(', ')} | ${cells.join(' | ')} |`),
  ].join('\n');
}

/** One cell; `listsViolations` for the refusal that has a list (unreadable bodies and media types have none). */
function describeForm(form: RefusalForm, listsViolations: boolean): string {
  if (form.responseKey === undefined) return `${form.status} problem+json`;
  const documented = `documented \`${form.responseKey}\``;
  if (form.mediaType === undefined) return `**${form.status}** problem+json (${documented}, no body documented)`;
  if (form.body === 'problem')
    return `**${form.status}** the problem document as \`${form.mediaType}\` (${documented}, open body)`;
  const schema = form.schemaPointer?.split('/').pop() ?? 'its schema';
  if (!listsViolations) return `**${form.status}** \`${schema}\` (${documented})`;
  const where =
    form.violationsIn === 'header' ? 'violations in `sl-violations` only' : `violations in \`${form.violationsIn}\``;
  return `**${form.status}** \`${schema}\` (${documented}); ${where}`;
}

/** `readme` with the text between the markers replaced by the table; throws when the markers are missing. */
export function withRefusalsTable(readme: string, surface: Surface): string {
  const start = readme.indexOf(REFUSALS_TABLE_START);
  const end = readme.indexOf(REFUSALS_TABLE_END);
  if (start === -1 || end < start)
    throw new Error(`The README has no ${REFUSALS_TABLE_START} … ${REFUSALS_TABLE_END}.`);
  return `${readme.slice(0, start + REFUSALS_TABLE_START.length)}\n${refusalsTable(surface)}\n${readme.slice(end)}`;
}
