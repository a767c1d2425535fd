import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { commonMessages } from '../../i18n/common.js';
import { advisedUnits, KompetenceFieldElement } from '../../internal/field-element.js';
import { withUserText } from '../../internal/lang.js';
import { whileRoom } from '../../internal/list-limit.js';
import { insertAt, RemovalUndo, removalStyles } from '../../internal/removal-undo.js';
import { editingStyles } from '../../internal/editing-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { adviseOn } from '../../model/advice.js';
import {
  currentLevels, futureResponsibilities, licenceForResponsibility, licenceInfo, licenceNote, skippedSteps,
  staircaseNotes, stepIndex,
} from '../../model/catalog/staircase.js';
import { t } from '../../model/catalog/text.js';
import type { Experience, Lang, Licence, Responsibility } from '../../model/ids.js';
import type { AnsvarItem, Plan } from '../../model/plan.js';
import { uuid } from '../../model/uuid.js';
import { messages } from './ansvars-trappe.messages.js';
import { styles } from './ansvars-trappe.styles.js';

/** The advice on a licence that does not match the responsibility: acted on at the licence. */
const licenceAdvice = 'koerekort-passer-ikke';

/**
 * The responsibility staircase (*ansvarstrappe*) of a task: for each target group, its name and head
 * count, its experience with the task now and the responsibility it must be able to take afterwards,
 * shown as steps on a staircase. Steps that are skipped, licences that do not match and groups
 * without a target get the model's advice as the user edits. A removed group is offered back (Undo)
 * in its place until the next edit.
 *
 * @tagname ansvars-trappe
 * @summary The responsibility staircase: target groups, their experience now and their responsibility afterwards.
 *
 * @attr {string} value - The target groups as JSON (an array of `AnsvarItem`). Input that cannot be used is shown as an error; the last good value is kept.
 * @attr {string} lang - Language of the texts (`da` default, `en`); else the nearest ancestor's, else the page's.
 * @attr {boolean} disabled - Read-only and not submitted with its form, as a disabled native control (also inside a disabled `<fieldset>`).
 *
 * @event {KompetenceChangeEvent<AnsvarItem[]>} kompetence-change - The user changed the staircase; `detail.value` is the new array of target groups.
 * @event {KompetenceInvalidEvent} kompetence-invalid - A `value` given by attribute or property could not be used; the last good value is kept.
 *
 * @csspart error - The message shown when given input could not be used.
 * @csspart intro - The explanation of the staircase at the top.
 * @csspart group - One target group (a fieldset).
 * @csspart stairs - The staircase figure of one group.
 * @csspart step - One step of a staircase figure.
 * @csspart add-button - The button that adds a target group.
 * @csspart remove-button - The button that removes a target group.
 * @csspart removed - Where a removed target group was: says so, with a button that puts it back.
 * @csspart advice - The model's advice on the staircase (a live region).
 *
 * @cssprop [--kompetence-color-text=#1a1a1a] - Text colour.
 * @cssprop [--kompetence-color-text-muted=#4a4a4a] - Colour of hints.
 * @cssprop [--kompetence-color-surface=#ffffff] - Background of the element, its controls and the target step.
 * @cssprop [--kompetence-color-surface-alt=#f3f4f6] - Background of the steps, of advice and of the notice of a removed group.
 * @cssprop [--kompetence-color-border=#767676] - Borders of fields, controls and steps.
 * @cssprop [--kompetence-color-accent=#004b87] - Buttons, checked radios and the target step.
 * @cssprop [--kompetence-color-accent-text=#ffffff] - Text on the accent colour (the "goal" mark).
 * @cssprop [--kompetence-color-focus=#b3541e] - Focus outline.
 * @cssprop [--kompetence-color-info=#004b87] - Advice to consider.
 * @cssprop [--kompetence-color-warning=#8a4b00] - Advice that should be acted on, and skipped steps.
 * @cssprop [--kompetence-color-error=#b00020] - Errors in input.
 * @cssprop [--kompetence-color-scheme=light] - The colour scheme its checkboxes, radios and date pickers are drawn for: `dark` with dark surfaces.
 * @cssprop [--kompetence-radius=4px] - Corner radius.
 * @cssprop [--kompetence-space=1em] - Base spacing.
 */
