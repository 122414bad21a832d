// index.html: one card per surface with its title, the first paragraph of its description, its operation count and
// links to its page and bundled document. Static HTML with inline CSS: nothing to load.

/** @param {string} text */
const escape = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) =>
      /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[
        c
      ] ?? c,
  );

/**
 * First paragraph of a Markdown description, as plain text: code spans keep their text verbatim (the v3 description's
 * `ext_{externalId}` must not lose its underscore), and only emphasis delimiters are dropped outside them.
 * @param {string} markdown
 */
export function firstParagraph(markdown) {
  const paragraph =
    String(markdown)
      .trim()
      .split(/\n\s*\n/)[0] ?? '';
  return paragraph
    .replace(/\s*\n\s*/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part.slice(1, -1) : withoutEmphasis(part)))
    .join('')
    .trim();
}

/**
 * CommonMark emphasis: `*x*`, `**x**`, `_x_`, `__x__` with the delimiters at word boundaries. A `_` inside a word
 * (`snake_case`) or a lone `*` is text and stays. @param {string} text
 */
function withoutEmphasis(text) {
  return text.replace(/(^|[^\w*])(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3');
}

/** @param {import('./build-site.mjs').BuiltSurface[]} surfaces */
export function renderIndexPage(surfaces) {
  const total = surfaces.reduce((sum, surface) => sum + surface.operations.length, 0);
  const cards = surfaces.map((surface) => {
    const count = surface.operations.length;
    const rows = surface.operations
      .map(
        (op) =>
          `<tr><td><code>${escape(op.method.toUpperCase())}</code></td><td><code>${escape(op.path)}</code></td><td><code>${escape(op.operationId)}</code></td><td>${escape(op.summary)}</td></tr>`,
      )
      .join('\n          ');
    return `
    <section class="surface" id="${escape(surface.name)}" data-surface="${escape(surface.name)}">
      <h2><a href="${escape(surface.page)}">${escape(surface.title)}</a> <span class="tag">${escape(surface.name)}</span></h2>
      <p>${escape(firstParagraph(surface.description))}</p>
      <p class="meta"><span class="count" data-operation-count="${count}">${count} ${count === 1 ? 'operation' : 'operations'}</span> · version ${escape(surface.version)} ·
        <a href="${escape(surface.page)}">reference page</a> · <a href="${escape(surface.spec)}">bundled OpenAPI document</a></p>
      <details>
        <summary>Operations</summary>
        <table>
          <thead><tr><th>method</th><th>path</th><th>operationId</th><th>summary</th></tr></thead>
          <tbody>
          ${rows}
          </tbody>
        </table>
      </details>
    </section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>cx-contracts API reference</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; color: #222; line-height: 1.5; }
    h1 { margin-bottom: 0.25rem; }
    .surface { border: 1px solid #ddd; border-radius: 8px; padding: 0.5rem 1.25rem 1rem; margin: 1rem 0; }
    .tag { font-size: 0.8rem; background: #eef; border-radius: 4px; padding: 0.1rem 0.4rem; vertical-align: middle; }
    .meta { color: #555; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { text-align: left; padding: 0.2rem 0.5rem; border-bottom: 1px solid #eee; vertical-align: top; }
  </style>
</head>
<body>
  <h1>cx-contracts API reference</h1>
  <p>Reference pages for the ${surfaces.length} contract surfaces (${total} operations), built from <code>specs/</code> by
    <code>npm run docs</code>. Every page is self-contained and works offline.</p>
  <main>${cards.join('\n')}
  </main>
</body>
</html>
`;
}
