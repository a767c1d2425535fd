import { nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { adviseOn, type Advice, type AdvicePart } from '../model/advice.js';
import { matchLang } from '../model/catalog/text.js';
import { fieldGaps, firstCriterionGapTarget } from '../model/completeness-gaps.js';
import { firstPartGapTarget, isGapPart, partGaps, type GapPartValues } from '../model/part-gaps.js';
import type { Lang } from '../model/ids.js';
import type { Plan } from '../model/plan.js';
import { emptyPart, parsePart, planWithPart, type ParseResult, type PartName, type PartValue } from '../model/parse.js';
import { renderAdvice } from './advice-list.js';
import { KompetenceFieldCore } from './field-core.js';
import { afterPress, begun, focusStays, formReset, LiveAdvice, untilStarted } from './live-advice.js';
import { KompetenceValueCore } from './value-core.js';

export type { PlanSlice } from './field-core.js';

/** How `renderLiveAdvice` judges an element's value when `adviseOn(planPart, value)` is not it. */
export interface LiveAdviceOptions {
  /**
   * The advice on the element's value; it may read only the value and `lang`, since it is computed
   * anew only when one of them changes.
   */
  advise?: (lang: Lang) => Advice[];
}

/**
 * Which of `units` (target groups, agreements…) the advice `adviceId` is about, as indices: each
 * unit is judged alone by the model (`adviceOn`), for advice that a rule gives once per unit.
 */
export function advisedUnits<T>(adviceId: string, units: readonly T[], adviceOn: (unit: T) => Advice[]): number[] {
  return units.flatMap((unit, i) => (adviceOn(unit).some((a) => a.id === adviceId) ? [i] : []));
}

/**
 * Base of every element that edits a part of the plan (see `KompetenceFieldCore` for what it
 * owns): the value is validated with the model's schema (`parsePart`), so bad input gets the same
 * issues `parsePlan` reports. Subclasses set `planPart` (and `planSlice`; `missing` comes from
 * the model's `fieldGaps` or `partGaps`), render, and call `commit()` on user edits only. An element that shows the model's advice as the
 * user edits renders `renderLiveAdvice()` and passes `{ typed: true }` to `commit()` for typing.
 * Every control that holds the user's own text binds `lang=${this.textLang}`.
 */
export abstract class KompetenceFieldElement<P extends Exclude<PartName, 'forankring'>> extends KompetenceFieldCore<P> {
  static override properties: PropertyDeclarations = {
    contentLang: { attribute: 'content-lang' },
  };

  /**
   * Language of the user's own text (`content-lang`, a BCP 47 tag such as `da`) when it differs
   * from the texts' (`lang`), e.g. a Danish plan edited in an English page: the text boxes are
   * marked with it (WCAG 3.1.2), so a screen reader reads what the user wrote with the right voice;
   * labels and hints stay in `lang`. `null` (unset) or empty: inside `<kompetence-model>` the
   * model's `content-lang`, else the same as `lang`, not marked.
   */
  declare contentLang: string | null;

  constructor() {
    super();
    this.contentLang = null;
  }

  /** The `lang` of a control holding the user's own text: the element's `content-lang`, else the model's, else none. */
  protected get textLang(): string | typeof nothing {
    return this.contentLang || this.contextContentLang || nothing;
  }

  /**
   * The language of catalog text put into the user's text (a starter, an example): the user's
   * text's (`content-lang`) when the catalog has it, so a Danish plan edited in an English page
   * gets Danish, else the texts'.
   */
  protected get textLocale(): Lang {
    const tag = this.textLang;
    return tag !== nothing && /^(da|en)\b/i.test(tag) ? matchLang(tag) : this.locale;
  }

  /** Created by the first `renderLiveAdvice()`, so elements without live advice carry none. */
  #liveAdvice: LiveAdvice | undefined;
  /**
   * The focus left a box or control in the element for another part of the page, or its form was
   * sent while it is invalid (`invalid`: the browser's message is brief, the advice stays): on its
   * own, its advice is given from then on, though its value holds nothing (see `begun`).
   */
  #been = false;
  /** The last render held the advice back: the element is on its own and not begun. */
  #held = false;

  // Not when the window lost the focus (`focusStays`). Rendered only for advice held back: a render
  // puts the value back in a date box left half typed.
  #left = (e: Event): void => {
    if (!focusStays(this.renderRoot as ShadowRoot, e)) {
      // In `<kompetence-model>`, the field is left for the next box in it (which the model cannot see).
      super.settleAdvice();
      afterPress(() => {
        this.#been = true;
        if (this.#held) this.requestUpdate();
      });
    }
  };
  /**
   * A reset form is as new (the browser's `:user-invalid` goes too): on its own, the element is
   * calm again until the user leaves a control in it.
   */
  override formResetCallback(): void {
    formReset();
    this.#been = false;
    super.formResetCallback();
  }

  /** The last plan `#restOf` serialised, and what it gave: a render without a new plan reuses it. */
  #rest: { plan: Plan; text: string } | undefined;

  /** The rest of the plan as text: part of what the advice depends on (its own part and timestamp are not). */
  #restOf(plan: Plan): string {
    if (this.#rest?.plan !== plan) this.#rest = { plan, text: JSON.stringify({ ...plan, [this.planPart]: null, updatedAt: null }) };
    return this.#rest.text;
  }

  /**
   * What the value lacks for `required`, from the model: for a part that holds a whole field's
   * condition, what that condition lacks (`fieldGaps`, the value judged alone), so the element asks
   * for what the model's overview does; for the task, the staircase and an arrangement, `partGaps`.
   */
  protected missing(value: PartValue<P>): string[] {
    const part: Exclude<PartName, 'forankring'> = this.planPart;
    const options = { lang: this.locale };
    // The part is one or the other (the type checks it); the value's type follows the part, which
    // TypeScript does not track through the test, hence the value's casts.
    return isGapPart(part)
      ? partGaps(part, value as GapPartValues[typeof part], options)
      : fieldGaps(planWithPart(part, value as Plan[typeof part]), part, options);
  }

  /** Where the first gap is filled: the control of the advice on it (see `adviceControls`), or of its plan key. */
  protected override missingAnchor(value: PartValue<P>): HTMLElement | undefined {
    const part: Exclude<PartName, 'forankring'> = this.planPart;
    const where = isGapPart(part)
      ? firstPartGapTarget(part, value as GapPartValues[typeof part])
      : firstCriterionGapTarget(planWithPart(part, value as Plan[typeof part]), part);
    return where ? this.adviceControls(where)[0] ?? this.controlsById(where)[0] : undefined;
  }

  /** The empty value of the part (what a new plan holds). */
  protected emptyValue(): PartValue<P> {
    return emptyPart(this.planPart);
  }

  protected parseInput(input: unknown, lang: Lang): ParseResult<PartValue<P>> {
    return parsePart(this.planPart, input, { lang });
  }

  /**
   * Records a user's edit (see `KompetenceFieldCore`). `typed` when it came from typing text: the
   * live advice then waits for a pause in typing; after a choice it is refreshed at once.
   */
  protected override commit(next: PartValue<P>, options: { typed?: boolean } = {}): void {
    super.commit(next, options);
    this.#liveAdvice?.restart(options.typed ?? false);
  }

  // A value not typed here (set by code, a plan the model loaded or restored) is judged whole, at once.
  protected override setValue(next: PartValue<P>): void {
    if (next !== this.currentValue) this.#liveAdvice?.restart(false);
    super.setValue(next);
  }

  /** The user left the box they typed in: the advice held back while typing (see `holdBack`) is given. */
  protected override settleAdvice(): void {
    super.settleAdvice();
    afterPress(() => {
      this.#liveAdvice?.settle();
      this.requestUpdate();
    });
  }

  /**
   * The model's advice on the value, as a live region (part `advice`, see `renderAdvice`), kept
   * live as the user edits (see `LiveAdvice`). By default `adviseOn(planPart, value)`, judged with
   * the rest of the plan inside `<kompetence-model>`, so the field shows what the overview counts.
   * None while the field, or the element on its own, is not begun (see `begun`).
   */
  protected renderLiveAdvice(options: LiveAdviceOptions = {}): unknown {
    if (this.readonly) return nothing;
    const lang = this.locale;
    const value = this.value;
    const plan = this.contextPlan;
    const rest = plan && !options.advise ? this.#restOf(plan) : '';
    const key = `${lang}|${rest}|${JSON.stringify(value)}`;
    if (!this.#liveAdvice) {
      this.#liveAdvice = new LiveAdvice(this);
      this.renderRoot.addEventListener('focusout', this.#left);
      this.addEventListener('invalid', this.#left);
    }
    const advice = this.#liveAdvice.get(key, () =>
      options.advise ? options.advise(lang) : adviseOn(this.planPart as AdvicePart, value as Plan[AdvicePart], { lang, plan }));
    // In a field of the model not started, none, as the model's list: it would only say that the
    // empty field is empty, in red, before the user did anything (the field's question and what
    // it lacks are above). It comes when the user has been there (see `untilStarted`). On its own,
    // by the same rule, the element is the field: none until the user has left a box or control in
    // it (or its form found it invalid), or its value holds something (an arrangement's id comes
    // with it, the user gave none). An element the model shows is not on its own: in its context or
    // not (an arrangement, by property), the model's shadow root holds it.
    const seen = this.contextSeen;
    this.#held = !((this.getRootNode() as ShadowRoot).host instanceof KompetenceValueCore) && !begun(this.#been, { ...value, id: 0 });
    const shown = plan && seen
      ? untilStarted(advice, plan, seen).filter((a): a is Advice => typeof a != 'string')
      : this.#held ? [] : advice;
    return renderAdvice(shown, lang, this.planPart as AdvicePart, true, this.headingLevel(3));
  }
}
