export interface SurfaceEntry {
  /** API name in redocly.yaml: v1, v2, v3, context-service. */
  name: string;
  /** Absolute path of the root document (specs/<surface>/openapi.yaml). */
  root: string;
  /** Absolute path of the API's configured bundle output (build/specs/<surface>.yaml). */
  output: string;
  /** Absolute path of its generated types (packages/types/src/<surface>.gen.ts). */
  typesOutput: string;
}
export const repoRoot: string;
export const redoclyBin: string;
export function readSurfaces(root?: string): SurfaceEntry[];
/** A failed run throws an Error whose `output` is Redocly's own output without the Node-20 deprecation box. */
export interface RedoclyError extends Error {
  output: string;
}
/** Runs the repository's Redocly CLI (`redoclyBin`) in `cwd` (default: the repository root). */
export function redocly(args: string[], options?: { cwd?: string }): string;
export function redoclyAsync(args: string[], options?: { cwd?: string }): Promise<string>;
/** Surface name (and `all`) → bundled YAML path. */
export function bundleSpecs(outDir: string, options?: { root?: string }): Promise<Record<string, string>>;
