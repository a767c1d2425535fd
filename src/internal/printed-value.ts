import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../model/ids.js';
import { formatDate } from './format-date.js';

/**
 * What a one-line text box or a date box holds, for paper: printed, a text box shows as much as
 * fits its width and cuts the rest ("… ressourcepersoner for omr"), and an empty date box prints
 * its "dd.mm.åååå", so print shows this instead (`printedValueStyles`). Put it right after the box,
 * with a text box's `lang`, a date as the language writes it. Not shown on screen, where the box is read.
 */
export const printedValue = (value: string, lang: string | typeof nothing): TemplateResult =>
  html`<span class="printed-value" lang=${lang}>${value}</span>`;

/** `printedValue` for a date box: the date as `lang` writes it, nothing when there is none. */
export const printedDate = (date: string | undefined, lang: Lang): TemplateResult => printedValue(date ? formatDate(date, lang) : '', nothing);

/**
 * The styles of an element with printed values: every one-line text box and date box of it has one
 * (apart from the base styles, so an element without them, the chooser with its tight size budget,
 * does not carry them).
 */
export const printedValueStyles = css`
  .printed-value { display: none; }
  @media print {
    input:is([type='text'], [type='date']) { display: none; }
    .printed-value { display: block; min-height: 1.5em; border-bottom: 1px solid; }
  }
`;
