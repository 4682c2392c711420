import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { decodeDocumentBytes, DocumentRejectedError } from '../ingestion/checkDocumentText';
import { checkProvenance, type DocumentProvenance } from '../ingestion/checkProvenance';
import { documentId } from '../ingestion/documentId';
import type { DocumentInput } from '../ingestion/ingestDocument';

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md']);

const SIDECAR_FIELDS = new Set(['title', 'source', 'url', 'publisher', 'author', 'published', 'sourceType']);

/**
 * The sidecar `<name>.meta.yaml` beside a document may give its title, source and provenance (`url`,
 * `publisher`, `author`, `published` as YYYY-MM-DD, `sourceType`); an unknown key is refused, so a
 * misspelt `sourcetype` does not silently leave a vendor's page typed OTHER.
 */
function readSidecar(file: string): { title?: string; source?: string; provenance: DocumentProvenance } {
  const sidecar = file.replace(/\.[^.]+$/, '.meta.yaml');
  if (!fs.existsSync(sidecar)) return { provenance: checkProvenance({}, sidecar) };
  const meta: unknown = YAML.parse(fs.readFileSync(sidecar, 'utf8'));
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) throw new DocumentRejectedError(`${sidecar}: expected a YAML mapping.`);
  const fields = meta as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !SIDECAR_FIELDS.has(key));
  if (unknown !== undefined) {
    throw new DocumentRejectedError(`${sidecar}: unknown key '${unknown}'; expected ${[...SIDECAR_FIELDS].join(', ')}.`);
  }
  const { title, source } = fields;
  if (title !== undefined && typeof title !== 'string') throw new DocumentRejectedError(`${sidecar}: 'title' must be text.`);
  if (source !== undefined && typeof source !== 'string') throw new DocumentRejectedError(`${sidecar}: 'source' must be text.`);
  return { title, source, provenance: checkProvenance(fields, sidecar) };
}

/** The document files at a path: the file itself, or every .txt/.md file in the folder, by name. */
export function documentFiles(target: string): string[] {
  if (!fs.existsSync(target)) throw new DocumentRejectedError(`${target}: no such file or folder.`);
  if (fs.statSync(target).isFile()) return [target];
  return fs
    .readdirSync(target)
    .filter((name) => DOCUMENT_EXTENSIONS.has(path.extname(name)))
    .sort()
    .map((name) => path.join(target, name));
}

/** Reads and checks one document file; its id comes from the file name, so re-seeding keeps ids. */
export function readDocumentFile(file: string, maxBytes: number): DocumentInput {
  const text = decodeDocumentBytes(fs.readFileSync(file), maxBytes, file);
  const baseName = path.basename(file, path.extname(file));
  const meta = readSidecar(file);
  return { id: documentId(baseName), title: meta.title ?? baseName, source: meta.source ?? null, ...meta.provenance, text };
}
