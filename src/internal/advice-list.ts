import { html, nothing, type TemplateResult } from 'lit';
import type { Advice, AdvicePart } from '../model/advice/rule.js';
import type { Lang } from '../model/ids.js';
import { renderAdviceItem, renderAdviceRegion } from './advice-region.js';
import { keyed } from './keyed.js';

/**
 * Advice items keyed by rule and message: advice that stays keeps its nodes, so a live region does
 * not read it again.
 */
const keyedItems = (lang: Lang, extra?: (advice: Advice, textId: string) => TemplateResult) =>
  (advice: readonly Advice[]) => keyed(advice, (a) => a.id + a.message, (a, i) => renderAdviceItem(a, lang, i, extra));

/** The model's advice on one part of the plan as a polite live region (see `renderAdviceRegion`), its items keyed. */
export function renderAdvice(
  advice: readonly Advice[],
  lang: Lang,
  part: AdvicePart,
  heading = true,
  level: number | typeof nothing = nothing,
): TemplateResult {
  return renderAdviceRegion(advice, lang, part, keyedItems(lang), heading, level);
}

/**
 * The list of advice, severity spelled out, its items keyed; `extra` adds content to each item (see
 * `renderAdviceItem`).
 */
export function renderAdviceItems(
  advice: readonly Advice[],
  lang: Lang,
  extra?: (advice: Advice, textId: string) => TemplateResult,
): TemplateResult {
  return html`<ul class="advice">${keyedItems(lang, extra)(advice)}</ul>`;
}
