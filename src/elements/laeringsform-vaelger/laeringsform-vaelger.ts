import { html, nothing, type TemplateResult } from 'lit';
import { KompetenceFieldCore, type PlanSlice } from '../../internal/field-core.js';
import type { InvalidSource } from '../../internal/events.js';
import { baseStyles } from '../../internal/styles.js';
import { commonMessages } from '../../i18n/common.js';
import { coveredTempi } from '../../model/advice/checks.js';
import {
  learningFormFamilyDescriptions, learningFormFamilyNames, learningFormTable, learningForms, resourceDemandNames,
} from '../../model/catalog/learning-forms.js';
import { currentLevels } from '../../model/catalog/staircase.js';
import { joinList, nameInSentence, t } from '../../model/catalog/text.js';
import type { LearningForm } from '../../model/catalog/types.js';
import {
  experiences, learningFormFamilies, tempi, type Experience, type GoalLevel, type Lang,
  type LearningFormFamily, type LearningFormId, type Tempo,
} from '../../model/ids.js';
import { issue, type ParseResult } from '../../model/issues.js';
import { parseLearningFormIds, recommendQueryFromPlan } from '../../model/learning-form-choice.js';
import { formsGaps } from '../../model/part-gaps.js';
import { tempoAdvice, tempoNames } from '../../model/advice/tempo-rules.js';
import { renderAdviceItem, renderAdviceRegion } from '../../internal/advice-region.js';
import type { Plan } from '../../model/plan.js';
import { byFit, groupInSentence, recommendLearningForms, type Recommendation } from '../../model/recommend.js';
import { messages } from './laeringsform-vaelger.messages.js';
import { styles } from './laeringsform-vaelger.styles.js';

type QueryKind = 'goals' | 'experience';
type Query = Readonly<Record<QueryKind, readonly string[]>>;
interface Item {
  form: LearningForm;
  rec?: Recommendation;
}
interface Group {
  title: string;
  hint?: string;
  items: Item[];
  /** The group's key for #opened: the family's id, 'related' or 'others'. */
  key?: string;
  /** Shown by a summary the user opens. */
  folded?: boolean;
}

/** The goals `recommendLearningForms` knows, in the publication's table order. */
const goalIds = Object.keys(learningFormTable) as GoalLevel[];
const allowed: Record<QueryKind, readonly string[]> = { goals: goalIds, experience: experiences };
const noQuery: Query = { goals: [], experience: [] };

