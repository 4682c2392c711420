import { buildSchema, isInputObjectType, type GraphQLInputObjectType } from 'graphql';

import { checkEntityInput, checkLine, checkText, INPUT_LIMITS, InputRejectedError } from '../../../src/domain/inputRules';
import { readTypeDefs } from '../../../src/server/typeDefs';

const refusal = (check: () => void) => {
  try {
    check();
  } catch (error) {
    if (error instanceof InputRejectedError) return error.message;
    throw error;
  }
  return undefined;
};

describe('input rules', () => {
  it('let text keep tab, line feed and carriage return, and well-formed astral characters', () => {
    expect(refusal(() => checkText('text', 'Kratom\tleaf\r\nmitragynine 𝔸 😀'))).toBeUndefined();
  });

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['vertical tab', '\u000b', 'U+000B'],
    ['form feed', '\u000c', 'U+000C'],
    ['DEL', '\u007f', 'U+007F'],
    ['a C1 control', '\u009b', 'U+009B'],
  ])('refuse %s in text', (_name, character, codePoint) => {
    expect(refusal(() => checkText('text', `ab${character}`))).toBe(
      `'text' contains the control character ${codePoint} at offset 2; only tab, line feed and carriage return are allowed in text (is it binary?).`,
    );
  });

  it('refuse a lone surrogate of either half, but not a pair', () => {
    expect(refusal(() => checkText('text', 'a\ud83d'))).toBe("'text' is not valid Unicode: a lone surrogate U+D83D at offset 1.");
    expect(refusal(() => checkText('text', '\ude00b'))).toBe("'text' is not valid Unicode: a lone surrogate U+DE00 at offset 0.");
    expect(refusal(() => checkText('text', '\ud83d\ude00'))).toBeUndefined();
  });

  it('refuse line breaks in a one-line value, and blank ones', () => {
    expect(refusal(() => checkLine('title', 'a\tb', 10))).toBeUndefined();
    expect(refusal(() => checkLine('title', 'a\rb', 10))).toMatch(/^'title' contains the control character U\+000D at offset 1/);
    expect(refusal(() => checkLine('title', '  ', 10))).toBe("'title' must not be empty.");
  });

  it('count characters, not UTF-16 units', () => {
    expect(refusal(() => checkLine('name', '😀'.repeat(10), 10))).toBeUndefined();
    expect(refusal(() => checkLine('name', '😀'.repeat(11), 10))).toBe("'name' may be at most 10 characters; got 11.");
  });

  it('bound every list of an entity', () => {
    const entity = { id: 'compound:x', name: 'X', aliases: [], description: null, xrefs: {} };
    expect(refusal(() => checkEntityInput(entity))).toBeUndefined();
    expect(refusal(() => checkEntityInput({ ...entity, aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }))).toBe("'aliases' may have at most 50 items; got 51.");
    const xrefs = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`db${i}`, '1']));
    expect(refusal(() => checkEntityInput({ ...entity, xrefs }))).toBe("'xrefs' may have at most 20 items; got 21.");
  });

  it('are the limits the schema describes to clients', () => {
    const schema = buildSchema(readTypeDefs());
    const input = (name: string) => schema.getType(name) as GraphQLInputObjectType;
    expect(isInputObjectType(input('EntityInput'))).toBe(true);
    const fields = input('EntityInput').getFields();
    expect(fields['id']?.description).toContain(`${INPUT_LIMITS.id} characters`);
    expect(fields['name']?.description).toContain(`${INPUT_LIMITS.name} characters`);
    expect(fields['aliases']?.description).toContain(`at most ${INPUT_LIMITS.aliases}, each at most ${INPUT_LIMITS.alias} characters`);
    expect(fields['description']?.description).toContain(`${INPUT_LIMITS.description} characters`);
    expect(fields['xrefs']?.description).toContain(`${INPUT_LIMITS.xrefs}`);
    expect(input('RelationshipInput').getFields()['action']?.description).toContain(`${INPUT_LIMITS.action} characters`);
    const ingest = schema.getMutationType()?.getFields()['ingestDocument']?.args ?? [];
    expect(ingest.find((arg) => arg.name === 'title')?.description).toContain(`${INPUT_LIMITS.title} characters`);
    expect(ingest.find((arg) => arg.name === 'source')?.description).toContain(`${INPUT_LIMITS.source} characters`);
  });
});
