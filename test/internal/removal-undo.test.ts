/**
 * The Undo after a removal (`RemovalUndo`) in the elements that offer it, where the shared cores
 * meet it: a controlled page that writes the element's own value back (React's
 * `value={state}` with `onKompetenceChange={e => setState(e.detail.value)}`) keeps the offer, and
 * an offer that goes while its Undo has the focus hands the focus on instead of dropping it.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import '../../src/define/ansvars-trappe.js';
import '../../src/define/forankring-tjekliste.js';
import type { AnsvarsTrappe } from '../../src/elements/ansvars-trappe/ansvars-trappe.js';
import type { ForankringTjekliste } from '../../src/elements/forankring-tjekliste/forankring-tjekliste.js';
import type { AnsvarItem, Hverdag } from '../../src/model/plan.js';
import { RemovalUndo } from '../../src/internal/removal-undo.js';
import { described } from '../helpers/dom.js';

type Listed = AnsvarsTrappe | ForankringTjekliste;

const groups: AnsvarItem[] = [
  { id: 'g1', maalgruppe: 'Alle medarbejdere', fremtidigt: 'med-stoette' },
  { id: 'g2', maalgruppe: 'Assistenter', fremtidigt: 'selvstaendigt' },
];
const everyday: Hverdag = {
  overgang: { beskrivelse: 'Ved næste samtale.', ikkeKlar: '' },
  forankring: [
    { id: 'f1', type: 'opfoelgning-paa-maal', beskrivelse: 'Samtale efter kurset', ansvarlig: '', udfoert: false },
    { id: 'f2', type: 'opfoelgning-paa-maal', beskrivelse: 'Status på personalemødet', ansvarlig: '', udfoert: false },
  ],
};

/** With an agreement of a later kind too (item-1 once f2 is removed): a control after the first kind's list, also when read-only. */
const everydayAndLater: Hverdag = {
  ...everyday,
  forankring: [...everyday.forankring, { id: 'f3', type: 'loebende-stoette', beskrivelse: 'Sidemandsoplæring', ansvarlig: '', udfoert: false }],
};

/**
 * `last`: the last item of a list removed, and what has the focus when readonly is set then: the
 * first control after the notice's place; in <ansvars-trappe> none follows (the add button goes),
 * so the element's first control.
 */
const cases = [
  {
    tag: 'ansvars-trappe', value: groups, remove: '[data-remove="0"]', next: 'g0-name',
    last: { value: groups, remove: '[data-remove="1"]', follows: false, focus: 'g0-name' },
  },
  {
    tag: 'forankring-tjekliste', value: everyday, remove: 'fieldset.kind button.remove', next: undefined,
    last: { value: everydayAndLater, remove: 'ol.items > li:nth-child(2) button.remove', follows: true, focus: 'item-1-beskrivelse' },
  },
] as const;

async function render(tag: string, value: unknown): Promise<Listed> {
  const el = await fixture<Listed>(`<${tag}></${tag}>`);
  (el as { value: unknown }).value = value;
  await el.updateComplete;
  return el;
}

const undo = (el: Listed) => el.shadowRoot!.querySelector<HTMLButtonElement>('#undo');
const active = (el: Listed) => el.shadowRoot!.activeElement as HTMLElement | null;

async function removeFirst(el: Listed, selector: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click();
  await el.updateComplete;
  await el.updateComplete;
}

