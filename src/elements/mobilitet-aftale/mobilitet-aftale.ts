import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { printedValueStyles } from '../../internal/printed-value.js';
import { KompetenceFieldElement } from '../../internal/field-element.js';
import { RenderAtPause } from '../../internal/live-advice.js';
import { renderPeriod, withPeriod } from '../../internal/period.js';
import { editingStyles } from '../../internal/editing-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { adviseOn } from '../../model/advice.js';
import { filled, periodReversed } from '../../model/advice/checks.js';
import { learningFormById, learningFormFamilyDescriptions } from '../../model/catalog/learning-forms.js';
import { mobilityGuidance, mobilityScopeNames, weekdayNames } from '../../model/catalog/mobility.js';
import { termKeys } from '../../model/catalog/mobility-terms.js';
import { joinList, nameInSentence, t } from '../../model/catalog/text.js';
import { mobilityForms, mobilityScopes, weekdays, type MobilityForm, type MobilityScope, type Weekday } from '../../model/ids.js';
import type { MobilitetItem } from '../../model/plan.js';
import { messages } from './mobilitet-aftale.messages.js';
import { styles } from './mobilitet-aftale.styles.js';

type Term = (typeof termKeys)[number];
type TextKey = 'afgivende' | 'modtagende' | 'formaal' | 'laeringsmaal' | 'kontakt' | 'daekning' | 'tilbagevenden';
const isTerm = (key: TextKey | Term): key is Term => (termKeys as readonly string[]).includes(key);

/**
 * One mobility arrangement (*mobilitetsaftale*): the employee works for a period in another,
 * unfamiliar setting, as a loan, a secondment, the clinical introduction course or a European
 * exchange. Records the parties, period and scope, purpose and learning goals, the contract terms,
 * the informal contact, cover at home and how the learning is used afterwards. Shows the chosen
 * form's facts from the cases as guidance (and says when the scope is not one the form is known in),
 * and the model's advice on missing learning goals, a loan's missing terms, a missing plan for
 * afterwards and a period that ends before it starts. Weekdays are for part time: choosing full
 * time removes them (and says so); weekdays given with full time are kept and shown until the user
 * removes them.
 *
 * Inside `<kompetence-model>` the model owns the list of arrangements and drives each one by
 * property; the element does not write to the plan itself.
 *
 * @tagname mobilitet-aftale
 * @summary One mobility arrangement: form, parties, period, terms, goals and use of the learning afterwards.
 *
 * @attr {string} value - The arrangement as JSON (a `MobilitetItem`). Input that cannot be used is shown as an error; the last good value is kept.
 * @attr {string} lang - Language of the texts (`da` default, `en`); else the nearest ancestor's, else the page's.
 * @attr {boolean} disabled - Read-only and not submitted with its form, as a disabled native control (also inside a disabled `<fieldset>`).
 *
 * @event {KompetenceChangeEvent<MobilitetItem>} kompetence-change - The user changed the arrangement; `detail.value` is the new `MobilitetItem`.
 * @event {KompetenceInvalidEvent} kompetence-invalid - A `value` given by attribute or property could not be used; the last good value is kept.
 *
 * @csspart error - The message shown when given input could not be used.
 * @csspart intro - The short explanation of mobility at the top.
 * @csspart form - The choice of mobility form (a fieldset of radios).
 * @csspart guidance - The facts and advice of the chosen form, next to the choice.
 * @csspart period - Start and end dates.
 * @csspart scope - Part- or full-time, with the weekdays for part-time.
 * @csspart weekdays - The fixed weekdays (shown for part-time, and while the value holds any).
 * @csspart terms - The contract terms: responsibilities, holidays, sickness.
 * @csspart advice - The model's advice on the arrangement (a live region).
 *
 * @cssprop [--kompetence-color-text=#1a1a1a] - Text colour.
 * @cssprop [--kompetence-color-text-muted=#4a4a4a] - Colour of hints.
 * @cssprop [--kompetence-color-surface=#ffffff] - Background of the element and of its controls.
 * @cssprop [--kompetence-color-surface-alt=#f3f4f6] - Background of the guidance and of advice.
 * @cssprop [--kompetence-color-border=#767676] - Borders of fields and controls.
 * @cssprop [--kompetence-color-accent=#004b87] - Checked radios and checkboxes, and the edge of the guidance.
 * @cssprop [--kompetence-color-focus=#b3541e] - Focus outline.
 * @cssprop [--kompetence-color-info=#004b87] - Advice to consider.
 * @cssprop [--kompetence-color-warning=#8a4b00] - Advice that should be acted on.
 * @cssprop [--kompetence-color-error=#b00020] - Errors in input and advice that must be acted on.
 * @cssprop [--kompetence-color-scheme=light] - The colour scheme its checkboxes, radios and date pickers are drawn for: `dark` with dark surfaces.
 * @cssprop [--kompetence-radius=4px] - Corner radius.
 * @cssprop [--kompetence-space=1em] - Base spacing.
 */
