// Bundle-time stand-in for `ajv-formats` next to precompiled-ajv.mjs: precompiled validators import the format
// checks they use themselves (ajv-formats/dist/formats), so registering formats is a no-op.
export default function addFormats(ajv) {
  return ajv;
}
