import { readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, parse, validate } from 'graphql';

import { readTypeDefs } from '../../../src/server/typeDefs';

// The example tabs GraphiQL opens with are the first queries a new user runs: each must stay valid
// against the schema as it changes.
const START_SCRIPT = path.resolve(__dirname, '../../../src/server/graphiql/graphiqlStart.js');
const examples = [...readFileSync(START_SCRIPT, 'utf8').matchAll(/query: `([^`]*)`/g)].map((match) => match[1] ?? '');

describe('GraphiQL example tabs', () => {
  const schema = buildSchema(readTypeDefs());

  it('are there to check', () => expect(examples.length).toBeGreaterThanOrEqual(6));

  it.each(examples.map((query) => [/query (\w+)/.exec(query)?.[1], query]))('%s validates against the schema', (_name, query) => {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });
});
