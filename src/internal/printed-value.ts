import { css, html, type TemplateResult } from 'lit';
import type { Lang } from '../model/ids.js';
import { formatDate } from './format-date.js';

/**
 * What a date box holds, for paper: printed, an empty date box shows its "dd.mm.åååå" and a filled
 * one the browser's own format, so print shows the date as `lang` writes it instead
 * (`printedValueStyles`), nothing when there is none. Put it right after the box. On screen the
 * box is read; with the `readonly` attribute (a published page) the date in words is shown in its
 * place, and an empty date with its label not at all. (One-line texts are one-row text boxes, which
 * print whole.)
 */
export const printedDate = (date: string | undefined, lang: Lang): TemplateResult =>
  html`<span class="printed-value">${date ? formatDate(date, lang) : ''}</span>`;

/**
 * The styles of an element with date boxes (apart from the base styles, so an element without
 * them, the chooser with its tight size budget, does not carry them).
 */
export const printedValueStyles = css`
  .printed-value { display: none; }
  :host([readonly]) :is(input[type='date'], :has(> .printed-value:empty)) { display: none; }
  :host([readonly]) .printed-value { display: block; }
  @media print {
    input[type='date'] { display: none; }
    .printed-value { display: block; min-height: 1.5em; border-bottom: 1px solid; }
  }
`;
