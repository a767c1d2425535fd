import { renderAdviceItems } from '../../internal/advice-list.js';
import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { commonMessages } from '../../i18n/common.js';
import { KompetenceChangeEvent, KompetenceInvalidEvent } from '../../internal/events.js';
import { KompetenceFieldCore, typedChanges } from '../../internal/field-core.js';
import { advisedUnits } from '../../internal/field-element.js';
import { downloadCalendar } from '../../internal/download.js';
import { keepFocus } from '../../internal/focus-handoff.js';
import { afterFrame } from '../../internal/frame.js';
import { afterPress, focusStays, formReset, holdBack, RenderAtPause, untilStarted } from '../../internal/live-advice.js';
import { planContext } from '../../internal/plan-context.js';
import { removalStyles } from '../../internal/removal-undo.js';
import { editingStyles } from '../../internal/editing-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { KompetenceValueCore, type PlanInput } from '../../internal/value-core.js';
import { advise, adviseOn, type Advice } from '../../model/advice.js';
import { fieldById, fields, type FieldInfo } from '../../model/catalog/fields.js';
import { quotedName, t } from '../../model/catalog/text.js';
import { completeness } from '../../model/completeness.js';
import { completenessGaps, describeCompletenessGaps, fieldGaps } from '../../model/completeness-gaps.js';
import { examples } from '../../model/examples/index.js';
import { exampleIds, fieldIds, mobilityForms, type ExampleId, type FieldId, type Lang, type MobilityForm } from '../../model/ids.js';
import { issue, type ParseResult } from '../../model/issues.js';
import { hasCalendarDates } from '../../model/ical.js';
import { copyPlanAsNew, createPlan, parsePlan } from '../../model/parse.js';
import type { MobilitetItem, Plan } from '../../model/plan.js';
import type { KompetencePlanVisning } from '../kompetence-plan-visning/kompetence-plan-visning.js';
import { DraftSession, type KeptStep, type Notice } from './draft-session.js';
import { messages } from './kompetence-model.messages.js';
import { styles } from './kompetence-model.styles.js';
import { formName, MobilityList } from './mobility-list.js';
import { fieldTitle, renderOverview } from './overview.js';
import { downloadPlanJson, issueText, readFileText } from './transfer.js';

/** The detail of `<kompetence-model>`'s change event: the plan, and the model's advice on it. */
export type KompetenceModelChange = KompetenceChangeEvent<Plan, { advice: Advice[] }>;

/**
 * The whole method for one task (*kompetencemodellen*): the five fields as the method draws them,
 * each with whether its condition of systematic competence development is met and how much advice
 * it has, one field at a time with the field elements, the model's advice on the whole plan with a
 * way to each field, and the plan's tools: start from a worked example, drafts saved in the
 * browser, download and load the plan as JSON, print, and its dates for the calendar.
 *
 * The element owns the plan. It hands it to the field elements in it through a context
 * (`planContext`); each writes its slice back, and the host hears one `kompetence-change` per
 * edit (the field elements' own events stay inside). The list of mobility arrangements is the
 * model's: it adds, removes and selects them, each edited in a `<mobilitet-aftale>`.
 *
 * @tagname kompetence-model
 * @summary The whole plan for one task through the five fields, with advice, drafts, JSON, print and calendar.
 *
 * @attr {string} plan - The plan as JSON (see docs/plan-json.md). Input that cannot be used is shown as an error and fires `kompetence-invalid`; the last good plan is kept.
 * @attr {string} lang - Language of the texts (`da` default, `en`); else the nearest ancestor's, else the page's.
 * @attr {boolean} disabled - Read-only and not submitted with its form, as a disabled native control (also inside a disabled `<fieldset>`).
 *
 * @event {KompetenceModelChange} kompetence-change - The user changed the plan (typing, choosing, loading an example or a file, undoing, discarding the draft or going back to it); `detail.value` is the plan, `detail.advice` the model's advice on it (`Advice[]`). One event per edit.
 * @event {KompetenceInvalidEvent} kompetence-invalid - A `plan` given by attribute or property, an `example` id or an imported file could not be used (`detail.source`); the last good plan is kept.
 *
 * @csspart error - The message shown when a given plan or file could not be used.
 * @csspart header - Title, workplace and the completeness score.
 * @csspart score - How many of the five conditions the plan meets.
 * @csspart tools - Example, download, load, print and calendar.
 * @csspart notice - Notices about drafts, loaded files and examples (a polite live region).
 * @csspart overview - The five fields as the method's figure (the tabs).
 * @csspart tab - One field in the overview.
 * @csspart panel - The field shown (a tab panel).
 * @csspart missing - What the field shown still needs before its condition is met, or that it is met.
 * @csspart mobility - The list of mobility arrangements in the training ground.
 * @csspart removed - Where a removed mobility arrangement was: says so, with a button that puts it back.
 * @csspart advice - The model's advice on the whole plan, each with a link to its field; a field the user has not been to and that holds nothing is one line, "not started" (and its field shows no advice).
 *
 * @cssprop [--kompetence-color-text=#1a1a1a] - Text colour.
 * @cssprop [--kompetence-color-text-muted=#4a4a4a] - Colour of hints.
 * @cssprop [--kompetence-color-surface=#ffffff] - Background of the element and of its controls.
 * @cssprop [--kompetence-color-surface-alt=#f3f4f6] - Background of the overview's fields, notices and advice.
 * @cssprop [--kompetence-color-border=#767676] - Borders.
 * @cssprop [--kompetence-color-accent=#004b87] - The selected field, met conditions and buttons.
 * @cssprop [--kompetence-color-accent-text=#ffffff] - Text on the accent colour (the arrangement shown, the staircase's "goal" mark, the printed plan's field numbers).
 * @cssprop [--kompetence-color-focus=#b3541e] - Focus outline.
 * @cssprop [--kompetence-color-info=#004b87] - Advice to consider.
 * @cssprop [--kompetence-color-warning=#8a4b00] - Advice that should be acted on.
 * @cssprop [--kompetence-color-error=#b00020] - Errors and advice that must be acted on.
 * @cssprop [--kompetence-color-scheme=light] - The colour scheme its checkboxes, radios and date pickers are drawn for: `dark` with dark surfaces.
 * @cssprop [--kompetence-radius=4px] - Corner radius.
 * @cssprop [--kompetence-space=1em] - Base spacing.
 */
