// Shared by the two example rules (contract-decisions rule 12): a media type "has an example" when its `examples`
// map names at least one. A lone `example` does not count: the mock selects examples by name.

/** @param {Record<string, unknown>} mediaType */
export function hasNamedExample(mediaType) {
  const examples = mediaType.examples;
  return examples !== null && typeof examples === 'object' && Object.keys(examples).length > 0;
}

/**
 * The MediaType visitor both rules nest under their parent (RequestBody or Response).
 * @param {string} label how the message names the media type's owner, e.g. `Request body`
 * @param {string} reference the rule's doc page
 */
export function namedExampleVisitor(label, reference) {
  return {
    /** @param {Record<string, unknown>} mediaType @param {any} ctx Redocly rule context */
    enter(mediaType, ctx) {
      if (hasNamedExample(mediaType)) return;
      const singular = 'example' in mediaType ? ' (it has a single unnamed `example`)' : '';
      ctx.report({
        message:
          `${label} media type \`${ctx.key}\` has no named example${singular} (contract-decisions rule 12). ` +
          "Fix: add `examples: {<name>: {$ref: ../components/examples/<Name>.yaml}}`, the seed's own example first.",
        location: ctx.location.key(),
        reference,
      });
    },
  };
}
