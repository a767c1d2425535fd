/**
 * Small checks shared by `advise` and `completeness`, so both judge a plan the same way.
 * The text heuristics are documented, with their limits, in docs/advice.md.
 */
import { tempi, type Tempo } from '../ids.js';
import { learningFormById } from '../catalog/learning-forms.js';
import { perspectiveStarter } from '../catalog/perspective.js';
import type { Laeringsmaal, Periode, Traeningsbane } from '../plan.js';

/** True when the text holds more than white space. */
export const filled = (s: string | undefined): boolean => !!s && s.trim() !== '';

/**
 * The tempi the training ground covers: a tempo is covered when its text is filled in or when a
 * chosen learning form has it among its `tempi`. In the order vidensopbygning, afproevning,
 * feedback. Used by the `traeningsbane-*` advice and by the `traeningsbane` criterion.
 */
export function coveredTempi(traeningsbane: Traeningsbane): Tempo[] {
  const fromForms = new Set<Tempo>();
  for (const id of traeningsbane.laeringsformer) {
    for (const tempo of learningFormById(id)?.tempi ?? []) fromForms.add(tempo);
  }
  return tempi.filter((tempo) => filled(traeningsbane[tempo]) || fromForms.has(tempo));
}

/** The tempi the training ground does not cover (see {@link coveredTempi}). */
export const missingTempi = (traeningsbane: Traeningsbane): Tempo[] => {
  const covered = coveredTempi(traeningsbane);
  return tempi.filter((tempo) => !covered.includes(tempo));
};

/** A period is agreed when both its start and its end are set ("when and for how long"). */
export const periodAgreed = (periode: Periode | undefined): boolean => !!periode?.start && !!periode.slut;

/** The latest date known to be inside the period: its end, or its start when the end is unknown. */
export const periodEnd = (periode: Periode | undefined): string | undefined => periode?.slut ?? periode?.start;

/** A period that ends before it starts. Dates are `YYYY-MM-DD`, so strings compare as dates. */
export const periodReversed = (periode: Periode | undefined): boolean =>
  !!periode?.start && !!periode.slut && periode.slut < periode.start;


/** The goal levels whose description is written (the `laeringsmaal` criterion counts these). */
export const describedGoalLevels = (laeringsmaal: Laeringsmaal) =>
  (['rolle', 'viden', 'metoder'] as const).filter((level) => filled(laeringsmaal[level].beskrivelse));

/**
 * The words of a text, lower-cased, without punctuation. A word cut short before a space keeps its
 * hyphen: "Styrke- og balancetræning" starts with a part of a compound, not with the verb "styrke".
 */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(-(?=\s))?/gu) ?? [];
}

const starterWords = /* @__PURE__ */ [perspectiveStarter.da, perspectiveStarter.en].map((s) => words(s).join(' '));

/**
 * True when a perspective text says something: it has words beyond the starter. The starter alone,
 * in either language and whatever is left of its punctuation, case or an added "…", is not a value
 * yet. Used by the `perspektiv-*` advice, the `perspektiv` criterion and <perspektiv-felt>.
 */
export function perspectiveWritten(text: string): boolean {
  const own = words(text).join(' ');
  return own !== '' && !starterWords.includes(own);
}

/**
 * A broad word: one of these stems plus at most five letters, so "kommunikation" counts and the
 * compound "samarbejdsmøder" does not. The stems: the publication's own examples ("blive bedre til
 * at kommunikere", "undervise", "arbejde rehabiliterende") and similar broad aims, in Danish and
 * English ("kommunkation", a common slip, too). Tested on the words joined by single spaces, with one
 * before and after.
 */
const broadWord =
  / (kommuni?k|samarbejd|kvalitet|faglighed|professionalis|trivsel|relation|rehabiliter|undervis|motiv|[kc]ultur|communicat|collaborat|cooperat|quality|wellbeing|rehabilitat|teach)[^ ]{0,5} /;
/**
 * An aim where a task should be, tested like `broadWord`: "bedre til"/"better at"; being or working
 * more of something ("arbejde mere rehabiliterende", "be more inclusive"); "have (mere) fokus"; "… i
 * centrum" (a slogan); or, as the first words, also after "en"/"et" or "vi skal", a comparative
 * ("Bedre hygiejne", "En mere helhedsorienteret tilgang", "Øget progression"), "arbejde med" or
 * "fokus" (an area), or a verb of an aim (nedbringe, reducere, styrke, øge, forbedre, skabe, sikre;
 * reduce, improve, increase; "Vi skal sikre en god overgang"). Later in the text such a verb is
 * mostly the purpose of a concrete task ("… for at øge væskeindtaget"), and "bedre" what changes in
 * it ("give bedre overleveringer").
 */
