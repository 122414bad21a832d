// Test harness (not a test file): runs ONE house rule through the real Redocly CLI, exactly as `npm run lint` does,
// against fixture specs written to a scratch directory, and returns that rule's findings with file and line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const pluginFile = path.join(packageDir, 'src', 'plugin.js');
const redoclyBin = path.resolve(packageDir, '..', '..', 'node_modules', '.bin', 'redocly');

/**
 * @typedef {{ruleId: string, file: string, line: number, col: number, pointer: string, message: string, reference?: string}} Finding
 * @param {string} ruleId house rule id without the `cx/` prefix
 * @param {Record<string, string>} files relative path → file text (YAML)
 * @param {{apis?: Record<string, {root: string}>, lint?: string[], settings?: Record<string, unknown>}} [options]
 *   apis: the redocly.yaml `apis:` (default one API `main` at openapi.yaml); lint: which of them to lint (default all);
 *   settings: extra rule settings beside `severity`.
 * @returns {{findings: Finding[], status: number | null, output: string}}
 */
export function lintWithHouseRule(ruleId, files, options = {}) {
  const apis = options.apis ?? { main: { root: 'openapi.yaml' } };
  const dir = mkdtempSync(path.join(os.tmpdir(), `cx-rule-${ruleId}-`));
  try {
    for (const [relative, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
      writeFileSync(path.join(dir, relative), text);
    }
    const config = {
      plugins: [pluginFile],
      apis,
      // Only the rule under test: built-in rules would add findings about the deliberately broken fixtures.
      rules: { [`cx/${ruleId}`]: { severity: 'error', ...options.settings } },
    };
    writeFileSync(path.join(dir, 'redocly.yaml'), JSON.stringify(config, null, 2)); // JSON is YAML
    const result = spawnSync(
      redoclyBin,
      ['lint', '--format=json', '--config', 'redocly.yaml', ...(options.lint ?? Object.keys(apis))],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      },
    );
    const output = `${result.stdout}${result.stderr}`;
    if (!result.stdout.trim().startsWith('{')) throw new Error(`redocly lint printed no JSON report:\n${output}`);
    // One JSON report per linted API, printed back to back.
    const reports = JSON.parse(`[${result.stdout.trim().replace(/}\s*{\s*"totals"/g, '},{"totals"')}]`);
    const findings = reports
      .flatMap((report) => report.problems)
      .filter((problem) => problem.ruleId === `cx/${ruleId}`)
      .map((problem) => ({
        ruleId: problem.ruleId,
        file: problem.location[0].source.ref,
        line: problem.location[0].start.line,
        col: problem.location[0].start.col,
        pointer: problem.location[0].pointer,
        message: problem.message,
        reference: problem.reference,
      }));
    return { findings, status: result.status, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Lints `spec` as openapi.yaml with the rule and expects exactly one finding: exit 1, in openapi.yaml, on the first line
 * containing `lineText`, at `pointer`. Returns the findings, for the checks of its message.
 * @param {string} ruleId @param {string} spec @param {string} lineText @param {string} pointer
 */
export function oneFinding(ruleId, spec, lineText, pointer) {
  const { findings, status } = lintWithHouseRule(ruleId, { 'openapi.yaml': spec });
  expect(status).toBe(1);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ file: 'openapi.yaml', line: lineOf(spec, lineText), pointer });
  return findings;
}

/** 1-based line of the first line of `text` that contains `needle` (after `after`, when given). */
export function lineOf(text, needle, after) {
  const lines = text.split('\n');
  const start = after === undefined ? 0 : lines.findIndex((line) => line.includes(after));
  const index = lines.findIndex((line, i) => i >= start && line.includes(needle));
  if (index === -1) throw new Error(`fixture has no line containing ${needle}`);
  return index + 1;
}

/**
 * A valid one-operation OpenAPI 3.1 document that honours every house rule; `operation` replaces the operation body
 * (indented 6 spaces under `paths./things.<method>`); `paths` replaces the lines under `paths:` altogether.
 * @param {{method?: string, operation?: string, paths?: string[]}} [options]
 */
export function specWith({ method = 'get', operation = defaultOperation, paths } = {}) {
  return [
    'openapi: 3.1.0',
    'info:',
    '  title: Fixture',
    '  version: 1.0.0',
    'paths:',
    ...(paths ?? [
      `  /things:`,
      `    ${method}:`,
      ...operation
        .trim()
        .split('\n')
        .map((line) => `      ${line}`),
    ]),
    '',
  ].join('\n');
}

export const defaultOperation = `
operationId: listThings
x-safe: true
externalDocs:
  url: https://docs.example.com/things
responses:
  '200':
    description: The things.
    content:
      application/json:
        schema:
          type: array
        examples:
          two:
            value: [1, 2]
`;
