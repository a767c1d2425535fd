import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderDialogueQuestions } from '../../internal/dialogue-questions.js';
import { KompetenceFieldElement } from '../../internal/field-element.js';
import { editingStyles } from '../../internal/editing-styles.js';
import { focusStays } from '../../internal/live-advice.js';
import { baseStyles } from '../../internal/styles.js';
import { fieldById } from '../../model/catalog/fields.js';
import {
  anledningInfo, goodTaskExamples, taskDefinition, taskRequirementLabels, taskRequirements, tooGeneralTaskExamples,
} from '../../model/catalog/task.js';
import { t } from '../../model/catalog/text.js';
import { anledninger, type Anledning } from '../../model/ids.js';
import type { Opgave, Plan } from '../../model/plan.js';
import { messages } from './opgave-felt.messages.js';
import { styles } from './opgave-felt.styles.js';

type TextKey = 'beskrivelse' | 'situationNu' | 'situationFremover';

/**
 * Field 1 of the method, the task (*opgave*): the one recurring situation the development is
 * about, how it is solved today and how in future, the reasons for the change, and the three
 * requirements of a usable task as explicit confirmations. The model's advice says, once the user
 * leaves the box (not at a pause in typing: half a task reads as a broad one), when the task looks
 * too abstract or composite; the method's examples of well-bounded and too broad tasks and the
 * field's dialogue questions are at hand. (The staircase of the same
 * field is `<ansvars-trappe>`.)
 *
 * @tagname opgave-felt
 * @summary Field 1, the task: description, situation now and in future, reasons for change and the three requirements.
 *
 * @attr {string} value - The task as JSON (an `Opgave`). Input that cannot be used is shown as an error; the last good value is kept.
 * @attr {string} lang - Language of the texts (`da` default, `en`); else the nearest ancestor's, else the page's.
 * @attr {boolean} disabled - Read-only and not submitted with its form, as a disabled native control (also inside a disabled `<fieldset>`).
 *
 * @event {KompetenceChangeEvent<Opgave>} kompetence-change - The user changed the task; `detail.value` is the new `Opgave`.
 * @event {KompetenceInvalidEvent} kompetence-invalid - A `value` given by attribute or property could not be used; the last good value is kept.
 *
 * @csspart error - The message shown when given input could not be used.
 * @csspart intro - The field's question at the top.
 * @csspart task - The task's description with the definition of a task.
 * @csspart examples - The examples of well-bounded and too broad tasks (a `<details>`).
 * @csspart situation - How the task is solved today and in future.
 * @csspart reasons - The reasons for the change (a fieldset of checkboxes).
 * @csspart requirements - The three requirements to confirm (a fieldset of checkboxes).
 * @csspart advice - The model's advice on the task (a live region).
 * @csspart questions - The field's questions for the dialogue (a `<details>`).
 *
 * @cssprop [--kompetence-color-text=#1a1a1a] - Text colour.
 * @cssprop [--kompetence-color-text-muted=#4a4a4a] - Colour of hints.
 * @cssprop [--kompetence-color-surface=#ffffff] - Background of the element and of its controls.
 * @cssprop [--kompetence-color-surface-alt=#f3f4f6] - Background of advice.
 * @cssprop [--kompetence-color-border=#767676] - Borders of fields and controls.
 * @cssprop [--kompetence-color-accent=#004b87] - Checked checkboxes.
 * @cssprop [--kompetence-color-focus=#b3541e] - Focus outline.
 * @cssprop [--kompetence-color-info=#004b87] - Advice to consider.
 * @cssprop [--kompetence-color-warning=#8a4b00] - Advice that should be acted on.
 * @cssprop [--kompetence-color-error=#b00020] - Errors in input and advice that must be acted on.
 * @cssprop [--kompetence-color-scheme=light] - The colour scheme its checkboxes, radios and date pickers are drawn for: `dark` with dark surfaces.
 * @cssprop [--kompetence-radius=4px] - Corner radius.
 * @cssprop [--kompetence-space=1em] - Base spacing.
 */
export class OpgaveFelt extends KompetenceFieldElement<'opgave'> {
  static override styles = [baseStyles, editingStyles, styles];

  protected readonly planPart = 'opgave';
  protected override readonly planSlice = {
    read: (plan: Plan): Opgave => plan.opgave,
    write: (plan: Plan, value: Opgave): Plan => ({ ...plan, opgave: value }),
  };

  protected override readonly adviceTargets = {
    'opgave-mangler': 'beskrivelse',
    'opgave-for-abstrakt': 'beskrivelse',
    'opgave-sammensat': 'beskrivelse',
    'anledning-mangler': 'a-mere-selvstaendighed',
  };

