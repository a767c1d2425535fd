import type { Lang, Text } from '../ids.js';

/** Builds a {@link Text}. Short on purpose: the catalog has many texts and a size budget. */
export const tx = (da: string, en: string): Text => ({ da, en });

/** The text in `lang` (default Danish). */
export const t = (text: Text, lang: Lang = 'da'): string => text[lang] ?? text.da;

/**
 * A catalog name as it reads inside a sentence: the names are common nouns, so the first letter goes
 * to lower case ("Udlån" → "udlån"), except for an acronym ("HOPE") and, in English, the proper
 * adjective "European", which keep their capitals.
 */
export function nameInSentence(name: string, lang: Lang = 'da'): string {
  // Two capitals in a row start an acronym.
  const keep = /^\p{Lu}\p{Lu}/u.test(name) || (lang === 'en' && name.startsWith('European'));
  return keep ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