const aimPhrase =
  / (bedre til|better at|(være|arbejde|be|work) m[eo]re|have (mere )?fokus|i centrum) |^ (e[nt] |vi skal )?(bedre|mere|færre|øget|better|more|fewer|arbejde med|fokus|(nedbring|reduc(er)?|styrk|øg|forbedr|skab|sikr|improv|increas)e) /;
/**
 * Words that anchor a task in a recurring situation ("… når barnet bliver hentet", "… hver fredag",
 * "… om eftermiddagen"), tested like `broadWord`.
 */
const situationMarker =
  / (når|ved|hos|under|efter|før|inden|mens|hver|hvert|om (morgen|formiddag|eftermiddag|aften|nat)en|i forbindelse med|i mødet med|when|during|after|before|while|at the|every) | situation/;

/**
 * A noun that names a recurring situation, in any form: a conversation, an assessment, a meeting, a
 * round, a visit, a follow-up, a screening, an inspection or a handover ("Sprogvurderingen",
 * "Stuegang", "Budgetopfølgning", "Mundtlig overlevering"). As the end of a longer word only, so
 * "Samtaler" or "Møder" alone still say too little.
 */
const situationNoun =
  /.(samtale|vurdering|møde|gang|runde|besøg|opfølgning|screening|tilsyn|overlevering)(e|n|r|t|en|er|et|rne|ene|erne)?$/;
/**
 * An adjective by its ending (-ig, -isk, -iv, -al, -eret, or a participle in -ende after d, g or r:
 * not the verbs "vende", "sende", "anvende"), which before one noun names an area or an approach:
 * "Palliativ pleje", "Tidlig opsporing", "Inkluderende fællesskaber".
 */
const adjective = /(ig|isk|iv|al|eret|[dgr]ende)$/;

/**
 * One or two words that name an area rather than a situation: a word that is not a `situationNoun`
 * ("Medicinhåndtering", "Trivsel"; a verb with its object, such as the sources' well-bounded
 * "Sprogvurdere børn", is the least a task needs), or an `adjective` before such a word. Its callers
 * pass no more words: one alone, or an item of `nounItems`.
 */
const area = (w: string[]): boolean =>
  !situationNoun.test(w.join(' ')) && (w.length < 2 || adjective.test(w[0]!));

/**
 * The items of a text that is nothing but short noun phrases, in a list or joined: "Medicin,
 * hygiejne og dokumentation", "Medicin/dokumentation", one per line with or without bullets, after a
 * heading line ("Jobcenter:"). Each item is one or two words ("sociale kompetencer"; a longer one is
 * a phrase of its own, as in "Forflytning med lift og …"), none places the text in a
 * situation, and the first does not start like a task ("Måle og notere temperaturen" is a task's
 * steps). Else undefined. A single word is one item.
 */
function nounItems(text: string): string[][] | undefined {
  const items = text
    .replace(/^[^\n]*:[^\S\n]*\n/, '')
    .split(/[\n,;/]|(?<!\p{L})(?:og|samt|eller|and|or)(?!\p{L})/u)
    .map(words)
    .filter((item) => item.length > 0);
  const short = items.every((item) => item.length < 3 && !situationMarker.test(` ${item.join(' ')} `));
  return short && items.length > 0 && !startsLikeTask(items[0]!.join(' ')) ? items : undefined;
}

/**
 * Heuristic for a task that is too vague: one word that does not name a situation; short noun
 * phrases of which most name an area (see `area`, `nounItems`); or a `broadWord` or an `aimPhrase`
 * with no `situationMarker`.
 */
export function taskTooAbstract(text: string): boolean {
  const w = words(text);
  if (w.length === 0) return false;
  // One word is judged as it is, verb or not ("Dokumentere" says too little as well).
  if (w.length < 2) return area(w);
  // A list of which most items are areas; "Sprogvurdering, elevplaner og forældremøder" lists tasks.
  const items = nounItems(text);
  if (items && items.filter(area).length * 2 > items.length) return true;
  const padded = ` ${w.join(' ')} `;
  return (broadWord.test(padded) || aimPhrase.test(padded)) && !situationMarker.test(padded);
}

/** "at"/a modal verb, then two or more words joined by "og"/"samt"/"eller"/"and"/"or". */
const composedVerbs =
  /(?<!\p{L})((?<!,\s*)at|skal|kan|vil|må|bør|will|must|can|should)\s+(\p{L}+)(?:\s*,\s*\p{L}+)*(?:\s*,)?\s+(?:og|samt|eller|and|or)\s+(\p{L}+)/giu;
/**
 * Looks like a Danish infinitive: ends in -e (not the plural definite -erne, as in "at beboerne
 * og …", where "at" means "that", nor a noun in -else such as "borgerinddragelse", nor an `adjective`
 * such as "inkluderende"), or is one of the short verbs ending in another vowel.
 */
const verbLike = (word: string): boolean =>
  (/e$/i.test(word) && !/(erne|else)$/i.test(word) && !adjective.test(word)) || /^(gå|se|få|stå|nå|tro|bo|dø|slå|ro)$/i.test(word);

