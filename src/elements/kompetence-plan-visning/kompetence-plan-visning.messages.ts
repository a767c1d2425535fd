/**
 * Texts of <kompetence-plan-visning> no other element shows. The method's names (fields, reasons,
 * levels, steps, forms, anchoring kinds) come from the catalog; a label the view shares word for
 * word with an editing element comes from that element's messages (task, perspective, training
 * ground, mobility, everyday work), and one it shares with <kompetence-model> from the common
 * texts, so each has one name. Its own labels here may name briefly what a form asks or says at
 * length ('Former for feedback' for 'Hvilke slags feedback?').
 */
import { joinList } from '../../model/catalog/text.js';

const da = {
  untitled: 'Plan uden titel',
  updated: 'Senest ændret',
  /** A field whose condition is not met, and what it lacks (the model's `fieldGaps`). */
  unmet: (gaps: string[]) => `Feltet er ikke opfyldt endnu. Mangler: ${joinList(gaps, 'og')}.`,
  /** Alone for a part with nothing in it; before a colon, the names of what a part leaves empty. */
  empty: 'Ikke udfyldt',
  /** <opgave-felt>'s label in Danish, but not in English ('of', there 'for'), so not taken from it. */
  yes: 'Ja',
  no: 'Nej',
  people: (n: number) => `${n} ${n === 1 ? 'person' : 'personer'}`,
  from: 'Nu',
  target: 'Mål',
  notGiven: 'ikke angivet',
  kinds: 'Former for feedback',
  who: 'Ansvarlig',
  notDone: 'Ikke udført',
  overdue: 'Ikke udført, datoen er passeret',
};

const en: typeof da = {
  untitled: 'Untitled plan',
  updated: 'Last changed',
  unmet: (gaps) => `This field's condition is not met yet. Missing: ${joinList(gaps, 'and')}.`,
  empty: 'Not filled in',
  yes: 'Yes',
  no: 'No',
  people: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  from: 'Now',
  target: 'Goal',
  notGiven: 'not given',
  kinds: 'Kinds of feedback',
  who: 'Responsible',
  notDone: 'Not done',
  overdue: 'Not done, date passed',
};

export const messages = { da, en };
