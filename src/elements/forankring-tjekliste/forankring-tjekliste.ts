import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { advisedUnits, KompetenceFieldElement, type PlanSlice } from '../../internal/field-element.js';
import { adviseOn } from '../../model/advice.js';
import { editingStyles } from '../../internal/editing-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { renderDialogueQuestions } from '../../internal/dialogue-questions.js';
import { downloadCalendar } from '../../internal/download.js';
import { badDate, DATE_MAX, dateToSave, dateTyped } from '../../internal/period.js';
import { whileRoom } from '../../internal/list-limit.js';
import { insertAt, RemovalUndo, removalStyles } from '../../internal/removal-undo.js';
import { printedDate, printedValueStyles } from '../../internal/printed-value.js';
import { commonMessages } from '../../i18n/common.js';
import {
  anchoringKindInfo, everydayNote, movingOnPitfall, rigidDatePitfall, transitionTypeInfo,
} from '../../model/catalog/anchoring.js';
import { nameInSentence, t } from '../../model/catalog/text.js';
import { hasCalendarDates } from '../../model/ical.js';
import { anchoringKinds, transitionTypes, type AnchoringKind, type Lang, type TransitionType } from '../../model/ids.js';
import { createPlan } from '../../model/parse.js';
import type { ForankringItem, Hverdag, Overgang } from '../../model/plan.js';
import { uuid } from '../../model/uuid.js';
import { messages } from './forankring-tjekliste.messages.js';
import { styles } from './forankring-tjekliste.styles.js';

/**
 * Field 5 of the method, everyday work: the transition from the training ground to everyday work
 * (individual or collective, with a description, a date and what happens to those not yet ready)
 * and the four kinds of anchoring as a checklist of agreements with who, when and done. Shows the
 * model's advice live and downloads the dated agreements as a calendar file (.ics). A removed agreement
 * is offered back (Undo) in its place until the next edit.
 *
 * @tagname forankring-tjekliste
 * @summary The transition to everyday work and the four kinds of anchoring as a checklist, with calendar download.
 *
 * @attr {string} value - The value as JSON: `{ "overgang": { "type"?, "beskrivelse", "dato"?, "ikkeKlar" }, "forankring": [ … ] }` (the plan's `hverdag`).
 * @attr {string} lang - Language of the texts, `da` (default) or `en`; else inherited from the nearest ancestor or `<html lang>`.
 * @attr {boolean} disabled - Read-only and not submitted with its form, as a disabled native control (also inside a disabled `<fieldset>`).
 *
 * @event {KompetenceChangeEvent<Hverdag>} kompetence-change - On every user edit; `detail.value` is the new value (the plan's `hverdag`).
 * @event {KompetenceInvalidEvent} kompetence-invalid - When a `value` attribute or property cannot be used; the last good value is kept.
 *
 * @csspart error - The accessible error shown for input that could not be used.
 * @csspart transition - The fieldset of the transition to everyday work.
 * @csspart anchoring - The section with the four kinds of anchoring.
 * @csspart kind - The fieldset of one kind of anchoring.
 * @csspart item - One agreement (description, who, when, done).
 * @csspart removed - Where a removed agreement was: says so, with a button that puts it back.
 * @csspart add - The buttons that add an agreement (empty or from an example).
 * @csspart advice - The live region with the model's advice.
 * @csspart questions - The field's questions for the dialogue (folded).
 * @csspart calendar - The calendar download area.
 * @csspart download - The button that downloads the calendar file.
 *
 * @cssprop [--kompetence-color-text=#1a1a1a] - Text colour.
 * @cssprop [--kompetence-color-text-muted=#4a4a4a] - Colour of hints.
 * @cssprop [--kompetence-color-surface=#ffffff] - Background of the element and of its controls.
 * @cssprop [--kompetence-color-surface-alt=#f3f4f6] - Background of agreements, advice and the notice of a removed agreement.
 * @cssprop [--kompetence-color-border=#767676] - Borders of fieldsets and controls.
 * @cssprop [--kompetence-color-accent=#004b87] - Buttons, checkboxes and radios.
 * @cssprop [--kompetence-color-focus=#b3541e] - Focus outline.
 * @cssprop [--kompetence-color-info=#004b87] - Marker of advice to consider.
 * @cssprop [--kompetence-color-warning=#8a4b00] - Marker of advice that should be fixed.
 * @cssprop [--kompetence-color-error=#b00020] - Errors.
 * @cssprop [--kompetence-color-scheme=light] - The colour scheme its checkboxes, radios and date pickers are drawn for: `dark` with dark surfaces.
 * @cssprop [--kompetence-radius=4px] - Corner radius.
 * @cssprop [--kompetence-space=1em] - Base spacing.
 */
