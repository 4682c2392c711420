import { ENTITY_KINDS, type EntityKind } from '../../domain/entityKinds';
import type { ExportQuery } from '../../graph/exportRepository';
import { LIMITS } from '../../resolvers/limits';

/** An export is a whole download, so without `limit` it takes as many nodes as subgraph ever gives. */
const DEFAULT_LIMIT = LIMITS.subgraphNodes;
const PARAMETERS = new Set(['ids', 'depth', 'kinds', 'limit', 'includeDenied']);

export type ParsedExportQuery = { query: ExportQuery } | { error: string };

function list(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}

function integer(name: string, value: string | undefined, min: number, max: number, fallback: number): number | string {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) && number >= min && number <= max ? number : `'${name}' must be an integer from ${min} to ${max}; got '${value}'.`;
}

/**
 * The query string of an export, with the filters of the `subgraph` field: `ids` and `kinds` comma-separated,
 * `depth` and `limit` in the same bounds, `includeDenied` `true` or `false` (the default: relationships
 * that sources only deny are left out, as subgraph leaves them). Every problem is named, since the
 * client sees only the message.
 */
export function parseExportQuery(raw: Record<string, unknown>): ParsedExportQuery {
  const unknown = Object.keys(raw).filter((name) => !PARAMETERS.has(name));
  if (unknown.length > 0) return { error: `Unknown parameter(s) ${unknown.map((name) => `'${name}'`).join(', ')}; use ids, depth, kinds, limit, includeDenied.` };
  const values: Record<string, string | undefined> = {};
  for (const name of PARAMETERS) {
    const value = raw[name];
    if (value !== undefined && typeof value !== 'string') return { error: `'${name}' must be given once.` };
    values[name] = value;
  }

  const ids = values['ids'] === undefined ? null : [...new Set(list(values['ids']))];
  if (ids !== null && (ids.length === 0 || ids.length > LIMITS.subgraphIds)) {
    return { error: `'ids' must hold 1 to ${LIMITS.subgraphIds} comma-separated entity ids, or be left out for the whole graph.` };
  }
  const depth = integer('depth', values['depth'], 0, LIMITS.subgraphDepth, 1);
  if (typeof depth === 'string') return { error: depth };
  const limit = integer('limit', values['limit'], 1, LIMITS.subgraphNodes, DEFAULT_LIMIT);
  if (typeof limit === 'string') return { error: limit };

  let kinds: EntityKind[] | null = null;
  if (values['kinds'] !== undefined) {
    kinds = [];
    for (const name of list(values['kinds'])) {
      // Accepted in any case, as people type them in a URL: `compound` and `Compound` alike.
      const kind = ENTITY_KINDS.find((known) => known.toLowerCase() === name.toLowerCase());
      if (!kind) return { error: `Unknown kind '${name}'; kinds are ${ENTITY_KINDS.join(', ')}.` };
      kinds.push(kind);
    }
    if (kinds.length === 0) return { error: `'kinds' must name at least one of ${ENTITY_KINDS.join(', ')}.` };
  }
  const includeDenied = values['includeDenied'] ?? 'false';
  if (includeDenied !== 'true' && includeDenied !== 'false') return { error: `'includeDenied' must be true or false; got '${includeDenied}'.` };
  return { query: { ids, depth, kinds, limit, includeDenied: includeDenied === 'true' } };
}
