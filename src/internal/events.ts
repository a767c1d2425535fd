import type { PlanIssue } from '../model/parse.js';

/** Where input that could not be used came from. */
export type InvalidSource = 'attribute' | 'property' | 'import';

/**
 * Fired when the user changes the element's value (typing, choosing, importing a file,
 * discarding a draft) — never when code sets a property. `detail.value` is the element's value.
 */
export class KompetenceChangeEvent<T = unknown, Extra extends object = object> extends CustomEvent<{ value: T } & Extra> {
  static readonly eventName = 'kompetence-change';
  /** `composed: false` for an element whose parent of ours handles the event (see `eventsStayInside`). */
  constructor(detail: { value: T } & Extra, composed = true) {
    super(KompetenceChangeEvent.eventName, { detail, bubbles: true, composed });
  }
}

/**
 * Fired when input given to the element cannot be used. The element keeps its last good value
 * and shows the problem; `detail.issues` are the same issues `parsePlan` returns.
 */
export class KompetenceInvalidEvent extends CustomEvent<{ issues: PlanIssue[]; source: InvalidSource }> {
  static readonly eventName = 'kompetence-invalid';
  constructor(issues: PlanIssue[], source: InvalidSource) {
    super(KompetenceInvalidEvent.eventName, { detail: { issues, source }, bubbles: true, composed: true });
  }
}

/**
 * The events of an element of the package, for typed listeners: `Change` is its change event.
 * `GlobalEventHandlersEventMap` (below) can only say `KompetenceChangeEvent<unknown>`; the element
 * bases type their `addEventListener` with this map (see `KompetenceValueCore`).
 */
export interface KompetenceEventMap<Change extends KompetenceChangeEvent = KompetenceChangeEvent> extends HTMLElementEventMap {
  'kompetence-change': Change;
  'kompetence-invalid': KompetenceInvalidEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kompetence-change': KompetenceChangeEvent;
    'kompetence-invalid': KompetenceInvalidEvent;
  }
}
