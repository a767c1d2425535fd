import { html } from 'lit';
import type { Lang } from '../model/ids.js';
import { MAX_LIST_ITEMS } from '../model/issues.js';

/** Here, not in the shared texts: only the elements with add buttons carry it. */
const full = {
  da: `Listen er fuld: her kan højst ${MAX_LIST_ITEMS} punkter bruges.`,
  en: `The list is full: at most ${MAX_LIST_ITEMS} items can be used here.`,
};

/**
 * A list's add buttons (`add`) while it has room, else a line that says it is full: an element
 * refuses a longer list (`longLists`), so a plan made by adding on and on would not load again
 * (its own download, or a page giving it back as a property).
 */
export const whileRoom = (length: number, lang: Lang, add: unknown): unknown =>
  length < MAX_LIST_ITEMS ? add : html`<p class="hint">${full[lang]}</p>`;
