import fs from 'node:fs';
import { once } from 'node:events';

export type CsvValue = string | number | boolean | null | readonly string[];

/**
 * Neo4j's importer splits list values on this character; a control character no name or quote holds
 * (a value that holds it is refused rather than split wrongly).
 */
export const CSV_ARRAY_DELIMITER = '\u001f';
// Rows are gathered into chunks this large before they are written: millions of small writes cost more.
const CHUNK_CHARACTERS = 1 << 16;

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

/** One CSV file for Neo4j's offline importer, written as a stream: a header, then rows. */
export class CsvFile {
  /** True once a value held a line break: the importer must then be told fields may span lines. */
  multiline = false;
  private chunk = '';

  private constructor(
    readonly path: string,
    private readonly stream: fs.WriteStream,
  ) {}

  static open(path: string, header: readonly string[]): CsvFile {
    const file = new CsvFile(path, fs.createWriteStream(path, { encoding: 'utf8' }));
    file.chunk = `${header.join(',')}\n`;
    return file;
  }

  async row(values: readonly CsvValue[]): Promise<void> {
    const line = values.map(field).join(',');
    if (!this.multiline && /[\r\n]/.test(line)) this.multiline = true;
    this.chunk += `${line}\n`;
    if (this.chunk.length >= CHUNK_CHARACTERS) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'close');
  }

  private async flush(): Promise<void> {
    const chunk = this.chunk;
    this.chunk = '';
    // Waiting for the stream to drain keeps memory flat however large the file grows.
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
