import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderDialogueQuestions } from '../../internal/dialogue-questions.js';
import type { KompetenceChangeEvent } from '../../internal/events.js';
import { KompetenceFieldElement, type PlanSlice } from '../../internal/field-element.js';
import { renderPeriod, withPeriod } from '../../internal/period.js';
import { editingStyles } from '../../internal/editing-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { printedValueStyles } from '../../internal/printed-value.js';
import { coveredTempi, filled, missingTempi, periodReversed } from '../../model/advice/checks.js';
import { t } from '../../model/catalog/text.js';
import { feedbackKindInfo, tempoInfo, trainingGroundNote, trainingPitfall } from '../../model/catalog/training.js';
import { feedbackKinds, tempi, type Experience, type FeedbackKind, type GoalLevel, type LearningFormId } from '../../model/ids.js';
import { recommendQueryFromPlan, type PlanRecommendQuery } from '../../model/learning-form-choice.js';
import type { Plan, Traeningsbane } from '../../model/plan.js';
import { messages } from './traeningsbane-plan.messages.js';
import { styles } from './traeningsbane-plan.styles.js';

type TextKey = 'vidensopbygning' | 'afproevning' | 'feedback' | 'spilleregler' | 'daekning';

/** `goals`/`experience` as attributes: ids separated by spaces or commas (the nested chooser checks them). */
const idList = { fromAttribute: (v: string | null) => (v ?? '').split(/[\s,]+/).filter(Boolean) };
const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

/**
 * Field 4 of the method, the training ground (*træningsbane*): knowledge building, trying out and
 * feedback (with the kinds of feedback), the learning forms through a nested
 * `<laeringsform-vaelger>`, the period, the ground rules and how daily work is covered. Shows which
 * of the three kinds of activity (*tempi*) the training ground covers (by text or by a chosen form) and the model's advice as the user
 * edits, first of all the big pitfall: knowledge building with no trying out or feedback.
 *
 * The element owns `traeningsbane`: it drives the nested chooser by property and turns its
 * changes into its own `kompetence-change`, so a page hears one event per edit. Inside
 * `<kompetence-model>` it reads and writes `plan.traeningsbane`, and the chooser recommends forms
 * for the plan's described goal levels and the staircase's experience, unless `goals`/`experience`
 * are set (a page planning a wholly new job function adds `komplekse` to `goals`).
 *
 * @tagname traeningsbane-plan
 * @summary The training ground: three kinds of activity (tempi), feedback kinds, learning forms, period, ground rules and cover, with live advice.
 *
 * @attr {string} value - The training ground as JSON (the plan's `traeningsbane`). Input that cannot be used is shown as an error; the last good value is kept.
 * @attr {string} goals - Goal levels the learning forms are recommended for, separated by spaces or commas: `metoder`, `viden`, `rolle`, `komplekse`.
 * @attr {string} experience - Current experience of the staff, separated by spaces or commas: `begyndere`, `lidt-erfarne`, `meget-erfarne`.
 * @attr {string} lang - Language of the texts (`da` default, `en`); else the nearest ancestor's, else the page's.
 * @attr {boolean} disabled - Read-only and not submitted with its form, as a disabled native control (also inside a disabled `<fieldset>`).
 *
 * @event {KompetenceChangeEvent<Traeningsbane>} kompetence-change - The user changed the training ground (also by choosing learning forms); `detail.value` is the new `traeningsbane`.
 * @event {KompetenceInvalidEvent} kompetence-invalid - A `value` (or an id in `goals`/`experience`) given by attribute or property could not be used; the last good value is kept.
 *
 * @csspart error - The message shown when given input could not be used.
 * @csspart intro - The short explanation of the training ground at the top.
 * @csspart tempi - Knowledge building, trying out and feedback, with hints and examples.
 * @csspart feedback-kinds - The kinds of feedback (checkboxes).
 * @csspart period - Start and end dates.
 * @csspart forms - The learning forms: a heading and the nested chooser.
 * @csspart chooser - The nested `<laeringsform-vaelger>`.
 * @csspart coverage - Next to each tempo: whether it is covered, by its text or by a chosen learning form.
 * @csspart advice - The model's advice on the training ground (a live region).
 * @csspart questions - The field's questions for the dialogue (folded).
 *
 * @cssprop [--kompetence-color-text=#1a1a1a] - Text colour.
 * @cssprop [--kompetence-color-text-muted=#4a4a4a] - Colour of hints.
 * @cssprop [--kompetence-color-surface=#ffffff] - Background of the element and of its controls.
 * @cssprop [--kompetence-color-surface-alt=#f3f4f6] - Background of advice.
 * @cssprop [--kompetence-color-border=#767676] - Borders of fields and controls.
 * @cssprop [--kompetence-color-accent=#004b87] - Checkboxes and covered tempi.
 * @cssprop [--kompetence-color-focus=#b3541e] - Focus outline.
 * @cssprop [--kompetence-color-info=#004b87] - Advice to consider.
 * @cssprop [--kompetence-color-warning=#8a4b00] - Missing tempi and advice that should be acted on.
 * @cssprop [--kompetence-color-error=#b00020] - Errors in input and advice that must be acted on.
 * @cssprop [--kompetence-color-scheme=light] - The colour scheme its checkboxes, radios and date pickers are drawn for: `dark` with dark surfaces.
 * @cssprop [--kompetence-radius=4px] - Corner radius.
 * @cssprop [--kompetence-space=1em] - Base spacing.
 */
