import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderDialogueQuestions } from '../../internal/dialogue-questions.js';
import { KompetenceFieldElement } from '../../internal/field-element.js';
import { editingStyles } from '../../internal/editing-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { fieldById } from '../../model/catalog/fields.js';
import { actionsLevel, goalLevelInfo, goalsPitfall, goalsReminder } from '../../model/catalog/goals.js';
import { t } from '../../model/catalog/text.js';
import { chosenGoalLevels, undescribedGoalLevels } from '../../model/chosen-goals.js';
import { goalLevels, goalSubtypes, type GoalSubtype, type PlanGoalLevel } from '../../model/ids.js';
import type { Laeringsmaal, Plan } from '../../model/plan.js';
import { messages } from './laeringsmaal-pyramide.messages.js';
import { styles } from './laeringsmaal-pyramide.styles.js';

/**
 * The learning goals (*læringsmål*) of a task on the three levels of the pyramid: role at the top,
 * professional knowledge in the middle, methods and techniques below them, on a base of the
 * actions themselves (the tasks to be solved in a new way, not a kind of goal). Each level has its
 * sub-types to choose and a description; each level that is chosen shows the manager's role for it.
 * Shows the reminder that higher levels are harder to change, the model's advice as the user
 * edits, and the field's questions for the dialogue. In narrow containers the pyramid becomes a
 * list, still from the top.
 *
 * @tagname laeringsmaal-pyramide
 * @summary The learning goals on the pyramid's three levels, with sub-types and the manager's role per level.
 *
 * @attr {string} value - The goals as JSON (a `Laeringsmaal`: `metoder`, `viden`, `rolle`, each `{ beskrivelse, typer }`). Input that cannot be used is shown as an error; the last good value is kept.
 * @attr {string} lang - Language of the texts (`da` default, `en`); else the nearest ancestor's, else the page's.
 * @attr {boolean} disabled - Read-only and not submitted with its form, as a disabled native control (also inside a disabled `<fieldset>`).
 *
 * @event {KompetenceChangeEvent<Laeringsmaal>} kompetence-change - The user changed a goal; `detail.value` is the new `Laeringsmaal`.
 * @event {KompetenceInvalidEvent} kompetence-invalid - A `value` given by attribute or property could not be used; the last good value is kept.
 *
 * @csspart error - The message shown when given input could not be used.
 * @csspart intro - The field's question at the top.
 * @csspart reminder - The reminder that higher levels are harder to change, and the field's pitfall (goals not thought through on each level).
 * @csspart pyramid - The pyramid: the three levels and the base, top first.
 * @csspart level - One goal level (a fieldset).
 * @csspart subtypes - The sub-types of a level (a fieldset of checkboxes).
 * @csspart leader-role - The manager's role for a chosen level.
 * @csspart base - The pyramid's base: the actions.
 * @csspart advice - The model's advice on the goals (a live region).
 * @csspart questions - The field's questions for the dialogue (folded).
 *
 * @cssprop [--kompetence-color-text=#1a1a1a] - Text colour.
 * @cssprop [--kompetence-color-text-muted=#4a4a4a] - Colour of hints.
 * @cssprop [--kompetence-color-surface=#ffffff] - Background of the element and of its controls.
 * @cssprop [--kompetence-color-surface-alt=#f3f4f6] - Background of the levels and of advice.
 * @cssprop [--kompetence-color-border=#767676] - Outline of the pyramid's levels, and borders of controls.
 * @cssprop [--kompetence-color-accent=#004b87] - Checked checkboxes and the edge of the manager's role.
 * @cssprop [--kompetence-color-focus=#b3541e] - Focus outline.
 * @cssprop [--kompetence-color-info=#004b87] - Advice to consider.
 * @cssprop [--kompetence-color-warning=#8a4b00] - Advice that should be acted on.
 * @cssprop [--kompetence-color-error=#b00020] - Errors in input.
 * @cssprop [--kompetence-color-scheme=light] - The colour scheme its checkboxes, radios and date pickers are drawn for: `dark` with dark surfaces.
 * @cssprop [--kompetence-radius=4px] - Corner radius.
 * @cssprop [--kompetence-space=1em] - Base spacing.
 */
export class LaeringsmaalPyramide extends KompetenceFieldElement<'laeringsmaal'> {
  static override styles = [baseStyles, editingStyles, styles];

  protected readonly planPart = 'laeringsmaal';
  protected override readonly planSlice = {
    read: (plan: Plan): Laeringsmaal => plan.laeringsmaal,
    write: (plan: Plan, laeringsmaal: Laeringsmaal): Plan => ({ ...plan, laeringsmaal }),
  };

