import { html, nothing, type TemplateResult } from 'lit';
import { commonMessages } from '../../i18n/common.js';
import { renderAdvice } from '../../internal/advice-list.js';
import { formatDate } from '../../internal/format-date.js';
import { isOverdue } from '../../model/follow-up.js';
import { KompetenceInputCore } from '../../internal/input-core.js';
import { baseStyles } from '../../internal/styles.js';
import type { PlanInput } from '../../internal/value-core.js';
import { advise, type Advice } from '../../model/advice.js';
import { anchoringKindInfo, transitionTypeInfo } from '../../model/catalog/anchoring.js';
import { fieldById, figureSides } from '../../model/catalog/fields.js';
import { goalLevelInfo } from '../../model/catalog/goals.js';
import { learningFormById } from '../../model/catalog/learning-forms.js';
import { chosenMobilityForms, mobilityScopeNames, weekdayNames } from '../../model/catalog/mobility.js';
import { currentLevels, futureResponsibilities, licenceInfo } from '../../model/catalog/staircase.js';
import { anledningInfo, taskRequirementLabels, taskRequirements } from '../../model/catalog/task.js';
import { nameInSentence, t } from '../../model/catalog/text.js';
import { feedbackKindInfo, tempoInfo } from '../../model/catalog/training.js';
import { chosenGoalLevels } from '../../model/chosen-goals.js';
import { completeness } from '../../model/completeness.js';
import { fieldGaps } from '../../model/completeness-gaps.js';
import { anchoringKinds, goalLevels, tempi, type FieldId, type Lang, type Text } from '../../model/ids.js';
import type { ParseResult } from '../../model/issues.js';
import { createPlan, parsePlan } from '../../model/parse.js';
import type { AnsvarItem, MobilitetItem, Periode, Plan } from '../../model/plan.js';
import { messages as anchoringMessages } from '../forankring-tjekliste/forankring-tjekliste.messages.js';
import { messages as mobilityMessages } from '../mobilitet-aftale/mobilitet-aftale.messages.js';
import { messages as taskMessages } from '../opgave-felt/opgave-felt.messages.js';
import { messages as perspectiveMessages } from '../perspektiv-felt/perspektiv-felt.messages.js';
import { messages as trainingMessages } from '../traeningsbane-plan/traeningsbane-plan.messages.js';
import { messages } from './kompetence-plan-visning.messages.js';
import { styles } from './kompetence-plan-visning.styles.js';

type Value = string | TemplateResult | undefined;
/** A label, its value, and whether the value is the plan's own text (`#entry`). */
type Entry = readonly [label: string, value: Value, own?: boolean];
/** A piece of a field as shown, and whether the plan holds anything in it. */
interface Piece {
  html: TemplateResult | typeof nothing;
  any: boolean;
}

const isEmpty = (value: Value): boolean => (typeof value === 'string' ? !value.trim() : !value);

/**
 * User text as its lines: a line break from a file or another system may be a CR or CR LF, which
 * CSS shows as a space (the text box shows it as a break), so each becomes LF.
 */
