// The house Redocly plugin: conventions of contract-decisions.md (specs/README.md) that Redocly's built-in and
// configurable rules cannot express. redocly.yaml lists it under `plugins:` and turns each rule on as `cx/<rule-id>`.
// The registry is an explicit map (like redocly-cli's rules/oas3/index.ts): nothing scans the rules/ directory.
import componentNamesUniqueAcrossSurfaces from './rules/component-names-unique-across-surfaces.js';
import extPathAfterIdTwin from './rules/ext-path-after-id-twin.js';
import getOperationsSafe from './rules/get-operations-safe.js';
import openMediaStatusCodeBranches from './rules/open-media-status-code-branches.js';
import operationExternalDocsUrl from './rules/operation-external-docs-url.js';
import requestBodyExamplesPresent from './rules/request-body-examples-present.js';
import responseExamplesPresent from './rules/response-examples-present.js';
import xProvisionalTrueOnly from './rules/x-provisional-true-only.js';
import xSafeRequired from './rules/x-safe-required.js';

/** Rule id (kebab-case, = file name = docs/<id>.md) → rule factory. */
export const rules = {
  'component-names-unique-across-surfaces': componentNamesUniqueAcrossSurfaces,
  'ext-path-after-id-twin': extPathAfterIdTwin,
  'get-operations-safe': getOperationsSafe,
  'open-media-status-code-branches': openMediaStatusCodeBranches,
  'operation-external-docs-url': operationExternalDocsUrl,
  'request-body-examples-present': requestBodyExamplesPresent,
  'response-examples-present': responseExamplesPresent,
  'x-provisional-true-only': xProvisionalTrueOnly,
  'x-safe-required': xSafeRequired,
};

/** Redocly loads a plugin module's default export and calls it; `id` prefixes every rule (`cx/x-safe-required`). */
export default function cxPlugin() {
  return {
    id: 'cx',
    rules: { oas3: rules },
  };
}
