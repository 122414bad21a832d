// The specs speak to their readers (issue 15 C): descriptions, summaries and titles end up in the reference docs,
// the generated types and the mock's listings, where an API consumer has none of the project's internal source
// documents. They cite the vendor's public page by title (and URL where it helps) or say "the vendor
// documentation", never the project's internal source tags: seed files (`seed 000_…`), their tags S0–S4, the
// domain notes' tags U1–U29 and G1–G5, or the domain notes and contract decisions themselves.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';

const specs = path.resolve(import.meta.dirname, '..', '..', 'specs');
const PROSE_KEYS = new Set(['description', 'summary', 'title']);

const INTERNAL_SOURCES: [what: string, pattern: RegExp][] = [
  ['a seed', /\bseeds?\b/i],
  ['a seed file name', /\b\d{3}_[0-9a-f]{16}\b/],
  ['a seed tag (S0-S4)', /\bS[0-4]\b/],
  ['a domain-notes source tag (U1-U29, G1-G5)', /\b(U(?:[1-9]|1\d|2\d)|G[1-5])\b/],
  ['the domain notes or contract decisions', /\bdomain[- ]notes\b|\bcontract[- ]decisions\b|\bquirks? \d/i],
];

interface Prose {
  file: string;
  line: number;
  text: string;
}

function proseOf(file: string): Prose[] {
  const source = readFileSync(file, 'utf8');
  const document = parseDocument(source);
  const found: Prose[] = [];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const visit = (node: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (
          typeof key === 'string' &&
          PROSE_KEYS.has(key) &&
          isScalar(pair.value) &&
          typeof pair.value.value === 'string'
        )
          found.push({ file, line: lineOf((pair.value as YamlNode).range?.[0] ?? 0), text: pair.value.value });
        else visit(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(visit);
  };
  visit(document.contents);
  return found;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? yamlFiles(full) : entry.name.endsWith('.yaml') ? [full] : [];
  });
}

function internalSourceMentions(prose: Prose[]): string[] {
  const mentions: string[] = [];
  for (const { file, line, text } of prose) {
    for (const [what, pattern] of INTERNAL_SOURCES) {
      const match = text.match(pattern);
      if (match) mentions.push(`${path.relative(specs, file)}:${line} mentions ${what}: '${match[0]}'`);
    }
  }
  return mentions;
}

describe('descriptions, summaries and titles in specs/', () => {
  it('cite public pages, not the project’s internal source documents', () => {
    const prose = yamlFiles(specs).flatMap(proseOf);
    expect(prose.length).toBeGreaterThan(300);
    expect(internalSourceMentions(prose)).toEqual([]);
  });

  it.each([
    ['The seed says so.', 'a seed'],
    ['See seed `000_b18701a4c507853f`.', 'a seed file name'],
    ['As shown in S1.', 'a seed tag (S0-S4)'],
    ['Client code reads it (G1).', 'a domain-notes source tag (U1-U29, G1-G5)'],
    ['Start Service (U21).', 'a domain-notes source tag (U1-U29, G1-G5)'],
    ['(domain-notes quirk 32)', 'the domain notes or contract decisions'],
  ])('flags %j as %s', (text, what) => {
    expect(internalSourceMentions([{ file: path.join(specs, 'x.yaml'), line: 1, text }]).join('\n')).toContain(what);
  });

  it.each([
    'The vendor documentation ("Interactions API Operations", https://docs.genesys.com/Documentation/HTCC/8.5.0/API/InteractionsAPIOperations) says so.',
    'HTTP 500 with `{"message": "Could not read JSON: …"}`',
    'Services get 64-bit ids; US-ASCII only; GMS 8.5.110.',
  ])('leaves reader-facing text alone: %j', (text) => {
    expect(internalSourceMentions([{ file: path.join(specs, 'x.yaml'), line: 1, text }])).toEqual([]);
  });
});
