import { RELATIONSHIP_TYPES } from '../src/domain/relationshipTypes';
import { KIND_OF as KIND } from '../src/graph/projections';

/**
 * The floor: what a careful engineer would write by hand for each benchmark query, one statement
 * per request, returning only the fields asked for. Bench-only Cypher (STYLE allows it in bench/).
 * The peer's custom @cypher fields reuse the path and ring statements, since its generated API has
 * no shortest paths or rings.
 */
const CLAIM_TYPES = RELATIONSHIP_TYPES.join('|');

export const ENTITY_WITH_EVIDENCE = `
  MATCH (n:Entity {id: $id})
  CALL (n) {
    MATCH (n)-[r:${CLAIM_TYPES}]-(:Entity)
    WITH r ORDER BY r.id LIMIT 50
    WITH r, startNode(r) AS s, endNode(r) AS t
    CALL (r) {
      MATCH (e:Evidence {relationshipId: r.id})
      WITH e ORDER BY e.documentId, e.start LIMIT 5
      RETURN collect(e {.id, .quote, .start, .end}) AS evidence
    }
    // The action most affirming sentences name, as the API's deprecated \`action\` gives it.
    CALL (r) {
      OPTIONAL MATCH (e:Evidence {relationshipId: r.id}) WHERE e.action IS NOT NULL AND e.polarity = 'AFFIRMED'
      WITH r, e.action AS action, count(e) AS sentences ORDER BY sentences DESC, action LIMIT 1
      RETURN coalesce(r.curatedAction, action) AS action
    }
    RETURN collect({id: r.id, type: type(r), action: action,
                    source: {id: s.id, name: s.name, kind: ${KIND('s')}},
                    target: {id: t.id, name: t.name, kind: ${KIND('t')}}, evidence: evidence}) AS relationships
  }
  RETURN {id: n.id, name: n.name, kind: ${KIND('n')}, aliases: n.aliases, relationships: relationships} AS entity`;

/** The API's full-text candidates (it ranks them by its 0–1 match score, in JavaScript, as the floor does too). */
export const SEARCH_CANDIDATES = `
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
  RETURN node.id AS id, node.name AS name, ${KIND('node')} AS kind, coalesce(node.aliases, []) AS aliases, score AS relevance`;

export const COMPOUND_PAGE = `
  MATCH (n:Entity) USING TEXT INDEX n:Entity(searchText)
  WHERE n.searchText CONTAINS $text AND n:Compound
  WITH n ORDER BY n.name, n.id
  WITH collect(n {.id, .name}) AS matches
  RETURN size(matches) AS totalCount, matches[..$first + 1] AS page`;

export const SHORTEST_PATHS = `
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  MATCH p = allShortestPaths((a)-[:${CLAIM_TYPES}*..4]-(b))
  WHERE all(r IN relationships(p) WHERE r.stance <> 'DENIED')
  WITH p LIMIT 5
  RETURN length(p) AS length, [n IN nodes(p) | {id: n.id}] AS nodes, [r IN relationships(p) | {id: r.id}] AS relationships`;

/** Paths as one string each ("node rel node …"), the shape a @cypher field can return. */
export const SHORTEST_PATH_STRINGS = `
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  MATCH p = allShortestPaths((a)-[:${CLAIM_TYPES}*..4]-(b))
  WHERE all(r IN relationships(p) WHERE r.stance <> 'DENIED')
  WITH p LIMIT 5
  RETURN reduce(text = head(nodes(p)).id, i IN range(0, length(p) - 1) |
                text + ' ' + relationships(p)[i].id + ' ' + nodes(p)[i + 1].id) AS path`;

/**
 * Entity $id and two rings around it, each ring in id order and cut at $limit nodes in all, as the
 * API's subgraph does ring by ring; then every claim between two of the nodes.
 */
const RINGS = `
  MATCH (a:Entity {id: $id})
  CALL (a) {
    MATCH (a)-[r:${CLAIM_TYPES}]-(m:Entity) WHERE m <> a AND r.stance <> 'DENIED'
    WITH DISTINCT m ORDER BY m.id LIMIT $limit
    RETURN collect(m) AS found1
  }
  WITH a, found1[..$limit - 1] AS ring1, size(found1) > $limit - 1 AS truncated1
  CALL (a, ring1, truncated1) {
    WITH a, ring1, truncated1 WHERE NOT truncated1
    UNWIND ring1 AS x
    MATCH (x)-[r:${CLAIM_TYPES}]-(m:Entity) WHERE m <> a AND NOT m IN ring1 AND r.stance <> 'DENIED'
    WITH DISTINCT m ORDER BY m.id
    // LIMIT takes no variables, so the second ring is cut below, after collecting.
    RETURN collect(m) AS found2
  }
  WITH [a] + ring1 + found2[..$limit - 1 - size(ring1)] AS nodes,
       truncated1 OR size(found2) > $limit - 1 - size(ring1) AS truncated`;

export const SUBGRAPH = `${RINGS}
  CALL (nodes) {
    UNWIND nodes AS s
    MATCH (s)-[r:${CLAIM_TYPES}]->(t:Entity) WHERE t IN nodes AND r.stance <> 'DENIED'
    RETURN collect({id: r.id, source: s.id, target: t.id, type: type(r)}) AS edges
  }
  RETURN [n IN nodes | {id: n.id, label: n.name, kind: ${KIND('n')}, degree: COUNT { (n)--(:Entity) }}] AS nodes,
         edges, truncated`;

export const SUBGRAPH_NODES = `${RINGS}
  UNWIND nodes AS n
  RETURN n`;

/** Edges as one string each ("id source target type"), the shape a @cypher field can return. */
export const SUBGRAPH_EDGE_STRINGS = `${RINGS}
  UNWIND nodes AS s
  MATCH (s)-[r:${CLAIM_TYPES}]->(t:Entity) WHERE t IN nodes AND r.stance <> 'DENIED'
  RETURN r.id + ' ' + s.id + ' ' + t.id + ' ' + type(r) AS edge`;