const lines = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * A read-only view of a whole plan as the method's five-field figure: the strategic side
 * (1 task with its responsibility staircase, 2 perspective, 5 everyday work) and the learning side
 * (3 learning goals, 4 training ground with its mobility arrangements), with how many of the five
 * conditions of systematic competence development the plan meets and, on request, the model's
 * advice per field. What is filled in is shown; what is not is named once per field, section or
 * mobility arrangement, in one line at its end ("Ikke udfyldt: …"), and a field with nothing in it
 * says "Ikke udfyldt" alone, so a plan begun reads as what it holds, not as a wall of empty labels.
 * A field not yet met says what its condition still lacks. Two columns in a wide container, one in a
 * narrow one and in print.
 *
 * Made for an intranet page and for print: in print there are no controls, the colours are black
 * on white and a field is not split across pages where it fits on one. Page size and margins
 * cannot be set from inside an element (`@page` does not apply in shadow DOM); a page that prints
 * the plan on A4 adds `@page { size: A4; margin: 15mm; }` to its own style sheet.
 *
 * Not a form control and never edits: it fires no `kompetence-change`.
 *
 * @tagname kompetence-plan-visning
 * @summary A whole plan shown read-only as the five-field figure, for intranet pages and print.
 *
 * @attr {string} plan - The plan as JSON (see docs/plan-json.md). Input that cannot be used is shown as an error; the last good plan is kept.
 * @attr {string} lang - Language of the texts, `da` (default) or `en`; else inherited from the nearest ancestor or `<html lang>`.
 *
 * @event {KompetenceInvalidEvent} kompetence-invalid - A `plan` given by attribute or property could not be used; the last good plan is kept.
 *
 * @csspart error - The accessible error shown for a plan that could not be used.
 * @csspart view - The whole view (an article).
 * @csspart header - Title, workplace, date of the last change (when the plan has one) and summary.
 * @csspart summary - How many of the five conditions the plan meets.
 * @csspart strategic - The strategic side: fields 1, 2 and 5.
 * @csspart learning - The learning side: fields 3 and 4.
 * @csspart field - Each of the five fields; each also has its id as a part (`opgave`, `perspektiv`, `laeringsmaal`, `traeningsbane`, `hverdag`).
 * @csspart opgave - Field 1, the task with the staircase.
 * @csspart perspektiv - Field 2, the perspective.
 * @csspart laeringsmaal - Field 3, the learning goals.
 * @csspart traeningsbane - Field 4, the training ground with mobility.
 * @csspart hverdag - Field 5, everyday work.
 * @csspart advice - The model's advice in a field (with the `advice` attribute).
 *
 * @cssprop [--kompetence-color-text=#1a1a1a] - Text colour.
 * @cssprop [--kompetence-color-text-muted=#4a4a4a] - Colour of hints and of "not filled in".
 * @cssprop [--kompetence-color-surface=#ffffff] - Background of the element.
 * @cssprop [--kompetence-color-surface-alt=#f3f4f6] - Background of advice.
 * @cssprop [--kompetence-color-border=#767676] - Borders of the fields.
 * @cssprop [--kompetence-color-accent=#004b87] - Top edge and number of each field.
 * @cssprop [--kompetence-color-accent-text=#ffffff] - The field numbers on the accent colour.
 * @cssprop [--kompetence-color-focus=#b3541e] - Focus outline, where a page's script moves focus into the view.
 * @cssprop [--kompetence-color-info=#004b87] - Advice to consider.
 * @cssprop [--kompetence-color-warning=#8a4b00] - Advice that should be acted on.
 * @cssprop [--kompetence-color-error=#b00020] - The error for bad input, and advice that must be acted on.
 * @cssprop [--kompetence-color-scheme=light] - The colour scheme the browser draws the element for (e.g. its scroll bars): `dark` with dark surfaces.
 * @cssprop [--kompetence-radius=4px] - Corner radius.
 * @cssprop [--kompetence-space=1em] - Base spacing.
 */
export class KompetencePlanVisning extends KompetenceInputCore<Plan> {
  static override styles = [baseStyles, styles];
  protected static override valueAttribute = 'plan';

  static override properties = {
    advice: { type: Boolean, reflect: true },
    contentLang: { attribute: 'content-lang' },
  };

  /** Lists the model's advice under each field. */
  declare advice: boolean;
  /**
   * Language of the plan's own text (`content-lang`, a BCP 47 tag such as `da`) when it differs
   * from the texts' (`lang`), e.g. a Danish plan in an English page: the user's text is marked with
   * it (WCAG 3.1.2), so a screen reader reads it with the right voice; the labels and the method's
   * names stay in `lang`. `null` (unset): the same as `lang`, not marked.
   */
  declare contentLang: string | null;

  /**
   * Plans whose input said when they were last changed: `parsePlan` gives a plan without
   * `updatedAt` the time of parsing, which is no date of the plan's (it would change every view).
   */
  #dated = new WeakSet<Plan>();

  constructor() {
    super();
    this.advice = false;
    this.contentLang = null;
  }

  /**
   * The plan shown (docs/plan-json.md). Accepts a plan object (parts left out get their empty
   * value) or its JSON; it is validated with `parsePlan`, and what you read back is the parsed,
   * complete plan. Input that cannot be used is shown as an error and fires `kompetence-invalid`;
   * the last good plan stays.
   */
  get plan(): Plan {
    return this.currentValue;
  }
  set plan(input: Plan | PlanInput | null | undefined) {
    this.accept(input, 'property');
  }

  protected emptyValue(): Plan {
    return createPlan();
  }

  protected parseInput(input: unknown, lang: Lang): ParseResult<Plan> {
    const result = parsePlan(input, { lang });
    if (!result.ok) return result;
    if (hasUpdatedAt(input)) this.#dated.add(result.plan);
    return { ok: true, value: result.plan };
  }

  /** The `lang` of a wrapper of the plan's own text (`content-lang`), or no attribute. */
  get #textLang(): string | typeof nothing {
    return this.contentLang || nothing;
  }

  override render(): TemplateResult {
    const lang = this.locale;
    const m = messages[lang];
    const p = this.plan;
    const advice = this.advice ? advise(p, { lang }) : undefined;
    const field = (id: FieldId, body: Piece[]): TemplateResult => {
      const info = fieldById(id);
      const own = advice?.filter((a) => a.field === id);
      // The condition's gaps from the model (what is empty need not be what the condition lacks).
      const gaps = fieldGaps(p, id, { lang });
      return html`<section part="field ${id}" class="field">
        <h3><span class="num">${info.number}</span> ${t(info.name, lang)}</h3>
        <p class="hint">${t(info.question, lang)}</p>
        <p class="status">${gaps.length ? m.unmet(gaps) : commonMessages[lang].met}</p>
        ${this.#holding(body)}${own ? this.#advice(own, id) : nothing}
      </section>`;
    };
    return html`${this.renderInputIssues()}
      <article part="view" class="plan" aria-labelledby="title">
        <header part="header">
          <h2 id="title" class="text" lang=${p.titel.trim() ? this.#textLang : nothing}>${p.titel.trim() || m.untitled}</h2>
          ${this.#dl([[commonMessages[lang].workplace, p.arbejdsplads, true], ...(this.#dated.has(p) ? [[m.updated, formatDate(p.updatedAt, lang)] as const] : [])]).html}
          <p part="summary" class="summary">${commonMessages[lang].score(completeness(p).score)}</p>
        </header>
        <div class="figure">
          <div part="strategic" class="side" role="group" aria-labelledby="strategic">
            <p id="strategic" class="side-name">${t(figureSides.strategic, lang)}</p>
            ${field('opgave', this.#task(p))} ${field('perspektiv', this.#perspective(p))} ${field('hverdag', this.#everyday(p))}
          </div>
          <div part="learning" class="side" role="group" aria-labelledby="learning">
            <p id="learning" class="side-name">${t(figureSides.learning, lang)}</p>
            ${field('laeringsmaal', this.#goals(p))} ${field('traeningsbane', this.#training(p))}
          </div>
        </div>
      </article>`;
  }

  /**
   * A label and its value (not empty). User text (`own`: the plan's text, not the catalog's) keeps
   * its line breaks and is marked with `content-lang`.
   */
  #entry(label: string, value: Value, own = false): TemplateResult {
    return html`<dt>${label}</dt><dd class="text" lang=${own ? this.#textLang : nothing}>${typeof value === 'string' ? lines(value) : value}</dd>`;
  }

  /**
   * Named items, those the plan holds shown (`wrap` puts them in their list), then one line naming
   * the others: a wall of "not filled in" under each label read as a plan with nothing in it.
   */
  #named(items: (readonly [name: string, shown: TemplateResult | false])[], wrap = (shown: TemplateResult[]) => html`${shown}`): Piece {
    const shown = items.flatMap(([, body]) => body || []);
    const empty = items.flatMap(([name, body]) => (body ? [] : [name]));
    return { html: html`${shown.length ? wrap(shown) : nothing}${empty.length ? this.#notFilled(empty) : nothing}`, any: !!shown.length };
  }

  /** Labelled values as terms and their values, the empty ones named in one line after them. */
  #dl(entries: Entry[]): Piece {
    return this.#named(entries.map(([label, value, own]) => [label, !isEmpty(value) && this.#entry(label, value, own)]), (shown) => html`<dl>${shown}</dl>`);
  }

  /** A part's pieces, or "not filled in" alone where it holds nothing (no headings, no list of names). */
  #holding(pieces: Piece[]): TemplateResult {
    return pieces.some((piece) => piece.any) ? html`${pieces.map((piece) => piece.html)}` : this.#notFilled([]);
  }

  /** A section under its heading; one that holds nothing says so once. */
  #section(name: string, pieces: Piece[]): Piece {
    return { html: html`<h4>${name}</h4>${this.#holding(pieces)}`, any: pieces.some((piece) => piece.any) };
  }

  /**
   * "Ikke udfyldt", or "Ikke udfyldt:" and the names of what is empty, as a list (a label may hold
   * a comma or end in a question mark, so commas would not tell where one ends).
   */
  #notFilled(names: string[]): TemplateResult {
    const m = messages[this.locale];
    return html`<p class="empty">${names.length ? html`${m.empty}: ${this.#inline(names.map((name) => ['·', name]))}` : m.empty}</p>`;
  }

  /**
   * Items in one line, a symbol before each but the first: a list, so screen readers read its items
   * apart (they say "right arrow" and "dot" aloud, and commas for them only came along when the
   * line was copied); the symbols are only seen. Spans with the roles: no styles to keep it one
   * line, and Safari keeps a list's role without markers. The space is inside the span, as
   * Chromium drops a space-only text node beside lit's markers.
   */
  #inline(items: (readonly [symbol: string, text: string])[]): TemplateResult {
    return html`<span role="list">${items.map(([symbol, text], i) => html`<span role="listitem">${i
      ? html`<span aria-hidden="true"> ${symbol} </span>`
      : nothing}${text}</span>`)}</span>`;
  }

  /** Names of chosen ids from the catalog, comma separated, as in a sentence ("Værdier og holdninger, faglig stolthed"). */
  #names<I extends string>(ids: readonly I[], name: (id: I) => Text): string {
    const lang = this.locale;
    return ids.map((id, i) => (i ? nameInSentence(t(name(id), lang), lang) : t(name(id), lang))).join(', ');
  }

  #period(periode: Periode | undefined): string | undefined {
    const c = commonMessages[this.locale];
    const d = (iso: string | undefined) => iso && formatDate(iso, this.locale);
    const start = d(periode?.start);
    const end = d(periode?.slut);
    return start && end ? `${start} – ${end}` : start ? `${c.from} ${start}` : end ? `${c.to} ${end}` : undefined;
  }

  #task(p: Plan): Piece[] {
    const m = messages[this.locale];
    const tm = taskMessages[this.locale];
    const o = p.opgave;
    return [
      this.#dl([
        [tm.beskrivelse, o.beskrivelse, true], [tm.situationNu, o.situationNu, true], [tm.situationFremover, o.situationFremover, true],
        [tm.reasons, this.#names(o.anledninger, (a) => anledningInfo[a].name)],
        // None ticked is the requirements not yet considered; once one is, each says yes or no.
        // One line: the value keeps line breaks (pre-line), and the template's own showed as blank
        // lines around the list where templates are not minified (dist/*.js in an app, Storybook).
        [tm.requirements, taskRequirements.some((k) => o.krav[k]) ? html`<ul>${taskRequirements.map((k) => html`<li>${t(taskRequirementLabels[k], this.locale)} <strong>${o.krav[k] ? m.yes : m.no}</strong></li>`)}</ul>` : undefined],
      ]),
      this.#section(commonMessages[this.locale].staircase, [{ html: html`<ul class="items">${p.ansvar.map((g) => this.#group(g))}</ul>`, any: !!p.ansvar.length }]),
    ];
  }

  #group(g: AnsvarItem): TemplateResult {
    const m = messages[this.locale];
    const name = (list: readonly { id: string; name: Text }[], id: string | undefined) => {
      const step = list.find((s) => s.id === id);
      return step ? t(step.name, this.locale) : m.notGiven;
    };
    const licence = licenceInfo.find((l) => l.id === g.koerekort);
    return html`<li>
      <strong class="text" lang=${g.maalgruppe.trim() ? this.#textLang : nothing}>${g.maalgruppe.trim() || m.notGiven}</strong>${g.antal ? ` (${m.people(g.antal)})` : nothing}<br />
      ${this.#inline([
        ['', `${m.from}: ${name(currentLevels, g.nuvaerende)}`],
        ['→', `${m.target}: ${name(futureResponsibilities, g.fremtidigt)}`],
        ...(licence ? [['·', t(licence.name, this.locale)] as const] : []),
      ])}
    </li>`;
  }

  #perspective(p: Plan): Piece[] {
    const m = perspectiveMessages[this.locale];
    return [this.#dl((['kerneopgave', 'arbejdsplads', 'fortolkninger'] as const).map((k) => [m[k], p.perspektiv[k], true]))];
  }

  #goals(p: Plan): Piece[] {
    const lang = this.locale;
    const chosen = chosenGoalLevels(p.laeringsmaal);
    // Top of the pyramid (hardest to change) first, as the method draws it.
    return [this.#named(goalLevels.map((level) => {
      const info = goalLevelInfo[level];
      const goal = p.laeringsmaal[level];
      return [t(info.name, lang), chosen.includes(level) && html`<div class="level level-${level}">
        <h4>${t(info.name, lang)}</h4>
        ${goal.typer.length
          ? html`<p class="types">${this.#names(goal.typer, (id) => info.subtypes.find((s) => s.id === id)!.name)}</p>`
          : nothing}
        ${goal.beskrivelse.trim() ? html`<p class="text" lang=${this.#textLang}>${lines(goal.beskrivelse)}</p>` : nothing}
      </div>`];
    }))];
  }

  #training(p: Plan): Piece[] {
    const lang = this.locale;
    const m = messages[lang];
    const mm = mobilityMessages[lang];
    const tm = trainingMessages[lang];
    const v = p.traeningsbane;
    return [
      this.#dl([
        ...tempi.map((tempo): Entry => [t(tempoInfo[tempo].name, lang), v[tempo], true]),
        [m.kinds, this.#names(v.feedbackformer, (k) => feedbackKindInfo[k].name)],
        [mm.period, this.#period(v.periode)],
        ...(['spilleregler', 'daekning'] as const).map((k): Entry => [tm[k], v[k], true]),
        [tm.forms, this.#names(v.laeringsformer, (id) => learningFormById(id).name)],
      ]),
      // Mobility is one kind of learning form among many: "not filled in" only where one was chosen.
      p.mobilitet.length || chosenMobilityForms(v.laeringsformer).length
        ? this.#section(commonMessages[lang].mobility, p.mobilitet.map((a) => ({ html: this.#arrangement(a), any: true })))
        : { html: nothing, any: false },
    ];
  }

  #arrangement(a: MobilitetItem): TemplateResult {
    const lang = this.locale;
    const mm = mobilityMessages[lang];
    const scope = a.omfang
      ? t(mobilityScopeNames[a.omfang], lang) + (a.ugedage.length ? `: ${this.#names(a.ugedage, (d) => weekdayNames[d])}` : '')
      : '';
    const own = (keys: readonly ('afgivende' | 'modtagende' | 'formaal' | 'laeringsmaal' | 'kontakt' | 'daekning' | 'tilbagevenden')[]) =>
      keys.map((k): Entry => [mm[k], a[k], true]);
    // An arrangement the plan holds is shown however empty: "not filled in" under its heading.
    return html`<div class="item">
      <h5>${a.form ? t(learningFormById(a.form).name, lang) : commonMessages[lang].mobility}</h5>
      ${this.#holding([this.#dl([
        ...own(['afgivende', 'modtagende']), [mm.period, this.#period(a.periode)], [mm.scope, scope], ...own(['formaal', 'laeringsmaal']),
        ...(['ansvarsomraader', 'ferie', 'sygdom'] as const).map((k): Entry => [mm[k], a.vilkaar[k], true]),
        ...own(['kontakt', 'daekning', 'tilbagevenden']),
      ])])}
    </div>`;
  }

  #everyday(p: Plan): Piece[] {
    const lang = this.locale;
    const m = messages[lang];
    const c = commonMessages[lang];
    const fm = anchoringMessages[lang];
    const o = p.hverdag.overgang;
    return [
      this.#section(fm.transition, [this.#dl([
        [fm.transitionType, o.type && t(transitionTypeInfo[o.type].name, lang)],
        [fm.transitionText, o.beskrivelse, true],
        // The date is asked for where the transition is collective (the condition's gap), else shown if given.
        ...(o.dato || o.type === 'faelles' ? [[fm.transitionDate, o.dato && formatDate(o.dato, lang)] as const] : []),
        [fm.notReady, o.ikkeKlar, true],
      ])]),
      this.#section(fm.anchoring, [this.#named(anchoringKinds.map((kind) => {
        const items = p.hverdag.forankring.filter((i) => i.type === kind);
        const name = t(anchoringKindInfo[kind].name, lang);
        return [name, !!items.length && html`<h5>${name}</h5>
            <ul class="items">
              ${items.map((i) => html`<li>
                <span class="text" lang=${i.beskrivelse.trim() ? this.#textLang : nothing}>${i.beskrivelse.trim() ? lines(i.beskrivelse) : m.empty}</span>
                <span class="meta">${i.ansvarlig.trim()
                  ? html`${m.who}: <span class="text" lang=${this.#textLang}>${i.ansvarlig}</span> · `
                  : nothing}${i.dato
                  ? `${formatDate(i.dato, lang)} · `
                  : nothing}${i.udfoert ? c.done : isOverdue(i) ? html`<strong>${m.overdue}</strong>` : m.notDone}</span>
              </li>`)}
            </ul>`];
      }))]),
    ];
  }

  #advice(list: Advice[], field: FieldId): TemplateResult {
    const c = commonMessages[this.locale];
    return html`<h4>${c.advice}</h4>
      ${list.length ? renderAdvice(list, this.locale, field, false) : html`<p part="advice">${c.noAdvice}</p>`}`;
  }
}

/** Whether input for a plan (an object or its JSON) says when the plan was last changed. */
function hasUpdatedAt(input: unknown): boolean {
  try {
    const raw: unknown = typeof input === 'string' ? JSON.parse(input) : input;
    return typeof (raw as { updatedAt?: unknown } | null)?.updatedAt === 'string';
  } catch {
    // Input parsePlan took, read again: a hostile getter may still throw.
    return false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompetence-plan-visning': KompetencePlanVisning;
  }
}
