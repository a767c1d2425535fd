import { ContextConsumer } from '@lit/context';
import type { PropertyDeclaration, PropertyValues } from 'lit';
import type * as z from 'zod/mini';
import type { PartName, PartValue, partSchemas } from '../model/parse.js';
import type { FieldId } from '../model/ids.js';
import type { Plan, WithExtensions } from '../model/plan.js';
import { KompetenceChangeEvent } from './events.js';
import { RenderAtPause } from './live-advice.js';
import { planContext, type PlanContextValue } from './plan-context.js';
import { sameJson } from './input-core.js';
import { KompetenceValueCore } from './value-core.js';

/**
 * Change events of user edits that came from typing (see `commit`): how `<kompetence-model>` tells
 * typing in a mobility arrangement, which it drives by property, not the context, from a choice.
 */
export const typedChanges = new WeakSet<Event>();

/**
 * How many updates each element asked for itself since it last rendered, besides the one Lit's
 * context consumer asks for with every plan the model brings (see `shouldUpdate`). A map, not a
 * private field: `requestUpdate` runs in Lit's constructor, before the subclass's fields exist.
 */
const ownRequests = new WeakMap<object, number>();

/** How a field element reads and writes its slice of the plan inside `<kompetence-model>`. */
export interface PlanSlice<T> {
  read(plan: Plan): T;
  write(plan: Plan, value: T): Plan;
}

/**
 * What a field element's `value` property takes (the runtime validates it, so it may be wider than
 * what it reads back): the value, one with keys left out (they get their empty value), or its JSON text.
 */
export type PartInput<P extends PartName> = WithExtensions<z.input<(typeof partSchemas)[P]>> | string;

/**
 * What every element that edits a part of the plan shares, without the plan's zod schema: it owns
 * the value and its serialised forms: the `value` property and JSON attribute (validated by
 * `parseInput`; bad input keeps the last good value, is shown as an accessible error and fires
 * `kompetence-invalid`), form association through `ElementInternals` (both from
 * `KompetenceValueCore`), and the plan context of `<kompetence-model>`. Subclasses render, and
 * call `commit()` on user edits only.
 *
 * Elements extend `KompetenceFieldElement` (`./field-element.ts`), which validates with the
 * model's schema. This core exists for an element with a tight size budget
 * (`<laeringsform-vaelger>`): it can validate its small value without zod and still report the
 * issues `parsePart` reports.
 */
export abstract class KompetenceFieldCore<P extends Exclude<PartName, 'forankring'>> extends KompetenceValueCore<PartValue<P>> {
  /** The plan part the value is (its schema validates input). */
  protected abstract readonly planPart: P;
  /** The slice this element edits inside `<kompetence-model>`; none when the model drives it by property. */
  protected readonly planSlice?: PlanSlice<PartValue<P>>;

  #context: PlanContextValue | undefined;
  #contextConsumer: ContextConsumer<typeof planContext, KompetenceFieldCore<P>> | undefined;

  /**
   * The element's value: its slice of the plan (see README.md, "Values and events"). Takes the
   * value, one with keys left out or its JSON text; what you read back is parsed and complete.
   */
  get value(): PartValue<P> {
    return this.currentValue;
  }
  set value(input: PartValue<P> | PartInput<P> | null | undefined) {
    this.accept(input, 'property');
  }

  // Inside <kompetence-model> the plan is the model's: code that sets a field's value there
  // changes the plan too, but it is not a user edit, so no event is fired.
  protected override accepted(value: PartValue<P>): void {
    this.#writeToContext(value);
  }

  /**
   * Records a user's edit: the new value, the plan context, the form, and one change event.
   * `typed` when it came from typing text (see `PlanContextValue.typing`).
   */
  protected commit(next: PartValue<P>, options: { typed?: boolean } = {}): void {
    // No change, no event: a key that leaves a head count as it was ("2" to "2."), a date box
    // completing on blur what its input already gave. The render still clears a shown error.
    if (sameJson(next, this.currentValue)) return this.requestUpdate();
    this.setValue(next);
    this.clearInputIssues();
    this.#writeToContext(next, options.typed);
    const change = new KompetenceChangeEvent<PartValue<P>>({ value: next }, !this.eventsStayInside);
    if (options.typed) typedChanges.add(change);
    this.dispatchEvent(change);
  }

