/**
 * The multi-file spec as written: which files a surface's root reaches through `$ref`s (to tell whether a surface
 * changed at all), and where a node of the bundle was written (`specs/v3/paths/x.yaml:12`), so a report points a
 * reviewer at the line to read instead of into a bundle nobody sees.
 *
 * Redocly names a component bundled from a file after the file (`$ref: ../components/schemas/Foo.yaml` becomes
 * `#/components/schemas/Foo`), which the style guide's "file name = component name" makes reliable; that is how a
 * bundle pointer into `components/` finds its file.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { unescapePointerSegment } from '@cx-contracts/openapi-runtime';

interface Loaded {
  contents: Node | null;
  lines: LineCounter;
}

interface Position {
  file: string;
  node: Node | null;
  /** Offset of the key (or item) that led here: a property's line is its name's line. Unset at a file's root. */
  offset?: number;
}

const MAX_REF_HOPS = 64;

export class SpecFiles {
  private readonly cache = new Map<string, Loaded | undefined>();
  private readonly reached = new Map<string, Set<string>>();

  /** `repoDir` is what reported paths are relative to (the repository root, or the extracted base tree). */
  constructor(private readonly repoDir: string) {}

  private load(file: string): Loaded | undefined {
    if (!this.cache.has(file)) {
      try {
        const lines = new LineCounter();
        const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
        this.cache.set(file, { contents: doc.contents as Node | null, lines });
      } catch {
        this.cache.set(file, undefined);
      }
    }
    return this.cache.get(file);
  }

  /** Every file `root` reaches through `$ref`s, itself included (absolute paths). Missing files are included too. */
  reachable(root: string): Set<string> {
    const cached = this.reached.get(resolve(root));
    if (cached) return cached;
    const seen = new Set<string>();
    this.reached.set(resolve(root), seen);
    const queue = [resolve(root)];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const loaded = this.load(file);
      if (!loaded) continue;
      for (const ref of refsIn(loaded.contents)) {
        const target = ref.split('#')[0];
        if (target && !/^[a-z][a-z0-9+.-]*:/i.test(target)) queue.push(resolve(dirname(file), target));
      }
    }
    return seen;
  }

  /** `specs/v3/paths/x.yaml:12` for a JSON pointer into the bundle of `root`, or undefined when it cannot tell. */
  locate(root: string, pointer: string): string | undefined {
    const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescape);
    let at = this.walk({ file: resolve(root), node: this.load(resolve(root))?.contents ?? null }, segments);
    const [first, section, name] = segments;
    if (!at && first === 'components' && section !== undefined && name !== undefined) {
      const file = this.componentFile(root, section, name);
      if (file) at = this.walk({ file, node: this.load(file)?.contents ?? null }, segments.slice(3));
    }
    if (!at) return undefined;
    const loaded = this.load(at.file)!;
    const offset = at.offset ?? at.node?.range?.[0] ?? 0;
    return `${relative(this.repoDir, at.file)}:${loaded.lines.linePos(offset).line}`;
  }

  private componentFile(root: string, type: string, name: string): string | undefined {
    const files = [...this.reachable(root)];
    const byName = (file: string): boolean => basename(file, extname(file)) === name;
    return files.find((f) => byName(f) && basename(dirname(f)) === type) ?? files.find(byName);
  }

  private walk(start: Position, segments: string[]): Position | undefined {
    let at: Position | undefined = this.follow(start);
    for (const segment of segments) {
      if (!at) return undefined;
      at = this.child(at, segment);
      if (at) at = this.follow(at);
    }
    return at;
  }

  private child(at: Position, segment: string): Position | undefined {
    if (isMap(at.node)) {
      const pair = at.node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return undefined;
      return { file: at.file, node: (pair.value as Node | null) ?? null, offset: (pair.key as Node).range?.[0] ?? 0 };
    }
    if (isSeq(at.node) && /^\d+$/.test(segment)) {
      const item = at.node.items[Number(segment)] as Node | undefined;
      return item ? { file: at.file, node: item, offset: item.range?.[0] ?? 0 } : undefined;
    }
    return undefined;
  }

  /** Through a chain of `$ref`s to the node they name: a change is reported where its definition is written. */
  private follow(at: Position): Position | undefined {
    let current = at;
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      const ref = isMap(current.node) ? current.node.get('$ref') : undefined;
      if (typeof ref !== 'string') return current;
      const [target, fragment = ''] = ref.split('#');
      const file = target ? resolve(dirname(current.file), target) : current.file;
      const loaded = this.load(file);
      if (!loaded) return undefined;
      const segments = fragment.replace(/^\//, '') ? fragment.replace(/^\//, '').split('/').map(unescape) : [];
      let next: Position | undefined = { file, node: loaded.contents };
      for (const segment of segments) next = next && this.child(next, segment);
      if (!next) return undefined;
      current = next;
    }
    return undefined;
  }
}

/** RFC 6901 §4 (the runtime's unescape), after the percent-decoding a `$ref` fragment may need (§6). */
function unescape(segment: string): string {
  const plain = unescapePointerSegment(segment);
  try {
    return decodeURIComponent(plain);
  } catch {
    return plain;
  }
}

function refsIn(node: unknown, out: string[] = []): string[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.key.value === '$ref' && isScalar(pair.value)) out.push(String(pair.value.value));
      else refsIn(pair.value, out);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) refsIn(item, out);
  }
  return out;
}

/** Repository-relative paths of the files a surface reaches, for comparing with the base commit. */
export function reachableRelative(files: SpecFiles, repoDir: string, root: string): string[] {
  return [...files.reachable(join(repoDir, root))].map((file) => relative(repoDir, file)).sort();
}
