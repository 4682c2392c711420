import cytoscape, { type EdgeSingular, type LayoutOptions, type NodeSingular } from 'cytoscape';

import { entityView } from './entityView';
import { evidenceView } from './evidenceView';
import { neighbourhood, relationshipEvidence, searchEntities, type DrawnGraph, type Suggestion } from './explorerQueries';
import { GRAPH_STYLE } from './graphStyle';
import { KIND_COLOURS, KINDS } from './kindColours';
import { searchBox } from './searchBox';
import { STANCE_LOOK, STANCES } from './stanceLook';

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The explorer page has no #${id}`);
  return found as T;
}

const details = byId<HTMLElement>('details');
const status = byId<HTMLElement>('search-status');
const empty = byId<HTMLElement>('graph-empty');
const showDenied = byId<HTMLInputElement>('show-denied');
const cy = cytoscape({ container: byId('cy'), style: GRAPH_STYLE, minZoom: 0.15, maxZoom: 3 });
// Reachable from the browser console (and the browser tests) as `cy`.
Object.assign(window, { cy });

const hiddenKinds = new Set<string>();
const MAX_FIT_ZOOM = 1.25;

/** Fits what is drawn to the canvas, never zooming a few nodes up past MAX_FIT_ZOOM. */
function refit(): void {
  cy.fit(cy.elements(':visible'), 40);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

// A window resized or turned (or the stacked layout of a phone reflowing) changes the canvas: Cytoscape
// must be told its new size, and the drawing refitted to it, or part of the graph is left off-screen.
// Only a real change of size counts: Cytoscape's own redraw notifies the observer too, and refitting
// on every notification kept the page busy redrawing.
let resizeFrame = 0;
let canvasSize = '';
new ResizeObserver(([entry]) => {
  const size = entry ? `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}` : '';
  if (size === canvasSize) return;
  canvasSize = size;
  cancelAnimationFrame(resizeFrame);
  resizeFrame = requestAnimationFrame(() => {
    cy.resize();
    if (cy.elements(':visible').length > 0) refit();
  });
}).observe(byId('cy'));

/**
 * Starts the nodes on a circle in id order, so the same neighbourhood always gets the same drawing
 * (cose's own random start gives a different one each time, sometimes a cramped one).
 */
function placeOnCircle(): void {
  const nodes = cy.nodes(':visible').sort((a, b) => (a.id() < b.id() ? -1 : 1));
  const radius = 60 + nodes.length * 25;
  nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / nodes.length;
    node.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}

// Repulsion and edge length sized for labelled nodes, so labels do not pile up on each other.
function layout(fresh: boolean): void {
  if (fresh) placeOnCircle();
  const options: LayoutOptions = {
    name: 'cose',
    animate: false,
    randomize: false,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 140,
    nodeRepulsion: () => 60000,
    nodeOverlap: 20,
    gravity: 0.25,
    numIter: 1500,
  };
  cy.elements(':visible').layout(options).run();
  refit();
}

/**
 * Hides the kinds unticked and, unless the reader asks for them, the claims sources only deny: a
 * denial is information, not a link, so an entity drawn only because of one is hidden with it.
 */
function applyKindFilter(): void {
  cy.edges('[stance = "DENIED"]').toggleClass('hidden', !showDenied.checked);
  cy.nodes().forEach((node) => {
    const edges = node.connectedEdges();
    const onlyDenied = edges.nonempty() && edges.every((edge) => edge.data('stance') === 'DENIED');
    node.toggleClass('hidden', hiddenKinds.has(node.data('kind') as string) || (onlyDenied && !showDenied.checked && !node.hasClass('focus')));
  });
}

/**
 * Adds what is not drawn yet. New nodes start on a small ring around `around`: cose spreads them out
 * from there, keeping what is drawn in place (nodes starting on one point would never separate).
 */
function addGraph(graph: DrawnGraph, around?: NodeSingular): number {
  const centre = around?.position();
  const nodes = graph.nodes.filter((node) => cy.getElementById(node.id).empty());
  cy.add(
    nodes.map(({ id, label, kind, degree }, index) => {
      const angle = (2 * Math.PI * index) / nodes.length;
      const position = centre ? { x: centre.x + 60 * Math.cos(angle), y: centre.y + 60 * Math.sin(angle) } : undefined;
      return { group: 'nodes' as const, data: { id, label, kind, degree }, ...(position ? { position } : {}) };
    }),
  );
  const edges = graph.edges.filter((edge) => cy.getElementById(edge.id).empty());
  cy.add(
    edges.map(({ id, source, target, label, type, evidenceCount, stance }) => ({
      group: 'edges' as const,
      data: { id, source, target, label, type, evidenceCount, stance },
    })),
  );
  applyKindFilter();
  empty.hidden = cy.nodes().nonempty();
  return nodes.length;
}

function showMessage(text: string): void {
  const message = document.createElement('p');
  message.className = 'hint';
  message.textContent = text;
  details.replaceChildren(message);
}

async function showEvidence(edge: EdgeSingular): Promise<void> {
  cy.elements().unselect();
  edge.select();
  showMessage('Loading the evidence…');
  try {
    const relationship = await relationshipEvidence(edge.id());
    if (!relationship) return showMessage('This relationship is no longer in the graph.');
    details.replaceChildren(...evidenceView(relationship));
  } catch (error) {
    showMessage(`Could not load the evidence: ${(error as Error).message}`);
  }
}

function showEntity(node: NodeSingular): void {
  details.replaceChildren(...entityView(node, { expand: (chosen) => void expand(chosen), showEvidence: (edge) => void showEvidence(edge) }));
}

async function expand(node: NodeSingular): Promise<void> {
  status.textContent = `Adding the neighbourhood of ${node.data('label') as string}…`;
  try {
    const graph = await neighbourhood(node.id());
    const added = addGraph(graph, node);
    status.textContent = `${added} node${added === 1 ? '' : 's'} added around ${node.data('label') as string}${graph.truncated ? ' (the first 60 only)' : ''}.`;
    if (added > 0) layout(false);
    showEntity(node);
  } catch (error) {
    status.textContent = `Could not expand: ${(error as Error).message}`;
  }
}

async function draw(suggestion: Suggestion): Promise<void> {
  status.textContent = `Drawing the neighbourhood of ${suggestion.name}…`;
  try {
    const graph = await neighbourhood(suggestion.id);
    cy.elements().remove();
    addGraph(graph);
    layout(true);
    const node = cy.getElementById(suggestion.id);
    cy.nodes().removeClass('focus');
    node.addClass('focus').select();
    applyKindFilter();
    status.textContent = `${graph.nodes.length} entities and ${graph.edges.length} relationships around ${suggestion.name}${graph.truncated ? ' (cut at 60 nodes)' : ''}.`;
    showEntity(node);
  } catch (error) {
    status.textContent = `Could not draw ${suggestion.name}: ${(error as Error).message}`;
  }
}

function buildKindControls(): void {
  const filter = byId<HTMLFieldSetElement>('kind-filter');
  const legend = byId<HTMLUListElement>('legend-kinds');
  for (const kind of KINDS) {
    const swatch = () => {
      const span = document.createElement('span');
      span.className = 'swatch';
      span.style.background = KIND_COLOURS[kind];
      return span;
    };
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = kind;
    box.addEventListener('change', () => {
      if (box.checked) hiddenKinds.delete(kind);
      else hiddenKinds.add(kind);
      applyKindFilter();
    });
    label.append(box, swatch(), kind);
    filter.append(label);
    const item = document.createElement('li');
    item.append(swatch(), kind);
    legend.append(item);
  }
}

/** One legend line per stance, drawn as the canvas draws it. */
function buildStanceLegend(): void {
  const legend = byId<HTMLUListElement>('legend-stances');
  for (const stance of STANCES) {
    const { colour, line, meaning } = STANCE_LOOK[stance];
    const item = document.createElement('li');
    const sample = document.createElement('span');
    sample.className = 'line-sample';
    sample.style.borderTop = `3px ${line} ${colour}`;
    item.append(sample, meaning);
    legend.append(item);
  }
  showDenied.addEventListener('change', () => {
    applyKindFilter();
    // Entities shown only now were left out of the last layout, so all is laid out afresh.
    if (showDenied.checked) layout(true);
  });
}

buildKindControls();
buildStanceLegend();
searchBox({
  input: byId('search-input'),
  list: byId('search-suggestions'),
  status,
  search: searchEntities,
  choose: (suggestion) => void draw(suggestion),
});
cy.on('tap', 'node', (event) => {
  const node = event.target as NodeSingular;
  showEntity(node);
  void expand(node);
});
cy.on('tap', 'edge', (event) => void showEvidence(event.target as EdgeSingular));
byId('fit-button').addEventListener('click', refit);
byId('layout-button').addEventListener('click', () => layout(true));
byId('clear-button').addEventListener('click', () => {
  cy.elements().remove();
  empty.hidden = false;
  showMessage('Choose a node to see its relationships, or an edge to read its evidence.');
});
