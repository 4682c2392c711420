import { buildSchema, parse, validate, ValidationContext, type ValidationRule } from 'graphql';

import { fanOutQuery } from '../../../bench/hostileQueries';
import { loadConfig } from '../../../src/config';
import { queryLimits } from '../../../src/server/limits/queryLimits';
import { readTypeDefs } from '../../../src/server/typeDefs';

const schema = buildSchema(readTypeDefs());

/**
 * The rule, with its fragment look-ups counted: graphql-armor's depth, alias and directive rules
 * expand fragment spreads through `context.getFragment`. Past `budget` look-ups the walk is stopped,
 * so an exponential rule fails this test instead of hanging it.
 */
function counted(rule: ValidationRule, budget: number): { rule: ValidationRule; lookUps: () => number } {
  let lookUps = 0;
  return {
    lookUps: () => lookUps,
    rule: (context: ValidationContext) => {
      const getFragment = context.getFragment.bind(context);
      context.getFragment = (name) => {
        lookUps += 1;
        if (lookUps > budget) throw new Error(`over ${budget} fragment look-ups`);
        return getFragment(name);
      };
      return rule(context);
    },
  };
}

describe('graphql-armor rules (depth, aliases, directives) on fragment fan-outs', () => {
  const { validationRules } = queryLimits(loadConfig({}));

  it('has the three rules', () => {
    expect(validationRules).toHaveLength(3);
  });

  it.each([30, 95])('look each of %i fragments up once, however often it is spread', (fragmentCount) => {
    const document = parse(fanOutQuery(fragmentCount));
    for (const armorRule of validationRules) {
      const { rule, lookUps } = counted(armorRule, 10 * fragmentCount);
      expect(validate(schema, document, [rule])).toEqual([]);
      expect(lookUps()).toBe(fragmentCount);
    }
  });

  it('count what the last fragment of a fan-out holds as often as it is spread', () => {
    const deep = fanOutQuery(30).replace(
      'fragment F29 on Query { __typename }',
      `fragment F29 on Query { ${Array.from({ length: 21 }, (_, i) => `a${i}: __typename`).join(' ')} stats @include(if: true) @skip(if: false) { entities } }`,
    );
    const messages = validate(schema, parse(deep), validationRules).map((error) => error.message);
    // 21 aliases and 2 directives, spread 2^29 times.
    expect(messages).toEqual([
      expect.stringMatching(new RegExp(`aliases ${21 * 2 ** 29}, over the limit of 20`)),
      expect.stringMatching(new RegExp(`directives ${2 * 2 ** 29}, over the limit of 10`)),
    ]);
  });
});
