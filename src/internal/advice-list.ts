import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { insertPart, removePart, setChildPartValue } from 'lit/directive-helpers.js';
import type { Advice, AdvicePart } from '../model/advice.js';
import type { Lang } from '../model/ids.js';
import { commonMessages } from '../i18n/common.js';

/**
 * The model's advice on one part of the plan as a polite live region, named after that part:
 * severity is spelled out, not shown by colour alone. The region is always rendered, so screen
 * readers announce advice that appears while typing; it is named (a landmark) only while it holds
 * advice, so empty ones do not crowd the landmarks.
 */
export function renderAdvice(advice: readonly Advice[], lang: Lang, part: AdvicePart, heading = true): TemplateResult {
  const m = commonMessages[lang];
  return html`<section part="advice" aria-live="polite" aria-label=${advice.length ? m.adviceOn[part] : nothing}>
    ${heading && advice.length ? html`<h3>${m.advice}</h3>` : ''}
    ${advice.length ? renderAdviceItems(advice, lang) : ''}
  </section>`;
}

type RenderItem = (advice: Advice, index: number) => TemplateResult;

/**
 * Renders advice keyed by the advice (rule and message), so advice that stays keeps its nodes: in
 * a live region, text changed in place is announced again, and lit's positional rendering made one
 * fix re-read all the advice after it. Parts that go are removed before the rest are placed, so
 * advice that stays is not moved either (a move reads as new); a part moves only when the order
 * changes. lit's `repeat` does the same with a more general diff, at about twice the bytes.
 */
class KeyedAdvice extends Directive {
  #parts = new Map<string, ChildPart>();

  render(advice: readonly Advice[], item: RenderItem): TemplateResult[] {
    return advice.map(item);
  }

  override update(list: ChildPart, [advice, item]: Parameters<this['render']>): typeof noChange {
    // One rule may give several advice (one per group); the same advice twice gets a key each.
    const count: Record<string, number> = {};
    const keys = advice.map((a) => {
      const key = a.id + a.message;
      return key + (count[key] = (count[key] ?? 0) + 1);
    });
    const old = this.#parts;
    for (const [key, part] of old) {
      if (keys.includes(key)) continue;
      removePart(part);
      // removePart leaves the end marker: left in the list, it made insertPart move the advice before it.
      (part.endNode as ChildNode | null)?.remove();
    }
    this.#parts = new Map();
    // From the end, each item is placed before the one after it.
    let next: ChildPart | undefined;
    for (let i = keys.length; i--; ) {
      next = insertPart(list, next, old.get(keys[i]!));
      setChildPartValue(next, item(advice[i]!, i));
      this.#parts.set(keys[i]!, next);
    }
    return noChange;
  }
}

const keyedAdvice = directive(KeyedAdvice);

/**
 * The list of advice, severity spelled out; `extra` adds content to each item (e.g. a link to its
 * field), given the id of the advice's text to describe it by (such links would share one name).
 */
export function renderAdviceItems(
  advice: readonly Advice[],
  lang: Lang,
  extra?: (advice: Advice, textId: string) => TemplateResult,
): TemplateResult {
  const m = commonMessages[lang];
  // The space after the severity is text, not only a margin, so what is read out says "Bør rettes: Tilføj…".
  return html`<ul class="advice">${keyedAdvice(
    advice,
    (a, i) => html`<li class=${a.severity} data-advice=${a.id}>
        <span class="severity">${m.severity[a.severity]}:</span> ${extra ? html`<span id="advice-${i}">${a.message}</span> ${extra(a, `advice-${i}`)}` : a.message}
      </li>`,
  )}</ul>`;
}
