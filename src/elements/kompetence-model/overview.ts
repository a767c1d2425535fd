import { html, type TemplateResult } from 'lit';
import { fields, figureSides, type FieldInfo } from '../../model/catalog/fields.js';
import { t } from '../../model/catalog/text.js';
import { fieldIds, type FieldId, type Lang } from '../../model/ids.js';
import { messages } from './kompetence-model.messages.js';

export interface OverviewOptions {
  lang: Lang;
  selected: FieldId;
  criteria: Record<FieldId, boolean>;
  /** The advice a field shows; none for a field not started. */
  adviceCount: Record<FieldId, number | undefined>;
  /** Shows a field (the tab keeps focus); `clicked` by pointer (a keyboard's click has no `detail`: its tab stays in sight). */
  select(field: FieldId, clicked?: boolean): void;
}

/** A field as its heading, tab and buttons name it: "3 Læringsmål". */
export const fieldTitle = (f: FieldInfo, lang: Lang): string => `${f.number} ${t(f.name, lang)}`;

const learningSide: ReadonlySet<FieldId> = new Set(['laeringsmaal', 'traeningsbane']);

/** The next tab for a key of the ARIA tabs pattern (arrows wrap; Home, End), or none. */
function target(key: string, current: FieldId): FieldId | undefined {
  const i = fieldIds.indexOf(current);
  const n = fieldIds.length;
  const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: n - 1 }[key];
  return to === undefined ? undefined : fieldIds[(to + n) % n];
}

/**
 * The five fields as the method draws them, as the tabs of the model: the strategic side
 * (1 task, 2 perspective, 5 everyday work) and the learning side (3 goals, 4 training ground),
 * the flow 1→5, and each field's criterion and advice count. The ARIA tabs pattern with automatic
 * activation: one tab in the tab order, arrows move between the fields (in the flow's order).
 */
export function renderOverview(o: OverviewOptions): TemplateResult {
  const m = messages[o.lang];
  const onKey = (e: KeyboardEvent): void => {
    // From the focused tab: a form's check may focus another than the selected (the first not met).
    const to = target(e.key, fieldIds.find((id) => (e.target as Element).id === `tab-${id}`) ?? o.selected);
    if (!to) return;
    e.preventDefault();
    o.select(to);
    ((e.currentTarget as HTMLElement).getRootNode() as ShadowRoot).getElementById(`tab-${to}`)?.focus();
  };
  return html`<div part="overview" class="figure" role="tablist" aria-label=${m.fields} @keydown=${onKey}>
    <span id="side-strategic" class="side strategic">${t(figureSides.strategic, o.lang)}</span>
    <span id="side-learning" class="side learning">${t(figureSides.learning, o.lang)}</span>
    ${fields.map((f) => {
      const selected = f.id === o.selected;
      const status = o.criteria[f.id] ? m.met : m.unmet;
      const n = o.adviceCount[f.id];
      const count = n == null ? '' : m.adviceCount(n);
      // Named in words, not from its content: Chromium put a space before each comma hidden between
      // the grid's parts ("1 Opgave , Ikke opfyldt endnu , 2 råd").
      return html`<button
        type="button"
        role="tab"
        part="tab"
        id="tab-${f.id}"
        class="tab ${f.id} ${o.criteria[f.id] ? 'met' : 'unmet'}"
        aria-label=${[fieldTitle(f, o.lang), status, count].filter(Boolean).join(', ')}
        aria-selected=${selected ? 'true' : 'false'}
        aria-controls="panel-${f.id}"
        aria-describedby=${learningSide.has(f.id) ? 'side-learning' : 'side-strategic'}
        tabindex=${selected ? '0' : '-1'}
        @click=${(e: MouseEvent) => o.select(f.id, e.detail > 0)}
      >
        <span class="num">${f.number}</span>
        <span class="name">${t(f.name, o.lang)}</span>
        <span class="meta"><span class="status">${status}</span>${count && html` <span class="count">${count}</span>`}</span>
      </button>`;
    })}
  </div>`;
}