  // The first level's description, in reading order (the pyramid is drawn from the top).
  protected override readonly adviceTargets = { 'laeringsmaal-mangler': `${goalLevels[0]}-text` };

  /** Advice on a level chosen without a description is acted on in that level's description. */
  override adviceControls(adviceId: string): HTMLElement[] {
    return adviceId === 'laeringsmaal-uden-beskrivelse'
      ? this.controlsById(...undescribedGoalLevels(this.value).map((level) => `${level}-text`))
      : super.adviceControls(adviceId);
  }

  /**
   * Whether the last edit was typed. The first character typed in a goal chooses its level, and the
   * leader's role that then appears is not read out: it cut into the typing. It follows the goal's
   * description, where reading on finds it. A sub-type ticked still announces it.
   */
  #typed = false;

  #edit<L extends PlanGoalLevel>(level: L, goal: { beskrivelse: string } | { typer: GoalSubtype<L>[] }, typed = false): void {
    this.#typed = typed;
    const v = this.value;
    this.commit({ ...v, [level]: { ...v[level], ...goal } }, { typed });
  }

  /** Sub-types are saved in the catalog's order, whatever order they were ticked in. */
  #onSubtype<L extends PlanGoalLevel>(level: L, id: string, on: boolean): void {
    const chosen = new Set<string>(this.value[level].typer);
    if (on) chosen.add(id);
    else chosen.delete(id);
    const subtypes: readonly GoalSubtype<L>[] = goalSubtypes[level];
    this.#edit(level, { typer: subtypes.filter((s) => chosen.has(s)) });
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const v = this.value;
    const chosen = chosenGoalLevels(v);
    return html`${this.renderInputIssues()}
      <p part="intro" class="hint">${t(fieldById('laeringsmaal').question, lang)}</p>
      <p part="reminder" class="reminder hint">${t(goalsReminder, lang)} ${t(goalsPitfall, lang)}</p>
      <ol part="pyramid" class="pyramid" aria-label=${m.pyramid}>
        ${goalLevels.map((level) => this.#level(level, chosen.includes(level)))}
        <li part="base" class="level base">
          <strong>${t(actionsLevel.name, lang)}</strong>
          <p class="hint">${`${t(actionsLevel.description, lang)} ${m.base}`}</p>
        </li>
      </ol>
      ${this.renderLiveAdvice()}
      ${renderDialogueQuestions('laeringsmaal', lang)}`;
  }

  #level(level: PlanGoalLevel, chosen: boolean): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const info = goalLevelInfo[level];
    const goal = this.value[level];
    const off = !this.editable;
    // The description is named by its label, then by the level's legend ("Beskriv målet Rolle"): a
    // screen reader's list of form fields could not tell the three apart by the label alone.
    return html`<li class="level ${level}">
      <fieldset part="level" aria-describedby="${level}-d">
        <legend id=${level}>${t(info.name, lang)}</legend>
        <p id="${level}-d" class="hint">${t(info.description, lang)}</p>
        <fieldset part="subtypes" class="subtypes">
          <legend>${m.kinds}</legend>
          <div class="options">${info.subtypes.map((s) => {
            const id = `${level}-${s.id}`;
            return html`<div class="option">
              <input type="checkbox" id=${id} .value=${s.id} aria-describedby="${id}-d" ?disabled=${off}
                .checked=${live((goal.typer as readonly string[]).includes(s.id))}
                @change=${(e: Event) => this.#onSubtype(level, s.id, (e.target as HTMLInputElement).checked)} />
              <div>
                <label for=${id}>${t(s.name, lang)}</label>
                <p id="${id}-d" class="hint">${t(s.description, lang)}</p>
              </div>
            </div>`;
          })}</div>
        </fieldset>
        ${this.readonly && !goal.beskrivelse ? nothing : html`<label id="${level}-text-l" for="${level}-text">${m.describe}</label>
        <textarea id="${level}-text" aria-labelledby="${level}-text-l ${level}" rows="2" lang=${this.textLang} .value=${live(goal.beskrivelse)} ?readonly=${off}
          @input=${(e: Event) => this.#edit(level, { beskrivelse: (e.target as HTMLTextAreaElement).value }, true)}></textarea>`}
        <div class="leader-live" aria-live=${this.#typed ? 'off' : 'polite'}>${chosen
          ? html`<p part="leader-role" class="leader"><strong>${m.leader}</strong>${` ${t(info.leaderRole, lang)}`}</p>`
          : ''}</div>
      </fieldset>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'laeringsmaal-pyramide': LaeringsmaalPyramide;
  }
}
