/**
 * `partGaps`: what one part of a plan lacks on its own, for the elements that edit a part which is
 * not a whole field's condition (their `required`), and for a server that checks the same value.
 * The four fields whose element holds the whole condition use `fieldGaps` instead.
 * No zod here: `<laeringsform-vaelger>` uses it within its own size budget.
 */
import type { Lang, LearningFormId, Text } from './ids.js';
import type { AnsvarItem, MobilitetItem, Opgave } from './plan.js';
import { filled } from './advice/checks.js';
import { termKeys, termNames } from './catalog/mobility-terms.js';
import { taskRequirementLabels, taskRequirements } from './catalog/task-requirements.js';
import { matchLang, t, tx } from './catalog/text.js';

/** The value of each part `partGaps` judges: the task without its staircase, the staircase, one arrangement, a mix of forms. */
export interface GapPartValues {
  opgave: Opgave;
  ansvar: AnsvarItem[];
  mobilitet: MobilitetItem;
  laeringsformer: LearningFormId[];
}
export type GapPart = keyof GapPartValues;

/** Shared with `fieldGaps`, so the task's gap reads the same in both. */
export const taskGap = tx('en beskrivelse af opgaven', 'a description of the task');

type Gap = Text | ((lang: Lang) => string);

/**
 * `partGaps('laeringsformer', …)` as texts: at least one form chosen. Apart, so
 * `<laeringsform-vaelger>` takes this rule without the others' texts (its size budget).
 */
export const formsGaps = (forms: readonly LearningFormId[]): Text[] => (forms.length ? [] : [tx('mindst én læringsform', 'at least one learning form')]);

/**
 * A gap, and where the user fills it: the advice (docs/advice.md) whose control that is, or where no
 * advice covers the gap, the plan key the element's control of that id edits.
 */
type PartGap = readonly [gap: Gap, where?: string];

const gapsOf: { [P in GapPart]: (value: GapPartValues[P]) => PartGap[] } = {
  // Each requirement by its own label: the checkbox a user still has to tick.
  opgave: (v) => [
    ...(filled(v.beskrivelse) ? [] : [[taskGap, 'opgave-mangler'] as const]),
    ...taskRequirements.filter((k) => !v.krav[k]).map((k): PartGap => [(lang: Lang) => {
      const label = t(taskRequirementLabels[k], lang).replace(/\.$/, '');
      return lang === 'en' ? `confirmation of “${label}”` : `bekræftelse af «${label}»`;
    }, 'opgave-krav-mangler']),
  ],
  // Every group on a staircase of its own needs a target: a step left open is a question not answered.
  ansvar: (groups) => groups.length
    ? groups.flatMap((g, i) => (g.fremtidigt ? [] : [[tx(`ansvar bagefter for målgruppe ${i + 1}`, `responsibility afterwards for target group ${i + 1}`), 'ansvar-uden-maal'] as const]))
    : [[tx('mindst én målgruppe', 'at least one target group'), 'ansvarstrappe-tom']],
  // The form and where the employee goes; for a loan also the terms of its contract (advice mobilitet-uden-vilkaar).
  mobilitet: (v) => [
    ...(v.form ? [] : [[tx('en form for mobilitet', 'a kind of mobility')] as const]),
    ...(filled(v.modtagende) ? [] : [[tx('modtagende arbejdsplads', 'receiving workplace'), 'modtagende'] as const]),
    ...(v.form === 'udlaan'
      ? termKeys.filter((k) => !filled(v.vilkaar[k])).map((k): PartGap => [tx(`vilkår for ${termNames[k].da}`, `terms for ${termNames[k].en}`), 'mobilitet-uden-vilkaar'])
      : []),
  ],
  laeringsformer: (forms) => formsGaps(forms).map((gap) => [gap]),
};

/** Whether `partGaps` judges this part (the other parts an element edits are whole fields: `fieldGaps`). */
export const isGapPart = (part: string): part is GapPart => Object.hasOwn(gapsOf, part);

/** What `value`, as the part `part` of a plan, lacks: lower-case phrases; empty when nothing is missing. */
export function partGaps<P extends GapPart>(part: P, value: GapPartValues[P], options: { lang?: Lang } = {}): string[] {
  const lang = matchLang(options.lang);
  return gapsOf[part](value).map(([gap]) => (typeof gap === 'function' ? gap(lang) : t(gap, lang)));
}

/**
 * Where the first gap of `value` (see `partGaps`) is filled: an advice id (its control), or a plan
 * key where no advice covers it; undefined when there is no gap or nothing to say. An element that
 * is `required` points the browser's message at that control.
 */
export const firstPartGapTarget = <P extends GapPart>(part: P, value: GapPartValues[P]): string | undefined => gapsOf[part](value)[0]?.[1];
