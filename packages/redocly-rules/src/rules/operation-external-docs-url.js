// contract-decisions rule 3: "Every operation cites its source in `externalDocs.url` (the public documentation page it
// was modelled on; URLs are in domain-notes §0)". A reviewer and the generated reference pages follow that link, so it
// must be an absolute http(s) URL, not a seed file name or a relative path.

const reference = 'packages/redocly-rules/docs/operation-external-docs-url.md';
// One fix per finding: what to add when something is missing, what to replace when it is malformed.
const addExternalDocs =
  'Fix: add `externalDocs: {url: <the public documentation page this operation was modelled on>, description: ...}` (the URLs are in domain-notes §0).';
const replaceUrl =
  'Fix: replace it with the absolute https:// URL of the public documentation page this operation was modelled on (the URLs are in domain-notes §0).';

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
            message: `${name} does not cite its source: no \`externalDocs\` (contract-decisions rule 3). ${addExternalDocs}`,
            location: ctx.location.key(),
            reference,
          });
        } else if (externalDocs === null || typeof externalDocs !== 'object' || externalDocs.url === undefined) {
          // `url` is a REQUIRED field of the External Documentation Object (OpenAPI 3.1 §4.8.11.1): Redocly's
          // `struct` rule already reports it there, and a second finding on the same line would say it twice.
          return;
        } else if (!isAbsoluteHttpUrl(externalDocs.url)) {
          ctx.report({
            message:
              `${name} cites \`${String(externalDocs.url)}\`, which is not an absolute http(s) URL ` +
              `(contract-decisions rule 3). ${replaceUrl}`,
            location: ctx.location.child(['externalDocs', 'url']),
            reference,
          });
        }
      },
    },
  };
}
