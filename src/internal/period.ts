import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { commonMessages } from '../i18n/common.js';
import type { Lang } from '../model/ids.js';
import type { Periode } from '../model/plan.js';
import { periodReversed } from '../model/advice/checks.js';
import { printedDate } from './printed-value.js';

/** Here, not in the shared texts: only the elements with a period carry it (not the chooser). */
const endBeforeStart = {
  da: 'Slutdatoen ligger før startdatoen.',
  en: 'The end date is before the start date.',
};

/** A date input gives '' or yyyy-mm-dd, except for years past 9999, which the plan does not take. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The latest date a date input of ours offers (its `max`): the plan's dates have four-digit years. */
export const DATE_MAX = '9999-12-31';

/**
 * Whether a date input's value may go into the plan: '' (cleared) or yyyy-mm-dd. A five-digit
 * year, which Chromium lets the user type, is not taken, so the plan never holds a date `parsePlan`
 * would reject; nor is a date with a part cleared (its value is '' too, but `badInput`): the plan
 * keeps its date until the user types a whole one or clears it all. The input shows both as invalid.
 * Check again when the input loses focus: clearing the other parts sends no input event (the value
 * stays ''), so a date cleared part by part is taken out of the plan then. True only when the
 * input's date differs from `stored`, the plan's: leaving a box unchanged changes nothing.
 */
export const dateToSave = (input: HTMLInputElement, stored: string | undefined): boolean =>
  !input.validity.badInput && (!input.value || ISO_DATE.test(input.value)) && input.value !== (stored ?? '');

/**
 * Whether a date is on its way as typed digit by digit: its year starts with 0 (0002, 0020 and 0202
 * come before 2027), and advice on it waits for a pause in typing. A whole date, picked or typed,
 * is a choice, and its advice comes at once (after the pause it moved the date box under the finger).
 */
export const dateTyped = (date: string): boolean => date.startsWith('0');

/**
 * What a date box's label adds while the box is left holding no whole date (editing-styles shows it
 * then): said in text, in the label, so the box's name says it too (a red border alone told nothing).
 */
export const badDate = (lang: Lang): TemplateResult => html`<span class="bad-date">${commonMessages[lang].badDate}</span>`;

/** `holder` with its period replaced, or left out when `periode` is `undefined` (it holds nothing). */
export function withPeriod<T extends { periode?: Periode }>(holder: T, periode: Periode | undefined): T {
  const next = { ...holder };
  if (periode) next.periode = periode;
  else delete next.periode;
  return next;
}

export interface PeriodOptions {
  legend: string;
  /** A short hint under the legend (describes the fieldset). */
  hint?: string;
  periode: Periode | undefined;
  lang: Lang;
  readonly: boolean;
  /**
   * The new period after the user picked or cleared a date; `undefined` when it holds nothing.
   * `typed` while the date is on its way as typed (`dateTyped`).
   */
  change(periode: Periode | undefined, typed: boolean): void;
}

/**
 * Start and end of a period as a fieldset (`part="period"`, inputs `#start` and `#slut`). A single
 * date is kept; a period with no dates is `undefined`, so the plan leaves it out. An end before the
 * start marks the end box invalid and says why in its label (so in its name, as `badDate`): the
 * advice saying so is far below, and a screen reader back in the box heard only the date.
 */
export function renderPeriod(o: PeriodOptions): TemplateResult {
  const c = commonMessages[o.lang];
  const onInput = (key: 'start' | 'slut', input: HTMLInputElement): void => {
    const raw = input.value;
    if (!dateToSave(input, o.periode?.[key])) return;
    const next: Periode = { ...o.periode, [key]: raw };
    if (!raw) delete next[key];
    o.change(Object.keys(next).length ? next : undefined, dateTyped(raw));
  };
  const reversed = periodReversed(o.periode);
  return html`<fieldset part="period" aria-describedby=${o.hint ? 'period-h' : nothing}>
    <legend>${o.legend}</legend>
    ${o.hint ? html`<p id="period-h" class="hint">${o.hint}</p>` : nothing}
    <div class="row">
      ${(['start', 'slut'] as const).map((key) => {
        const onDate = (e: Event) => onInput(key, e.target as HTMLInputElement);
        const wrong = reversed && key === 'slut';
        return html`<div class="control">
          <label for=${key}>${key === 'start' ? c.from : c.to}${badDate(o.lang)}${wrong ? html`<span class="date-order">${endBeforeStart[o.lang]}</span>` : nothing}</label>
          <input type="date" id=${key} max=${DATE_MAX} .value=${live(o.periode?.[key] ?? '')} ?readonly=${o.readonly} aria-invalid=${wrong || nothing}
            @input=${onDate} @blur=${onDate} />${printedDate(o.periode?.[key], o.lang)}
        </div>`;
      })}
    </div>
  </fieldset>`;
}