export class AnsvarsTrappe extends KompetenceFieldElement<'ansvar'> {
  static override styles = [baseStyles, editingStyles, removalStyles, styles];

  static override properties = {
    koerekort: { type: Boolean, reflect: true },
  };

  /**
   * Shows the licence labels C, B and A (*kørekort på tre niveauer*, as the nursing home uses them):
   * the steps carry their letter and each group gets a licence to choose. A value that holds a
   * licence shows them without it.
   */
  declare koerekort: boolean;

  protected readonly planPart = 'ansvar';
  protected override readonly planSlice = {
    read: (plan: Plan): AnsvarItem[] => plan.ansvar,
    write: (plan: Plan, value: AnsvarItem[]): Plan => ({ ...plan, ansvar: value }),
  };

  /**
   * Head counts as typed when they are not a usable number, by the group's position (ids come from
   * hosts and may repeat): shown, never lost, and the element is invalid while there is one.
   */
  #countDrafts = new Map<number, string>();
  /** The array this element last committed, to tell its own edits from values set by code. */
  #committed: AnsvarItem[] | undefined;
  /** The last removed group, offered back in its place. */
  #removal = new RemovalUndo(this);
  /**
   * A licence in the value shows the licences also without `koerekort` (else it would be submitted
   * unseen), for the groups with these ids: clearing the last licence keeps them (the select in use
   * would go); another value's groups decide anew.
   */
  #licencesHeld = { groups: '', held: false };
  /** Whether the licences are shown: `koerekort`, or a licence in the value. */
  #licences = false;

  constructor() {
    super();
    this.koerekort = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A value set by code (property, attribute, form reset, plan) replaces drafts of the old one.
    // Compared as JSON: a plan provider may hand back a copy of what this element committed.
    if (changed.has('value') && this.#countDrafts.size && JSON.stringify(this.value) !== JSON.stringify(this.#committed)) {
      this.#countDrafts.clear();
    }
    const groups = this.value.map((g) => g.id).join();
    const held = this.value.some((g) => !!g.koerekort) || (groups === this.#licencesHeld.groups && this.#licencesHeld.held);
    this.#licencesHeld = { groups, held };
    this.#licences = this.koerekort || held;
  }

  /** A head count that is not a whole number from 1 makes the element invalid for its form. */
  protected override badInput(): { message: string; anchor?: HTMLElement } | undefined {
    if (!this.#countDrafts.size) return undefined;
    const index = Math.min(...this.#countDrafts.keys());
    const m = messages[this.locale];
    const anchor = this.renderRoot.querySelector<HTMLElement>(`#g${index}-count`) ?? undefined;
    return { message: `${m.group(index + 1)}: ${m.countError}`, anchor };
  }

  override formResetCallback(): void {
    this.#countDrafts.clear();
    // The core's reset renders again (it clears the input issues).
    super.formResetCallback();
  }

  /**
   * The last step was chosen by pointer: its advice comes at once. Arrow keys choose each step
   * they pass, so then the advice waits for a pause, as after typing.
   */
  #byPointer = false;

  /** Commits a user edit; typing (and arrowing through steps) delays the advice until a pause, other choices refresh it at once. */
  #edit(next: AnsvarItem[], typed = false): void {
    this.#committed = next;
    this.commit(next, { typed });
  }

  #editGroup(index: number, change: (group: AnsvarItem) => AnsvarItem, typed = false): void {
    this.#edit(this.value.map((g, i) => (i === index ? change(g) : g)), typed);
  }

  /** "Målgruppe 2 (Sygeplejersker) er fjernet.", the name in the user's text's language (`withUserText`). */
  #removedText(group: AnsvarItem, index: number, lang: Lang): unknown {
    const label = messages[lang].group(index + 1);
    // Without direction marks (withUserText): an override in the name turned the rest of a notice around.
    return withUserText((name) => messages[lang].removed(name ? `${label} (${name})` : label), group.maalgruppe, this.textLang);
  }

  protected override readonly adviceTargets = { 'ansvarstrappe-tom': 'add' };

