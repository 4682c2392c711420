import fs from 'node:fs';
import path from 'node:path';

const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'schema');

/** The SDL, read from schema/ (the same files codegen reads), in a stable order. */
export function readTypeDefs(): string {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))
    .join('\n');
}