export class MobilitetAftale extends KompetenceFieldElement<'mobilitet'> {
  static override styles = [baseStyles, editingStyles, printedValueStyles, styles];

  protected readonly planPart = 'mobilitet';

  /**
   * Weekdays set aside when the user chooses full time (said below the scope), given back if they
   * choose part time again. They belong to the arrangement they were taken from.
   */
  #setAsideDays: Weekday[] = [];
  /** The id of the arrangement this element last committed, to tell its own edit handed back from another arrangement. */
  #committedId: string | undefined;

  /**
   * The form the user last chose here. Only that choice is announced (a short status, not the whole
   * guidance), and not a form set by code, e.g. when <kompetence-model> shows another arrangement.
   */
  #chosenForm: MobilityForm | undefined;

  protected override readonly adviceTargets = {
    'mobilitet-uden-laeringsmaal': 'laeringsmaal', 'mobilitet-uden-tilbagevenden': 'tilbagevenden',
  };

  override adviceControls(adviceId: string): HTMLElement[] {
    const v = this.value;
    if (adviceId === 'mobilitet-uden-vilkaar') return this.controlsById(...termKeys.filter((k) => !filled(v.vilkaar[k])).slice(0, 1));
    if (adviceId === 'periode-omvendt') return periodReversed(v.periode) ? this.controlsById('slut') : [];
    return super.adviceControls(adviceId);
  }

