import { describe, expect, it } from 'vitest';
import { firstParagraph, renderIndexPage } from '../index-page.mjs';

const surface = (name: string, operations: number) => ({
  name,
  title: `${name} <API>`,
  version: '1.0.0',
  description: 'Hand-written contract for `v3`:\ncreate **and** stop.\n\nSources: seed 003.',
  page: `${name}.html`,
  spec: `${name}.yaml`,
  operations: Array.from({ length: operations }, (_, i) => ({
    operationId: `op${i}`,
    summary: `Operation ${i}`,
    method: 'get',
    path: `/x/${i}`,
    tags: [],
  })),
});

describe('index page', () => {
  it('takes the first paragraph of a Markdown description as plain text', () => {
    expect(firstParagraph('Hand-written contract for `v3`:\ncreate **and** stop.\n\nSources: seed 003.')).toBe(
      'Hand-written contract for v3: create and stop.',
    );
  });

  it.each([
    [
      'Addressed by interaction id or by external id (`ext_{externalId}`).',
      'Addressed by interaction id or by external id (ext_{externalId}).',
    ],
    ['a snake_case name and a lone * star', 'a snake_case name and a lone * star'],
    ['_emphasis_ and __strong__ and *this*', 'emphasis and strong and this'],
    ['code keeps `**stars**` and `_x_`', 'code keeps **stars** and _x_'],
  ])('keeps what is text: %s', (markdown, want) => {
    expect(firstParagraph(markdown)).toBe(want);
  });

  it('links each surface page with its escaped title, description and operation count', () => {
    const html = renderIndexPage([surface('v1', 9), surface('v3', 1)]);
    expect(html).toContain('<h2><a href="v1.html">v1 &lt;API&gt;</a> <span class="tag">v1</span></h2>');
    expect(html).toContain('<span class="count" data-operation-count="9">9 operations</span>');
    expect(html).toContain('<span class="count" data-operation-count="1">1 operation</span>');
    expect(html).toContain('<p>Hand-written contract for v3: create and stop.</p>');
    expect(html).toContain('<a href="v3.yaml">bundled OpenAPI document</a>');
    expect(html).toContain('the 2 contract surfaces (10 operations)');
    expect(html).not.toMatch(/<script|<link/);
  });
});
