import type { Page } from '../graph/records';

/**
 * A connection page from a fetch of `size + 1` rows: the extra row only says that more follow.
 * `toItem` gives each kept row its node and the key its cursor encodes.
 */
export function pageOf<Row, Node>(
  found: readonly Row[],
  size: number,
  toItem: (row: Row) => { node: Node; cursor: string },
  totalCount: () => Promise<number>,
): Page<Node> {
  return { items: found.slice(0, size).map(toItem), hasNextPage: found.length > size, totalCount };
}
