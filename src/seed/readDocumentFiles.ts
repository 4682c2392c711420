import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { InputRejectedError } from '../domain/inputRules';
import { checkDocumentInput } from '../ingestion/checkDocumentInput';
import { checkProvenance, type DocumentProvenance } from '../ingestion/checkProvenance';
import { documentId } from '../ingestion/documentId';
import type { DocumentInput } from '../ingestion/ingestDocument';

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md']);

const SIDECAR_FIELDS = new Set(['title', 'source', 'url', 'publisher', 'author', 'published', 'sourceType']);

/** A document file that cannot be seeded; the message names the file and says why, and nothing was written. */
export class DocumentRejectedError extends Error {
  override name = 'DocumentRejectedError';
}

/** Runs input rules (src/domain/inputRules) on what `file` holds; a broken rule names the file. */
function checkedIn<T>(file: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof InputRejectedError) throw new DocumentRejectedError(`${file}: ${error.message}`);
    throw error;
  }
}

/**
 * The sidecar `<name>.meta.yaml` beside a document may give its title, source and provenance (`url`,
 * `publisher`, `author`, `published` as YYYY-MM-DD, `sourceType`); an unknown key is refused, so a
 * misspelt `sourcetype` does not silently leave a vendor's page typed OTHER.
 */
function readSidecar(file: string): { title?: string; source?: string; provenance: DocumentProvenance } {
  const sidecar = file.replace(/\.[^.]+$/, '.meta.yaml');
  if (!fs.existsSync(sidecar)) return { provenance: checkProvenance({}) };
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
  return { title, source, provenance: checkedIn(sidecar, () => checkProvenance(fields)) };
}

/** Decodes a document's bytes as UTF-8, refusing oversized or malformed input before decoding it. */
function decodeDocumentBytes(bytes: Uint8Array, maxBytes: number, file: string): string {
  if (bytes.length > maxBytes) {
    throw new DocumentRejectedError(`${file}: ${bytes.length} bytes is over the limit of ${maxBytes} bytes (MAX_DOCUMENT_BYTES).`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentRejectedError(`${file}: not valid UTF-8 text.`);
  }
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

/**
 * Reads and checks one document file with the same input rules as `ingestDocument`; its id comes
 * from the file name, so re-seeding keeps ids.
 */
export function readDocumentFile(file: string, maxBytes: number): DocumentInput {
  const text = decodeDocumentBytes(fs.readFileSync(file), maxBytes, file);
  const baseName = path.basename(file, path.extname(file));
  const meta = readSidecar(file);
  const document = { title: meta.title ?? baseName, source: meta.source ?? null, text };
  checkedIn(file, () => checkDocumentInput(document, maxBytes));
  return { id: documentId(baseName), ...document, ...meta.provenance };
}
