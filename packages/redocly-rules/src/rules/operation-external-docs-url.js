// contract-decisions rule 3: "Every operation cites its source in `externalDocs.url` (the public documentation page it
// was modelled on; URLs are in domain-notes §0)". A reviewer and the generated reference pages follow that link, so it
// must be an absolute http(s) URL, not a seed file name or a relative path.

const reference = 'packages/redocly-rules/docs/operation-external-docs-url.md';
const fix =
  'Fix: add `externalDocs: {url: <the public documentation page this operation was modelled on>, description: ...}` (the URLs are in domain-notes §0).';

/** @param {unknown} url */
function isAbsoluteHttpUrl(url) {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** @returns {object} Redocly visitor */
export default function operationExternalDocsUrl() {
  return {
    Operation: {
      /** @param {Record<string, any>} operation @param {any} ctx Redocly rule context */
      enter(operation, ctx) {
        const name = `Operation \`${operation.operationId ?? ctx.key}\``;
        const externalDocs = operation.externalDocs;
        if (externalDocs === undefined) {
          ctx.report({
            message: `${name} does not cite its source: no \`externalDocs\` (contract-decisions rule 3). ${fix}`,
            location: ctx.location.key(),
            reference,
          });
        } else if (externalDocs === null || typeof externalDocs !== 'object' || externalDocs.url === undefined) {
          ctx.report({
            message: `${name} has \`externalDocs\` without a \`url\` (contract-decisions rule 3). ${fix}`,
            location: ctx.location.child('externalDocs').key(),
            reference,
          });
        } else if (!isAbsoluteHttpUrl(externalDocs.url)) {
          ctx.report({
            message:
              `${name} cites \`${String(externalDocs.url)}\`, which is not an absolute http(s) URL ` +
              `(contract-decisions rule 3). ${fix}`,
            location: ctx.location.child(['externalDocs', 'url']),
            reference,
          });
        }
      },
    },
  };
}
