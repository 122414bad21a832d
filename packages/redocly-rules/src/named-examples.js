// Shared by the two example rules (contract-decisions rule 12): a media type "has an example" when its `examples`
// map names at least one. A lone `example` does not count: the mock selects examples by name.

/** @param {Record<string, unknown>} mediaType */
export function hasNamedExample(mediaType) {
  const examples = mediaType.examples;
  return examples !== null && typeof examples === 'object' && Object.keys(examples).length > 0;
}