  override adviceControls(adviceId: string): HTMLElement[] {
    const groups = this.value;
    // Advice on one group is about its future responsibility, or its licence; read-only (radios and
    // select disabled), the group's name, which still takes focus.
    const control = (i: number) => (!this.editable ? `g${i}-name`
      : adviceId === licenceAdvice ? `g${i}-licence` : `g${i}-goal-${groups[i]!.fremtidigt ?? futureResponsibilities[0]!.id}`);
    return [
      ...super.adviceControls(adviceId),
      ...this.controlsById(...advisedUnits(adviceId, groups, (g) => adviseOn('ansvar', [g])).map(control)),
    ];
  }

  async #add(): Promise<void> {
    const next = [...this.value, { id: uuid(), maalgruppe: '' }];
    this.#edit(next);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#g${next.length - 1}-name`)?.focus();
  }

  /** Removes a group; focus goes to the Undo in its place (see `RemovalUndo`). */
  #remove(index: number): void {
    const removed = this.value[index];
    if (!removed) return;
    // The drafts of the groups after it move up with them.
    this.#countDrafts = new Map([...this.#countDrafts]
      .filter(([i]) => i !== index)
      .map(([i, draft]) => [i > index ? i - 1 : i, draft]));
    this.#edit(this.value.filter((_, i) => i !== index));
    void this.#removal.removed(index, (lang) => this.#removedText(removed, index, lang), async () => {
      // Back in its place: the drafts of the groups after it move down again.
      this.#countDrafts = new Map([...this.#countDrafts].map(([i, draft]) => [i < index ? i : i + 1, draft]));
      this.#edit(insertAt(this.value, index, removed));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#g${index}-name`)?.focus();
    });
  }

  #onName(index: number, event: Event): void {
    const maalgruppe = (event.target as HTMLTextAreaElement).value;
    this.#editGroup(index, (g) => ({ ...g, maalgruppe }), true);
  }

  #onCount(index: number, event: Event): void {
    const input = event.target as HTMLInputElement;
    const raw = input.value.trim();
    const count = Number(raw);
    if (input.validity.badInput || (raw !== '' && !(Number.isSafeInteger(count) && count >= 1))) {
      this.#countDrafts.set(index, input.value);
      this.requestUpdate();
      return;
    }
    this.#countDrafts.delete(index);
    this.#editGroup(index, (g) => {
      const next = { ...g };
      if (raw === '') delete next.antal;
      else next.antal = count;
      return next;
    }, true);
  }

  #onLicence(index: number, event: Event): void {
    const licence = (event.target as HTMLSelectElement).value as Licence | '';
    this.#editGroup(index, (g) => {
      const next = { ...g };
      if (licence) next.koerekort = licence;
      else delete next.koerekort;
      return next;
    });
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const groups = this.value;
    const removed = (slot: number) => this.#removal.render(slot, lang, m.undo, this.editable);
    return html`${this.renderInputIssues()}
      <div part="intro" class="intro">
        <p class="hint">${m.intro}</p>
        <ul class="hint">
          ${staircaseNotes.map((note) => html`<li>${t(note, lang)}</li>`)}
        </ul>
      </div>
      ${this.#licences
        ? html`<details class="licences">
            <summary>${m.licenceAbout}</summary>
            <dl>
              ${licenceInfo.map((l) => html`<dt>${t(l.name, lang)}</dt><dd>${t(l.meaning, lang)}</dd>`)}
            </dl>
            <p class="hint">${t(licenceNote, lang)}</p>
          </details>`
        : nothing}
      ${groups.length ? groups.map((g, i) => html`${removed(i)}${this.#renderGroup(g, i)}`) : html`<p>${m.none}</p>`}
      ${removed(groups.length)}
      ${this.editable
        ? whileRoom(groups.length, lang, html`<button type="button" part="add-button" id="add" class="add" @click=${() => this.#add()}>${m.add}</button>`)
        : nothing}
      ${this.renderLiveAdvice({
        // No filter for the licence advice: it needs a licence in the value, which shows the licences.
        advise: (lang) => adviseOn('ansvar', groups, { lang }),
      })}`;
  }

  #renderGroup(group: AnsvarItem, index: number): TemplateResult {
    const m = messages[this.locale];
    // The stairs come after the choices they show: a level chosen adds a mark that makes them taller,
    // and above the radios that moved the radios under the finger (a second tap hit another level).
    // Wide, the styles show them above the choices again (see the styles' notes).
    return html`<fieldset part="group" class="group">
      <legend id="g${index}">${m.group(index + 1)}</legend>
      ${this.#renderNameAndCount(group, index)}
      ${this.#renderLevels(group, index)}
      ${this.#renderStairs(group, index)}
      ${this.#licences ? this.#renderLicence(group, index) : nothing}
      ${this.editable
        ? html`<button type="button" part="remove-button" class="remove" data-remove=${index} @click=${() => this.#remove(index)}>
            ${m.remove(index + 1)}
          </button>`
        : nothing}
    </fieldset>`;
  }

  /** The group's name and its head count (optional). */
  #renderNameAndCount(group: AnsvarItem, index: number): TemplateResult {
    const m = messages[this.locale];
    const c = commonMessages[this.locale];
    const id = `g${index}`;
    const editable = this.editable;
    const draft = this.#countDrafts.get(index);
    const countInvalid = draft !== undefined;
    // Named by its label, then by the legend ("Antal personer (valgfri) Målgruppe 2"): every group has
    // the same controls, which a screen reader's list of form fields could not tell apart.
    return html`<div class="row">
        <div class="control">
          <label id="${id}-name-l" for="${id}-name">${m.name}</label>
          <p id="${id}-name-hint" class="hint">${m.nameHint}</p>
          <textarea
            id="${id}-name"
            aria-labelledby="${id}-name-l ${id}"
            rows="1"
            lang=${this.textLang}
            aria-describedby="${id}-name-hint"
            .value=${live(group.maalgruppe)}
            ?readonly=${!editable}
            @input=${(e: Event) => this.#onName(index, e)}
          ></textarea>
        </div>
        ${this.readonly && group.antal === undefined ? nothing : html`<div class="control">
          <label id="${id}-count-l" for="${id}-count">${m.count} <span class="optional">${c.optional}</span></label>
          <p id="${id}-count-hint" class="hint">${m.countHint}</p>
          <input
            id="${id}-count"
            aria-labelledby="${id}-count-l ${id}"
            type="number"
            min="1"
            step="1"
            inputmode="numeric"
            aria-describedby="${id}-count-hint ${id}-count-error"
            aria-invalid=${countInvalid ? 'true' : 'false'}
            .value=${live(draft ?? (group.antal === undefined ? '' : String(group.antal)))}
            ?readonly=${!editable}
            @input=${(e: Event) => this.#onCount(index, e)}
          />
          <p id="${id}-count-error" class="field-error" aria-live="polite">${countInvalid ? m.countError : ''}</p>
        </div>`}
      </div>`;
  }

  /** The group's current level and future responsibility, as two sets of radio buttons. */
  #renderLevels(group: AnsvarItem, index: number): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const id = `g${index}`;
    return html`<div class="row choices" @pointerdown=${() => (this.#byPointer = true)} @keydown=${() => (this.#byPointer = false)}>
        <fieldset>
          <legend>${m.current}</legend>
          ${currentLevels.map((level) =>
            this.#renderOption(`${id}-now`, level.id, t(level.name, lang), group.nuvaerende === level.id,
              html`<p>${t(level.description, lang)}</p>`,
              (value) => this.#editGroup(index, (g) => ({ ...g, nuvaerende: value as Experience }), !this.#byPointer)),
          )}
        </fieldset>
        <fieldset>
          <legend>${m.future}</legend>
          ${futureResponsibilities.map((step) =>
            this.#renderOption(`${id}-goal`, step.id, t(step.name, lang), group.fremtidigt === step.id,
              html`<p>${t(step.description, lang)}</p>
                <p>${m.relevantWhen}</p>
                <ul>${step.relevantWhen.map((when) => html`<li>${t(when, lang)}</li>`)}</ul>`,
              (value) => this.#editGroup(index, (g) => ({ ...g, fremtidigt: value as Responsibility }), !this.#byPointer),
              this.#licences ? licenceForResponsibility(step.id) : undefined),
          )}
        </fieldset>
      </div>`;
  }

  #renderOption(
    name: string,
    value: string,
    label: string,
    checked: boolean,
    description: TemplateResult,
    choose: (value: string) => void,
    licence?: Licence,
  ): TemplateResult {
    const id = `${name}-${value}`;
    return html`<div class="option">
      <input
        type="radio"
        id=${id}
        name=${name}
        .value=${value}
        .checked=${live(checked)}
        ?disabled=${!this.editable}
        aria-describedby="${id}-d"
        @change=${() => choose(value)}
      />
      <div>
        <label for=${id}>${label}${licence ? ` (${licence})` : ''}</label>
        <div id="${id}-d" class="hint">${description}</div>
      </div>
    </div>`;
  }

  #renderLicence(group: AnsvarItem, index: number): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const id = `g${index}-licence`;
    const chosen = licenceInfo.find((l) => l.id === group.koerekort);
    const text = (l: (typeof licenceInfo)[number]) =>
      `${t(l.name, lang)}: ${t(futureResponsibilities.find((r) => r.id === l.responsibility)!.name, lang).toLowerCase()}`;
    // Published (read-only), the licence is text that wraps: a locked drop-down cut it off at 320 px.
    if (this.readonly) return chosen ? html`<p class="control">${text(chosen)}</p>` : html``;
    return html`<div class="control">
      <label id="${id}-l" for=${id}>${m.licence}</label>
      <select
        id=${id}
        aria-labelledby="${id}-l g${index}"
        ?disabled=${!this.editable}
        aria-describedby="${id}-hint"
        @change=${(e: Event) => this.#onLicence(index, e)}
      >
        <option value="" .selected=${live(!group.koerekort)}>${m.licenceNone}</option>
        ${licenceInfo.map((l) => html`<option value=${l.id} .selected=${live(group.koerekort === l.id)}>${text(l)}</option>`)}
      </select>
      <p id="${id}-hint" class="hint">${chosen ? t(chosen.meaning, lang) : ''}</p>
    </div>`;
  }

  #renderStairs(group: AnsvarItem, index: number): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    // Where the group stands now: a level's natural next step has the same index (catalog), so the
    // group stands one below it, beginners on the ground in front of the first step.
    const now = group.nuvaerende ? stepIndex(group.nuvaerende) - 1 : -2;
    const goal = group.fremtidigt ? stepIndex(group.fremtidigt) : -2;
    // The model's count of skipped steps: the ones just below the goal.
    const skipped = group.nuvaerende && group.fremtidigt ? skippedSteps(group.nuvaerende, group.fremtidigt) : 0;
    const level = currentLevels.find((l) => l.id === group.nuvaerende);
    const nowMark = level ? html`<span class="mark mark-now">${`${m.now} ${t(level.name, lang)}`}</span>` : nothing;
    return html`<ol part="stairs" class="stairs" aria-label=${m.stairs(index + 1)}>
      <li part="step" class="step step-0">
        <span class="step-name">${m.ground}</span>
        ${now === -1 ? nowMark : nothing}
      </li>
      ${futureResponsibilities.map((step, s) => {
        const isGoal = s === goal;
        const isSkipped = s < goal && s >= goal - skipped;
        return html`<li part="step" class="step step-${s + 1}${isGoal ? ' goal' : ''}${isSkipped ? ' skipped' : ''}">
          <span class="visually-hidden">${m.step(s + 1)}</span>
          <span class="step-name">${t(step.name, lang)}</span>
          ${this.#licences
            ? html`<span class="licence-label"><span class="visually-hidden">${m.licence}</span>${` ${licenceForResponsibility(step.id)}`}</span>`
            : nothing}
          ${isGoal ? html`<span class="mark mark-goal">${m.goal}</span>` : nothing}
          ${isSkipped ? html`<span class="mark mark-skipped">${m.skipped}</span>` : nothing}
          ${s === now ? nowMark : nothing}
        </li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansvars-trappe': AnsvarsTrappe;
  }
}
