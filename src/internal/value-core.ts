import type { PropertyDeclaration, PropertyDeclarations, PropertyValues } from 'lit';
import { commonMessages } from '../i18n/common.js';
import type { PlanObjectInput } from '../model/plan.js';
import type { KompetenceChangeEvent, KompetenceEventMap } from './events.js';
import { KompetenceInputCore } from './input-core.js';

/**
 * What a `plan` property takes (the runtime validates it, so it may be wider than what it reads
 * back): a plan, one with parts left out (they get their empty value), or its JSON text.
 */
export type PlanInput = PlanObjectInput | string;

/** The controls an element's validity message or focus may go to. */
const controls = 'input, textarea, select, button';

/**
 * What every element that holds a JSON value of the plan as a form control shares (a field
 * element's slice, or the whole plan in `<kompetence-model>`): the input of `KompetenceInputCore`
 * (a JSON attribute or a property, validated by `parseInput`; bad input keeps the last good
 * value, is shown as an accessible error and fires `kompetence-invalid`), and form association
 * through `ElementInternals` (the value as JSON, `required` with a message naming what is
 * missing, reset to the attribute's value, restore, disabled). Subclasses expose the value under
 * their own property name. `Change` is the element's change event (its listeners are typed with it).
 */
export abstract class KompetenceValueCore<T, Change extends KompetenceChangeEvent<T, object> = KompetenceChangeEvent<T>>
  extends KompetenceInputCore<T> {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    formDisabled: { state: true },
    // Declared only so that a `disabled` set before the element is defined reaches the setter below.
    disabled: { attribute: false, noAccessor: true },
  };

  /** Name under which the value (as JSON) is submitted with its form. */
  declare name: string | null;
  /** When set, an incomplete value makes the form invalid. */
  declare required: boolean;
  /** Shows the value without letting the user change it. */
  declare readonly: boolean;

  /** Whether the element is disabled: its own `disabled` or a disabled fieldset's. */
  protected declare formDisabled: boolean;

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    // A group: a <label for> or an aria-label names it (the name of a generic element is not announced).
    this.internals = Object.assign(this.attachInternals(), { role: 'group' });
    this.name = null;
    this.required = false;
    this.readonly = false;
    this.formDisabled = false;
    // A <label for> passes its click on to the host itself, at the point clicked on the label: focus
    // goes where focus() sends it, as a label focuses a native control. A click on the host's own
    // box (a gap between its parts) is at a point of the host and moves no focus; nor does a click
    // by code (`element.click()`, as on a native control; a plain `Event` has no point at all).
    // Read-only, a checkbox shown is read-only, not disabled (a screen reader calls a disabled one
    // unavailable): a click or Space on it, or on its label, changes nothing.
    this.addEventListener('click', (event) => {
      const target = event.composedPath()[0];
      if (this.readonly && (target as HTMLInputElement).type == 'checkbox') event.preventDefault();
      if (event.isTrusted && target == this && (this.getRootNode() as Document).elementFromPoint(event.clientX, event.clientY) != this) this.focus();
    });
  }

  /** What is missing for the value to be complete, in the element's language; empty when complete. */
  protected abstract missing(value: T): string[];

  /**
   * Hook: the control where the user fills what `missing` names first; the browser points its
   * message there when the form is sent. By default the element's first control.
   */
  protected missingAnchor(_value: T): HTMLElement | undefined {
    return undefined;
  }

  /** Whether the user may edit now. */
  protected get editable(): boolean {
    return !this.readonly && !this.formDisabled;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Disabled, its text, date and number boxes are disabled controls, not only read-only ones
    // (as they are when the element is): out of the tab order and dimmed, as in a disabled fieldset.
    // (Read-only, no date box is shown, which Chromium exposes as editable whatever its `readonly`:
    // the date is in words, see printed-value.ts. A read-only text or number box it exposes as such.)
    for (const box of this.renderRoot.querySelectorAll<HTMLInputElement>('textarea, [type=date], [type=number]')) box.disabled = this.formDisabled;
    this.syncForm();
  }

  /**
   * Hook: a control shows text the value cannot hold (a head count typed as "2.5"), the message
   * for it and the control; the element is then invalid for its form (`badInput`), required or not.
   */
  protected badInput(): { message: string; anchor?: HTMLElement } | undefined {
    return undefined;
  }

  /**
   * Focuses the element's first control (a form library focusing its first invalid field calls
   * this; the element itself takes no focus): the first control Tab reaches, read-only too (where
   * a choice not made, an empty box, is not shown).
   */
  override focus(options?: FocusOptions): void {
    // No render root yet: never in the page, nothing to focus (as a native element does nothing).
    // One not shown (read-only hides what is only for editing) takes no focus: the next shown does.
    [...(this.renderRoot?.querySelectorAll<HTMLElement>(`:is(${controls}):not(:disabled)`) ?? [])].find((c) => c.getClientRects().length)?.focus(options);
  }

  /**
   * The form value and validity follow a new value at once, not after the render: a change
   * listener (a form library validating on change) read the validity of the value before.
   */
  protected override setValue(next: T): void {
    super.setValue(next);
    if (this.renderRoot) this.syncForm();
  }

  // `required` changes the validity at once, as on a native control (a page that sets it and checks
  // its form right after read the validity before); `readonly` bars validation in the browser itself.
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (name == 'required' && this.renderRoot) this.syncForm();
  }

  // The validity is right as soon as the element is in the page, not at its first render: a page
  // that appends a required element and checks its form at once read it as valid. From here on
  // (the render root and the language exist) `setValue` and `required` keep it right; before, the
  // constructor's own `required = false` runs before the subclass's fields exist.
  override connectedCallback(): void {
    super.connectedCallback();
    this.syncForm();
  }

  /** The value last handed to the form. */
  #submitted?: T;

  /** Hands the value and its validity to the form. */
  protected syncForm(): void {
    const value = this.currentValue;
    // Serialised only when it changed: each render (and, in a model, each context update of a
    // field whose part is the same object) would serialise it again on every key typed.
    if (value !== this.#submitted) this.internals.setFormValue(JSON.stringify(this.#submitted = value));
    const bad = this.badInput();
    if (bad) {
      this.internals.setValidity({ badInput: true }, bad.message, bad.anchor);
      return;
    }
    // As native controls: neither a read-only nor a disabled one is validated.
    const missing = this.required && !this.readonly && !this.formDisabled ? this.missing(value) : [];
    if (missing.length) {
      const m = commonMessages[this.locale];
      const anchor = this.missingAnchor(value) ?? this.renderRoot.querySelector<HTMLElement>(controls) ?? undefined;
      this.internals.setValidity({ valueMissing: true }, `${m.missing} ${missing.join(', ')}.`, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  formResetCallback(): void {
    this.clearInputIssues();
    this.setValue(this.defaultValue);
  }

  /**
   * The browser gives back what the user had (back navigation): it replaces the value, and an error
   * about earlier bad input no longer applies. A state this version cannot read is left out.
   */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const result = this.parseInput(state, this.locale);
    if (!result.ok) return;
    this.clearInputIssues();
    this.setValue(result.value);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * The element's validity, as on native controls: `valueMissing` when `required` is set and the
   * value is incomplete; `badInput` while a control holds text the value cannot take (a head count
   * in `<ansvars-trappe>`). Read-only.
   */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /**
   * Why the element is invalid, in its language ("Mangler: …" / "Missing: …", naming what); empty
   * when it is valid. Read-only.
   */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** The `<form>` the element belongs to (its value is submitted under `name`), else `null`. Read-only. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /**
   * Disables the element as a native control: nothing to edit, out of the tab order, not submitted
   * and not validated. A `<fieldset disabled>` around it does the same.
   */
  // The `disabled` attribute itself, which the browser reads: a reactive property reflected it inside
  // a render, and the browser's disabled callback that came of it was not rendered.
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(disabled: boolean) {
    // As a boolean: undefined (a framework's prop left out) would toggle the attribute.
    this.toggleAttribute('disabled', !!disabled);
  }
  /** The `<label>` elements whose `for` names the element. Read-only. */
  get labels(): NodeList {
    return this.internals.labels;
  }
  /** Whether the element is validated when its form is sent (not when disabled or read-only). Read-only. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** Whether the element is valid; fires `invalid` on it when not, as native controls do. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** As `checkValidity()`, and also shows the browser's message at the element's first control. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
}

/**
 * Listeners typed by the element's events (types only, no code): a `kompetence-change` listener on
 * `querySelector('ansvars-trappe')` gets `KompetenceChangeEvent<AnsvarItem[]>`. Declared here, once,
 * since an interface cannot both inherit these methods from the element and extend a helper with them.
 */
export interface KompetenceValueCore<T, Change extends KompetenceChangeEvent<T, object> = KompetenceChangeEvent<T>> {
  addEventListener<K extends keyof KompetenceEventMap<Change>>(
    type: K, listener: (this: this, event: KompetenceEventMap<Change>[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof KompetenceEventMap<Change>>(
    type: K, listener: (this: this, event: KompetenceEventMap<Change>[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
