import type { PropertyValues, TemplateResult } from 'lit';
import type { Lang } from '../model/ids.js';
import type { ParseResult, PlanIssue } from '../model/issues.js';
import { commonMessages } from '../i18n/common.js';
import { KompetenceElement } from './base-element.js';
import { KompetenceInvalidEvent, type InvalidSource } from './events.js';
import { renderInputIssues } from './input-issues.js';

/**
 * What every element that holds a JSON value of the plan shares (a field element's slice, or the
 * whole plan in `<kompetence-model>`): input validated by `parseInput` from a JSON attribute or
 * a property (bad input keeps the last good value, is shown as an accessible error and fires
 * `kompetence-invalid`), and form association through `ElementInternals` (the value as JSON,
 * `required` with a message naming what is missing, reset to the attribute's value, restore,
 * disabled). Subclasses expose the value under their own property name.
 */
export abstract class KompetenceValueCore<T> extends KompetenceElement {
  static formAssociated = true;

  static override properties = {
    ...KompetenceElement.properties,
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    inputIssues: { state: true },
    formDisabled: { state: true },
  };

  /** The attribute that carries the value as JSON. */
  protected static valueAttribute = 'value';

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, this.valueAttribute];
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

  protected readonly internals: ElementInternals;
  #value!: T;
  #defaultValue!: T;
  /** The shown problems of the last input that could not be used, in a given language. */
  #recheck: ((lang: Lang) => PlanIssue[]) | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = null;
    this.required = false;
    this.readonly = false;
    this.inputIssues = [];
    this.formDisabled = false;
  }

  /** The empty value (what a new plan holds). */
  protected abstract emptyValue(): T;

  /** Validates input (an object or a JSON string); never throws. */
  protected abstract parseInput(input: unknown, lang: Lang): ParseResult<T>;

  /** What is missing for the value to be complete, in the element's language; empty when complete. */
  protected abstract missing(value: T): string[];

  /** The current value. */
  protected get currentValue(): T {
    if (this.#value === undefined) {
      this.#value = this.defaultValue;
    }
    return this.#value;
  }

  /** What a form reset returns to: the value attribute's, else the empty value. */
  protected get defaultValue(): T {
    return (this.#defaultValue ??= this.emptyValue());
  }
  protected set defaultValue(value: T) {
    this.#defaultValue = value;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === (this.constructor as typeof KompetenceValueCore).valueAttribute) {
      if (value !== null && value !== old) this.accept(value, 'attribute');
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  /**
   * Validates input. Input that cannot be used is shown, fires `kompetence-invalid` and gives
   * `undefined`; good input clears the shown problems and is returned (not yet set).
   */
  protected validate(input: unknown, source: InvalidSource): T | undefined {
    const result = this.parseInput(input, this.locale);
    if (!result.ok) {
      this.reject(result.issues, source, (lang) => {
        const again = this.parseInput(input, lang);
        return again.ok ? [] : again.issues;
      });
      return undefined;
    }
    this.clearInputIssues();
    return result.value;
  }

  /**
   * Shows input that cannot be used and fires `kompetence-invalid`; the value is kept. `recheck`
   * gives the same problems in another language: the shown ones follow a change of language.
   */
  protected reject(issues: PlanIssue[], source: InvalidSource, recheck?: (lang: Lang) => PlanIssue[]): void {
    this.inputIssues = issues;
    this.#recheck = recheck;
    // Built apart: the manifest analyzer would take `issues` for the event's name (each element documents its events).
    const event = new KompetenceInvalidEvent(issues, source);
    this.dispatchEvent(event);
  }

  /** Takes input given by code (attribute or property): validated, then set; no change event. */
  protected accept(input: unknown, source: InvalidSource): void {
    const value = this.validate(input, source);
    if (value === undefined) return;
    if (source === 'attribute') this.#defaultValue = value;
    this.setValue(value);
    this.accepted(value);
  }

  /** Hook: a value given by code was set. */
  protected accepted(_value: T): void {}

  protected clearInputIssues(): void {
    this.#recheck = undefined;
    this.inputIssues = [];
  }

  protected setValue(next: T): void {
    const old = this.#value;
    this.#value = next;
    this.requestUpdate('value', old);
  }

  protected override localeChanged(previous: Lang): void {
    super.localeChanged(previous);
    // Re-validate so the shown problems speak the new language.
    const issues = this.#recheck?.(this.locale);
    if (issues?.length) this.inputIssues = issues;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  /** Hands the value and its validity to the form. */
  protected syncForm(): void {
    const value = this.currentValue;
    this.internals.setFormValue(JSON.stringify(value));
    const missing = this.required ? this.missing(value) : [];
    if (missing.length) {
      const m = commonMessages[this.locale];
      const anchor = this.renderRoot.querySelector<HTMLElement>('input, textarea, select, button') ?? undefined;
      this.internals.setValidity({ valueMissing: true }, `${m.missing} ${missing.join(', ')}.`, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  formResetCallback(): void {
    this.clearInputIssues();
    this.setValue(this.defaultValue);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const result = this.parseInput(state, this.locale);
    if (result.ok) this.setValue(result.value);
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
