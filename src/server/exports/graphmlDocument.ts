import type { GraphRecord } from '../../graph/records';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function xml(text: string | number): string {
  // Characters XML 1.0 forbids even escaped are dropped, so a stray control character cannot break the file.
  return String(text)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

// Declared once, so Gephi and yEd show each as a typed column (attr.name/attr.type: the GraphML attributes extension).
const KEYS = [
  { id: 'relationshipId', for: 'edge', type: 'string' },
  { id: 'label', for: 'node', type: 'string' },
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'degree', for: 'node', type: 'int' },
  { id: 'type', for: 'edge', type: 'string' },
  { id: 'edgeLabel', name: 'label', for: 'edge', type: 'string' },
  { id: 'evidenceCount', for: 'edge', type: 'int' },
  { id: 'stance', for: 'edge', type: 'string' },
  { id: 'affirming', for: 'edge', type: 'int' },
  { id: 'negating', for: 'edge', type: 'int' },
  { id: 'hedged', for: 'edge', type: 'int' },
] as const;

function data(key: string, value: string | number): string {
  return `<data key="${key}">${xml(value)}</data>`;
}

/** The graph as GraphML 1.0 (http://graphml.graphdrawing.org/specification.html), directed as claims are. */
export function graphmlDocument(graph: GraphRecord): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <desc>Kratom Graph: what source documents claim, not medical advice.</desc>',
    ...KEYS.map((key) => `  <key id="${key.id}" for="${key.for}" attr.name="${'name' in key ? key.name : key.id}" attr.type="${key.type}"/>`),
    '  <graph id="kratom-graph" edgedefault="directed">',
    ...graph.nodes.map(
      (node) => `    <node id="${xml(node.id)}">${data('label', node.label)}${data('kind', node.kind)}${data('degree', node.degree)}</node>`,
    ),
    // GraphML ids are NMTOKENs and relationship ids hold '|', so the id travels as data (node ids are already NMTOKENs).
    ...graph.edges.map(
      (edge) =>
        `    <edge source="${xml(edge.source)}" target="${xml(edge.target)}">${data('relationshipId', edge.id)}` +
        `${data('type', edge.type)}${data('edgeLabel', edge.label)}${data('evidenceCount', edge.evidenceCount)}` +
        `${data('stance', edge.stance)}${data('affirming', edge.support.affirming)}${data('negating', edge.support.negating)}` +
        `${data('hedged', edge.support.hedged)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}
