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

/**
 * `totalCount` for a page whose statement counted it when the selection asked for it (null otherwise,
 * and then nothing reads it).
 */
export function countedWithPage(totalCount: number | null): () => Promise<number> {
  return async () => {
    if (totalCount === null) throw new Error('totalCount is read only where the selection asked for it, and then it was counted.');
    return totalCount;
  };
}
