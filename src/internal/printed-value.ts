import { html, type nothing, type TemplateResult } from 'lit';

/**
 * What a one-line text box holds, for paper: printed, the box shows as much as fits its width and
 * cuts the rest ("… ressourcepersoner for omr"), so print shows this instead (base styles). Put it
 * right after the box, with the box's `lang`. Not shown on screen, where the box is read.
 */
export const printedValue = (value: string, lang: string | typeof nothing): TemplateResult =>
  html`<span class="printed-value" lang=${lang}>${value}</span>`;