/**
 * Field 4 of the method, the learning forms of the training ground: from the learning goals (and
 * the staff's experience, when known) it shows the model's recommendations, the publication's
 * table first, each with its facts and why it fits; filters by family (including mobility and the
 * municipal tool list); and lets the user pick a mix. It shows which of the three tempi the mix
 * covers and gives the model's advice when the mix leaves a tempo out (inside
 * `<traeningsbane-plan>`, that element's advice says it instead). With no goals given, the user picks them in the element, so it
 * also works alone as a "which learning form fits?" guide.
 *
 * Inside `<kompetence-model>` it reads and writes `traeningsbane.laeringsformer`, and, unless
 * `goals`/`experience` are set, takes the described goal levels and the staircase's current
 * experience from the plan (a page planning a wholly new job function adds `komplekse` to `goals`).
 *
 * @tagname laeringsform-vaelger
 * @summary Recommends learning forms for the goals and experience, and picks a mix that covers the three tempi.
 *
 * @attr {string} value - The chosen learning-form ids as a JSON array, e.g. `["traeningsworkshop","mentorforloeb"]` (the plan's `traeningsbane.laeringsformer`).
 * @attr {string} goals - Goal levels to recommend for, separated by spaces or commas: `metoder`, `viden`, `rolle`, `komplekse`. Empty: the user picks them.
 * @attr {string} experience - Current experience of the staff, separated by spaces or commas: `begyndere`, `lidt-erfarne`, `meget-erfarne`. Empty: the user may pick it.
 * @attr {string} lang - Language of the texts, `da` (default) or `en`; else inherited from the nearest ancestor or `<html lang>`.
 * @attr {boolean} disabled - Read-only and not submitted with its form, as a disabled native control (also inside a disabled `<fieldset>`).
 *
 * @event {KompetenceChangeEvent<LearningFormId[]>} kompetence-change - When the user chooses or removes a learning form; `detail.value` is the list of chosen ids.
 * @event {KompetenceInvalidEvent} kompetence-invalid - When a `value`, `goals` or `experience` attribute or property cannot be used (e.g. an unknown id); the last good value is kept, unknown goals and experience are skipped.
 *
 * @csspart error - The accessible error shown for a `value` that could not be used.
 * @csspart query-error - The accessible error shown for unknown ids in `goals` or `experience` (they are skipped).
 * @csspart intro - The short explanation at the top.
 * @csspart query - The goals and experience the recommendations are for (pickers when none are given).
 * @csspart filter - The family filter.
 * @csspart forms - The learning forms, grouped.
 * @csspart form - One learning form with its fit and facts.
 * @csspart mix - The summary of the chosen forms, with remove buttons: a region named by its heading ("Dit valg", with `label` "Dit valg til …").
 * @csspart tempi - Which tempi the chosen forms cover (inside `<traeningsbane-plan>`, a tempo its texts cover is said to be covered there).
 * @csspart advice - The live region with the model's advice on the tempi the chosen forms leave out, as `advise` gives it on a training ground of those forms alone (not inside `<traeningsbane-plan>`, whose advice says it).
 *
 * @cssprop [--kompetence-color-text=#1a1a1a] - Text colour.
 * @cssprop [--kompetence-color-text-muted=#4a4a4a] - Colour of hints.
 * @cssprop [--kompetence-color-surface=#ffffff] - Background of the element and of its controls.
 * @cssprop [--kompetence-color-surface-alt=#f3f4f6] - Background of the advice.
 * @cssprop [--kompetence-color-border=#767676] - Borders of fieldsets and controls.
 * @cssprop [--kompetence-color-accent=#004b87] - Checkboxes, buttons, chosen forms and covered tempi.
 * @cssprop [--kompetence-color-focus=#b3541e] - Focus outline.
 * @cssprop [--kompetence-color-info=#004b87] - Advice to consider.
 * @cssprop [--kompetence-color-warning=#8a4b00] - Advice that should be acted on, and missing tempi.
 * @cssprop [--kompetence-color-error=#b00020] - Errors and forms that are not advised.
 * @cssprop [--kompetence-color-scheme=light] - The colour scheme its checkboxes, radios and date pickers are drawn for: `dark` with dark surfaces.
 * @cssprop [--kompetence-radius=4px] - Corner radius.
 * @cssprop [--kompetence-space=1em] - Base spacing.
 */
export class LaeringsformVaelger extends KompetenceFieldCore<'laeringsformer'> {
  static override styles = [baseStyles, styles];
  static override properties = { label: {} };

  /**
   * Whom or what this choice is for (`label`), e.g. `nye medarbejdere`: the summary of the chosen
   * forms is headed "Dit valg til nye medarbejdere", a region of that name (its advice "Gode råd om
   * dit valg til nye medarbejdere"), so two choosers on one page are told apart, in screen readers'
   * lists of regions too. Inside `<traeningsbane-plan>` it is "Dit valg til træningsbanen". Unset or
   * empty: "Dit valg".
   */
  declare label: string | null;

