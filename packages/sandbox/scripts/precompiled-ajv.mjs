// Bundle-time stand-in for `ajv/dist/2020.js` in a browser bundle of @cx-contracts/sandbox/msw (alias
// `ajv/dist/2020.js` → `@cx-contracts/sandbox/precompiled/ajv`, and `ajv-formats` →
// `@cx-contracts/sandbox/precompiled/ajv-formats`): the runtime's validation.ts drives it exactly as it drives AJV,
// but `getSchema` returns the validators compile-validators.mjs precompiled, linked to the document the runtime
// prepared, so AJV's compiler (and its code generator) stays out of the page.
import compiled from './validators.cjs';

export class Ajv2020 {
  constructor(options = {}) {
    this.mode = options.coerceTypes ? 'coerce' : 'plain';
    this.formats = {};
  }

  addFormat() {
    return this;
  }

  addVocabulary() {
    return this;
  }

  addKeyword() {
    return this;
  }

  getKeyword() {
    return false;
  }

  addSchema(root) {
    this.root = root;
    this.linked = undefined;
    return this;
  }

  getSchema(ref) {
    const set = compiled[this.mode];
    const name = set?.refs[ref];
    if (!name)
      throw new Error(
        `No precompiled validator for ${ref} (${this.mode}): the contract changed since the sandbox was built; run npm run build in packages/sandbox, or bundle without the precompiled/ajv alias.`,
      );
    this.linked ??= set.link(this.root);
    return this.linked[name];
  }
}
export default Ajv2020;
