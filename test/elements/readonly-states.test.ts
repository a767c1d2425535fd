/**
 * Read-only elements: every box they show (text, number, date) is read-only to a screen reader, as
 * Chromium's accessibility tree has it, not only locked to the keyboard; a checkbox they show is
 * read-only, not unavailable. Inside `<kompetence-model readonly>` every field element is published
 * as it is alone with `readonly`; inside a disabled one, it is disabled as it is alone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import { fieldIds } from '../../src/model/ids.js';
import { accessibleStates } from '../helpers/accessibility-tree.js';
import { expectAccessible } from '../helpers/axe.js';
import { deepElements, laidOut, settle } from '../helpers/dom.js';
import { fullPlan } from '../helpers/plans.js';

type Element = HTMLElement & { value: unknown; updateComplete: Promise<unknown> };

const periode = { start: '2026-09-01', slut: '2026-12-01' };
/** The elements with number and date boxes, each with a value that shows them all. */
const cases: { tag: string; value: unknown }[] = [
  { tag: 'ansvars-trappe', value: [{ id: 'g', maalgruppe: 'Sygeplejersker', antal: 4 }] },
  { tag: 'traeningsbane-plan', value: { laeringsformer: ['traeningsworkshop'], vidensopbygning: 'Kursus', periode } },
  { tag: 'mobilitet-aftale', value: { form: 'udlaan', afgivende: 'Hjemmeplejen', periode } },
  {
    tag: 'forankring-tjekliste', value: {
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

  for (const { tag, value } of [
    { tag: 'opgave-felt', value: { beskrivelse: 'Måltidet', anledninger: ['ny-opgave'], krav: { konkretSituation: true } } },
    cases[3]!,
  ]) {
    it(`<${tag} readonly>: a checkbox shown is read-only, not unavailable, and a click or Space changes nothing`, async () => {
      const el = await fixture<Element>(`<${tag} readonly lang="en"></${tag}>`);
      el.value = value;
      await el.updateComplete;
      const states = await accessibleStates(['checkbox']);
      expect(states, 'checkboxes shown').to.not.deep.equal([]);
      expect(states.filter((s) => !/ \[(checked )?readonly\]$/.test(s)).join('; '), 'not read-only, or disabled').to.equal('');
      const events: Event[] = [];
      el.addEventListener('kompetence-change', (e) => events.push(e));
      const boxes = laidOut(el.shadowRoot!, 'input[type="checkbox"]') as HTMLInputElement[];
      const before = boxes.map((b) => b.checked);
      for (const box of boxes) {
        box.click();
        box.labels?.[0]?.click();
        box.focus();
        await sendKeys({ press: 'Space' });
      }
      expect(boxes.map((b) => b.checked), 'as they were').to.deep.equal(before);
      expect(events, 'no change').to.deep.equal([]);
    });
  }
});

/** What an element shows: each element laid out (not `display: none`), by name and id, nested elements' too; not those in `skip`. */
const look = (el: Element, skip = ':not(*)'): string[] =>
  deepElements(el.shadowRoot!).filter((e) => e.getClientRects().length && !e.closest(skip)).map((e) => e.localName + (e.id ? `#${e.id}` : ''));

/** The field elements of the field shown in `model`, the arrangement shown too. */
async function fieldElements(model: KompetenceModel, field: string): Promise<Element[]> {
  model.shadowRoot!.querySelector<HTMLElement>(`#tab-${field}`)!.click();
  await settle(model);
  const found = [...model.shadowRoot!.querySelectorAll<Element>(`#panel-${field} *`)].filter((e) => e.localName.includes('-'));
  await Promise.all(found.map((e) => e.updateComplete));
  return found;
}

describe('field elements inside <kompetence-model readonly> or disabled', () => {
  it('read-only: each field is published as its element is alone with readonly (dates in words, no unchosen option, no empty box), its boxes and checkboxes read-only', async () => {
    const model = await fixture<KompetenceModel>(html`<kompetence-model readonly .plan=${fullPlan()}></kompetence-model>`);
    for (const field of fieldIds) {
      for (const el of await fieldElements(model, field)) {
        const alone = await fixture<Element>(`<${el.localName} readonly></${el.localName}>`);
        alone.value = el.value;
        await alone.updateComplete;
        expect(look(el), `<${el.localName}> in the model as alone`).to.deep.equal(look(alone));
        alone.remove();
      }
      const states = (await accessibleStates(['textbox', 'spinbutton', 'Date', 'checkbox'])).filter((s) => !/^(Day|Month|Year) \1 /.test(s));
      expect(states.filter((s) => !/ \[(checked )?readonly\]$/.test(s)).join('; '), `field ${field}: not read-only`).to.equal('');
      await expectAccessible(model);
    }
    // What a reader of the plan sees, said plainly: the training period in words, the staircase's choices only.
    const [plan] = await fieldElements(model, 'traeningsbane');
    expect(laidOut(plan!.shadowRoot!, 'input[type="date"]'), 'date boxes').to.deep.equal([]);
    expect(laidOut(plan!.shadowRoot!, '.printed-value').map((e) => e.textContent), 'the period').to.deep.equal(['10. januar 2027', '1. marts 2027']);
    const [, trappe] = await fieldElements(model, 'opgave');
    const chosen = model.plan.ansvar.flatMap((g) => [g.nuvaerende, g.fremtidigt]).filter(Boolean);
    expect(laidOut(trappe!.shadowRoot!, '.option'), 'options shown: the chosen').to.have.length(chosen.length);
  });

  it('disabled: each field keeps the controls it has enabled, disabled, as a native control (the arrangement\'s date boxes too)', async () => {
    const model = await fixture<KompetenceModel>(html`<kompetence-model disabled .plan=${fullPlan()}></kompetence-model>`);
    const enabled = await fixture<KompetenceModel>(html`<kompetence-model .plan=${fullPlan()}></kompetence-model>`);
    // Less the buttons that add and remove, with what goes with them (none while disabled, as while read-only).
    const controls = (el: Element) => look(el, 'button, .adders');
    for (const field of fieldIds) {
      const shown = (await fieldElements(enabled, field)).map(controls);
      expect((await fieldElements(model, field)).map(controls), `field ${field}`).to.deep.equal(shown);
    }
    // And each control shown is disabled, less those that only read the plan: the forms' family filter, the calendar download.
    for (const field of fieldIds) {
      for (const el of await fieldElements(model, field)) {
        const live = deepElements(el.shadowRoot!).filter((e) => e.matches('input, textarea, select:not(#family), button:not([part="download"])') && e.getClientRects().length && !e.matches(':disabled'));
        expect(live.map((e) => `${e.localName}#${e.id}`), `<${el.localName}>: controls not disabled`).to.deep.equal([]);
      }
    }
    const [, aftale] = await fieldElements(model, 'traeningsbane');
    // The model's own list of arrangements: each to look at, none to add or remove (as read-only).
    const buttons = [...model.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="mobility"] button')];
    expect(model.plan.mobilitet, 'arrangements').to.not.deep.equal([]);
    expect(buttons.filter((b) => !/^arr-\d+$/.test(b.id)).map((b) => b.textContent!.trim()), 'to add or remove').to.deep.equal([]);
    expect(aftale!.localName).to.equal('mobilitet-aftale');
    expect(laidOut(aftale!.shadowRoot!, 'input[type="date"]:disabled'), 'date boxes, disabled').to.have.length(2);
  });
});