  #writeToContext(next: PartValue<P>, typed = false): void {
    const slice = this.planSlice;
    if (this.#context && slice) this.#context.edit((plan) => slice.write(plan, next), typed);
  }

  /** The user left the text box they typed in (see `PlanContextValue.leave`). */
  protected settleAdvice(): void {
    this.#context?.leave?.();
  }

  /** The whole plan when the element edits its slice inside `<kompetence-model>`, else `undefined`. */
  protected get contextPlan(): Plan | undefined {
    return this.#context?.plan;
  }

  /** The fields the user has been to in `<kompetence-model>` (see `PlanContextValue.seen`). */
  protected get contextSeen(): ReadonlySet<FieldId> | undefined {
    return this.#context?.seen;
  }

  /** The model's `content-lang` when the element edits its slice inside `<kompetence-model>`. */
  protected get contextContentLang(): string | null | undefined {
    return this.#context?.contentLang;
  }

  /**
   * Hook: `<kompetence-model>` handed over its plan (on every edit anywhere in it), after the
   * slice was read into the value. For an element that also reads other parts of the plan.
   */
  protected planProvided(_plan: Plan): void {}

  /**
   * After a plan the user typed, the render that takes it in (see `shouldUpdate`). Not in a field
   * not shown: the model renders it when it shows it, and a pending render would hold that back.
   */
  #restAtPause = new RenderAtPause(this);

  /**
   * A change elsewhere in the plan (all the context brings when the element's own slice is
   * unchanged) does not render the element inside a field of `<kompetence-model>` that is not
   * shown (the model renders a field's elements when it shows it), and while the user types, it
   * renders it at a pause in typing, as the element's own live advice waits. Rendering at every
   * key rendered every field visited before, and each element of the field shown (a staircase of
   * ten groups, say), for each character typed in another.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const own = ownRequests.get(this);
    ownRequests.delete(this);
    if (!this.hasUpdated || changed.size > 0 || !this.#context) return true;
    // An update the element asked for itself (an error shown for a head count typed as "2.5", its
    // live advice at the pause) is not held back by a typed plan elsewhere.
    return !this.closest('[hidden]') && (!this.#restAtPause.pending || !!own);
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    ownRequests.set(this, (ownRequests.get(this) ?? 0) + 1);
  }

  /**
   * Where the user acts on the model's advice with id `adviceId` (see docs/advice.md): one control
   * for each piece of that advice the element's value gives, in the order `advise` gives them (one
   * per target group, say); empty when the advice is not about this element. `<kompetence-model>`
   * moves focus there from its list of all advice. For moving focus: an element may show what holds
   * the control (the chooser opens a folded group).
   */
  adviceControls(adviceId: string): HTMLElement[] {
    const target = this.adviceTargets[adviceId];
    return target ? this.controlsById(target) : [];
  }

  /** Advice id → id of the control where it is acted on, for advice given once per element. */
  protected readonly adviceTargets: Readonly<Record<string, string>> = {};

  /** The element's rendered controls with these ids, in that order (ids not rendered are left out). */
  protected controlsById(...ids: string[]): HTMLElement[] {
    return ids.flatMap((id) => (this.renderRoot as ShadowRoot).getElementById(id) ?? []);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.planSlice && !this.#contextConsumer && !this.nestedInFieldElement) {
      this.#contextConsumer = new ContextConsumer(this, {
        context: planContext,
        subscribe: true,
        callback: (context) => {
          this.#context = context;
          // The consumer has just asked for an update, and what follows may: none is the element's own
          // (see `shouldUpdate`); a slice that changed renders anyway.
          const own = ownRequests.get(this)! - 1;
          if (context && this.planSlice) {
            this.#restAtPause.restart(!!context.typing && !this.closest('[hidden]'));
            this.setValue(this.planSlice.read(context.plan));
            this.planProvided(context.plan);
          }
          ownRequests.set(this, own);
        },
      });
    }
  }

  /** An element of ours inside another's shadow DOM is driven by that parent, not by the context. */
  protected get nestedInFieldElement(): boolean {
    let node: Node | null = this.parentNode ?? null;
    while (node) {
      if (node instanceof KompetenceFieldCore) return true;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return false;
  }
}
