import type { Lang } from '../model/ids.js';
import { matchLang } from '../model/catalog/text.js';

export { matchLang };

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots, so an element inside another element's shadow DOM follows its host), else `<html lang>`.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang') !== '') {
      return matchLang(node.getAttribute('lang'));
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return matchLang(document.documentElement.lang);
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document. One observer
 * serves every element: language changes are rare, and re-resolving is cheap.
 */
export function onLangChange(listener: LangListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
