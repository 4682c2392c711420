import type { StylesheetJson } from 'cytoscape';

import { KIND_COLOURS, KINDS } from './kindColours';
import { STANCE_LOOK, STANCES } from './stanceLook';

/**
 * Nodes coloured by kind and sized by degree, labelled; edges labelled with their claim, thicker with
 * more evidence, drawn by stance (stanceLook).
 */
export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 'mapData(degree, 1, 30, 22, 54)',
      height: 'mapData(degree, 1, 30, 22, 54)',
      'font-size': 12,
      color: '#1d2330',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'border-width': 1,
      'border-color': '#3d4452',
    },
  },
  ...KINDS.map((kind) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': KIND_COLOURS[kind] } })),
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1d2330' } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      width: 'mapData(evidenceCount, 0, 6, 1.2, 5)',
      'curve-style': 'bezier',
      'line-color': '#9aa3b1',
      'target-arrow-color': '#9aa3b1',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'font-size': 10,
      color: '#3d4452',
      'text-rotation': 'autorotate',
      'text-background-color': '#f6f7f9',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  ...STANCES.map((stance) => ({
    selector: `edge[stance = "${stance}"]`,
    style: {
      'line-style': STANCE_LOOK[stance].line,
      'line-color': STANCE_LOOK[stance].colour,
      'target-arrow-color': STANCE_LOOK[stance].colour,
      ...(stance === 'CONTESTED' ? { color: STANCE_LOOK[stance].colour } : {}),
    },
  })),
  // Selection shows as a halo and a wider line, so the stance colour stays readable on the chosen edge.
  { selector: 'edge:selected', style: { width: 5, 'overlay-color': '#1a73e8', 'overlay-opacity': 0.18, 'overlay-padding': 5 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1a73e8' } },
  { selector: '.hidden', style: { display: 'none' } },
];
