// Type-level tests and README examples, compiled with the TypeScript compiler API and this package's tsconfig:
//   - test/types/type-errors.ts compiles (every @ts-expect-error is used), and with the directives blanked out each
//     named line fails with the named error code, so each case fails for the reason it claims;
//   - every examples/*.ts compiles, and README.md contains each of them verbatim in a ```ts block.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const typeErrors = path.join(root, 'test/types/type-errors.ts');
const examples = readdirSync(path.join(root, 'examples'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => path.join(root, 'examples', file));

const DIRECTIVE = /\/\/ @ts-expect-error (TS\d+) (.*)$/;

function compile(files: string[], overrides: Record<string, string> = {}): readonly ts.Diagnostic[] {
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  const options = { ...parsed.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => overrides[path.resolve(file)] ?? readFile(file);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, create) => {
    const text = overrides[path.resolve(file)];
    return text === undefined
      ? getSourceFile(file, language, onError, create)
      : ts.createSourceFile(file, text, language);
  };
  return ts.getPreEmitDiagnostics(ts.createProgram(files, options, host));
}

function format(diagnostics: readonly ts.Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => {
    const where = diagnostic.file
      ? `${path.relative(root, diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1} `
      : '';
    return `${where}TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

describe('type-level tests', () => {
  const source = readFileSync(typeErrors, 'utf8');
  const lines = source.split('\n');
  const cases = lines.flatMap((line, index) => {
    const match = DIRECTIVE.exec(line);
    return match ? [{ line: index + 2, code: match[1], what: match[2] }] : [];
  });

  it('type-errors.ts compiles: every @ts-expect-error is needed', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(format(compile([typeErrors]))).toEqual([]);
  });

  it('without the directives, each case fails with the error it names', () => {
    const blanked = lines.map((line) => line.replace(DIRECTIVE, '//')).join('\n');
    const diagnostics = compile([typeErrors], { [path.resolve(typeErrors)]: blanked });
    const found = diagnostics
      .filter((diagnostic) => diagnostic.file && path.resolve(diagnostic.file.fileName) === path.resolve(typeErrors))
      .map((diagnostic) => ({
        line: diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1,
        code: `TS${diagnostic.code}`,
      }));
    for (const expected of cases) {
      expect(found, `${expected.what} (line ${expected.line})`).toContainEqual({
        line: expected.line,
        code: expected.code,
      });
    }
    expect(found.length).toBe(cases.length); // and nothing else fails
  });
});

describe('README examples', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

  it('has one example per surface, plus validation', () => {
    expect(examples.map((file) => path.basename(file)).sort()).toEqual([
      'context-service.ts',
      'v1.ts',
      'v2.ts',
      'v3.ts',
      'validation.ts',
    ]);
  });

  for (const file of examples) {
    it(`README.md shows examples/${path.basename(file)} verbatim`, () => {
      expect(readme).toContain(`\`\`\`ts\n${readFileSync(file, 'utf8')}\`\`\``);
    });
  }

  it('every example compiles against the built package', () => {
    expect(format(compile(examples))).toEqual([]);
  });
});
