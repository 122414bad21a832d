/** `--base-file <a> --head-file <b>`: two self-contained OpenAPI files, compared as one surface. */
import { relative, resolve } from 'node:path';
import { diffDocuments } from './diff.js';
import { loadDocumentFile } from './load-document.js';
import type { DiffReport } from './report-json.js';

export interface FileOptions {
  baseFile: string;
  headFile: string;
  /** The surface name the report shows; the head file's path when absent. */
  surface?: string;
  acknowledged: boolean;
}

/** The report of comparing two files, paths relative to `cwd`; throws the runtime's CouldNotRunError. */
export async function compareFiles(options: FileOptions, cwd: string = process.cwd()): Promise<DiffReport> {
  const baseFile = resolve(cwd, options.baseFile);
  const headFile = resolve(cwd, options.headFile);
  const [baseDoc, headDoc] = await Promise.all([
    loadDocumentFile(baseFile, 'base file'),
    loadDocumentFile(headFile, 'head file'),
  ]);
  const head = relative(cwd, headFile) || headFile;
  return {
    base: relative(cwd, baseFile) || baseFile,
    head,
    surfaces: [{ surface: options.surface ?? head, status: 'compared', changes: diffDocuments(baseDoc, headDoc) }],
    acknowledged: options.acknowledged,
  };
}
