import { html, nothing, type TemplateResult } from 'lit';
import type { Advice, AdvicePart } from '../model/advice/rule.js';
import type { Lang } from '../model/ids.js';
import { commonMessages } from '../i18n/common.js';

/**
 * The model's advice on one part of the plan as a polite live region, named after that part:
 * severity is spelled out, not shown by colour alone. The region is always rendered, so screen
 * readers announce advice that appears while typing; it is named (a landmark) only while it holds
 * advice, so empty ones do not crowd the landmarks. `items` renders the list's items (see
 * advice-list.ts for the keyed list most elements use); `name` replaces the part's name where one
 * element's could be another's on the same page.
 */
export function renderAdviceRegion(
  advice: readonly Advice[],
  lang: Lang,
  part: AdvicePart,
  items: (advice: readonly Advice[]) => unknown,
  heading = true,
  level: number | typeof nothing = nothing,
  name = commonMessages[lang].adviceOn[part],
): TemplateResult {
  return html`<section part="advice" aria-live="polite" aria-label=${advice.length ? name : nothing}>
    ${heading && advice.length ? html`<h3 aria-level=${level}>${name}</h3>` : ''}
    ${advice.length ? html`<ul class="advice">${items(advice)}</ul>` : ''}
  </section>`;
}

/**
 * One piece of advice as an item of the list; `extra` adds content (e.g. a link to its field),
 * given the id of the advice's text to name it by (such links would share one name).
 */
export function renderAdviceItem(
  a: Advice,
  lang: Lang,
  i: number,
  extra?: (advice: Advice, textId: string) => TemplateResult,
): TemplateResult {
  // The space after the severity is text inside its span, not only a margin, so what is read out says
  // "Bør gøres: Tilføj…": Chromium drops a space-only text node before lit's marker of the next binding.
  return html`<li class=${a.severity} data-advice=${a.id}>
      <span class="severity">${commonMessages[lang].severity[a.severity]}: </span>${extra ? html`<span id="advice-${i}">${a.message}</span> ${extra(a, `advice-${i}`)}` : a.message}
    </li>`;
}
