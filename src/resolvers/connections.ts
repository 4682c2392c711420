import type { DocumentRecord, EntityRecord, Page, RelationshipRecord } from '../graph/records';

/** Relay connection fields over a page record; totalCount is only counted when asked for. */
function connection<T>() {
  return {
    edges: (page: Page<T>) => page.items,
    nodes: (page: Page<T>) => page.items.map((item) => item.node),
    pageInfo: (page: Page<T>) => ({ hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null }),
    totalCount: (page: Page<T>) => page.totalCount(),
  };
}

export const connectionResolvers = {
  EntityConnection: connection<EntityRecord>(),
  RelationshipConnection: connection<RelationshipRecord>(),
  DocumentConnection: connection<DocumentRecord>(),
};
