// Build-time stand-in for `ajv/dist/2020.js` (compile-validators.mjs bundles the runtime with it): the real Ajv2020,
// with `code.source` on (AJV standalone needs it), a record of each instance, the document it was given and every
// schema it was asked for, so the runtime's own AJV set-up (validation.ts, buildAjv) is what gets precompiled.
import { Ajv2020 as RealAjv2020 } from 'ajv/dist/2020.js';

export const instances = [];

export class Ajv2020 extends RealAjv2020 {
  constructor(options = {}) {
    super({ ...options, code: { ...options.code, source: true } });
    this.requested = new Set();
    instances.push(this);
  }

  addSchema(schema, key, ...rest) {
    if (typeof key === 'string' && key.startsWith('urn:')) this.documentRoot = schema;
    return super.addSchema(schema, key, ...rest);
  }

  getSchema(ref) {
    if (ref.startsWith('urn:')) this.requested.add(ref);
    return super.getSchema(ref);
  }
}
export default Ajv2020;