  /** Commits a user edit; typing delays the advice until a pause, choices refresh it at once. */
  #edit(next: MobilitetItem, typed = false): void {
    this.#committedId = next.id;
    this.commit(next, { typed });
  }

  // <kompetence-model> hands each edit back by property; another arrangement does not get these days.
  protected override accepted(value: MobilitetItem): void {
    super.accepted(value);
    if (value.id !== this.#committedId) this.#setAsideDays = [];
  }

  override formResetCallback(): void {
    this.#setAsideDays = [];
    super.formResetCallback();
  }

  /** Whether the last form was chosen with an arrow key, which moves through the forms one by one. */
  #byArrow = false;
  /** Arrowing through the forms, the status waits for a pause: it was read out at every step. */
  #statusPause = new RenderAtPause(this);

  #chooseForm(form: MobilityForm): void {
    this.#chosenForm = form;
    this.#statusPause.restart(this.#byArrow);
    this.#edit({ ...this.value, form });
  }

  #onScope(omfang: MobilityScope): void {
    const v = this.value;
    if (omfang === 'fuldtid') {
      this.#setAsideDays = v.ugedage;
      this.#edit({ ...v, omfang, ugedage: [] });
    } else {
      this.#edit({ ...v, omfang, ugedage: v.ugedage.length ? v.ugedage : this.#setAsideDays });
    }
  }

  async #onDay(day: Weekday, on: boolean): Promise<void> {
    const days = new Set(this.value.ugedage);
    if (on) days.add(day);
    else days.delete(day);
    this.#edit({ ...this.value, ugedage: weekdays.filter((d) => days.has(d)) });
    // Days given without part time are shown until the last is removed; focus then goes to the scope.
    if (!days.size && this.value.omfang !== 'deltid') {
      await this.updateComplete;
      const scope = (selector: string) => this.renderRoot.querySelector<HTMLInputElement>(selector);
      (scope('input[name="omfang"]:checked') ?? scope('input[name="omfang"]'))?.focus();
    }
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const v = this.value;
    const off = !this.editable;
    return html`${this.renderInputIssues()}
      <p part="intro" class="hint">${t(learningFormFamilyDescriptions.mobilitet, lang)}</p>
      <div class="row top">
        <fieldset part="form" class="forms" @pointerdown=${() => (this.#byArrow = false)}
          @keydown=${(e: KeyboardEvent) => (this.#byArrow = e.key.startsWith('Arrow'))}
          @focusout=${(e: FocusEvent) => {
            // Gone on before the pause (Tab): the status would speak of the forms from elsewhere.
            if (!(e.currentTarget as Element).contains(e.relatedTarget as Node | null) && this.#statusPause.pending) {
              this.#chosenForm = undefined;
              this.#statusPause.restart(false);
            }
          }}>
          <legend>${m.form}</legend>
          ${mobilityForms.map((id) => this.#choice('form', id, t(learningFormById(id).name, lang), v.form === id,
            () => this.#chooseForm(id)))}
        </fieldset>
        <section part="guidance" class="guidance no-print">
          <p role="status" class="visually-hidden"
            >${v.form && v.form === this.#chosenForm && !this.#statusPause.pending ? m.guidanceShown(nameInSentence(t(learningFormById(v.form).name, lang), lang)) : ''}</p
          >${this.#guidance(v.form)}
        </section>
      </div>
      <div class="row">${this.#text('afgivende', false)}${this.#text('modtagende', false)}</div>
      ${renderPeriod({ legend: m.period, periode: v.periode, lang, readonly: off,
        change: (p, typed) => this.#edit(withPeriod(this.value, p), typed) })}
      <fieldset part="scope" aria-describedby="scope-note">
        <legend>${m.scope}</legend>
        <div class="choices">
          ${mobilityScopes.map((s) => this.#choice('omfang', s, t(mobilityScopeNames[s], lang), v.omfang === s, () => this.#onScope(s)))}
        </div>
        <p id="scope-note" class="hint" role="status">${this.#scopeNote(v)}</p>
        ${v.omfang === 'deltid' || v.ugedage.length
          ? html`<fieldset part="weekdays" aria-describedby=${v.omfang === 'deltid' ? nothing : 'days-h'}>
              <legend>${m.days}</legend>
              ${v.omfang === 'deltid' ? nothing : html`<p id="days-h" class="hint">${m.daysNotPartTime}</p>`}
              <div class="choices">
                ${weekdays.map((d) => html`<label class="inline">
                  <input type="checkbox" .checked=${live(v.ugedage.includes(d))} ?disabled=${off}
                    @change=${(e: Event) => this.#onDay(d, (e.target as HTMLInputElement).checked)} />
                  <span class="day">${t(weekdayNames[d], lang)}</span>
                </label>`)}
              </div>
            </fieldset>`
          : nothing}
      </fieldset>
      ${this.#text('formaal')}${this.#text('laeringsmaal')}
      <fieldset part="terms" aria-describedby="terms-h">
        <legend>${m.terms}</legend>
        <p id="terms-h" class="hint">${m.termsHint}</p>
        <div class="row">${termKeys.map((k) => this.#text(k))}</div>
      </fieldset>
      ${this.#text('kontakt')}${this.#text('daekning')}${this.#text('tilbagevenden')}
      ${this.renderLiveAdvice({ advise: (lang) => adviseOn('mobilitet', [v], { lang }) })}`;
  }

  /**
   * What to know about the scope: a scope the chosen form is not known in (HOPE is full-time in the
   * cases), and weekdays this element removed when the user chose full time.
   */
  #scopeNote(v: MobilitetItem): string {
    const m = messages[this.locale];
    const lang = this.locale;
    const scopeName = (s: MobilityScope) => nameInSentence(t(mobilityScopeNames[s], lang), lang);
    const known = v.form ? mobilityGuidance[v.form].scope : undefined;
    return [
      v.form && known && v.omfang && !known.includes(v.omfang)
        ? m.scopeUnusual(t(learningFormById(v.form).name, lang), joinList(known.map(scopeName), m.or), scopeName(v.omfang))
        : '',
      v.omfang === 'fuldtid' && !v.ugedage.length && this.#setAsideDays.length
        ? m.daysCleared(this.#setAsideDays.map((d) => t(weekdayNames[d], lang)).join(', '))
        : '',
    ].filter(Boolean).join(' ');
  }

  #choice(name: string, value: string, label: string, checked: boolean, choose: () => void): TemplateResult {
    return html`<label class="inline">
      <input type="radio" name=${name} .value=${value} .checked=${live(checked)} ?disabled=${!this.editable} @change=${choose} />
      <span>${label}</span>
    </label>`;
  }

  /** A text of the arrangement (or of its terms) with its label and, when it has one, its hint. */
  #text(key: TextKey | Term, area = true): unknown {
    const m = messages[this.locale];
    const term = isTerm(key);
    const value = term ? this.value.vilkaar[key] : this.value[key];
    // Each text has its hint in the messages (`formaalHint`…): one renamed or missing fails to compile.
    // The terms share one, `termsHint`, under their fieldset's legend.
    const hint = term ? undefined : m[`${key}Hint` as const];
    const onInput = (e: Event): void => {
      const text = (e.target as HTMLInputElement).value;
      const v = this.value;
      this.#edit(term ? { ...v, vilkaar: { ...v.vilkaar, [key]: text } } : { ...v, [key]: text }, true);
    };
    const describedBy = hint ? `${key}-h` : nothing;
    return this.readonly && !value ? nothing : html`<div class="control">
      <label for=${key}>${m[key]}</label>
      ${hint ? html`<p id="${key}-h" class="hint">${hint}</p>` : nothing}
      <textarea id=${key} rows=${area ? 2 : 1} lang=${this.textLang} aria-describedby=${describedBy} .value=${live(value)} ?readonly=${!this.editable}
        @input=${onInput}></textarea>
    </div>`;
  }

  /** The chosen form's facts from the cases (the model's catalog). */
  #guidance(form: MobilityForm | undefined): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    if (!form) return html`<p class="hint">${m.pick}</p>`;
    const f = learningFormById(form);
    const g = mobilityGuidance[form];
    const facts: [string, string | undefined][] = [
      [m.duration, t(g.typicalDuration, lang)],
      [m.scope, g.scope && joinList(g.scope.map((s) => nameInSentence(t(mobilityScopeNames[s], lang), lang)), m.or)],
      [m.group, t(g.targetGroup, lang)],
      [m.size, f.groupSize && t(f.groupSize, lang)],
      [m.pay, g.payment && t(g.payment, lang)],
    ];
    const list = (title: string, items: readonly { da: string; en: string }[]) =>
      html`<h4 aria-level=${this.headingLevel(4)}>${title}</h4><ul>${items.map((i) => html`<li>${t(i, lang)}</li>`)}</ul>`;
    return html`<h3 aria-level=${this.headingLevel(3)}>${t(f.name, lang)}</h3>
      <p>${t(f.description, lang)}</p>
      <dl>${facts.map(([k, d]) => (d ? html`<dt>${k}</dt><dd>${d}</dd>` : nothing))}</dl>
      ${list(m.requires, g.requirements)}${list(m.tips, g.advice)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mobilitet-aftale': MobilitetAftale;
  }
}