export class TraeningsbanePlan extends KompetenceFieldElement<'traeningsbane'> {
  static override styles = [baseStyles, editingStyles, printedValueStyles, styles];

  static override properties = {
    goals: { converter: idList },
    experience: { converter: idList },
  };

  /**
   * Goal levels the learning forms are recommended for (`metoder`, `viden`, `rolle`, `komplekse`);
   * empty: the plan's described levels, or the user picks them. A list, or as the attribute ids
   * separated by spaces or commas (`goals="metoder viden"`).
   */
  declare goals: GoalLevel[];
  /**
   * The staff's current experience (`begyndere`, `lidt-erfarne`, `meget-erfarne`); empty: the
   * staircase's in a plan, or the user may pick it. A list, or as the attribute ids separated by
   * spaces or commas.
   */
  declare experience: Experience[];

  protected readonly planPart = 'traeningsbane';
  protected override readonly planSlice: PlanSlice<Traeningsbane> = {
    read: (plan: Plan) => plan.traeningsbane,
    write: (plan: Plan, value: Traeningsbane) => ({ ...plan, traeningsbane: value }),
  };

  protected override planProvided(plan: Plan): void {
    super.planProvided(plan);
    const query = recommendQueryFromPlan(plan);
    // Kept as it was when equal, so the chooser is not handed new arrays on every edit.
    if (JSON.stringify(query) !== JSON.stringify(this.#planQuery)) this.#planQuery = query;
  }

  #planQuery: PlanRecommendQuery = { goals: [], experience: [] };
  /** The goals and experience last handed to the chooser. */
  #passed: { goals?: readonly string[]; experience?: readonly string[] } = {};
  /** The goals and experience as read from this element's attributes (the lists Lit made of them). */
  #fromAttribute: { goals?: readonly string[]; experience?: readonly string[] } = {};

  constructor() {
    super();
    this.goals = [];
    this.experience = [];
  }

  override adviceControls(adviceId: string): HTMLElement[] {
    const v = this.value;
    switch (adviceId) {
      case 'traeningsbane-tom':
        return this.controlsById('vidensopbygning');
      case 'traeningsbane-kun-viden':
      case 'tempo-mangler':
        return this.controlsById(...missingTempi(v).slice(0, 1));
      case 'periode-mangler':
        return this.controlsById(v.periode?.start ? 'slut' : 'start');
      case 'periode-omvendt':
        // Given for the training period first, then per mobility arrangement (not this element's).
        return periodReversed(v.periode) ? this.controlsById('slut') : [];
      case 'rollemaal-uden-refleksion':
        return this.controlsById('kind-reflekterende');
      case 'spilleregler-mangler':
        return this.controlsById('spilleregler');
      case 'daekning-mangler':
        return this.controlsById('daekning');
      default:
        return this.renderRoot.querySelector('laeringsform-vaelger')?.adviceControls(adviceId) ?? [];
    }
  }

  #onKind(kind: FeedbackKind, on: boolean): void {
    const old = this.value.feedbackformer;
    this.commit({ ...this.value, feedbackformer: feedbackKinds.filter((k) => (k === kind ? on : old.includes(k))) });
  }

  /**
   * The nested chooser's edit becomes this element's: one event for the page, with the whole training
   * ground. The chooser's own event is not composed, so it ends in this shadow root, unless the
   * chooser is another copy of the package's (a page with the bundle and a per-element module), which
   * does not know this element for one of its own: stopped here, its event does not reach the page.
   */
  #onForms(e: KompetenceChangeEvent<LearningFormId[]>): void {
    e.stopPropagation();
    this.commit({ ...this.value, laeringsformer: e.detail.value });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'goals' || name === 'experience') this.#fromAttribute[name] = this[name];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Handed over here rather than bound in the template: on the first render the template's
    // bindings are set before the chooser is in the document, and its kompetence-invalid for an
    // unknown id would reach no one.
    const chooser = this.renderRoot.querySelector('laeringsform-vaelger')!;
    for (const kind of ['goals', 'experience'] as const) {
      const given = this[kind]?.length ? this[kind] : this.#planQuery[kind];
      if (this.#passed[kind] !== given) {
        this.#passed[kind] = given;
        // Ids from this element's attribute go on as the chooser's attribute, so the chooser's
        // kompetence-invalid for an unknown one says `source: 'attribute'`, as the page gave it.
        if (given === this.#fromAttribute[kind]) chooser.setAttribute(kind, this.getAttribute(kind) ?? '');
        else chooser[kind] = given as never;
      }
    }
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const v = this.value;
    const off = !this.editable;
    // The chooser takes read-only and disabled apart, as the element has them: read-only it shows
    // only the choice; disabled, its forms too, as they were (a disabled form keeps its look).
    const covered = coveredTempi(v);
    return html`${this.renderInputIssues()}
      <p part="intro" class="hint">${t(trainingGroundNote, lang)}</p>
      <fieldset part="tempi" aria-describedby="tempi-h">
        <legend>${m.tempi}</legend>
        <p id="tempi-h" class="hint">${t(trainingPitfall, lang)}</p>
        ${tempi.map((tempo) => {
          const info = tempoInfo[tempo];
          const examples = info.examples.map((x) => lowerFirst(t(x, lang))).join('; ');
          const status = filled(v[tempo]) ? m.covered : covered.includes(tempo) ? m.coveredByForm : m.notCovered;
          return this.#text(tempo, t(info.name, lang), `${t(info.description, lang)} ${m.example}: ${examples}.`,
            html`<span part="coverage" id="${tempo}-s" class=${status === m.notCovered ? 'status missing' : 'status'}
              ><span class="visually-hidden">${m.coverage}</span>${status}</span>`);
        })}
        <fieldset part="feedback-kinds" class="kinds">
          <legend>${m.kinds}</legend>
          ${feedbackKinds.map((kind) => html`<label class="inline">
            <input type="checkbox" id="kind-${kind}" .checked=${live(v.feedbackformer.includes(kind))} ?disabled=${off}
              @change=${(e: Event) => this.#onKind(kind, (e.target as HTMLInputElement).checked)} />
            <span><strong>${t(feedbackKindInfo[kind].name, lang)}: </strong>${t(feedbackKindInfo[kind].question, lang)}</span>
          </label>`)}
        </fieldset>
      </fieldset>
      ${renderPeriod({ legend: m.period, hint: m.periodHint, periode: v.periode, lang, readonly: off,
        change: (p, typed) => this.commit(withPeriod(this.value, p), { typed }) })}
      ${this.#text('spilleregler', m.spilleregler, m.spillereglerHint)}
      ${this.#text('daekning', m.daekning, m.daekningHint)}
      <section part="forms" aria-labelledby="forms-h">
        <h3 id="forms-h">${m.forms}</h3>
        <laeringsform-vaelger part="chooser" .value=${v.laeringsformer} .readonly=${this.readonly} ?disabled=${this.formDisabled} .headingOffset=${1} .label=${m.chooserFor}
          .textTempi=${tempi.filter((tempo) => filled(v[tempo]))}
          @kompetence-change=${this.#onForms}></laeringsform-vaelger>
      </section>
      ${this.renderLiveAdvice()}
      ${renderDialogueQuestions('traeningsbane', lang)}`;
  }

  /** A text of the training ground with its label, hint and (for a tempo) whether it is covered. */
  #text(key: TextKey, label: string, hint: string, status?: TemplateResult): unknown {
    return this.readonly && !this.value[key] ? nothing : html`<div class="control">
      <div class="head"><label for=${key}>${label}</label>${status ?? nothing}</div>
      <p id="${key}-h" class="hint">${hint}</p>
      <textarea id=${key} rows="2" lang=${this.textLang} aria-describedby="${key}-h${status ? ` ${key}-s` : ''}" .value=${live(this.value[key])} ?readonly=${!this.editable}
        @input=${(e: Event) => this.commit({ ...this.value, [key]: (e.target as HTMLTextAreaElement).value }, { typed: true })}></textarea>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'traeningsbane-plan': TraeningsbanePlan;
  }
}
