/**
 * What a spec change does to the generated types (`packages/types/src/<surface>.gen.ts`, openapi-typescript): the
 * operations (`operations[...]`, what openapi-fetch calls are typed by) and the exported types (`components[...]`
 * members and top-level exports) added, removed or changed. Computed from the generated file at the base and in the
 * working tree, so the pull-request comment shows the type-level effect a reviewer would otherwise have to read out
 * of the `*.gen.ts` diff. Doc comments are ignored: a reworded description changes no type.
 */

export interface NameChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface TypesDiff {
  file: string;
  operations: NameChanges;
  types: NameChanges;
}

/** Members of a `{ … }` block at `indent` spaces: name → its text without doc comments. */
function members(lines: string[], indent: number): Map<string, string> {
  const out = new Map<string, string>();
  const start = new RegExp(`^ {${indent}}(?:"([^"]+)"|([\\w$]+))\\??: `);
  let current: string | undefined;
  for (const line of lines) {
    const match = start.exec(line);
    if (match) {
      current = match[1] ?? match[2] ?? '';
      out.set(current, line.trim());
    } else if (current !== undefined && line.startsWith(' '.repeat(indent + 1))) {
      out.set(current, `${out.get(current)}\n${line.trim()}`);
    } else if (!/^\s*(\/\*\*|\*)/.test(line)) {
      current = undefined;
    }
  }
  return out;
}

/** Top-level `export interface X {…}` / `export type X = …` blocks: name → body lines. */
function exportsOf(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of text.split('\n')) {
    if (/^\s*(\/\*\*|\*|\/\/)/.test(line)) continue;
    const match = /^export (?:interface|type) ([\w$]+)/.exec(line);
    if (match?.[1] !== undefined) {
      current = match[1];
      out.set(current, [line]);
    } else if (current !== undefined) {
      out.get(current)!.push(line);
      if (line === '}' || line === '};') current = undefined;
    }
  }
  return out;
}

/** Exported names a consumer uses: `components["schemas"]["X"]` becomes `schemas.X`, other exports their name. */
function typeEntries(exports: Map<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, lines] of exports) {
    if (name === 'operations' || name === 'paths') continue;
    if (name === 'components') {
      let section: string | undefined;
      const bySection = new Map<string, string[]>();
      for (const line of lines.slice(1)) {
        const head = /^ {4}([\w$]+)\??: /.exec(line);
        if (head?.[1] !== undefined) {
          section = head[1];
          bySection.set(section, []);
        } else if (section !== undefined) bySection.get(section)!.push(line);
      }
      for (const [sectionName, body] of bySection)
        for (const [member, text] of members(body, 8)) out.set(`${sectionName}.${member}`, text);
    } else {
      out.set(name, lines.join('\n'));
    }
  }
  return out;
}

function compareMaps(base: Map<string, string>, head: Map<string, string>): NameChanges {
  return {
    added: [...head.keys()].filter((k) => !base.has(k)),
    removed: [...base.keys()].filter((k) => !head.has(k)),
    changed: [...head.keys()].filter((k) => base.has(k) && base.get(k) !== head.get(k)),
  };
}

export function diffGeneratedTypes(file: string, base: string | undefined, head: string | undefined): TypesDiff {
  const baseExports = exportsOf(base ?? '');
  const headExports = exportsOf(head ?? '');
  const operations = (exports: Map<string, string[]>) => members(exports.get('operations')?.slice(1) ?? [], 4);
  return {
    file,
    operations: compareMaps(operations(baseExports), operations(headExports)),
    types: compareMaps(typeEntries(baseExports), typeEntries(headExports)),
  };
}

export function typesChanged(diff: TypesDiff): boolean {
  return [diff.operations, diff.types].some((c) => c.added.length + c.removed.length + c.changed.length > 0);
}
