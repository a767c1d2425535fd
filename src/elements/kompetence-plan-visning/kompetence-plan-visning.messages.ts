/**
 * Texts of <kompetence-plan-visning> no other element shows. The method's names (fields, reasons,
 * levels, steps, forms, anchoring kinds) come from the catalog; a label the view shares word for
 * word with an editing element comes from that element's messages (task, perspective, training
 * ground, mobility, everyday work), and one it shares with <kompetence-model> from the common
 * texts, so each has one name. Its own labels here may name briefly what a form asks or says at
 * length ('Former for feedback' for 'Hvilke slags feedback?').
 */
const da = {
  untitled: 'Plan uden titel',
  updated: 'Senest ændret',
  score: (n: number) => `Planen opfylder ${n} af 5 betingelser for systematisk kompetenceudvikling, én for hvert felt.`,
  met: 'Betingelsen er opfyldt.',
  unmet: 'Betingelsen er ikke opfyldt endnu.',
  empty: 'Ikke udfyldt',
  now: 'Situationen i dag',
  future: 'Situationen fremover',
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
};

const en: typeof da = {
  untitled: 'Untitled plan',
  updated: 'Last changed',
  score: (n) => `The plan meets ${n} of 5 conditions for systematic competence development, one per field.`,
  met: 'The condition is met.',
  unmet: 'The condition is not met yet.',
  empty: 'Not filled in',
  now: 'The situation today',
  future: 'The situation ahead',
  yes: 'Yes',
  no: 'No',
  people: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  from: 'Now',
  target: 'Goal',
  notGiven: 'not given',
  kinds: 'Kinds of feedback',
  who: 'Responsible',
  notDone: 'Not done',
};

export const messages = { da, en };