export class ForankringTjekliste extends KompetenceFieldElement<'hverdag'> {
  static override styles = [baseStyles, editingStyles, removalStyles, printedValueStyles, styles];

  static override properties = {
    titel: {},
    planId: { attribute: 'plan-id' },
  };

  /** Title of the calendar and of its events when standalone (inside `<kompetence-model>` the plan's title is used when this is empty). */
  declare titel: string | null;

  /**
   * Standing alone: the id of the plan this checklist belongs to in the host system (e.g. its record
   * id). It makes the calendar's event UIDs the same on every download and page load, so opening
   * the file again in a calendar that matches events by UID (Outlook does) updates the events
   * instead of doubling them. Without it the UIDs hold for as long
   * as the page is open. Inside `<kompetence-model>` the plan's own id is used.
   */
  declare planId: string | null;

  /** The calendar key of this checklist when it has no `plan-id`: random, so two checklists never share UIDs. */
  #calendarKey = uuid();
  /** The last removed agreement, offered back in its place. */
  #removal = new RemovalUndo(this);
  /**
   * The transition type ('' for none) under which the not-ready text was last shown. For that type it
   * stays shown when emptied: taking the field away while the user types in it drops focus to the page.
   * Only while the transition is the user's own last edit: a value set by code (another plan) decides anew.
   */
  #notReadyShownFor: string | undefined;
  /** The transition as the user last edited it. */
  #editedOvergang: Overgang | undefined;
  /** Whether this render shows the not-ready text (decided in `willUpdate`). */
  #showsNotReady = false;

  protected readonly planPart = 'hverdag';
  protected override readonly planSlice: PlanSlice<Hverdag> = {
    read: (plan) => plan.hverdag,
    write: (plan, value) => ({ ...plan, hverdag: value }),
  };

  constructor() {
    super();
    this.titel = '';
    this.planId = '';
  }

  protected override readonly adviceTargets = {
    'overgang-mangler': `type-${transitionTypes[0]}`,
    'faelles-overgang-uden-dato': 'overgang-dato',
    'traening-slutter-efter-overgang': 'overgang-dato',
    'faelles-overgang-ikke-klar': 'overgang-ikke-klar',
    'opfoelgning-paa-maal-mangler': 'add-opfoelgning-paa-maal',
    'stoette-mangler': 'add-loebende-stoette',
    'opgaveflytning-mangler': 'add-organisatoriske-aendringer',
    'individuel-overgang-uaftalt': 'overgang-beskrivelse',
  };

  override adviceControls(adviceId: string): HTMLElement[] {
    const v = this.value;
    // The first follow-up's date: none has one.
    if (adviceId === 'opfoelgning-uden-dato') return this.controlsById(`item-${v.forankring.findIndex((i) => i.type === 'opfoelgning-paa-maal')}-dato`);
    if (adviceId !== 'opfoelgning-foer-traening-slutter') return super.adviceControls(adviceId);
    const plan = this.contextPlan;
    const early = advisedUnits(adviceId, v.forankring, (item) => adviseOn('hverdag', { ...v, forankring: [item] }, { plan }));
    return this.controlsById(...early.map((i) => `item-${i}-dato`));
  }