export class KompetenceModel extends KompetenceValueCore<Plan, KompetenceModelChange> {
  static override styles = [baseStyles, editingStyles, removalStyles, styles];
  protected static override valueAttribute = 'plan';

  static override properties = {
    example: {},
    storageKey: { attribute: 'storage-key', reflect: true },
    koerekort: { type: Boolean, reflect: true },
    contentLang: { attribute: 'content-lang' },
  };

  /** Starts from one of the six worked examples (an `ExampleId`), unless a `plan` is given or a draft is restored. */
  declare example: ExampleId | null;
  /**
   * Saves drafts under this key in the browser's `localStorage` as the user types, and restores them
   * on load (a stored draft wins over the `plan` or `example` given then; the user can discard it).
   * The user's work (a restored draft, or edits) that a `plan` or `example` set later, an example
   * or a file the user loads, or a form reset replaces is kept under `<key>:tilsidesat` (a list,
   * newest first; so is the user's plan that a kept draft they go back to replaces, and a tab's
   * work hidden while another tab saves) and offered back in the notice (on later visits too,
   * until the user takes it back or discards it). One element per key and page:
   * a second one with the same key does not use it (it says so, and warns in the console) until the
   * first leaves the page or takes another key; then it restores the draft the first saved (or,
   * with unsaved work of its own, keeps that and sets the draft aside) and saves from then on. When
   * another tab or window changes the draft of the plan shown, an element with nothing unsaved
   * shows that draft and goes on saving; one with unsaved work (or, where the page gave the plan,
   * showing another plan) stops saving and offers the newer draft.
   */
  declare storageKey: string | null;
  /**
   * Shows the licences C, B and A (*kørekort*) on the responsibility staircase, with a licence to
   * choose per group. They also show, without it, when the plan already gives a group a licence.
   */
  declare koerekort: boolean;
  /**
   * Language of the plan's own text (`content-lang`, a BCP 47 tag such as `da`) when it differs
   * from the texts' (`lang`), e.g. a Danish plan in an English page: the text boxes of every field
   * and the printed plan mark the user's text with it (WCAG 3.1.2), so a screen reader reads it
   * with the right voice. `null` (unset) or empty: the same as `lang`, not marked, except that a
   * worked example's plan (its title is the example's) on a page in another language is Danish.
   */
  declare contentLang: string | null;