  // Taken out of the page with focus in a box, the box gets no blur in Firefox or Safari: what was
  // held back while the user typed stayed hidden, here and in the model's list, once it came back.
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.settleAdvice();
  }

  override adviceControls(adviceId: string): HTMLElement[] {
    const unconfirmed = taskRequirements.find((k) => !this.value.krav[k]);
    return adviceId === 'opgave-krav-mangler' && unconfirmed ? this.controlsById(`k-${unconfirmed}`) : super.adviceControls(adviceId);
  }

  #onReason(id: Anledning, on: boolean): void {
    const chosen = new Set(this.value.anledninger);
    if (on) chosen.add(id);
    else chosen.delete(id);
    this.commit({ ...this.value, anledninger: anledninger.filter((a) => chosen.has(a)) });
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const v = this.value;
        const list = (items: readonly TemplateResult[] | readonly string[]) => html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;
    return html`${this.renderInputIssues()}
      <p part="intro" class="hint">${t(fieldById('opgave').question, lang)}</p>
      <div part="task">${this.#text('beskrivelse', t(taskDefinition, lang))}</div>
      <details part="examples">
        <summary>${m.examples}</summary>
        <h3>${m.good}</h3>
        ${list(goodTaskExamples.map((e) => t(e, lang)))}
        <h3>${m.tooGeneral}</h3>
        ${list(tooGeneralTaskExamples.map(({ vague, better }) =>
          html`${t(vague, lang)}${better ? html`<br /><span class="hint">${`${m.sharper} ${t(better, lang)}`}</span>` : ''}`))}
      </details>
      <div part="situation" class="row">${this.#text('situationNu')}${this.#text('situationFremover')}</div>
      <fieldset part="reasons" class="reasons" aria-describedby="reasons-h">
        <legend>${m.reasons}</legend>
        <p id="reasons-h" class="hint">${m.reasonsHint}</p>
        ${anledninger.map((id) => this.#check(`a-${id}`, t(anledningInfo[id].name, lang), v.anledninger.includes(id),
          (on) => this.#onReason(id, on), t(anledningInfo[id].description, lang)))}
      </fieldset>
      <fieldset part="requirements" aria-describedby="krav-h">
        <legend>${m.requirements}</legend>
        <p id="krav-h" class="hint">${m.requirementsHint}</p>
        ${taskRequirements.map((k) => this.#check(`k-${k}`, t(taskRequirementLabels[k], lang), v.krav[k],
          (on) => this.commit({ ...this.value, krav: { ...this.value.krav, [k]: on } })))}
      </fieldset>
      ${this.renderLiveAdvice()}
      ${renderDialogueQuestions('opgave', lang)}`;
  }

  /** The user left a box: not when the window lost the focus (`focusStays`), the advice waits for the user's return. */
  #left = (e: FocusEvent): void => {
    if (!focusStays(this.shadowRoot!, e)) this.settleAdvice();
  };

  /** A text of the task with its label and, when given, its hint. */
  #text(key: TextKey, hint?: string): unknown {
    return this.readonly && !this.value[key] ? nothing : html`<div class="control">
      <label for=${key}>${messages[this.locale][key]}</label>
      ${hint ? html`<p id="${key}-h" class="hint">${hint}</p>` : ''}
      <textarea id=${key} rows="2" lang=${this.textLang} aria-describedby=${hint ? `${key}-h` : nothing} .value=${live(this.value[key])}
        ?readonly=${!this.editable} @blur=${this.#left} @input=${(e: Event) =>
          this.commit({ ...this.value, [key]: (e.target as HTMLTextAreaElement).value }, { typed: true })}></textarea>
    </div>`;
  }

  /**
   * A checkbox with its label and, when given, a description. Read-only, it stays a checkbox, read-only
   * (not disabled, which a screen reader calls unavailable): the requirements met and not met, and
   * the reasons chosen, are what a published task says.
   */
  #check(id: string, label: string, checked: boolean, set: (on: boolean) => void, description?: string): TemplateResult {
    return html`<div class="option">
      <input type="checkbox" id=${id} aria-describedby=${description ? `${id}-d` : nothing} .checked=${live(checked)}
        ?disabled=${this.formDisabled} aria-readonly=${this.readonly || nothing} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} />
      <div>
        <label for=${id}>${label}</label>
        ${description ? html`<p id="${id}-d" class="hint">${description}</p>` : ''}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opgave-felt': OpgaveFelt;
  }
}
