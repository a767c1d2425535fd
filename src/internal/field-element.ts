import type { Lang } from '../model/ids.js';
import { emptyPart, parsePart, type ParseResult, type PartName, type PartValue } from '../model/parse.js';
import { KompetenceFieldCore } from './field-core.js';

export type { PlanSlice } from './field-core.js';

/**
 * Base of every element that edits a part of the plan (see `KompetenceFieldCore` for what it
 * owns): the value is validated with the model's schema (`parsePart`), so bad input gets the same
 * issues `parsePlan` reports. Subclasses set `planPart` (and `planSlice`), implement `missing`,
 * render, and call `commit()` on user edits only.
 */
export abstract class KompetenceFieldElement<P extends Exclude<PartName, 'forankring'>> extends KompetenceFieldCore<P> {
  /** The empty value of the part (what a new plan holds). */
  protected emptyValue(): PartValue<P> {
    return emptyPart(this.planPart);
  }

  protected parseInput(input: unknown, lang: Lang): ParseResult<PartValue<P>> {
    return parsePart(this.planPart, input, { lang });
  }
}