  #provider = new ContextProvider(this, { context: planContext });
  #field: FieldId = 'opgave';
  /** Fields shown so far: their elements are kept (with their state) when the user moves on. */
  #visited = new Set<FieldId>(['opgave']);
  /**
   * Fields the user has been to, whose advice the list and the field give in full (`untilStarted`):
   * the focus left a box or control in it (to another in it, or on). Shown or chosen (a tab, a step,
   * "Gå til"), a field is not yet begun: its question and what it lacks say what to do.
   */
  #been = new Set<FieldId>();
  /** The plan was edited through the context since the last change event. */
  #pending = false;
  #planGiven = false;
  #notice: Notice | undefined;
  /** The notice that a chosen file could not be read, while it is shown. */
  #fileFailed: Notice | undefined;
  #drafts = new DraftSession(this, {
    plan: () => this.currentValue,
    given: () => this.defaultValue,
    editable: () => this.editable,
    show: (plan) => this.setValue(plan),
    replace: (plan, say, keepTime, kept) => this.#replace(plan, say, keepTime, kept),
    emit: () => this.#emit(),
    notice: () => this.#notice,
    notify: (notice) => (this.#notice = notice),
    focusNotice: () => void this.#focusNotice(),
  });
  #printing = false;
  #chosenMobility: MobilityForm | undefined;
  /** The example chosen in the tools, not loaded yet. */
  #exampleChoice: ExampleId | '' = '';
  #advice: { plan: Plan; lang: Lang; list: Advice[] } | undefined;
  /**
   * The plan the overview, the score, the fields' lines and the list of advice judge, with its
   * advice: while the user types, the plan as it was at the last pause, as the fields' own advice
   * waits (a half-typed year put a reversed period in the list and the tab counts, key by key).
   * Advice on the task's text waits, as the field's own, until the user leaves the box (`holdBack`).
   */
  #judged: { plan: Plan; lang: Lang; advice: Advice[] } | undefined;
  #pause = new RenderAtPause(this);
  /** From a typed edit of the task until a plan not typed or its box left (`#leave`): advice on its text is held back. */
  #holding = false;
  #mobilityList = new MobilityList(this, (update) => this.#userEdit(update));
  /**
   * The notices are shown once a frame is rendered after the first render: a status region that
   * comes with its text ("Din kladde … er hentet frem" on load) is not announced by screen readers.
   */
  #noticesShown = false;
  /** A notice is shown with the focus moved to it (see `#focusNotice`). */
  #noticeFocused = false;
  /** The input error is about a file the user chose to import (it describes the file input). */
  #importFailed = false;
  /** The name of the file last chosen to import. */
  #importName = '';
  /** A file's errors say the field or item as the model names it, beside the plan's keys. */
  protected override issueText = issueText;

  constructor() {
    super();
    // A notice's or the saving line's button that goes while it has the focus (readonly, the page's
    // plan, another tab) hands it on.
    keepFocus(this, '.notice button, .hint button', () => this.#noticeTarget());
    this.example = null;
    this.storageKey = null;
    this.koerekort = false;
    this.contentLang = null;
  }

  /**
   * The plan (docs/plan-json.md). Accepts a plan object (parts left out get their empty value) or its
   * JSON, validated with `parsePlan`; what you read back is the parsed, complete plan. Setting it
   * is not a user edit: no change event.
   */
  get plan(): Plan {
    return this.currentValue;
  }
  set plan(input: Plan | PlanInput | null | undefined) {
    this.accept(input, 'property');
  }

  /** The plan (read-only alias of `plan`, like `value` on the field elements). */
  get value(): Plan {
    return this.currentValue;
  }

  protected emptyValue(): Plan {
    return createPlan();
  }

  protected parseInput(input: unknown, lang: Lang): ParseResult<Plan> {
    const result = parsePlan(input, { lang });
    return result.ok ? { ok: true, value: result.plan } : result;
  }

  protected missing(plan: Plan): string[] {
    const gaps = describeCompletenessGaps(plan, { lang: this.locale });
    return gaps ? [gaps] : [];
  }

  /** The overview's tab of the first field whose condition is not met. */
  protected override missingAnchor(plan: Plan): HTMLElement | undefined {
    const field = completenessGaps(plan)[0]?.field;
    return (this.renderRoot as ShadowRoot).getElementById(`tab-${field}`) ?? undefined;
  }

  /** Unsetting the plan keeps a restored draft: it is the user's work, and the page gave no plan. */
  protected override unsetValue(): Plan {
    return this.#drafts.restored ? this.currentValue : super.unsetValue();
  }

  protected override reject(...args: Parameters<KompetenceValueCore<Plan>['reject']>): void {
    this.#importFailed = args[1] === 'import';
    super.reject(...args);
  }

  protected override clearInputIssues(): void {
    this.#importFailed = false;
    super.clearInputIssues();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    void afterFrame().then(() => {
      this.#noticesShown = true;
      this.requestUpdate();
    });
  }

  /** The user's plan given back by the browser (back navigation) wins over `example`, as a given plan does. */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    const before = this.currentValue;
    super.formStateRestoreCallback(state);
    if (this.currentValue !== before) this.#planGiven = true;
  }

  protected override accepted(plan: Plan, before: Plan): void {
    this.#planGiven = true;
    this.#drafts.pageGave(plan, before);
  }

  protected override setValue(next: Plan): void {
    // Any plan but a typed one (the page's, an example, a reset, a draft, a choice) is judged at once.
    this.#pause.restart(this.#typing);
    // Only typing in the task holds its advice back: typed on elsewhere before the pause (the task's
    // box left), the list kept back what the task's field then showed.
    this.#holding = this.#typing && next.opgave != this.currentValue.opgave;
    super.setValue(next);
    this.#provide();
  }

  /**
   * The language the plan's own text is marked with (WCAG 3.1.2): `content-lang`, else Danish for
   * a worked example's plan (its title is an example's) in a page of another language, since the
   * examples are the publication's, in Danish; else none (the page's).
   */
  get #textLang(): string | null {
    // Each read of `examples` copies a plan: the titles are read once, when first needed.
    exampleTitles ??= new Set(exampleIds.map((id) => examples[id].titel));
    return this.contentLang || (this.locale !== 'da' && exampleTitles.has(this.plan.titel) ? 'da' : null);
  }

  #provide(): void {
    const contentLang = this.#textLang;
    // A typed title that makes the plan no longer a worked example's changes the language its
    // text is marked with: that is taken in at once, not at a pause.
    const typing = this.#typing && contentLang === this.#provider.value?.contentLang;
    this.#provider.setValue({ plan: this.currentValue, edit: this.#edit, leave: this.#leave, seen: this.#been, typing, contentLang });
  }

  /**
   * A field's text box was left: what was held back is judged, as in the field's own advice, and
   * the user has been to the field (the focus moving on inside the element does not leave it).
   */
  #leave = (): void => {
    // The field left, not the one a press on "Næste" shows by the time the advice is (`afterPress`).
    const field = this.#field;
    afterPress(() => {
      this.#holding = false;
      this.#beenTo(field);
      this.requestUpdate();
    });
  };

  /**
   * A user's edit of the plan (from the context, a mobility arrangement or the model's own
   * controls). `typed` when the user typed it (see `PlanContextValue.typing`); `keepTime` when it
   * brings back a plan as it was (a kept draft), with its own time.
   */
  #edit = (update: (plan: Plan) => Plan, typed = false, keepTime = false): void => {
    const before = this.currentValue.traeningsbane.laeringsformer;
    const next = update(this.currentValue);
    this.#typing = typed;
    this.setValue(keepTime ? next : { ...next, updatedAt: new Date().toISOString() });
    // Any other new plan (the page's, an import, an undo) is no typing.
    this.#typing = false;
    // A mobility form just chosen in the training ground: the arrangement is offered below it, and said here.
    this.#chosenMobility = mobilityForms.find((f) => this.currentValue.traeningsbane.laeringsformer.includes(f) && !before.includes(f));
    this.#pending = true;
    this.#drafts.changed(this.currentValue);
  };

  #emit(): void {
    this.#pending = false;
    const form = this.#chosenMobility;
    this.#notice = form ? { say: (m, lang) => m.chosen(formName(form, lang)) } : undefined;
    this.#drafts.edited();
    this.clearInputIssues();
    const plan = this.currentValue;
    this.dispatchEvent(new KompetenceChangeEvent<Plan, { advice: Advice[] }>({ value: plan, advice: this.#adviceOn(plan) }));
  }

  /** Whether the plan being provided came from the user typing (see `PlanContextValue.typing`). */
  #typing = false;

  #userEdit(update: (plan: Plan) => Plan, typed = false, keepTime = false): void {
    this.#edit(update, typed, keepTime);
    this.#emit();
  }

  /** Replaces the whole plan as a user's edit that can be undone (with the step `kept` on the kept drafts). */
  #replace(next: Plan, say: Notice['say'], keepTime = false, kept?: KeptStep): void {
    const before = this.currentValue;
    // An example or a file (the drafts' own steps say theirs): the user's work is kept aside.
    kept ??= this.#drafts.replaced(before);
    this.#userEdit(() => next, false, keepTime);
    this.#notice = { say, undo: before, kept };
    // On a phone the notice and its Undo sit far below the button that replaced the plan, and the
    // new plan's longer texts push them further: out of view, they are brought to its middle (at
    // its edge, the autosave line that comes above them half a second later pushed Undo out again).
    void this.updateComplete.then(() => {
      const notice = this.renderRoot.querySelector('#notice');
      const { top, bottom } = notice?.getBoundingClientRect() ?? { top: 0, bottom: 0 };
      if (top < 0 || bottom > innerHeight) notice!.scrollIntoView({ block: 'center' });
    });
    // Then the focus goes to its Undo, as after the notices' own actions: left on the button (above
    // the window once the notice is brought into view) it was seen nowhere. Asked for in this
    // step, so the notice renders as not live and is read once, as the focus lands.
    void this.#focusNotice();
  }

  #adviceOn(plan: Plan): Advice[] {
    const lang = this.locale;
    if (this.#advice?.plan !== plan || this.#advice.lang !== lang) this.#advice = { plan, lang, list: advise(plan, { lang }) };
    return this.#advice.list;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The field elements' events stay inside: the plan (written through the context, or here for a
    // mobility arrangement) is what changed, and the host hears it once, as the model's event. They
    // are not composed, but a field element of another copy of the package (the bundle beside a
    // per-element module) does not know the model for one of its own and composes its event.
    root.addEventListener(KompetenceChangeEvent.eventName, (e) => {
      e.stopPropagation();
      const from = e.target as HTMLElement;
      if (from.localName === 'mobilitet-aftale') {
        const index = Number(from.dataset['index']);
        const item = (e as KompetenceChangeEvent<MobilitetItem>).detail.value;
        this.#edit((p) => ({ ...p, mobilitet: p.mobilitet.map((m, i) => (i === index ? item : m)) }), typedChanges.has(e));
      }
      if (this.#pending) this.#emit();
    });
    root.addEventListener(KompetenceInvalidEvent.eventName, (e) => e.stopPropagation());
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#provide();
    addEventListener('beforeprint', this.#beforePrint);
    addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#beforePrint);
    removeEventListener('afterprint', this.#afterPrint);
  }

  #beforePrint = (): void => {
    // "Save as PDF" names the file, and the browser heads the pages, after the page's title: the
    // plan's while printing (every plan's PDF was "Planlæg en opgave").
    pageTitle ??= document.title;
    document.title = quotedName(this.plan.titel) || pageTitle;
    this.#printing = true;
    this.requestUpdate();
    // Rendered now, not at the next microtask: Firefox copies the page to print as soon as the
    // beforeprint listeners return (Ctrl+P printed an empty plan there).
    this.performUpdate();
    this.renderRoot.querySelector<KompetencePlanVisning>('kompetence-plan-visning')?.['performUpdate']();
  };

  #afterPrint = (): void => {
    if (pageTitle !== undefined) document.title = pageTitle;
    pageTitle = undefined;
    this.#printing = false;
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A plan given before the first render wins over the example; a later example replaces it.
    if (changed.has('example') && this.example && (this.hasUpdated || !this.#planGiven)) this.#applyExample(this.example);
    if (changed.has('storageKey')) {
      this.#drafts.open();
      const stored = this.#drafts.field;
      const field = fieldIds.find((id) => id === stored);
      if (field && this.#drafts.restored) this.#visited.add(this.#field = field);
    }
    if (changed.has('contentLang') || changed.has('locale')) this.#provide();
  }

  #applyExample(id: string): void {
    if (!(exampleIds as readonly string[]).includes(id)) {
      const problem = (lang: Lang) => [issue(['example'], 'invalid_value', lang, { values: exampleIds, received: id })];
      this.reject(problem(this.locale), this.getAttribute('example') === id ? 'attribute' : 'property', problem);
      return;
    }
    // A plan of its own, as when the user picks the example in the tools (not the example's fixed ids).
    const plan = copyPlanAsNew(examples[id as ExampleId]);
    this.clearInputIssues();
    const before = this.currentValue;
    this.defaultValue = plan;
    this.setValue(plan);
    this.#drafts.pageGave(plan, before);
  }

  /**
   * A form reset returns to the given plan (attribute or example): the draft is set aside (see
   * `DraftSession.reset`), and the fields are as new (not begun, as the browser's `:user-invalid`).
   */
  override formResetCallback(): void {
    const before = this.currentValue;
    formReset();
    this.#been.clear();
    super.formResetCallback();
    this.#drafts.reset(before);
    this.#notice = undefined;
  }

  #undo({ undo, kept }: Notice): void {
    if (undo) this.#userEdit(() => undo);
    if (kept) this.#drafts.undo(kept);
    this.#notice = { say: (m) => m.undone };
    this.requestUpdate();
    // Undoing "Start fra eksemplet" leaves no example chosen.
    this.#exampleChoice = '';
    void this.#focusNotice();
  }

  /**
   * The notice's buttons replace the notice, and the focused button with it: focus goes to the new
   * notice's action, else to the notice itself, else to another notice's action, else to the
   * notices (the region); not back to the start of the page. The notice that comes with the focus
   * is read as focus lands: the region is not live for it, or screen readers would read it twice.
   */
  async #focusNotice(): Promise<void> {
    this.#noticeFocused = true;
    await this.updateComplete;
    this.#noticeTarget()?.focus();
    await afterFrame();
    this.#noticeFocused = false;
    this.requestUpdate();
  }

  #noticeTarget(): HTMLElement | null {
    const find = (s: string) => this.renderRoot.querySelector<HTMLElement>(`.notice${s}`);
    return find(' #notice button') ?? find(' #notice') ?? find(' button') ?? find(':not(:empty)');
  }

  /** The user has been to `field` (`#been`): its advice is given, in the list and in the field. */
  #beenTo(field: FieldId): void {
    if (this.#been.has(field)) return;
    this.#been.add(field);
    this.#provide();
    this.requestUpdate();
  }

  /**
   * The focus left something in a field, not its heading (where a step or "Gå til" puts it), for
   * another thing in the page: the user has been there. Not as it goes in: the advice came as the
   * user went to type.
   */
  #left = (e: FocusEvent): void => {
    const from = e.target as Element;
    const panel = from.localName != 'h2' && !focusStays(this.shadowRoot!, e) && from.closest('[role=tabpanel]');
    if (panel) afterPress(() => this.#beenTo(panel.id.slice(6) as FieldId));
  };

  /**
   * Shows a field. From a tab clicked while the field's heading is out of sight below (the overview
   * fills a laptop's window), the heading is scrolled to the top, or the click seemed to do nothing.
   */
  #select(field: FieldId, clicked?: boolean): void {
    this.#field = this.#drafts.field = field;
    this.#visited.add(field);
    this.requestUpdate();
    // Hidden, its elements skipped renders for edits elsewhere (KompetenceFieldCore.shouldUpdate).
    void this.updateComplete.then(() => {
      for (const e of this.renderRoot.querySelectorAll(`#panel-${field} *`)) if (e instanceof LitElement) e.requestUpdate();
      const heading = clicked ? this.renderRoot.querySelector(`#h-${field}`) : null;
      // Measured in the next frame, once the field's elements rendered: read now, it laid the page out
      // twice (a slow PC's first visit to field 4 took 0.2-0.4 s).
      if (heading) requestAnimationFrame(() => heading.getBoundingClientRect().top > innerHeight - 60 && heading.scrollIntoView());
    });
  }

  /**
   * Shows a field and moves focus to its heading; from a piece of advice (the `n`th with its id),
   * to the control where the user acts on it, when there is one that takes focus.
   */
  async #goTo(field: FieldId, advice?: { id: string; n: number }): Promise<void> {
    this.#select(field);
    await this.updateComplete;
    const control = advice && (await this.#adviceControl(field, advice.id, advice.n));
    // A control with its ring also after a click (a checkbox in a long list, say).
    if (control) focusWithRing(control);
    else this.renderRoot.querySelector<HTMLElement>(`#h-${field}`)?.focus();
  }

  /**
   * The field's elements say where their advice is acted on (`adviceControls`), in the order
   * `advise` gives it; advice on mobility arrangements comes last, and only the chosen arrangement
   * is shown, so the one the advice is about is chosen first.
   */
  async #adviceControl(field: FieldId, id: string, n: number): Promise<HTMLElement | undefined> {
    const elements = () => [...this.renderRoot.querySelectorAll(`#panel-${field} *`)]
      .filter((e): e is KompetenceFieldCore<never> => e instanceof KompetenceFieldCore);
    await Promise.all(elements().map((e) => e.updateComplete));
    const own = elements().filter((e) => e.localName !== 'mobilitet-aftale').flatMap((e) => e.adviceControls(id));
    let control: HTMLElement | undefined = own[n];
    // Each arrangement judged alone: in the plan, a reversed training period would speak for every one.
    const arrangement = control ? undefined : advisedUnits(id, this.plan.mobilitet, (m) => adviseOn('mobilitet', [m]))[n - own.length];
    if (arrangement !== undefined) control = (await this.#mobilityList.show(arrangement))?.adviceControls(id)[0];
    control ??= own[0];
    // Not one disabled, nor one not shown (read-only, an empty date box gives way to the date in words).
    return control?.getClientRects().length && !(control as HTMLInputElement).disabled ? control : undefined;
  }

  #loadExample(): void {
    const id = this.#exampleChoice;
    // The button is disabled until an example is chosen.
    if (!id) return;
    this.#replace(copyPlanAsNew(examples[id]), (m) => m.loaded(m.exampleLoaded));
    this.#drafts.exampleLoaded();
  }

  async #import(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const name = (this.#importName = file.name);
    // That the last file could not be read is old news now: the notice would name two files at once.
    if (this.#notice === this.#fileFailed) this.#notice = undefined;
    const text = await readFileText(file);
    // Emptied, so choosing the same file again (after fixing it) is a change too.
    input.value = '';
    // The error goes first (a rendered frame without it), so the same error for the next file is announced again.
    this.clearInputIssues();
    await this.updateComplete;
    await afterFrame();
    const plan = typeof text === 'string' ? this.validate(text, 'import') : undefined;
    // The file's plan as it is, its time included: importing is not a change (a download after it gives the same file).
    if (plan) this.#replace(plan, (m) => m.loaded(m.fileLoaded(name)), true);
    // A file that was read but not usable is said by the error (an alert) that lists why; the
    // notice of what came before (e.g. the last file's Undo) stays.
    else if (typeof text !== 'string') this.#notice = this.#fileFailed = { say: (m) => (text === null ? m.tooBig(name) : m.unreadable(name)) };
    this.requestUpdate();
  }

  #print(): void {
    this.#beforePrint();
    window.print();
  }

  override render(): TemplateResult {
    const lang = this.locale;
    const m = messages[lang];
    const plan = this.plan;
    // A language changed while the user types is said at once, with the plan as it is.
    if (!this.#pause.pending || this.#judged?.lang != lang) {
      const advice = this.#adviceOn(plan);
      this.#judged = { plan, lang, advice: this.#holding ? holdBack(advice, this.#judged!.advice) : advice };
    }
    const { plan: judged, advice } = this.#judged;
    const { criteria, score } = completeness(judged);
    // As the list and the fields give it: a field not started has no count (its advice is not shown yet).
    const listed = untilStarted(advice, judged, this.#been);
    const adviceCount = Object.fromEntries(fieldIds.map((id) =>
      [id, listed.includes(id) ? undefined : advice.filter((a) => a.field === id).length])) as Record<FieldId, number | undefined>;
    const off = !this.editable;
    // Each with a hint, so the two start level side by side however long the workplace grows (the
    // examples' takes a paragraph): text boxes that grow with their text. The title is one line:
    // Enter, pressed to be done with it, added a line break (in the page's title and file name too).
    const text = (key: 'titel' | 'arbejdsplads') => html`<div class="control">
        <label for=${key}>${m[key]}</label>
        <p id="${key}-h" class="hint">${m[`${key}Hint`]}</p>
        <textarea id=${key} rows="1" aria-describedby="${key}-h" lang=${this.#textLang || nothing} .value=${live(plan[key])} ?readonly=${off}
          @keydown=${key === 'titel' ? (e: KeyboardEvent) => e.key === 'Enter' && e.preventDefault() : nothing}
          @input=${(e: Event) => this.#userEdit((p) => ({ ...p, [key]: (e.target as HTMLTextAreaElement).value }), true)}></textarea>
      </div>`;
    return html`${this.renderInputIssues()}
      <div class="model">
        <header part="header" class="header">
          <div class="row">${text('titel')}${text('arbejdsplads')}</div>
          <p part="score" class="score" role="status">${commonMessages[this.locale].score(score)}</p>
        </header>
        ${this.#renderTools()}
        <div part="notice" class="notice" role="status" aria-live=${this.#noticeFocused ? 'off' : nothing} tabindex="-1">${this.#noticesShown ? this.#renderNotices() : nothing}</div>
        ${renderOverview({ lang, selected: this.#field, criteria, adviceCount, select: (f, clicked) => this.#select(f, clicked) })}
        <div class="main">
          <div class="panels" @focusout=${this.#left}>${fields.map((f) => this.#renderPanel(f, judged))}</div>
          ${this.#renderAdvice(advice, listed)}
        </div>
      </div>
      <div class="print-view">
        ${this.#printing
          ? html`<kompetence-plan-visning .plan=${plan} content-lang=${this.#textLang || nothing}></kompetence-plan-visning>`
          : nothing}
      </div>`;
  }

  #chooseExample = (e: Event): void => {
    this.#exampleChoice = (e.target as HTMLSelectElement).value as ExampleId | '';
    this.requestUpdate();
  };

  #renderTools(): TemplateResult {
    const m = messages[this.locale];
    const off = !this.editable;
    // Offered only when the plan has dates (as field 5's button), with a hint that says why not.
    const calendar = hasCalendarDates(this.plan);
    return html`<section part="tools" class="tools no-print" aria-labelledby="tools-h">
      <h2 id="tools-h" class="visually-hidden">${m.tools}</h2>
      ${off
        ? nothing
        : html`<div class="row">
            <div class="control">
              <label for="example">${m.example}</label>
              <p id="example-h" class="hint">${m.exampleHint}</p>
              <div class="pick">
                <select id="example" aria-describedby="example-h" @change=${this.#chooseExample}>
                  <option value="" .selected=${live(!this.#exampleChoice)}>${m.chooseExample}</option>
                  ${exampleIds.map((id) => html`<option value=${id} .selected=${live(id === this.#exampleChoice)}>${m.examples[id]}</option>`)}
                </select>
                <button type="button" ?disabled=${!this.#exampleChoice} @click=${() => this.#loadExample()}>${m.loadExample}</button>
              </div>
            </div>
            <div class="control">
              <label for="import">${m.importJson}</label>
              <p id="import-h" class="hint">${m.importHint}</p>
              <input id="import" type="file" accept=".json,application/json" @change=${this.#import}
                aria-invalid=${this.#importFailed ? 'true' : 'false'} aria-describedby="import-h${this.#importFailed ? ' import-e input-error' : ''}" />
              ${this.#importFailed // Said here too: the error itself is at the top, out of sight on a long page.
                ? html`<p id="import-e" class="import-error">${m.notImported(this.#importName)}</p>`
                : nothing}
            </div>
          </div>`}
      <div class="buttons">
        <button type="button" id="export" @click=${() => downloadPlanJson(this.renderRoot, this.plan, m.fileName)}>${m.exportJson}</button>
        <button type="button" @click=${this.#print}>${m.print}</button>
        <button type="button" ?disabled=${!calendar} aria-describedby=${calendar ? nothing : 'calendar-h'}
          @click=${() => downloadCalendar(this.renderRoot, this.plan, this.locale, m.fileName)}>${commonMessages[this.locale].downloadCalendar}</button>
      </div>
      ${calendar ? nothing : html`<p id="calendar-h" class="hint">${m.noDates(this.editable)}</p>`}
      ${this.#drafts.renderSaving(this.locale)}
    </section>`;
  }

  #renderNotices(): TemplateResult {
    const m = messages[this.locale];
    const notice = this.#notice;
    return html`${this.#drafts.renderNotices(this.locale)}${notice
      ? html`<p id="notice" tabindex="-1"><span id="notice-d">${notice.say(m, this.locale)}</span>
          ${(notice.undo || notice.kept) && this.editable
            ? html`<button type="button" aria-describedby="notice-d" @click=${() => this.#undo(notice)}>${commonMessages[this.locale].undo}</button>`
            : nothing}</p>`
      : nothing}`;
  }

  #renderPanel(f: FieldInfo, judged: Plan): TemplateResult {
    const lang = this.locale;
    const m = messages[lang];
    // What the overview's "not met yet" means here: a user who did all the advice says may still lack a part.
    const missing = fieldGaps(judged, f.id, { lang });
    const step = (to: FieldInfo | undefined, label: string) => to
      ? html`<button type="button" @click=${() => this.#goTo(to.id)}>${`${label} ${fieldTitle(to, lang)}`}</button>`
      : nothing;
    return html`<section part="panel" class="panel" role="tabpanel" id="panel-${f.id}" aria-labelledby="tab-${f.id}"
      ?hidden=${f.id !== this.#field}>
      ${this.#visited.has(f.id)
        ? html`<h2 id="h-${f.id}" tabindex="-1">${fieldTitle(f, lang)}</h2>
            <p class="hint"><strong>${m.leader} </strong>${t(f.leadershipTask, lang)}</p>
            <p part="missing" class="hint">${missing.length ? m.toMeet(missing) : commonMessages[lang].met}</p>
            ${this.#renderField(f.id)}
            <div class="steps no-print">${step(fields[f.number - 2], m.previous)}${step(fields[f.number], m.next)}${f.number === 5
              // After the last field, the way to keep the plan: the tools are far above, at the top.
              ? html`<button type="button" @click=${() => focusWithRing(this.renderRoot.querySelector<HTMLElement>('#export')!)}>${m.toTools}</button>`
              : nothing}</div>`
        : nothing}
    </section>`;
  }

  /**
   * A field's elements, read-only and disabled as the model is, by their own attributes: read-only,
   * each is published as it is alone (dates in words, no unchosen options, no empty boxes), not a
   * locked editor; disabled (a disabled form), each keeps its controls, disabled, as native ones.
   */
  #renderField(id: FieldId): TemplateResult {
    const ro = this.readonly;
    const disabled = this.formDisabled;
    switch (id) {
      case 'opgave':
        return html`<opgave-felt ?readonly=${ro} ?disabled=${disabled}></opgave-felt>
          <section class="part" aria-labelledby="ansvar-h">
            <h3 id="ansvar-h">${commonMessages[this.locale].staircase}</h3>
            <ansvars-trappe ?koerekort=${this.koerekort} .headingOffset=${1} ?readonly=${ro} ?disabled=${disabled}></ansvars-trappe>
          </section>`;
      case 'perspektiv':
        return html`<perspektiv-felt ?readonly=${ro} ?disabled=${disabled}></perspektiv-felt>`;
      case 'laeringsmaal':
        return html`<laeringsmaal-pyramide ?readonly=${ro} ?disabled=${disabled}></laeringsmaal-pyramide>`;
      case 'traeningsbane':
        return html`<traeningsbane-plan ?readonly=${ro} ?disabled=${disabled}></traeningsbane-plan>${this.#mobilityList.render(this.locale, ro, disabled, this.#textLang)}`;
      case 'hverdag':
        return html`<forankring-tjekliste ?readonly=${ro} ?disabled=${disabled}></forankring-tjekliste>`;
    }
  }

  /** `listed`: `advice` with the fields not started as one entry each (`untilStarted`). */
  #renderAdvice(advice: Advice[], listed: (Advice | FieldId)[]): TemplateResult {
    const lang = this.locale;
    const m = messages[lang];
    const go = (field: FieldId) => `${m.goTo} ${fieldTitle(fieldById(field), lang)}`;
    return html`<section part="advice" class="all-advice no-print" aria-labelledby="advice-h">
      <h2 id="advice-h">${m.allAdvice}</h2>
      ${advice.length
        ? renderAdviceItems(listed, lang,
          // Named by its text and its advice: several go to one field, and a list of buttons must tell
          // them apart. The text seen comes first (Label in Name), then a colon's pause.
          (a) => html`<button type="button" class="go" aria-label="${go(a.field)}: ${a.message}"
            @click=${() => this.#goTo(a.field, { id: a.id, n: advice.filter((b) => b.id === a.id).indexOf(a) })}>${go(a.field)}</button>`,
          // A field not started is one line without a severity: its advice would only say it is empty.
          (f) => html`<li class="idle">${`${fieldTitle(fieldById(f), lang)}: ${m.notStarted}`}
            <button type="button" class="go" @click=${() => this.#goTo(f)}>${go(f)}</button></li>`)
        : html`<p>${commonMessages[lang].noAdvice}</p>`}
    </section>`;
  }
}


/**
 * Focuses `target` with its ring also after a click, where the page jumps or the target sits in a
 * long list: the ring shows where the focus went. (`focusVisible` is not in TypeScript's DOM types yet.)
 */
const focusWithRing = (target: HTMLElement): void => target.focus({ focusVisible: true } as FocusOptions);

/** The page's own title while a plan's is shown for printing; one for the page, however many models print. */
let pageTitle: string | undefined;

/** The worked examples' titles (see `#textLang`). */
let exampleTitles: Set<string> | undefined;

declare global {
  interface HTMLElementTagNameMap {
    'kompetence-model': KompetenceModel;
  }
}