for (const { tag, value, remove, next, last } of cases) {
  describe(`<${tag}>: Undo after a removal`, () => {
    const writeBacks = {
      'the value itself': (v: unknown) => v,
      'a JSON copy of it': (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown,
      'its JSON text': (v: unknown) => JSON.stringify(v),
    };
    for (const [name, copy] of Object.entries(writeBacks)) {
      it(`stays offered, with the focus, when a change listener writes back ${name}`, async () => {
        const el = await render(tag, value);
        let invalid = 0;
        el.addEventListener('kompetence-invalid', () => (invalid += 1));
        el.addEventListener('kompetence-change', (e) => {
          (el as { value: unknown }).value = copy((e as CustomEvent<{ value: unknown }>).detail.value);
        });
        await removeFirst(el, remove);
        const after = el.value;
        // A later render of the page sets it again (React sets a prop that changed).
        (el as { value: unknown }).value = copy(after);
        await el.updateComplete;
        expect(el.value, 'no new object for the same content').to.equal(after);
        expect(undo(el), 'the Undo is still offered').to.not.equal(null);
        expect(active(el)?.id, 'and has the focus').to.equal('undo');
        expect(invalid).to.equal(0);
        undo(el)!.click();
        await el.updateComplete;
        expect(el.value).to.deep.equal(value);
      });
    }

    it('hands the focus on when readonly is set while the Undo has it', async () => {
      const el = await render(tag, value);
      await removeFirst(el, remove);
      expect(active(el)?.id).to.equal('undo');
      el.readonly = true;
      await el.updateComplete;
      expect(described(undo(el))).to.equal('null');
      expect(active(el), 'focus stays in the element').to.not.equal(null);
      if (next) expect(active(el)!.id, 'on the item that took the removed one\'s place').to.equal(next);
      el.readonly = false;
      await el.updateComplete;
      expect(undo(el), 'the offer is back when editable again').to.not.equal(null);
    });

    it(`hands the focus on, as Tab would, when readonly is set and the notice is the last of its list: ${last.follows ? 'to the control after it' : 'nothing follows, so to the first control'}`, async () => {
      const el = await render(tag, last.value);
      await removeFirst(el, last.remove);
      expect(active(el)?.id).to.equal('undo');
      // The item before the notice stays: what follows it is after the notice's place.
      const before = undo(el)!.parentElement!.previousElementSibling!;
      el.readonly = true;
      await el.updateComplete;
      const now = active(el);
      expect(now?.id, 'focus stays in the element').to.equal(last.focus);
      const follows = !!(before.compareDocumentPosition(now!) & Node.DOCUMENT_POSITION_FOLLOWING) && !before.contains(now);
      expect(follows, 'after the notice\'s place').to.equal(last.follows);
    });

    it('hands the focus on when a value set by code ends the offer while the Undo has it', async () => {
      const el = await render(tag, value);
      await removeFirst(el, remove);
      (el as { value: unknown }).value = value;
      await el.updateComplete;
      expect(described(undo(el))).to.equal('null');
      expect(active(el), 'focus stays in the element').to.not.equal(null);
    });
  });
}

/**
 * Like the model's mobility arrangements: a list with an Undo, then a heading that the code focuses
 * (tabindex="-1", which Tab skips), then the next control.
 */
class HeadedList extends LitElement {
  list = ['Udstationering', 'Jobrotation'];
  readonly = false;
  readonly #removal = new RemovalUndo(this, () => this.list);

  get value(): string[] {
    return this.list;
  }

  #remove(index: number): void {
    const removed = this.list[index]!;
    this.list = this.list.filter((_, i) => i !== index);
    void this.#removal.removed(index, () => `${removed} er fjernet.`, () => undefined);
  }

  override render(): TemplateResult {
    const editable = !this.readonly;
    const notice = (i: number) => this.#removal.render(i, 'da', 'Fortryd', editable, true);
    return html`<ul>
        ${this.list.map((item, i) => html`${notice(i)}<li>${item}
          ${editable ? html`<button type="button" class="remove" @click=${() => this.#remove(i)}>Fjern</button>` : nothing}</li>`)}${notice(this.list.length)}
      </ul>
      <h4 tabindex="-1">Valgt aftale</h4>
      <input id="next" aria-label="Modtagende arbejdsplads" />`;
  }
}
customElements.define('test-headed-list', HeadedList);

describe('an Undo that goes while it has the focus', () => {
  it('hands the focus to the next control Tab stops at, past a heading only the code focuses (tabindex="-1")', async () => {
    const el = await fixture<HeadedList>('<test-headed-list></test-headed-list>');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove')[1]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('undo');
    el.readonly = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('next');
  });
});
