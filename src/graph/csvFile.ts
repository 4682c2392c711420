import fs from 'node:fs';

export type CsvValue = string | number | boolean | null | readonly string[];

/**
 * Neo4j's importer splits list values on this character; a control character no name or quote holds
 * (a value that holds it is refused rather than split wrongly).
 */
export const CSV_ARRAY_DELIMITER = '\u001f';
// Rows are gathered into chunks this large before they are written: millions of small writes cost more.
const CHUNK_CHARACTERS = 1 << 18;

function field(value: CsvValue): string {
  // An unquoted empty field is null to the importer (no property); a quoted one is an empty string.
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
  if (value.some((element) => element.includes(CSV_ARRAY_DELIMITER))) {
    throw new RangeError(`A list element holds the importer's array delimiter: ${JSON.stringify(value)}`);
  }
  return value.length === 0 ? '' : field(value.join(CSV_ARRAY_DELIMITER));
}

/**
 * One CSV file for Neo4j's offline importer, written as it goes: a header, then rows. Synchronously: a
 * writer makes millions of rows, and a promise (or a stream's drain) per row or chunk cost it more than
 * the writes themselves, which land in the operating system's cache; memory stays one chunk per file.
 */
export class CsvFile {
  /** True once a value held a line break: the importer must then be told fields may span lines. */
  multiline = false;
  private chunk = '';

  private constructor(
    readonly path: string,
    private readonly descriptor: number,
  ) {}

  static open(path: string, header: readonly string[]): CsvFile {
    const file = new CsvFile(path, fs.openSync(path, 'w'));
    file.chunk = `${header.join(',')}\n`;
    return file;
  }

  row(values: readonly CsvValue[]): void {
    const line = values.map(field).join(',');
    if (!this.multiline && /[\r\n]/.test(line)) this.multiline = true;
    this.chunk += `${line}\n`;
    if (this.chunk.length >= CHUNK_CHARACTERS) this.flush();
  }

  close(): void {
    this.flush();
    fs.closeSync(this.descriptor);
  }

  private flush(): void {
    fs.writeSync(this.descriptor, this.chunk);
    this.chunk = '';
  }
}
