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
 * `renderAdviceItem`). Items that are not advice but a key of their own (a field not started, in
 * `<kompetence-model>`'s list) are rendered by `other`, in their place.
 */
export function renderAdviceItems<K extends string>(
  items: readonly (Advice | K)[],
  lang: Lang,
  extra?: (advice: Advice, textId: string) => TemplateResult,
  other?: (key: K) => TemplateResult,
): TemplateResult {
  return html`<ul class="advice">${keyed(items, (a) => (typeof a == 'string' ? a : a.id + a.message),
    (a, i) => (typeof a == 'string' ? other!(a) : renderAdviceItem(a, lang, i, extra)))}</ul>`;
}
