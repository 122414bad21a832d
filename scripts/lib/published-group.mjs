// The published packages are exactly the one `fixed` group of .changeset/config.json: they share one version because
// the client pins the types and the runtime exactly and the sandbox pins the runtime (.changeset/README.md). A
// package public but outside the group (as the sandbox once was: packed by release:dry-run, versioned apart) or a
// group member made private is a mistake release.mjs refuses before building anything.

/**
 * @param {string[]} publishedNames names of the workspace packages without `"private": true`
 * @param {{ fixed?: string[][] }} changesetConfig .changeset/config.json
 * @returns {string | undefined} what is wrong, or undefined
 */
export function publishedGroupProblem(publishedNames, changesetConfig) {
  const groups = changesetConfig.fixed ?? [];
  const group = groups[0] ?? [];
  const outside = publishedNames.filter((name) => !group.includes(name));
  const notPublished = group.filter((name) => !publishedNames.includes(name));
  if (groups.length === 1 && outside.length === 0 && notPublished.length === 0) return undefined;
  const reasons = [
    groups.length !== 1 ? `.changeset/config.json has ${groups.length} fixed groups, not one` : '',
    outside.length
      ? `public but not in the fixed group: ${outside.join(', ')} (add it there, or mark it "private": true)`
      : '',
    notPublished.length ? `in the fixed group but private or not a workspace: ${notPublished.join(', ')}` : '',
  ].filter(Boolean);
  return `the publishable workspace packages must be the one fixed group of .changeset/config.json; ${reasons.join('; ')}.`;
}