  /**
   * Passes on a date the plan can hold when it differs from `dato`, the plan's; a five-digit year or
   * a date with a part cleared stays in the input, shown as invalid, and the plan keeps its date.
   * Called on blur too: a date cleared part by part sends an input event only for the first part.
   * `set` commits it, as typed while its year is on its way (`dateTyped`).
   */
  #setDate(e: Event, dato: string | undefined, set: (dato: string) => void): void {
    const input = e.target as HTMLInputElement;
    if (dateToSave(input, dato)) set(input.value);
  }

  #setOvergang(patch: Partial<Overgang>, typed = false): void {
    const overgang: Overgang = { ...this.value.overgang, ...patch };
    if (!overgang.dato) delete overgang.dato;
    this.#editedOvergang = overgang;
    this.commit({ ...this.value, overgang }, { typed });
  }

  #setItem(id: string, index: number, patch: Partial<ForankringItem>, typed = false): void {
    const forankring = this.value.forankring.map((item, i) => {
      if (i !== index || item.id !== id) return item;
      const next: ForankringItem = { ...item, ...patch };
      if (!next.dato) delete next.dato;
      return next;
    });
    this.commit({ ...this.value, forankring }, { typed });
  }

  async #addItem(type: AnchoringKind, beskrivelse = ''): Promise<void> {
    const item: ForankringItem = { id: uuid(), type, beskrivelse, ansvarlig: '', udfoert: false };
    this.commit({ ...this.value, forankring: [...this.value.forankring, item] });
    await this.updateComplete;
    this.#focusItem(item.id);
  }

  /** Removes an agreement; focus goes to the Undo in its place under its kind (see `RemovalUndo`). */
  #removeItem(index: number): void {
    const all = this.value.forankring;
    const removed = all[index];
    if (!removed) return;
    // Its place among the agreements of its kind, where the notice is shown.
    const position = all.filter((item) => item.type === removed.type).indexOf(removed);
    this.commit({ ...this.value, forankring: all.filter((_, i) => i !== index) });
    const n = position + 1;
    void this.#removal.removed(`${removed.type}${n}`, (lang) => messages[lang].removed(this.#itemName(n, removed.type, lang)), async () => {
      this.commit({ ...this.value, forankring: insertAt(this.value.forankring, index, removed) });
      await this.updateComplete;
      this.#focusItem(removed.id);
    });
  }

  /** An agreement as its remove button and the removal notice name it: its number and its kind ("2 om opfølgning på mål"). */
  #itemName(n: number, kind: AnchoringKind, lang: Lang): string {
    return `${n} ${this.#about(kind, lang)}`;
  }

  /** A kind as the add buttons and the agreements' names say it ("om opfølgning på mål"). */
  #about(kind: AnchoringKind, lang: Lang): string {
    return `${messages[lang].under} ${nameInSentence(t(anchoringKindInfo[kind].name, lang), lang)}`;
  }

  /** Focuses the description of an agreement (ids may hold any text, so they are compared, not put in a selector). */
  #focusItem(id: string): void {
    const fields = this.renderRoot.querySelectorAll<HTMLTextAreaElement>('textarea[data-item]');
    [...fields].find((field) => field.dataset.item === id)?.focus();
  }

  /** Builds the calendar file and hands it to the browser as a download (object URL: no inline script, CSP-safe). */
  #download(): void {
    const context = this.contextPlan;
    // Null when its attribute was removed.
    const titel = this.titel?.trim() || context?.titel || '';
    // Inside <kompetence-model> the whole plan's calendar, the same file as the model's own button.
    const plan = context
      ? { ...context, hverdag: this.value, titel }
      : createPlan({ hverdag: this.value, titel, id: this.planId?.trim() || this.#calendarKey });
    downloadCalendar(this.renderRoot, plan, this.locale, messages[this.locale].fileName);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The not-ready text shows for a collective transition, when it holds text, or still (see `#notReadyShownFor`).
    const { overgang } = this.value;
    const type = overgang.type ?? '';
    this.#showsNotReady = overgang.type === 'faelles' || !!overgang.ikkeKlar
      || (this.#notReadyShownFor === type && overgang === this.#editedOvergang);
    this.#notReadyShownFor = this.#showsNotReady ? type : undefined;
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    return html`${this.renderInputIssues()}
      ${this.#renderTransition()}
      <section part="anchoring" class="anchoring" aria-labelledby="anchoring-heading">
        <h3 id="anchoring-heading">${m.anchoring}</h3>
        <p class="hint">${m.anchoringHint} ${t(movingOnPitfall, this.locale)}</p>
        ${anchoringKinds.map((kind) => this.#renderKind(kind))}
      </section>
      ${this.renderLiveAdvice()}
      ${renderDialogueQuestions('hverdag', this.locale)}
      ${this.#renderCalendar()}`;
  }

  #renderTransition(): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const overgang = this.value.overgang;
    const collective = overgang.type === 'faelles';
    const optional = commonMessages[lang].optional;
    const onDate = (e: Event) => this.#setDate(e, overgang.dato, (dato) => this.#setOvergang({ dato }, dateTyped(dato)));
    return html`<fieldset part="transition" class="transition">
      <legend>${m.transition}</legend>
      <p class="hint">${t(everydayNote, lang)}</p>
      <fieldset class="types">
        <legend>${m.transitionType}</legend>
        ${transitionTypes.map((type: TransitionType) => {
          const info = transitionTypeInfo[type];
          // Only the option's name labels the radio; its hint describes it (inside the label it was read twice).
          return html`<div class="option">
            <input
              type="radio"
              id="type-${type}"
              name="overgang-type"
              value=${type}
              .checked=${overgang.type === type}
              ?disabled=${!this.editable}
              aria-describedby="type-${type}-hint"
              @change=${() => this.#setOvergang({ type })}
            />
            <div>
              <label for="type-${type}">${t(info.name, lang)}</label>
              <span class="hint" id="type-${type}-hint">${t(info.description, lang)}</span>
            </div>
          </div>`;
        })}
      </fieldset>
      <div class="control">
        <label for="overgang-beskrivelse">${m.transitionText}</label>
        <textarea
          id="overgang-beskrivelse"
          lang=${this.textLang}
          .value=${overgang.beskrivelse}
          ?readonly=${!this.editable}
          @input=${(e: Event) => this.#setOvergang({ beskrivelse: (e.target as HTMLTextAreaElement).value }, true)}
        ></textarea>
      </div>
      <div class="control date">
        <label for="overgang-dato">${collective || !this.editable ? m.transitionDate : `${m.transitionDate} ${optional}`}${badDate(lang)}</label>
        ${collective ? html`<p class="hint" id="overgang-dato-hint">${m.collectiveDateHint}</p>` : nothing}
        <input
          id="overgang-dato"
          type="date"
          max=${DATE_MAX}
          .value=${overgang.dato ?? ''}
          ?readonly=${!this.editable}
          aria-describedby=${collective ? 'overgang-dato-hint' : nothing}
          @input=${onDate}
          @blur=${onDate}
        />${printedDate(overgang.dato, lang)}
      </div>
      ${this.#showsNotReady
        ? html`<div class="control">
            <label for="overgang-ikke-klar">${m.notReady}</label>
            <p class="hint" id="overgang-ikke-klar-hint">${t(rigidDatePitfall, lang)}</p>
            <textarea
              id="overgang-ikke-klar"
              lang=${this.textLang}
              .value=${overgang.ikkeKlar}
              ?readonly=${!this.editable}
              aria-describedby="overgang-ikke-klar-hint"
              @input=${(e: Event) => this.#setOvergang({ ikkeKlar: (e.target as HTMLTextAreaElement).value }, true)}
            ></textarea>
          </div>`
        : nothing}
    </fieldset>`;
  }

  #renderKind(kind: AnchoringKind): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const info = anchoringKindInfo[kind];
    const name = t(info.name, lang);
    const items = this.value.forankring
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => item.type === kind);
    // Slot n is before the agreement now numbered n; slot count + 1 is after the last.
    const removed = (n: number) => this.#removal.render(`${kind}${n}`, lang, commonMessages[lang].undo, this.editable, true);
    const last = removed(items.length + 1);
    return html`<fieldset part="kind" class="kind" aria-describedby="question-${kind}">
      <legend>${name}</legend>
      <p class="question" id="question-${kind}">${t(info.question, lang)}</p>
      ${items.length || last !== nothing
        ? html`<ol class="items">
            ${items.map(({ item, index }, n) => html`${removed(n + 1)}${this.#renderItem(item, index, n + 1, kind)}`)}${last}
          </ol>`
        : html`<p class="hint">${m.noItems}</p>`}
      ${this.editable
        ? whileRoom(this.value.forankring.length, lang, html`<div class="adders">
            <button type="button" part="add" id="add-${kind}" @click=${() => this.#addItem(kind)}>
              ${m.addItem}<span class="visually-hidden">${` ${this.#about(kind, lang)}`}</span>
            </button>
            <p class="hint examples-label" id="examples-${kind}">${m.examples}</p>
            <ul class="examples" aria-labelledby="examples-${kind}">
              ${info.examples.map((example) => {
                // In the language of the text it goes into, and said in it.
                const into = this.textLocale;
                const text = t(example, into);
                return html`<li>
                  <button type="button" part="add" class="example" @click=${() => this.#addItem(kind, text)}>
                    <span lang=${into === lang ? nothing : into}>${text}</span><span class="visually-hidden"> ${m.useExample}</span>
                  </button>
                </li>`;
              })}
            </ul>
          </div>`)
        : nothing}
    </fieldset>`;
  }

  #renderItem(item: ForankringItem, index: number, n: number, kind: AnchoringKind): TemplateResult {
    const m = messages[this.locale];
    const c = commonMessages[this.locale];
    const key = `item-${index}`;
    const onDate = (e: Event) => this.#setDate(e, item.dato, (dato) => this.#setItem(item.id, index, { dato }, dateTyped(dato)));
    const readonly = !this.editable;
    // Named by its label, then by the legend ("Udført Aftale 1 om løbende støtte"): every agreement has
    // the same four controls, which a screen reader's list of form fields could not tell apart.
    const named = (control: string) => `${key}-${control}-l ${key}`;
    return html`<li part="item" class="item ${item.udfoert ? 'done' : ''}">
      <fieldset>
        <legend id=${key}>${`${m.item} ${n}`}<span class="visually-hidden">${` ${this.#about(kind, this.locale)}`}</span></legend>
        <div class="control">
          <label id="${key}-beskrivelse-l" for="${key}-beskrivelse">${m.description}</label>
          <textarea
            id="${key}-beskrivelse"
            aria-labelledby=${named('beskrivelse')}
            data-item=${item.id}
            lang=${this.textLang}
            .value=${item.beskrivelse}
            ?readonly=${readonly}
            @input=${(e: Event) => this.#setItem(item.id, index, { beskrivelse: (e.target as HTMLTextAreaElement).value }, true)}
          ></textarea>
        </div>
        <div class="row">
          ${this.readonly && !item.ansvarlig ? nothing : html`<div>
            <label id="${key}-ansvarlig-l" for="${key}-ansvarlig">${m.responsible}</label>
            <textarea
              id="${key}-ansvarlig"
              aria-labelledby=${named('ansvarlig')}
              rows="1"
              lang=${this.textLang}
              .value=${item.ansvarlig}
              ?readonly=${readonly}
              @input=${(e: Event) => this.#setItem(item.id, index, { ansvarlig: (e.target as HTMLTextAreaElement).value }, true)}
            ></textarea>
          </div>`}
          <div>
            <label id="${key}-dato-l" for="${key}-dato">${readonly ? m.date : `${m.date} ${c.optional}`}${badDate(this.locale)}</label>
            <input
              id="${key}-dato"
              aria-labelledby=${named('dato')}
              type="date"
              max=${DATE_MAX}
              .value=${item.dato ?? ''}
              ?readonly=${readonly}
              @input=${onDate}
              @blur=${onDate}
            />${printedDate(item.dato, this.locale)}
          </div>
        </div>
        <div class="item-actions">
          <label class="inline">
            <input
              type="checkbox"
              aria-labelledby=${named('udfoert')}
              .checked=${item.udfoert}
              ?disabled=${this.formDisabled}
              aria-readonly=${this.readonly || nothing}
              @change=${(e: Event) => this.#setItem(item.id, index, { udfoert: (e.target as HTMLInputElement).checked })}
            />
            <span id="${key}-udfoert-l">${c.done}</span>
          </label>
          ${readonly
            ? nothing
            : html`<button type="button" class="remove" @click=${() => this.#removeItem(index)}>
                ${m.removeItem}<span class="visually-hidden">${` ${this.#itemName(n, kind, this.locale)}`}</span>
              </button>`}
        </div>
      </fieldset>
    </li>`;
  }

  #renderCalendar(): TemplateResult {
    const m = messages[this.locale];
    // Inside <kompetence-model> the file holds the whole plan's dates, the training period's too.
    const dated = hasCalendarDates({ ...this.contextPlan, hverdag: this.value });
    return html`<div part="calendar" class="calendar no-print">
      <button
        type="button"
        part="download"
        ?disabled=${!dated}
        aria-describedby="download-hint"
        @click=${() => this.#download()}
      >
        ${commonMessages[this.locale].downloadCalendar}
      </button>
      <p class="hint" id="download-hint">${dated ? m.downloadHint(!!this.contextPlan, !!this.contextPlan?.mobilitet.length) : this.editable ? m.downloadDisabled : m.noDates}${dated && this.editable ? ` ${m.removeInCalendar}` : ''}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'forankring-tjekliste': ForankringTjekliste;
  }
}
