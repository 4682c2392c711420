import type { Parameters } from '../graphDatabase';

/** A statement built from fixed fragments, with every value in `params`. */
export interface Statement {
  cypher: string;
  params: Parameters;
}

/**
 * Names for one statement being built: nested subqueries each bind their own variables and parameters,
 * so every name is numbered once per statement, and the values gather here as they are named.
 */
export class StatementScope {
  private count = 0;
  readonly params: Parameters = {};

  /** A variable name used nowhere else in the statement. */
  variable(prefix: string): string {
    this.count += 1;
    return `${prefix}${this.count}`;
  }

  /** A new parameter holding `value`, as Cypher refers to it (`$first3`). */
  param(prefix: string, value: unknown): string {
    const name = this.variable(prefix);
    this.params[name] = value;
    return `$${name}`;
  }
}

/** Statement text from lines and groups of lines (a projection's subqueries), none of them left blank. */
export function cypherLines(...lines: (string | readonly string[])[]): string {
  return lines.flat().join('\n');
}
