// contract-decisions rule 9: `.../interactions/ext_{externalId}` and `.../interactions/{interactionId}` match the same
// requests for Prism, which scores `ext_{x}` like `{x}` and breaks the tie by taking the path declared LAST
// (toolchain-notes, Prism routing). So every `ext_` path item is declared after its `{interactionId}` twin, or
// `ext_abc` requests reach the by-id operation on the mock.

const reference = 'packages/redocly-rules/docs/ext-path-after-id-twin.md';

// A segment with a literal prefix before a template: `ext_{externalId}`.
const prefixedTemplate = /^[^{}]+\{[^{}]+\}$/;
const bareTemplate = /^\{[^{}]+\}$/;

/**
 * `other` is the twin of `segments` when it routes the same except at `index`, where it has a bare `{template}`.
 * Other template segments compare by position only (`{openMediaService}` vs `{service}` is the same route).
 * @param {string[]} segments @param {number} index @param {string[]} other
 */
function isTwin(segments, index, other) {
  return (
    other.length === segments.length &&
    other.every((segment, i) =>
      i === index ? bareTemplate.test(segment) : normalise(segment) === normalise(segments[i] ?? ''),
    )
  );
}

/** @param {string} segment */
function normalise(segment) {
  return bareTemplate.test(segment) ? '{}' : segment;
}

/** @returns {object} Redocly visitor */
export default function extPathAfterIdTwin() {
  return {
    Paths: {
      /** @param {Record<string, unknown>} paths @param {any} ctx Redocly rule context */
      enter(paths, ctx) {
        const keys = Object.keys(paths);
        keys.forEach((key, position) => {
          const segments = key.split('/');
          segments.forEach((segment, index) => {
            if (!prefixedTemplate.test(segment)) return;
            const twinPosition = keys.findIndex((other) => isTwin(segments, index, other.split('/')));
            if (twinPosition === -1 || twinPosition < position) return;
            const twin = keys[twinPosition];
            ctx.report({
              message:
                `Path \`${key}\` is declared before its twin \`${twin}\`; Prism routes a tie to the path declared ` +
                `last, so \`${segment.replace(/\{.*$/, '')}...\` requests would reach the \`${twin}\` operations ` +
                `(contract-decisions rule 9). Fix: move the \`${key}\` line below \`${twin}\` under \`paths:\`.`,
              location: ctx.location.child([key]).key(),
              reference,
            });
          });
        });
      },
    },
  };
}
