import type { EdgeSingular, NodeSingular } from 'cytoscape';

import { KIND_COLOURS } from './kindColours';
import type { EntityKind } from '../../../generated/resolvers';

interface EntityViewActions {
  expand: (node: NodeSingular) => void;
  showEvidence: (edge: EdgeSingular) => void;
}

/**
 * A chosen node: its kind, a button to add its neighbourhood, and one button per drawn relationship
 * that shows the relationship's evidence — the keyboard's way into what the canvas shows.
 */
export function entityView(node: NodeSingular, { expand, showEvidence }: EntityViewActions): HTMLElement[] {
  const heading = document.createElement('h2');
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = KIND_COLOURS[node.data('kind') as EntityKind];
  heading.append(swatch, ` ${node.data('label') as string}`);
  const facts = document.createElement('p');
  facts.className = 'hint';
  facts.textContent = `${node.data('kind') as string} · ${node.data('degree') as number} relationships in the whole graph · ${node.id()}`;
  const expandButton = document.createElement('button');
  expandButton.type = 'button';
  expandButton.textContent = 'Add its neighbourhood';
  expandButton.addEventListener('click', () => expand(node));

  const list = document.createElement('ul');
  list.className = 'relationships';
  list.setAttribute('aria-label', 'Relationships drawn');
  for (const edge of node.connectedEdges(':visible')) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `${edge.source().data('label') as string} ${edge.data('label') as string} ${edge.target().data('label') as string}`;
    button.addEventListener('click', () => showEvidence(edge));
    item.append(button);
    list.append(item);
  }
  return [heading, facts, expandButton, list];
}
