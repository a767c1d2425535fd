import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../model/ids.js';
import { formatDate } from './format-date.js';

/**
 * What a one-line text box or a date box holds, for paper: printed, a text box shows as much as
 * fits its width and cuts the rest ("… ressourcepersoner for omr"), and an empty date box prints
 * its "dd.mm.åååå", so print shows this instead (base styles). Put it right after the box, with a
 * text box's `lang`, a date as the language writes it. Not shown on screen, where the box is read.
 */
export const printedValue = (value: string, lang: string | typeof nothing): TemplateResult =>
  html`<span class="printed-value" lang=${lang}>${value}</span>`;

/** `printedValue` for a date box: the date as `lang` writes it, nothing when there is none. */
export const printedDate = (date: string | undefined, lang: Lang): TemplateResult => printedValue(date ? formatDate(date, lang) : '', nothing);
