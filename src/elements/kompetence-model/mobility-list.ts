import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { commonMessages } from '../../i18n/common.js';
import { withUserText } from '../../internal/lang.js';
import { whileRoom } from '../../internal/list-limit.js';
import { MAX_LIST_ITEMS } from '../../model/issues.js';
import { insertAt, RemovalUndo } from '../../internal/removal-undo.js';
import { learningFormById } from '../../model/catalog/learning-forms.js';
import { nameInSentence, t } from '../../model/catalog/text.js';
import { chosenMobilityForms } from '../../model/catalog/mobility.js';
import type { Lang, MobilityForm } from '../../model/ids.js';
import { emptyPart } from '../../model/parse.js';
import type { MobilitetItem, Plan } from '../../model/plan.js';
import type { MobilitetAftale } from '../mobilitet-aftale/mobilitet-aftale.js';
import { messages } from './kompetence-model.messages.js';

/** `<kompetence-model>` as its list of mobility arrangements sees it. */
interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The plan. */
  readonly value: Plan;
}

/** A mobility form's name inside a sentence ("udstationering"). */
export const formName = (form: MobilityForm, lang: Lang): string => nameInSentence(t(learningFormById(form).name, lang), lang);

/**
 * The training ground's mobility arrangements in `<kompetence-model>`: the list (add, remove with
 * Undo in its place, select), an offer for each mobility form chosen as a learning form without an
 * arrangement yet, and the selected arrangement in a `<mobilitet-aftale>` (its change event is the
 * model's, with the arrangement's index in `data-index`).
 */
export class MobilityList {
  /** The arrangement shown below the list. */
  #selected = 0;
  #removal: RemovalUndo;
  /** The language of the plan's own text, as the last render had it (see `render`). */
  #textLang: string | null = null;

  /** `edit` applies a user's edit of the plan, with its change event. */
  constructor(private readonly host: Host, private readonly edit: (update: (plan: Plan) => Plan) => void) {
    this.#removal = new RemovalUndo(host, () => host.value.mobilitet);
  }

  /** Shows the `index`th arrangement (not focused): its `<mobilitet-aftale>`, once rendered. */
  async show(index: number): Promise<MobilitetAftale | null> {
    this.#selected = index;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const shown = this.host.renderRoot.querySelector('mobilitet-aftale');
    await shown?.updateComplete;
    return shown;
  }

  /** Shows the `index`th arrangement, with focus on its heading. */
  async #select(index: number): Promise<void> {
    await this.show(index);
    this.host.renderRoot.querySelector<HTMLElement>('#arr-h')?.focus();
  }

  #add(form?: MobilityForm): void {
    const item = emptyPart('mobilitet');
    if (form) item.form = form;
    this.edit((p) => ({ ...p, mobilitet: [...p.mobilitet, item] }));
    void this.#select(this.host.value.mobilitet.length - 1);
  }

  /** Removes an arrangement; focus goes to the Undo in its place in the list (see `RemovalUndo`). */
  #remove(index: number): void {
    const removed = this.host.value.mobilitet[index];
    if (!removed) return;
    this.edit((p) => ({ ...p, mobilitet: p.mobilitet.filter((_, i) => i !== index) }));
    if (this.#selected >= index && this.#selected > 0) this.#selected -= 1;
    void this.#removal.removed(index, (lang) => this.#name(removed, index, lang, messages[lang].removed), () => {
      this.edit((p) => ({ ...p, mobilitet: insertAt(p.mobilitet, index, removed) }));
      // Shown again, with focus on it, where the user was working.
      void this.#select(index);
    });
  }

  /**
   * An arrangement as its button in the list names it, "Mobilitetsaftale 2: udstationering
   * (Hjemmeplejen)", or as `sentence` quotes that: the receiving workplace in the user's text's
   * language (`withUserText`, which also drops direction marks: an override turned the closing parenthesis around).
   */
  #name(a: MobilitetItem, index: number, lang: Lang, sentence = (name: string) => name): unknown {
    const label = `${messages[lang].arrangement(index + 1)}${a.form ? `: ${formName(a.form, lang)}` : ''}`;
    return withUserText((receiving) => sentence(receiving ? `${label} (${receiving})` : label), a.modtagende, this.#textLang);
  }

  /**
   * `readonly`, `disabled`: the model's, which the arrangement shown takes as its own, as the
   * model's field elements do. `textLang`: the language of the plan's own text, when it differs
   * from the texts'.
   */
  render(lang: Lang, readonly: boolean, disabled: boolean, textLang: string | null): TemplateResult {
    const editable = !readonly && !disabled;
    const m = messages[lang];
    const c = commonMessages[lang];
    this.#textLang = textLang;
    const plan = this.host.value;
    const list = plan.mobilitet;
    const selected = Math.min(this.#selected, list.length - 1);
    const item = list[selected];
    // Slot i is before the arrangement now numbered i + 1; slot length is after the last.
    const removed = (i: number) => this.#removal.render(i, lang, c.undo, editable, true);
    const last = removed(list.length);
    const offers = chosenMobilityForms(plan.traeningsbane.laeringsformer).filter((f) => !list.some((a) => a.form === f));
    return html`<section part="mobility" class="part" aria-labelledby="mob-h">
      <h3 id="mob-h">${c.mobility}</h3>
      <p class="hint">${m.mobilityHint}</p>
      ${editable && list.length < MAX_LIST_ITEMS // Full, the line in place of the add button says it.
        ? offers.map((f) => html`<p class="offer">${m.offer(formName(f, lang))}
            <button type="button" @click=${() => this.#add(f)}>${m.offerAdd(formName(f, lang))}</button></p>`)
        : nothing}
      ${list.length || last !== nothing
        ? html`<ul class="arrangements">
            ${list.map((a, i) => html`${removed(i)}<li>
              <button type="button" id="arr-${i}" aria-current=${i === selected ? 'true' : 'false'} @click=${() => this.#select(i)}>
                ${this.#name(a, i, lang)}
              </button>
              ${editable ? html`<button type="button" @click=${() => this.#remove(i)}>${m.removeArrangement(i + 1)}</button>` : nothing}
            </li>`)}${last}
          </ul>`
        : html`<p>${m.noMobility}</p>`}
      ${editable ? whileRoom(list.length, lang, html`<button type="button" id="add-arr" @click=${() => this.#add()}>${m.addArrangement}</button>`) : nothing}
      ${item
        ? html`<h4 id="arr-h" tabindex="-1">${m.arrangement(selected + 1)}</h4>
            <mobilitet-aftale data-index=${selected} .value=${item} ?readonly=${readonly} ?disabled=${disabled} .headingOffset=${2}
              content-lang=${textLang || nothing}></mobilitet-aftale>`
        : nothing}
    </section>`;
  }
}
