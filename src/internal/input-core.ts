import type { PropertyDeclarations, TemplateResult } from 'lit';
import type { Lang } from '../model/ids.js';
import { longLists, readJson, type ParseResult, type PlanIssue } from '../model/issues.js';
import { KompetenceElement } from './base-element.js';
import { KompetenceInvalidEvent, type InvalidSource } from './events.js';
import { renderInputIssues, type IssueText } from './input-issues.js';

/**
 * What every element that takes a JSON value of the plan shares, editing it or only showing it
 * (`<kompetence-plan-visning>`): input validated by `parseInput` from a JSON attribute or a
 * property. Input that cannot be used keeps the last good value, is shown as an accessible error
 * (in the element's language, also after it changes) and fires `kompetence-invalid`.
 * Subclasses expose the value as a property named like its attribute (`valueAttribute`). Not form-associated: form
 * association is `KompetenceValueCore`'s, built on this.
 */
export abstract class KompetenceInputCore<T> extends KompetenceElement {
  static override properties: PropertyDeclarations = {
    inputIssues: { state: true },
  };

  /** The attribute that carries the value as JSON; the property that holds the value has its name. */
  protected static valueAttribute = 'value';

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, this.valueAttribute];
  }

  /** Problems with the last input that could not be used (shown, and announced). */
  protected declare inputIssues: PlanIssue[];

  #value!: T;
  #defaultValue!: T;
  /** Whether a value was ever set (given, restored or edited): only then is a last good one kept in view. */
  #valueSet = false;
  /** The shown problems of the last input that could not be used, in a given language. */
  #recheck: ((lang: Lang) => PlanIssue[]) | undefined;
  /** Whether the element was ever connected, so its language is resolved. */
  #seen = false;
  /** Input that could not be used while out of the page: told when it connects. */
  #untold: (() => void)[] = [];

  constructor() {
    super();
    this.inputIssues = [];
  }

  /** The empty value (what a new plan holds). */
  protected abstract emptyValue(): T;

  /** Validates input (an object or a JSON string); never throws. */
  protected abstract parseInput(input: unknown, lang: Lang): ParseResult<T>;

  /** The current value. */
  protected get currentValue(): T {
    if (this.#value === undefined) {
      this.#value = this.defaultValue;
    }
    return this.#value;
  }

  /** The value attribute's value (what a form reset returns to), else the empty value. */
  protected get defaultValue(): T {
    return (this.#defaultValue ??= this.emptyValue());
  }
  protected set defaultValue(value: T) {
    this.#defaultValue = value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#seen = true;
    for (const tell of this.#untold.splice(0)) tell();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === (this.constructor as typeof KompetenceInputCore).valueAttribute) {
      // Removed or empty (a server template's value=""): no value given, the value stays.
      if (value && value !== old) this.accept(value, 'attribute');
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  /**
   * Validates input. Input that cannot be used is shown, fires `kompetence-invalid` and gives
   * `undefined`; good input clears the shown problems and is returned (not yet set).
   */
  protected validate(input: unknown, source: InvalidSource): T | undefined {
    // Lists too long to show are refused before parsing: parsing fills in every item, and a small
    // file of empty ones took seconds to parse and minutes to show.
    const check = (lang: Lang): ParseResult<T> => {
      const json = readJson(input, lang);
      const long = json.ok ? longLists(json.value, lang) : [];
      return long.length ? { ok: false, issues: long } : this.parseInput(json.ok ? json.value : input, lang);
    };
    const result = check(this.locale);
    if (!result.ok) {
      this.reject(result.issues, source, (lang) => {
        const again = check(lang);
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
    this.tellInvalid(() => this.inputIssues, source);
  }

  /**
   * Fires `kompetence-invalid` with `issues()`, unless they are none by then. Input set before the
   * element is in the page (markup being upgraded, a framework setting a property before it inserts
   * the element) is told once it connects: in the language it then resolves (before, it is not
   * known), and where the page's listeners hear it.
   */
  protected tellInvalid(issues: () => PlanIssue[], source: InvalidSource): void {
    const tell = (): void => {
      const found = issues();
      // Built apart: the manifest analyzer would take `issues` for the event's name (each element documents its events).
      const event = new KompetenceInvalidEvent(found, source);
      if (found.length) this.dispatchEvent(event);
    };
    if (this.#seen && this.isConnected) tell();
    else this.#untold.push(tell);
  }

  /**
   * Takes input given by code (attribute or property): validated, then set; no change event.
   * `undefined`, `null` or '' unsets it: back to the default, no error (React's `plan={data?.plan}`
   * while loading, Vue's v-model of null). Input with the current value's content (the value
   * itself, as a controlled React component writes back `detail.value`, or its JSON) changes
   * nothing: no new object, so what hangs on the value (an Undo offer) stays.
   */
  protected accept(input: unknown, source: InvalidSource): void {
    const current = this.currentValue;
    const value = input == null || input === '' ? this.unsetValue() : sameJson(input, current) ? current : this.validate(input, source);
    if (value === undefined) return;
    if (this.inputIssues.length) this.clearInputIssues();
    if (source === 'attribute') this.#defaultValue = value;
    if (value === current) return;
    this.setValue(value);
    this.accepted(value, current);
  }

  /** Hook: the value `undefined` or `null` given by code stands for; by default the default value. */
  protected unsetValue(): T {
    return this.defaultValue;
  }

  /** Hook: a value given by code was set, in place of `_previous`. */
  protected accepted(_value: T, _previous: T): void {}

  protected clearInputIssues(): void {
    this.#recheck = undefined;
    this.inputIssues = [];
  }

  protected setValue(next: T): void {
    const old = this.#value;
    this.#value = next;
    this.#valueSet = true;
    this.requestUpdate('value', old);
  }

  protected override localeChanged(previous: Lang): void {
    super.localeChanged(previous);
    // Re-validate so the shown problems speak the new language.
    const issues = this.#recheck?.(this.locale);
    if (issues?.length) this.inputIssues = issues;
  }

  /** How the error shows an issue (see `renderInputIssues`); by default its message. */
  protected issueText?: IssueText;

  /** The accessible error for input that could not be used; place it at the top of `render`. */
  protected renderInputIssues(): TemplateResult {
    return renderInputIssues(this.inputIssues, this.locale, this.#valueSet, this.issueText);
  }
}

/** Whether `input` (a value or its JSON) has the content of `value`; `false` for input JSON cannot write. */
export function sameJson(input: unknown, value: unknown): boolean {
  try {
    return input === value || (typeof input === 'string' ? input : JSON.stringify(input)) === JSON.stringify(value);
  } catch {
    return false;
  }
}
