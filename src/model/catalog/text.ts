import type { Lang, Text } from '../ids.js';

/** Builds a {@link Text}. Short on purpose: the catalog has many texts and a size budget. */
export const tx = (da: string, en: string): Text => ({ da, en });

/**
 * The product's language for a language tag: `da-DK` → `da`, `en-GB` → `en`; anything else (no tag,
 * another language, not a string) is Danish, the default. Every model function that takes a `lang`
 * option reads it through here, so a JavaScript caller passing `document.documentElement.lang` gets
 * a language, never an exception.
 */
export function matchLang(tag: unknown): Lang {
  const primary = typeof tag === 'string' ? tag.trim().toLowerCase().split(/[-_]/)[0] : '';
  return primary === 'en' ? 'en' : 'da';
}

/** Joins names into "a, b og c" with the joining word given ("og", "eller", "and", "or"). */
export const joinList = (items: readonly string[], word: string): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;

/** Joins texts into "a, b og c" / "a, b and c", in each language. */
export const listText = (items: readonly Text[]): Text =>
  tx(joinList(items.map((i) => i.da), 'og'), joinList(items.map((i) => i.en), 'and'));

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

/**
 * User text without direction marks: an override (U+202E) in a name quoted in a sentence of ours turned
 * the rest of the sentence around (advice read backwards after a group's name), and a title given to
 * "Save as PDF" names the file.
 */
export const withoutDirectionMarks = (text: string): string => text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');

/** A name the user gave, as a sentence of ours quotes it (advice, a label, the page's title): trimmed, without direction marks. */
export const quotedName = (text: string): string => withoutDirectionMarks(text).trim();

/**
 * `text` cut to `max` characters as a reader counts them, with "…": an emoji with joiners, a flag or
 * a letter with a combining accent is one (cut by code point, it lost its accent or half a flag).
 */
export function shorten(text: string, max: number): string {
  // Only as much as can be kept is segmented: Node 20's Segmenter took 30 s over a 140 KB line.
  const head = text.slice(0, max * 20);
  const chars = typeof Intl.Segmenter === 'function'
    ? Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(head), (s) => s.segment)
    : Array.from(head);
  return chars.length <= max && head === text ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
