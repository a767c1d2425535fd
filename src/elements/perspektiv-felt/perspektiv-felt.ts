import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderDialogueQuestions } from '../../internal/dialogue-questions.js';
import { KompetenceFieldElement } from '../../internal/field-element.js';
import { editingStyles } from '../../internal/editing-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { fieldById } from '../../model/catalog/fields.js';
import { perspectiveStarter } from '../../model/catalog/perspective.js';
import { t } from '../../model/catalog/text.js';
import type { Perspektiv, Plan } from '../../model/plan.js';
import { messages } from './perspektiv-felt.messages.js';
import { styles } from './perspektiv-felt.styles.js';

type Key = 'kerneopgave' | 'arbejdsplads' | 'fortolkninger';

/**
 * Field 2 of the model, the perspective (*perspektiv*): why the task must be solved differently.
 * The value for the core task and the citizens or users, the value for the workplace, each with
 * a button that starts the text with the method's formulation «Vi bliver bedre til, at …», and
 * room for the competing ways staff may read the change. Shows the model's advice live and the
 * field's questions for the dialogue.
 *
 * @tagname perspektiv-felt
 * @summary The perspective of a plan: what citizens and the workplace gain, and how staff may read the change.
 *
 * @attr {string} value - The perspective as JSON (`{ kerneopgave, arbejdsplads, fortolkninger }`). Input that cannot be used is shown as an error; the last good value is kept.
 * @attr {string} lang - Language of the texts (`da` default, `en`); else the nearest ancestor's, else the page's.
 * @attr {boolean} disabled - Read-only and not submitted with its form, as a disabled native control (also inside a disabled `<fieldset>`).
 *
 * @event {KompetenceChangeEvent<Perspektiv>} kompetence-change - The user changed the perspective; `detail.value` is the new `Perspektiv`.
 * @event {KompetenceInvalidEvent} kompetence-invalid - A `value` given by attribute or property could not be used; the last good value is kept.
 *
 * @csspart error - The message shown when given input could not be used.
 * @csspart intro - The field's question, at the top.
 * @csspart kerneopgave - The value for the core task and the citizens (label, hint, text).
 * @csspart arbejdsplads - The value for the workplace (label, hint, text).
 * @csspart fortolkninger - The competing interpretations (label, hint, text).
 * @csspart starter - The buttons that start a text with «Vi bliver bedre til, at …» (shown while it is empty).
 * @csspart advice - The model's advice on the perspective (a live region).
 * @csspart questions - The field's questions for the dialogue (folded).
 *
 * @cssprop [--kompetence-color-text=#1a1a1a] - Text colour.
 * @cssprop [--kompetence-color-text-muted=#4a4a4a] - Colour of hints.
 * @cssprop [--kompetence-color-surface=#ffffff] - Background of the element and of its controls.
 * @cssprop [--kompetence-color-surface-alt=#f3f4f6] - Background of advice.
 * @cssprop [--kompetence-color-border=#767676] - Borders of controls.
 * @cssprop [--kompetence-color-accent=#004b87] - The starter buttons.
 * @cssprop [--kompetence-color-focus=#b3541e] - Focus outline.
 * @cssprop [--kompetence-color-info=#004b87] - Advice to consider.
 * @cssprop [--kompetence-color-warning=#8a4b00] - Advice that should be acted on.
 * @cssprop [--kompetence-color-error=#b00020] - Errors in input.
 * @cssprop [--kompetence-color-scheme=light] - The colour scheme its checkboxes, radios and date pickers are drawn for: `dark` with dark surfaces.
 * @cssprop [--kompetence-radius=4px] - Corner radius.
 * @cssprop [--kompetence-space=1em] - Base spacing.
 */
export class PerspektivFelt extends KompetenceFieldElement<'perspektiv'> {
  static override styles = [baseStyles, editingStyles, styles];

  protected readonly planPart = 'perspektiv';
  protected override readonly planSlice = {
    read: (plan: Plan): Perspektiv => plan.perspektiv,
    write: (plan: Plan, perspektiv: Perspektiv): Plan => ({ ...plan, perspektiv }),
  };

  protected override readonly adviceTargets = {
    'perspektiv-mangler': 'kerneopgave',
    'perspektiv-kerneopgave-mangler': 'kerneopgave',
    'perspektiv-arbejdsplads-mangler': 'arbejdsplads',
    'fortolkninger-mangler': 'fortolkninger',
  };

  #edit(key: Key, text: string, typed = true): void {
    this.commit({ ...this.value, [key]: text }, { typed });
  }

  /** Starts the empty text with the method's formulation and puts the caret after it. */
  async #start(key: Key): Promise<void> {
    this.#edit(key, t(perspectiveStarter, this.textLocale), false);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${key}`)?.focus();
  }

  override render(): TemplateResult {
    const lang = this.locale;
    return html`${this.renderInputIssues()}
      <p part="intro" class="hint">${t(fieldById('perspektiv').question, lang)}</p>
      ${this.#text('kerneopgave', true)}${this.#text('arbejdsplads', true)}${this.#text('fortolkninger')}
      ${this.renderLiveAdvice()}
      ${renderDialogueQuestions('perspektiv', lang)}`;
  }

  #text(key: Key, starter = false): unknown {
    const lang = this.locale;
    const m = messages[lang];
    // The starter in the language of the text it goes into, and said in it.
    const into = this.textLocale;
    const text = this.value[key];
    return this.readonly && !text ? nothing : html`<div part=${key} class="control">
      <label id="${key}-l" for=${key}>${m[key]}</label>
      <p id="${key}-h" class="hint">${m[`${key}Hint`]}</p>
      <textarea id=${key} rows="3" lang=${this.textLang} aria-describedby="${key}-h" .value=${live(text)} ?readonly=${!this.editable}
        @input=${(e: Event) => this.#edit(key, (e.target as HTMLTextAreaElement).value)}></textarea>
      ${starter && !text && this.editable
        // Named by its text, then by its box's label: two starters with one text were two identical
        // entries in a screen reader's list of buttons (as a group's fields are named by its legend).
        ? html`<button type="button" part="starter" id="${key}-s" aria-labelledby="${key}-s ${key}-l" @click=${() => this.#start(key)}>${m.start(
            html`<span lang=${into === lang ? nothing : into}>${t(perspectiveStarter, into).trim()} …</span>`)}</button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'perspektiv-felt': PerspektivFelt;
  }
}
