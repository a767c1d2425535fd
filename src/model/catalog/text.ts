import type { Lang, Text } from '../ids.js';

/** Builds a {@link Text}. Short on purpose: the catalog has many texts and a size budget. */
export const tx = (da: string, en: string): Text => ({ da, en });

/** The text in `lang` (default Danish). */
export const t = (text: Text, lang: Lang = 'da'): string => text[lang] ?? text.da;
