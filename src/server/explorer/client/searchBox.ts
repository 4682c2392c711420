import { KIND_COLOURS } from './kindColours';
import type { Suggestion } from './explorerQueries';

const DEBOUNCE_MS = 200;

interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  status: HTMLElement;
  search: (text: string) => Promise<Suggestion[]>;
  choose: (suggestion: Suggestion) => void;
}

/**
 * A combobox (WAI-ARIA Authoring Practices, "list autocomplete"): suggestions while typing, debounced;
 * arrow keys move through them, Enter chooses, Escape closes.
 */
export function searchBox({ input, list, status, search, choose }: SearchBoxOptions): void {
  let suggestions: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number) => {
    active = index;
    Array.from(list.children).forEach((item, position) => item.setAttribute('aria-selected', String(position === index)));
    const item = list.children[index];
    if (item) {
      input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    }
  };

  const pick = (index: number) => {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    input.value = suggestion.name;
    close();
    choose(suggestion);
  };

  const show = (found: Suggestion[]) => {
    suggestions = found;
    list.replaceChildren(
      ...found.map((suggestion, index) => {
        const item = document.createElement('li');
        item.id = `suggestion-${index}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = KIND_COLOURS[suggestion.kind];
        const name = document.createElement('span');
        name.textContent = suggestion.name;
        const kind = document.createElement('span');
        kind.className = 'kind-tag';
        kind.textContent = suggestion.kind;
        item.append(swatch, name, kind);
        // mousedown, not click: it comes before the input's blur closes the list.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(index);
        });
        return item;
      }),
    );
    status.textContent = found.length === 0 ? 'No entity matches.' : `${found.length} suggestion${found.length === 1 ? '' : 's'}; use the arrow keys and Enter.`;
    if (found.length === 0) return close();
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(0);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      status.textContent = '';
      return close();
    }
    timer = setTimeout(() => {
      const question = ++asked;
      search(text).then(
        // An older answer arriving after a newer one is dropped.
        (found) => question === asked && show(found),
        (error: Error) => {
          if (question === asked) status.textContent = `Search failed: ${error.message}`;
        },
      );
    }, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden || suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter') {
      if (list.hidden) return;
      event.preventDefault();
      pick(active < 0 ? 0 : active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