  constructor() {
    super();
    this.label = null;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'goals', 'experience'];
  }

  protected readonly planPart = 'laeringsformer';
  protected override readonly planSlice: PlanSlice<LearningFormId[]> = {
    read: (plan: Plan) => plan.traeningsbane.laeringsformer,
    write: (plan: Plan, value: LearningFormId[]) => ({ ...plan, traeningsbane: { ...plan.traeningsbane, laeringsformer: value } }),
  };

  override adviceControls(adviceId: string): HTMLElement[] {
    // The chosen form the advice is about, where it is shown (its fit says why), its folded group
    // opened and rendered at once (a closed group renders no forms); read-only, the mix.
    const forms: Readonly<Record<string, LearningFormId | undefined>> = {
      'udviklende-workshop-begyndere': 'udviklende-workshop',
      'sidemandsoplaering-for-mange': 'sidemandsoplaering',
    };
    const form = forms[adviceId];
    if (!form) return [];
    const group = this.#groups().find((g) => g.items.some((i) => i.form.id === form));
    if (group?.folded && this.editable && !this.#opened.has(group.key!)) {
      this.#opened.add(group.key!);
      this.requestUpdate();
      this.performUpdate();
    }
    const box = this.renderRoot.querySelector<HTMLElement>(`input[data-form="${form}"]:enabled`);
    return box ? [box] : this.controlsById('mix');
  }

  protected override planProvided(plan: Plan): void {
    this.#planQuery = recommendQueryFromPlan(plan);
    this.requestUpdate();
  }

  // Internal state; a change calls requestUpdate (no reactive properties, so none leaks into the manifest).
  /** The family shown ('' for all). */
  #family: LearningFormFamily | '' = '';
  /** The groups the user opened, or chose in while they were open (their keys); kept across renders. */
  #opened = new Set<string>();
  /** Goals and experience the user picked in the element (used when none are given). */
  #picked: Query = noQuery;
  /** Goals and experience read from the plan inside `<kompetence-model>`. */
  #planQuery: Query = noQuery;
  /** The tempi the training ground's own texts cover (see `textTempi`). */
  #textTempi: readonly Tempo[] = [];

  /**
   * @internal Set by `<traeningsbane-plan>`: the tempi its texts cover. The list of tempi in the mix
   * says they are covered there, not missing (it said "ikke dækket" beside a field that was met).
   */
  set textTempi(covered: readonly Tempo[]) {
    if (String(covered) === String(this.#textTempi)) return;
    this.#textTempi = covered;
    this.requestUpdate();
  }
  #query: Record<QueryKind, string[]> = { goals: [], experience: [] };
  /** The unknown ids of the last goals/experience input, with their places in it (the issues' paths). */
  #badQuery: Record<QueryKind, { index: number; received: unknown }[]> = { goals: [], experience: [] };

  /**
   * The goal levels to recommend for; empty lets the user pick them (or, in a plan, the plan's).
   * Takes a list or, as the attribute, ids separated by spaces or commas.
   */
  get goals(): GoalLevel[] {
    return this.#query.goals as GoalLevel[];
  }
  set goals(input: readonly GoalLevel[] | string) {
    this.#setQuery('goals', input, 'property');
  }

  /** The staff's current experience; empty lets the user pick it (or, in a plan, the plan's). Takes what `goals` takes. */
  get experience(): Experience[] {
    return this.#query.experience as Experience[];
  }
  set experience(input: readonly Experience[] | string) {
    this.#setQuery('experience', input, 'property');
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'goals' || name === 'experience') this.#setQuery(name, value ?? '', 'attribute');
    else super.attributeChangedCallback(name, old, value);
  }

  /** Keeps the known ids of a goals/experience input; reports the rest. */
  #setQuery(kind: QueryKind, input: unknown, source: InvalidSource): void {
    const tokens: unknown[] = typeof input === 'string'
      ? input.split(/[\s,]+/).filter(Boolean)
      : Array.isArray(input) ? input : input == null ? [] : [input];
    const ok = allowed[kind];
    const bad = tokens.flatMap((received, index) => (ok.includes(received as string) ? [] : [{ index, received }]));
    this.#query = { ...this.#query, [kind]: ok.filter((x) => tokens.includes(x)).sort((a, b) => tokens.indexOf(a) - tokens.indexOf(b)) };
    this.#badQuery = { ...this.#badQuery, [kind]: bad };
    this.requestUpdate();
    if (bad.length) this.tellInvalid(() => this.#queryIssues(kind), source);
  }

  #queryIssues(kind: QueryKind, lang: Lang = this.locale) {
    return this.#badQuery[kind].map(({ index, received }) =>
      issue([kind, index], 'invalid_value', lang, { values: allowed[kind], received }));
  }

  protected emptyValue(): LearningFormId[] {
    return [];
  }

  protected parseInput(input: unknown, lang: Lang): ParseResult<LearningFormId[]> {
    return parseLearningFormIds(input, { lang });
  }

  protected missing(value: LearningFormId[]): string[] {
    return formsGaps(value).map((gap) => t(gap, this.locale));
  }

  /** The first learning form to choose, not the goal filter above the forms. */
  protected override missingAnchor(): HTMLElement | undefined {
    // With no goal every family is folded: its summary, the way to the forms.
    const first = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    return first('input[data-form]:not(:disabled)') ?? first('.forms summary') ?? undefined;
  }

  /** Given goals (property/attribute), else the plan's; empty when the user picks them. */
  #given(kind: QueryKind): readonly string[] {
    return this.#query[kind].length ? this.#query[kind] : this.#planQuery[kind];
  }

  #effective(kind: QueryKind): readonly string[] {
    const given = this.#given(kind);
    return given.length ? given : this.#picked[kind];
  }

  /** The form last removed with its button in the mix, said in a status (focus moves on to the next button). */
  #removed: LearningFormId | undefined;

  // A value set by code (another plan, the page) makes an earlier removal old news.
  protected override accepted(value: LearningFormId[]): void {
    super.accepted(value);
    this.#removed = undefined;
  }

  #toggle(id: LearningFormId, on: boolean): void {
    const rest = this.value.filter((x) => x !== id);
    this.#removed = undefined;
    this.commit(on ? [...rest, id] : rest);
  }

  async #remove(id: LearningFormId, index: number): Promise<void> {
    this.#toggle(id, false);
    this.#removed = id;
    await this.updateComplete;
    // The button is gone: keep focus in the summary, on the next remove button or its heading.
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.picked button');
    (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#mix'))?.focus();
  }

  #pick(kind: QueryKind, id: string, on: boolean): void {
    const current = this.#picked[kind];
    const next = allowed[kind].filter((x) => (x === id ? on : current.includes(x)));
    this.#picked = { ...this.#picked, [kind]: next };
    this.requestUpdate();
  }

  #filter(e: Event): void {
    this.#family = (e.target as HTMLSelectElement).value as LearningFormFamily;
    this.requestUpdate();
  }

  #groups(): Group[] {
    const m = messages[this.locale];
    const lang = this.locale;
    const family = this.#family;
    const shown = (f: LearningForm) => !family || f.family === family || !!f.alsoIn?.includes(family);
    const goals = this.#effective('goals') as GoalLevel[];
    if (!goals.length) {
      return (family ? [family] : learningFormFamilies).map((fam) => ({
        title: t(learningFormFamilyNames[fam], lang),
        hint: t(learningFormFamilyDescriptions[fam], lang),
        items: learningForms.filter((f) => f.family === fam || (family && shown(f))).map((form) => ({ form })),
        // With no goal there is nothing to suggest: the families are folded, so the forms with their
        // facts do not push what follows (field 4's period) pages down.
        key: fam,
        folded: !family,
      }));
    }
    const recs = recommendLearningForms({ goals, experience: this.#effective('experience') as Experience[], lang });
    const recommended = new Set(recs.map((r) => r.form.id));
    const items = (fromTable: boolean) =>
      recs.filter((r) => r.fromTable === fromTable && shown(r.form)).map((rec) => ({ form: rec.form, rec }));
    const table = items(true);
    return [
      { title: m.fromTable, hint: m.fromTableHint, items: table },
      // Folded too (on a phone the method's table, these and their facts were 20 screens, and what a
      // choice changed showed up ten screens below the finger), unless the table's forms leave a
      // tempo out: for a knowledge goal they are courses, and the forms with practice are here.
      // Best fit first over all the goals (the model lists them goal by goal, each best fit first),
      // else in the model's order: a good fit is not listed below one advised against.
      { title: m.related, hint: m.relatedHint, items: items(false).sort((a, b) => byFit(a.rec, b.rec)), key: 'related', folded: tempi.every((tempo) => table.some((i) => i.form.tempi.includes(tempo))) },
      {
        title: m.others,
        items: learningForms.filter((f) => !recommended.has(f.id) && shown(f)).map((form) => ({ form })),
        key: 'others',
        folded: true,
      },
    ].filter((g) => g.items.length);
  }

  override render(): TemplateResult {
    const m = messages[this.locale];
    const groups = this.#groups();
    return html`${this.renderInputIssues()}
      <div part="query-error" class="input-error" role="alert">${this.#renderQueryIssues()}</div>
      <p part="intro" class="hint">${m.intro}</p>
      ${this.#renderQuery()}
      <div part="filter" class="control no-print">
        <label for="family">${m.family}</label>
        <select id="family" @change=${this.#filter}>
          <option value="" ?selected=${!this.#family}>${m.allFamilies}</option>
          ${learningFormFamilies.map(
            (f) => html`<option value=${f} ?selected=${this.#family === f}>${t(learningFormFamilyNames[f], this.locale)}</option>`,
          )}
        </select>
      </div>
      <div part="forms" class="forms no-print">
        ${groups.length ? groups.map((g, i) => this.#renderGroup(g, i)) : html`<p>${m.none}</p>`}
      </div>
      ${this.#renderMix()}`;
  }

  #renderQueryIssues(): TemplateResult | typeof nothing {
    const issues = [...this.#queryIssues('goals'), ...this.#queryIssues('experience')];
    return issues.length
      ? html`<p><strong>${messages[this.locale].badQuery}</strong></p>
          <ul>${issues.map((i) => html`<li>${i.message}</li>`)}</ul>`
      : nothing;
  }

  #label(kind: QueryKind, id: string): string {
    return t(
      kind === 'goals'
        ? learningFormFamilyNames[id as GoalLevel]
        : currentLevels.find((c) => c.id === id)!.name,
      this.locale,
    );
  }

  #renderQuery(): TemplateResult {
    const m = messages[this.locale];
    const c = commonMessages[this.locale];
    const given = (kind: QueryKind, word: string) =>
      joinList(this.#given(kind).map((id) =>
        kind === 'experience' ? groupInSentence(id as Experience, this.locale) : nameInSentence(this.#label(kind, id), this.locale)), word);
    const picker = (kind: QueryKind, legend: string, hint: string) =>
      this.#given(kind).length
        ? nothing
        : html`<fieldset>
            <legend>${legend}</legend>
            <p class="hint">${hint}</p>
            <ul class="checks">
              ${allowed[kind].map(
                (id) => html`<li>
                  <label class="inline"
                    ><input
                      type="checkbox"
                      .checked=${this.#picked[kind].includes(id)}
                      @change=${(e: Event) => this.#pick(kind, id, (e.target as HTMLInputElement).checked)}
                    />${this.#label(kind, id)}</label
                  >
                </li>`,
              )}
            </ul>
          </fieldset>`;
    return html`<div part="query" class="query">
      ${this.#given('goals').length || this.#given('experience').length
        ? html`<p>${m.basedOn(given('goals', m.also), given('experience', m.and))}</p>`
        : nothing}
      ${picker('goals', m.goals, this.contextPlan ? m.goalsHintInPlan : m.goalsHint)} ${picker('experience', m.experience, c.optional)}
    </div>`;
  }

  #renderGroup(group: Group, index: number): TemplateResult {
    // Opened, a folded group's summary already shows its title: the legend is kept for screen readers only.
    // A group the user chose in stays open should it fold later (a goal added completes the method's
    // suggestions): the group they worked in does not close under them.
    const body = () => html`<fieldset @change=${() => group.key && this.#opened.add(group.key)}>
      <legend class=${group.folded ? 'visually-hidden' : ''}>${group.title}</legend>
      ${group.hint ? html`<p class="hint">${group.hint}</p>` : nothing}
      <ul>
        ${group.items.map((item) => this.#renderForm(item, index))}
      </ul>
    </fieldset>`;
    // A closed group's forms are neither seen, read nor reached by Tab, yet each form with its facts is
    // some 60 nodes, which a slow PC felt at field 4's first visit: they are rendered once it is opened.
    // Printing loses nothing: the forms are not printed (.forms is no-print), the mix names the chosen
    // (and the query the goals and experience they were chosen for).
    // Closed, the summary says how many of its forms are chosen: they are in the mix, not out of sight.
    const key = group.key!;
    const chosen = group.items.filter((i) => this.value.includes(i.form.id)).length;
    return group.folded
      ? html`<details ?open=${this.#opened.has(key)} @toggle=${(e: Event) => this.#onFoldedToggle(e, key)}
          ><summary>${group.title} (${chosen ? messages[this.locale].chosenOf(chosen, group.items.length) : group.items.length})</summary>${this.#opened.has(key) ? body() : nothing}</details
        >`
      : body();
  }

  #onFoldedToggle(e: Event, key: string): void {
    this.#opened[(e.target as HTMLDetailsElement).open ? 'add' : 'delete'](key);
    this.requestUpdate();
  }

  #renderForm({ form, rec }: Item, group: number): TemplateResult {
    const m = messages[this.locale];
    const lang = this.locale;
    const chosen = this.value.includes(form.id);
    const fit = `fit-${group}-${form.id}`;
    const fact = (term: string, text: string | undefined) =>
      text ? html`<div><dt>${term}</dt><dd>${text}</dd></div>` : nothing;
    return html`<li part="form" class=${chosen ? 'form chosen' : 'form'}>
      <label class="inline name"
        ><input
          type="checkbox"
          data-form=${form.id}
          .checked=${chosen}
          ?disabled=${!this.editable}
          aria-describedby=${rec ? fit : nothing}
          @change=${(e: Event) => this.#toggle(form.id, (e.target as HTMLInputElement).checked)}
        />${t(form.name, lang)}</label
      >
      ${rec ? html`<p class="fit ${rec.fit}" id=${fit}><strong>${m.fit[rec.fit]}: </strong>${rec.reason}</p>` : nothing}
      <p>${t(form.description, lang)}</p>
      <dl class="facts">
        ${fact(m.suits, t(form.suits, lang))}
        ${fact(m.resources, t(resourceDemandNames[form.resources], lang))}
        ${fact(m.groupSize, form.groupSize && t(form.groupSize, lang))}
        ${fact(m.duration, form.duration && t(form.duration, lang))}
        ${fact(m.facilitator, form.facilitator ? m.yes : undefined)}
        ${fact(m.tempi, form.tempi.length ? form.tempi.map((tempo) => t(tempoNames[tempo], lang)).join(', ') : m.noTempo)}
        ${fact(m.forExperience, form.experience.length < experiences.length
          ? form.experience.map((e) => this.#label('experience', e).toLowerCase()).join(', ')
          : undefined)}
        ${fact(m.note, form.notes && t(form.notes, lang))}
      </dl>
    </li>`;
  }

  #renderMix(): TemplateResult {
    const m = messages[this.locale];
    const c = commonMessages[this.locale];
    const value = this.value;
    // The mix alone, as a training ground of these forms and nothing else, judged by the model's
    // tempo rules (the same advice `advise` gives on it). Not adviseOn('traeningsbane', …): it
    // brings zod, the plan schema and every rule (about 15 KB gzip), beyond this element's budget.
    const mixOnly = {
      vidensopbygning: '', afproevning: '', feedback: '', feedbackformer: [], laeringsformer: value,
      spilleregler: '', daekning: '',
    };
    const covered = coveredTempi(mixOnly);
    // Nothing chosen yet is no pitfall: a page that only answers "which form fits?" stays quiet.
    const advice = value.length && !this.nestedInFieldElement ? tempoAdvice(mixOnly, this.locale) : [];
    const name = (id: string) => t(learningForms.find((f) => f.id === id)!.name, this.locale);
    // Named after what it is for: two choosers on a page were two regions "Dit valg".
    const mix = this.label?.trim() ? m.mixFor(this.label.trim()) : m.mix;
    return html`<section part="mix" class="mix" aria-labelledby="mix">
      <h3 id="mix" tabindex="-1" aria-level=${this.headingLevel(3)}>${mix}</h3>
      <p role="status" class="visually-hidden">${this.#removed ? m.removed(name(this.#removed)) : ''}</p>
      ${value.length
        ? html`<ul class="picked">
            ${value.map(
              (id, i) => html`<li>
                ${name(id)}
                ${this.editable
                  ? html`<button type="button" @click=${() => this.#remove(id, i)}>
                      ${c.remove}<span class="visually-hidden"> ${name(id)}</span>
                    </button>`
                  : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p class="hint">${m.mixEmpty}</p>`}
      <h4 aria-level=${this.headingLevel(4)}>${m.tempiTitle}</h4>
      <p class="hint">${m.tempiHint}</p>
      <ul part="tempi" class="tempi">
        ${tempi.map((tempo) => {
          const ok = covered.includes(tempo);
          const byText = !ok && this.#textTempi.includes(tempo);
          // The name as tempoInfo has it (capitalised), without bringing tempoInfo's descriptions and examples.
          return html`<li class=${ok || byText ? 'covered' : 'missing'}>
            ${t(tempoNames[tempo], this.locale).replace(/./, (c) => c.toUpperCase())}: ${ok ? m.covered : byText ? m.coveredByText : m.notCovered}
          </li>`;
        })}
      </ul>
      ${this.nestedInFieldElement
        // In <traeningsbane-plan> the parent's live advice judges the whole training ground and says
        // the same: a second live region made each choice announce two near-identical warnings.
        ? nothing
        // The tempo rules exclude each other, so the list holds one piece of advice at most and
        // needs no keying (advice-list.ts's keyed list is beyond this element's size budget).
        // Named after the choice: "om træningsbanen" was also the name of <traeningsbane-plan>'s on the same page.
        : renderAdviceRegion(advice, this.locale, 'traeningsbane', (list) => list.map((a, i) => renderAdviceItem(a, this.locale, i)), false, nothing, m.adviceOn + nameInSentence(mix))}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'laeringsform-vaelger': LaeringsformVaelger;
  }
}