/**
 * Common words ending in -e that start a clause without being a verb: Danish ("alle skal …", a
 * heading "Opgave:" above the task) and, since English tasks are written too, English ("the resident
 * must …").
 */
const notVerbs = /^(opgave|alle|hele|andre|nogle|mange|disse|denne|begge|samme|the|there|these|those)$/;

/**
 * A clause that starts like a task of its own: an infinitive, bare or after "at" or "vi" and a
 * modal verb ("skrive journal", "at skrive …", "vi skal (også) skrive …"), or English "to …" / "we
 * must …". "det skal ske sikkert" does not: it says how the task before it is done.
 */
function startsLikeTask(clause: string): boolean {
  const text = words(clause).join(' ');
  if (/^(to|we (will|must|can|should)) \p{L}/u.test(text)) return true;
  const first = text.replace(/^(at|vi (skal|kan|vil|må|bør)( også)?) /, '').split(' ')[0]!;
  return verbLike(first) && !notVerbs.test(first);
}

/**
 * Heuristic for a task that looks like several tasks joined: a list (two or more lines that start
 * with a bullet or a number, or lines or semicolons between two or more parts that each start like a
 * task); "vi skal A og vi skal B"; two infinitive clauses ("… og at …", "… samt at …", "… and to …");
 * two or more verbs joined right after "at"/a modal verb ("skal dokumentere og evaluere", "must
 * plan and run"); three or more parts that each start like a task ("Slå græs, klippe hække og tømme
 * skraldespande"); a task and then "og holde/skrive/lave" a conversation, plan, report or record of
 * its own ("Skrive elevplaner og holde forældresamtaler"); short nouns listed ("Medicin, hygiejne og
 * dokumentation", "Medicin/dokumentation"; see `nounItems`); or "desuden"/"derudover" after a first
 * part.
 */
export function taskLooksComposite(text: string): boolean {
  // Written so that matching is linear in the text's length (a run of spaces or line breaks took
  // seconds to match, in each advice run): the bullet's indent is spaces within its line. One item
  // is one task pasted from a list; a line starting with "–" is a Word list's dash too.
  if ((text.match(/^[^\S\n]*([-–•*]|\d+[.)])\s/gm) ?? []).length > 1) return true;
  // Lines and semicolons separate tasks only when two of the parts start like one: a task written
  // over two lines ("… \n Det skal ske trygt") is still one task.
  if (text.split(/[\n;]/).filter(startsLikeTask).length > 1) return true;
  const padded = ` ${words(text).join(' ')} `;
  // "Vi skal A og vi skal B": a second "vi skal" joined to a first. After a bare infinitive it is a
  // clause of the same task ("Hjælpe borgeren op, når hun er faldet, og vi skal vurdere …").
  // Nor after "når"/"hvis": "Når vi skal give medicin, og vi skal have ro" is one situation.
  if (!/^ (når|hvis) /.test(padded) && padded.includes(' og vi skal ', padded.indexOf(' vi skal ') + 1)) return true;
  if (/ (og|samt|eller) at | (and|or) to |. (desuden|derudover|herudover) /.test(padded)) return true;
  // Two joined parts each starting like a task are as often one situation's steps ("Veje beboerne og
  // notere vægten"); three are tasks, unless a part goes on with the same object ("… prioritere dem
  // og lukke dem") or a situation is named, which holds them as its steps ("Tage imod borgeren ved
  // skranken, spørge til behovet og booke en tid").
  const taskParts = text.split(/[,.]|(?<!\p{L})(?:og|samt)(?!\p{L})/u)
    .filter((part) => startsLikeTask(part) && !/^\s*\p{L}+ (dem|den|det|ham|hende)(?!\p{L})/iu.test(part));
  if (taskParts.length > 2 && !situationMarker.test(padded)) return true;
  // A conversation, a plan, a report or a record is a task of its own when joined after a task's
  // object: "… elevplaner og holde forældresamtaler", "give medicin og skrive journal". Not right
  // after a verb: "forberede og holde forældresamtaler" are one task's phases.
  for (const [, before] of padded.matchAll(/ (\p{L}+) og (holde|afholde|skrive|lave) (\p{L}+ )?\p{L}*(samtale|plan|rapport|referat|journal|møde)/gu)) {
    if (startsLikeTask(text) && !verbLike(before!)) return true;
  }
  const items = nounItems(text);
  if (items && (items.length > 2 || (items.length > 1 && /[\n,;/]/.test(text)))) return true;
  for (const m of text.matchAll(composedVerbs)) {
    const [, marker, first, second] = m as unknown as [string, string, string, string];
    if (/^(will|must|can|should)$/i.test(marker) || (verbLike(first) && verbLike(second))) return true;
  }
  return false;
}
