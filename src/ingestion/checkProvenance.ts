import { checkLine, INPUT_LIMITS, InputRejectedError } from '../domain/inputRules';
import { DEFAULT_SOURCE_TYPE, SOURCE_TYPES, type SourceType } from '../domain/sourceTypes';

/** Who published a document, where and when: what a reader needs to say "according to …". */
export interface DocumentProvenance {
  url: string | null;
  publisher: string | null;
  author: string | null;
  /** ISO 8601 calendar date, `YYYY-MM-DD`. */
  published: string | null;
  sourceType: SourceType;
}

export interface ProvenanceInput {
  url?: unknown;
  publisher?: unknown;
  author?: unknown;
  published?: unknown;
  sourceType?: unknown;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function optionalText(value: unknown, field: string, maxLength: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InputRejectedError(`'${field}' must be text.`);
  const trimmed = value.trim();
  if (trimmed === '') return null;
  checkLine(field, trimmed, maxLength);
  return trimmed;
}

function checkUrl(value: unknown): string | null {
  const url = optionalText(value, 'url', INPUT_LIMITS.url);
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputRejectedError(`'url' must be an absolute http(s) URL; got ${JSON.stringify(url)}.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputRejectedError(`'url' must be an absolute http(s) URL; got ${JSON.stringify(url)}.`);
  }
  return url;
}

// YAML reads an unquoted 2024-05-01 as a Date; that is the same calendar day, so it is taken too.
function checkDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const text = optionalText(value, 'published', INPUT_LIMITS.published);
  if (text === null) return null;
  const parts = ISO_DATE.exec(text);
  const [year, month, day] = (parts ?? []).slice(1).map(Number);
  const date = parts ? new Date(Date.UTC(year!, month! - 1, day!)) : undefined;
  if (!date || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) {
    throw new InputRejectedError(`'published' must be a date written YYYY-MM-DD; got ${JSON.stringify(text)}.`);
  }
  return text;
}

function checkSourceType(value: unknown): SourceType {
  if (value === undefined || value === null) return DEFAULT_SOURCE_TYPE;
  if (typeof value === 'string' && (SOURCE_TYPES as readonly string[]).includes(value)) return value as SourceType;
  throw new InputRejectedError(`'sourceType' must be one of ${SOURCE_TYPES.join(', ')}; got ${JSON.stringify(value)}.`);
}

/**
 * Checks a document's provenance, from the API or a seed sidecar, by the input rules
 * (src/domain/inputRules); throws InputRejectedError naming the field.
 */
export function checkProvenance(input: ProvenanceInput): DocumentProvenance {
  return {
    url: checkUrl(input.url),
    publisher: optionalText(input.publisher, 'publisher', INPUT_LIMITS.publisher),
    author: optionalText(input.author, 'author', INPUT_LIMITS.author),
    published: checkDate(input.published),
    sourceType: checkSourceType(input.sourceType),
  };
}
