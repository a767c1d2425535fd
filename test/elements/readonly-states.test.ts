/**
 * Read-only elements: every box they show (text, number, date) is read-only to a screen reader, as
 * Chromium's accessibility tree has it, not only locked to the keyboard: with their own `readonly`,
 * and inside `<kompetence-model readonly>` (the plan context's), where the date boxes stay boxes.
 */
import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/ansvars-trappe.js';
import '../../src/define/forankring-tjekliste.js';
import '../../src/define/mobilitet-aftale.js';
import '../../src/define/traeningsbane-plan.js';
import { planContext } from '../../src/internal/plan-context.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';
import { accessibleStates } from '../helpers/accessibility-tree.js';
import { expectAccessible } from '../helpers/axe.js';
import { deepElements } from '../helpers/dom.js';

type Element = HTMLElement & { value: unknown; updateComplete: Promise<unknown> };

const periode = { start: '2026-09-01', slut: '2026-12-01' };
/** The elements with number and date boxes, each with a value that shows them all; `part`: the one it edits inside the model. */
const cases: { tag: string; value: unknown; part?: keyof Plan }[] = [
  { tag: 'ansvars-trappe', part: 'ansvar', value: [{ id: 'g', maalgruppe: 'Sygeplejersker', antal: 4 }] },
  { tag: 'traeningsbane-plan', part: 'traeningsbane', value: { laeringsformer: ['traeningsworkshop'], vidensopbygning: 'Kursus', periode } },
  { tag: 'mobilitet-aftale', value: { form: 'udlaan', afgivende: 'Hjemmeplejen', periode } },
  {
    tag: 'forankring-tjekliste', part: 'hverdag', value: {
      overgang: { type: 'faelles', beskrivelse: 'Alle på én gang', dato: '2026-12-01' },
      forankring: [{ id: 'f', type: 'loebende-stoette', beskrivelse: 'Sparring', ansvarlig: 'Mette', dato: '2026-12-15', udfoert: false }],
    },
  },
];

/** Checks that every text, number and date box `el` shows is read-only in the accessibility tree; gives the number and date boxes shown. */
async function expectReadOnlyBoxes(el: Element): Promise<number> {
  const shown = deepElements(el.shadowRoot!).filter((e) => e.matches('input:is([type="number"], [type="date"]), textarea') && e.getClientRects().length);
  // Less the parts Chromium makes in a date box (Day, Month, Year): its read-only does not reach them, nor can ours.
  const states = (await accessibleStates(['textbox', 'spinbutton', 'Date'])).filter((s) => !/^(Day|Month|Year) \1 /.test(s));
  expect(states, 'a node for each box').to.have.length(shown.length);
  expect(states.filter((s) => !s.endsWith(' [readonly]')), 'not read-only').to.deep.equal([]);
  return shown.filter((e) => e.matches('input')).length;
}

describe('read-only boxes in the accessibility tree', () => {
  for (const { tag, value } of cases) {
    it(`<${tag} readonly>: every box shown is read-only`, async () => {
      const el = await fixture<Element>(`<${tag} readonly lang="en"></${tag}>`);
      el.value = value;
      await el.updateComplete;
      await expectReadOnlyBoxes(el);
    });
  }

  for (const { tag, value, part } of cases.filter((c) => c.part)) {
    it(`<${tag}> inside a read-only <kompetence-model>: every box shown, the date boxes too, is read-only`, async () => {
      const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      new ContextProvider(host, { context: planContext }).setValue({ plan: createPlan({ [part!]: value }), readonly: true, edit: () => {} });
      host.insertAdjacentHTML('beforeend', `<${tag}></${tag}>`);
      const el = host.firstElementChild as Element;
      await el.updateComplete;
      await expectAccessible(el);
      expect(await expectReadOnlyBoxes(el), 'number and date boxes shown').to.be.greaterThan(0);
    });
  }
});
