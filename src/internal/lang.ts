import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../model/ids.js';
import { matchLang, quotedName } from '../model/catalog/text.js';

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots, so an element inside another element's shadow DOM follows its host, up to `<html lang>`), else Danish.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    // An empty `lang` is passed over: the search goes on to the next ancestor.
    const lang = node instanceof Element && node.getAttribute('lang');
    if (lang) return matchLang(lang);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  // `<html>` was the last ancestor passed: only an element out of the page gets here.
  return 'da';
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;
// At module level: a callback made inside onLangChange shared its scope with the first caller's
// listener, so the observer kept the first element on the page alive after it was removed.
const notify = (): void => listeners.forEach((l) => l());

/**
 * Calls `listener` whenever a `lang` attribute changes in the document or in any shadow root
 * `element` sits in (an element inside a page's own component follows a `lang` set there, as
 * `resolveLang` reads it). One observer serves every element and root: language changes are rare,
 * and re-resolving is cheap. Observing a root again adds nothing; the observer holds its roots
 * weakly (a removed shadow root can go) and is kept for the page: the returned function takes the
 * listener out, so a disconnected element is neither called nor kept.
 */
export function onLangChange(element: Element, listener: LangListener): () => void {
  listeners.add(listener);
  observer ??= new MutationObserver(notify);
  // The element's root, then its host's root, and so on up to the document (which has no host).
  for (let root: Node = element; root; root = (root as ShadowRoot).host) {
    root = root.getRootNode();
    observer.observe(root, { attributeFilter: ['lang'], subtree: true });
  }
  return () => listeners.delete(listener);
}

/**
 * A sentence of ours that quotes a name the user gave (`sentence(name)`, the name as `quotedName`
 * gives it: "Target group 2 (Sygeplejersker) was removed."), with the name marked as in `lang`, the
 * language of the user's text (`content-lang`), as the boxes holding it are (WCAG 3.1.2): a screen
 * reader says it in its own language. Without a name or a `lang`, the sentence as text.
 */
export function withUserText(sentence: (name: string) => string, text: string, lang: string | null | typeof nothing): TemplateResult | string {
  const name = quotedName(text);
  if (!name || !lang || lang === nothing) return sentence(name);
  // The sentence split where the name goes, wherever a language puts it.
  const [before, after] = sentence('\0').split('\0');
  return html`${before}<span lang=${lang}>${name}</span>${after}`;
}
