import express, { type Response, type Router } from 'express';

import { DatabaseUnavailableError, QueryTimeoutError } from '../../graph/errors';
import { findClaimQuotes, findExportGraph } from '../../graph/exportRepository';
import type { GraphDatabase } from '../../graph/graphDatabase';
import type { GraphRecord } from '../../graph/records';
import { claimsCsv } from './claimsCsv';
import { cytoscapeElements } from './cytoscapeElements';
import { graphmlDocument } from './graphmlDocument';
import { parseExportQuery } from './parseExportQuery';

/** Quoted sentences per relationship in the CSV; the row's evidence_count gives the full number. */
const QUOTES_PER_CLAIM = 20;

type Format = (graph: GraphRecord, database: GraphDatabase) => Promise<{ type: string; body: string }>;

const FORMATS: Record<string, Format> = {
  'graph.json': async (graph) => ({ type: 'application/json', body: JSON.stringify(cytoscapeElements(graph)) }),
  'graph.graphml': async (graph) => ({ type: 'application/graphml+xml', body: graphmlDocument(graph) }),
  'graph.csv': async (graph, database) => {
    const quotes = await findClaimQuotes(database, graph.edges.map((edge) => edge.id), QUOTES_PER_CLAIM);
    return { type: 'text/csv; charset=utf-8; header=present', body: claimsCsv(graph, quotes) };
  },
};

// The same error shape and codes as the GraphQL endpoint, so a client handles both alike.
function answerError(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * GET /export/graph.{json,graphml,csv}: the `subgraph` field's answer (same filters, as query
 * parameters) as files for Cytoscape.js, Gephi/yEd and spreadsheets.
 */
export function exportRouter(database: GraphDatabase): Router {
  const router = express.Router();
  router.get('/export/:file', async (request, response, next) => {
    const format = Object.hasOwn(FORMATS, request.params.file) ? FORMATS[request.params.file] : undefined;
    if (!format) return next();
    const parsed = parseExportQuery(request.query);
    if ('error' in parsed) return answerError(response, 400, 'BAD_USER_INPUT', parsed.error);
    try {
      const graph = await findExportGraph(database, parsed.query);
      const { type, body } = await format(graph, database);
      response
        .type(type)
        .set('Content-Disposition', `attachment; filename="kratom-${request.params.file}"`)
        .set('X-Graph-Truncated', String(graph.truncated))
        .send(body);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) return answerError(response, 503, 'DATABASE_UNAVAILABLE', error.message);
      if (error instanceof QueryTimeoutError) return answerError(response, 504, 'TIMEOUT', error.message);
      next(error);
    }
  });
  return router;
}
