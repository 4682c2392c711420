/**
 * What a client or a seed file may write into the graph, checked in this one place for the API
 * (ingestDocument, upsertEntity, addRelationship) and the seed (documents, sidecars, vocabulary)
 * alike. Lengths are in characters (Unicode code points), and every list a client sends has a bound.
 * Names and aliases must fit Neo4j's indexes: an entity's `searchText` (its name and aliases, joined
 * and lower-cased) is in a TEXT index, whose entries hold at most 32,766 bytes; at 4 bytes a
 * character the name and 50 aliases of 100 characters take at most 20,950. Past that a write failed
 * with "Property value is too large to index".
 */
export const INPUT_LIMITS = {
  id: 200,
  name: 200,
  alias: 100,
  aliases: 50,
  description: 2000,
  xrefs: 20,
  xref: 100,
  action: 100,
  title: 300,
  source: 2000,
  url: 2000,
  publisher: 300,
  author: 300,
  published: 100,
  note: 1000,
} as const;

/** Input that breaks a rule below; the message names the field and the rule (or limit). */
export class InputRejectedError extends Error {
  override name = 'InputRejectedError';
}

// A lone surrogate cannot be encoded as UTF-8: the driver would store U+FFFD in its place. With the
// `u` flag a well-formed pair is one code point, so only unpaired halves match.
const LONE_SURROGATE = /\p{Cs}/u;
// C0 controls, DEL and C1 controls: binary data or mis-decoded text, never meant in a name or text.
// Text keeps tab, line feed and carriage return; a one-line field keeps only tab.
const TEXT_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/;

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function checkCharacters(field: string, value: string, control: RegExp, allowed: string): void {
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) {
    throw new InputRejectedError(`'${field}' is not valid Unicode: a lone surrogate ${codePoint(surrogate[0])} at offset ${surrogate.index}.`);
  }
  const found = control.exec(value);
  if (found) {
    throw new InputRejectedError(
      `'${field}' contains the control character ${codePoint(found[0])} at offset ${found.index}; ${allowed}.`,
    );
  }
}

/** Multi-line text (a document, a description): no lone surrogates, no control characters but tab and line breaks. */
export function checkText(field: string, value: string, maxCharacters?: number): void {
  checkCharacters(field, value, TEXT_CONTROL, 'only tab, line feed and carriage return are allowed in text (is it binary?)');
  if (maxCharacters !== undefined) checkLength(field, value, maxCharacters);
}

/** A one-line value (a name, an alias, a title, a source): not blank, at most `maxCharacters`, no control characters but tab. */
export function checkLine(field: string, value: string, maxCharacters: number): void {
  if (value.trim() === '') throw new InputRejectedError(`'${field}' must not be empty.`);
  checkLength(field, value, maxCharacters);
  checkCharacters(field, value, LINE_CONTROL, 'only tab is allowed in a one-line value');
}

/** At most `maxItems` items, each a valid one-line value of at most `maxCharacters`. */
export function checkLines(field: string, values: readonly string[], maxItems: number, maxCharacters: number): void {
  if (values.length > maxItems) {
    throw new InputRejectedError(`'${field}' may have at most ${maxItems} items; got ${values.length}.`);
  }
  values.forEach((value, index) => checkLine(`${field}[${index}]`, value, maxCharacters));
}

function checkLength(field: string, value: string, maxCharacters: number): void {
  // value.length counts UTF-16 units, never fewer than code points: most values need no counting.
  if (value.length <= maxCharacters) return;
  const count = [...value].length;
  if (count > maxCharacters) {
    throw new InputRejectedError(`'${field}' may be at most ${maxCharacters} characters; got ${count}.`);
  }
}


/** The input rules for a curated entity, the same for `upsertEntity` and the seed vocabulary. */
export function checkEntityInput(entity: {
  id: string;
  name: string;
  aliases: readonly string[];
  description: string | null;
  xrefs: Readonly<Record<string, string>>;
}): void {
  checkLine('id', entity.id, INPUT_LIMITS.id);
  checkLine('name', entity.name, INPUT_LIMITS.name);
  checkLines('aliases', entity.aliases, INPUT_LIMITS.aliases, INPUT_LIMITS.alias);
  if (entity.description !== null) checkText('description', entity.description, INPUT_LIMITS.description);
  const xrefs = Object.entries(entity.xrefs);
  if (xrefs.length > INPUT_LIMITS.xrefs) {
    throw new InputRejectedError(`'xrefs' may have at most ${INPUT_LIMITS.xrefs} items; got ${xrefs.length}.`);
  }
  for (const [database, id] of xrefs) {
    checkLine('xrefs.database', database, INPUT_LIMITS.xref);
    checkLine(`xrefs[${database}].id`, id, INPUT_LIMITS.xref);
  }
}
