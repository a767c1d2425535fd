import { ContextConsumer } from '@lit/context';
import type { PropertyValues, TemplateResult } from 'lit';
import type { Lang } from '../model/ids.js';
import type { ParseResult, PartName, PartValue, PlanIssue } from '../model/parse.js';
import type { Plan } from '../model/plan.js';
import { KompetenceElement } from './base-element.js';
import { KompetenceChangeEvent, KompetenceInvalidEvent, type InvalidSource } from './events.js';
import { renderInputIssues } from './input-issues.js';
import { planContext, type PlanContextValue } from './plan-context.js';
import { commonMessages } from '../i18n/common.js';

/** How a field element reads and writes its slice of the plan inside `<kompetence-model>`. */
export interface PlanSlice<T> {
  read(plan: Plan): T;
  write(plan: Plan, value: T): Plan;
}

/**
 * What every element that edits a part of the plan shares, without the plan's zod schema: it owns
 * the value and its serialised forms: the `value` property and JSON attribute (validated by
 * `parseInput`; bad input keeps the last good value, is shown as an accessible error and fires
 * `kompetence-invalid`), form association through `ElementInternals`, and the plan context of
 * `<kompetence-model>`. Subclasses render, and call `commit()` on user edits only.
 *
 * Elements extend `KompetenceFieldElement` (`./field-element.ts`), which validates with the
 * model's schema. This core exists for an element with a tight size budget
 * (`<laeringsform-vaelger>`): it can validate its small value without zod and still report the
 * issues `parsePart` reports.
 */
export abstract class KompetenceFieldCore<P extends Exclude<PartName, 'forankring'>> extends KompetenceElement {
  static formAssociated = true;

  static override properties = {
    ...KompetenceElement.properties,
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    inputIssues: { state: true },
    formDisabled: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'value'];
  }

  /** Name under which the value (as JSON) is submitted with its form. */
  declare name: string | null;
  /** When set, an incomplete value makes the form invalid. */
  declare required: boolean;
  /** Shows the value without letting the user change it. */
  declare readonly: boolean;

  /** Problems with the last input that could not be used (shown, and announced). */
  protected declare inputIssues: PlanIssue[];
  protected declare formDisabled: boolean;

  /** The plan part the value is (its schema validates input). */
  protected abstract readonly planPart: P;
  /** The slice this element edits inside `<kompetence-model>`; none when the model drives it by property. */
  protected readonly planSlice?: PlanSlice<PartValue<P>>;

  protected readonly internals: ElementInternals;
  #value!: PartValue<P>;
  #defaultValue!: PartValue<P>;
  #lastBadInput: { input: unknown; source: InvalidSource } | undefined;
  #context: PlanContextValue | undefined;
  #contextConsumer: ContextConsumer<typeof planContext, KompetenceFieldCore<P>> | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = null;
    this.required = false;
    this.readonly = false;
    this.inputIssues = [];
    this.formDisabled = false;
  }

  /** The empty value of the part (what a new plan holds). */
  protected abstract emptyValue(): PartValue<P>;

  /** Validates input (an object or a JSON string) as the part, as `parsePart` does; never throws. */
  protected abstract parseInput(input: unknown, lang: Lang): ParseResult<PartValue<P>>;

  /** What is missing for the value to be complete, in the element's language; empty when complete. */
  protected abstract missing(value: PartValue<P>): string[];

  /** The element's value: its slice of the plan (see contract.md, "Element values"). */
  get value(): PartValue<P> {
    this.#ensureValue();
    return this.#value;
  }
  set value(input: PartValue<P>) {
    this.#accept(input, 'property');
  }

  #ensureValue(): void {
    if (this.#value === undefined) {
      this.#value = this.emptyValue();
      this.#defaultValue = this.#value;
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'value') {
      if (value !== null && value !== old) this.#accept(value, 'attribute');
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  #accept(input: unknown, source: InvalidSource): void {
    this.#ensureValue();
    const result = this.parseInput(input, this.locale);
    if (!result.ok) {
      this.#lastBadInput = { input, source };
      this.inputIssues = result.issues;
      this.dispatchEvent(new KompetenceInvalidEvent(result.issues, source));
      return;
    }
    this.#lastBadInput = undefined;
    this.inputIssues = [];
    if (source === 'attribute') this.#defaultValue = result.value;
    this.#setValue(result.value);
    // Inside <kompetence-model> the plan is the model's: code that sets a field's value there
    // changes the plan too, but it is not a user edit, so no event is fired.
    this.#writeToContext(result.value);
  }

  protected override localeChanged(previous: Lang): void {
    super.localeChanged(previous);
    // Re-validate so the shown problems speak the new language.
    if (this.#lastBadInput) {
      const result = this.parseInput(this.#lastBadInput.input, this.locale);
      if (!result.ok) this.inputIssues = result.issues;
    }
  }

  #setValue(next: PartValue<P>): void {
    const old = this.#value;
    this.#value = next;
    this.requestUpdate('value', old);
  }

  /** Records a user's edit: the new value, the plan context, the form, and one change event. */
  protected commit(next: PartValue<P>): void {
    this.#setValue(next);
    this.inputIssues = [];
    this.#lastBadInput = undefined;
    this.#writeToContext(next);
    this.dispatchEvent(new KompetenceChangeEvent<PartValue<P>>({ value: next }));
  }

  #writeToContext(next: PartValue<P>): void {
    const slice = this.planSlice;
    if (this.#context && slice) this.#context.edit((plan) => slice.write(plan, next));
  }

  /** Whether the user may edit now. */
  protected get editable(): boolean {
    return !this.readonly && !this.formDisabled && !this.#context?.readonly;
  }

  /** Whether the element sits inside <kompetence-model> and edits its slice of the plan there. */
  protected get inPlanContext(): boolean {
    return this.#context !== undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ensureValue();
    if (this.planSlice && !this.#contextConsumer && !this.#isNestedInFieldElement()) {
      this.#contextConsumer = new ContextConsumer(this, {
        context: planContext,
        subscribe: true,
        callback: (context) => {
          this.#context = context;
          if (context && this.planSlice) this.#setValue(this.planSlice.read(context.plan));
        },
      });
    }
  }

  /** An element of ours inside another's shadow DOM is driven by that parent, not by the context. */
  #isNestedInFieldElement(): boolean {
    let node: Node | null = this.parentNode ?? null;
    while (node) {
      if (node instanceof KompetenceFieldCore) return true;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#syncForm();
  }

  #syncForm(): void {
    this.internals.setFormValue(JSON.stringify(this.#value));
    const missing = this.required ? this.missing(this.#value) : [];
    if (missing.length) {
      const m = commonMessages[this.locale];
      const anchor = this.renderRoot.querySelector<HTMLElement>('input, textarea, select, button') ?? undefined;
      this.internals.setValidity({ valueMissing: true }, `${m.missing} ${missing.join(', ')}.`, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  formResetCallback(): void {
    this.inputIssues = [];
    this.#lastBadInput = undefined;
    this.#setValue(this.#defaultValue);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const result = this.parseInput(state, this.locale);
    if (result.ok) this.#setValue(result.value);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The form's validity, as on native controls. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The accessible error for input that could not be used; place it at the top of `render`. */
  protected renderInputIssues(): TemplateResult {
    return renderInputIssues(this.inputIssues, this.locale);
  }
}
