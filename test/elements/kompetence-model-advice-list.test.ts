/**
 * <kompetence-model>'s list of advice on the whole plan: a field the user has not been to and that
 * holds nothing is one neutral line ("3 Læringsmål: ikke påbegyndt") with its "Gå til", its
 * advice shown once the user has been there. The rule itself: test/internal/live-advice.test.ts.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/kompetence-model.js';
import type { KompetenceModel, KompetenceModelChange } from '../../src/elements/kompetence-model/kompetence-model.js';
import { advise } from '../../src/model/advice.js';
import { examples } from '../../src/model/examples/index.js';
import { fieldIds, type FieldId } from '../../src/model/ids.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';
import { expectAccessible } from '../helpers/axe.js';
import { settle } from '../helpers/dom.js';
import { deepActiveElement } from '../helpers/keyboard.js';
import { chooseFile, startFromExample } from '../helpers/model.js';

async function render(lang = 'da', plan?: Plan | string, more: Record<string, string> = {}): Promise<KompetenceModel> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const model = document.createElement('kompetence-model');
  for (const [name, value] of Object.entries(more)) model.setAttribute(name, value);
  if (typeof plan == 'string') model.setAttribute('plan', plan);
  else if (plan) model.plan = plan;
  wrapper.append(model);
  await settle(model);
  return model;
}

const $ = <E extends HTMLElement = HTMLElement>(model: KompetenceModel, selector: string) => model.shadowRoot!.querySelector<E>(selector)!;
const items = (model: KompetenceModel) => [...model.shadowRoot!.querySelectorAll<HTMLLIElement>('.all-advice li')];
/** The list as seen: an advice's id, or a field's neutral line's text. */
const listed = (model: KompetenceModel) => items(model).map((li) => li.dataset['advice'] ??
  [...li.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim());
const adviceIds = (plan: Plan, field?: FieldId) => advise(plan).filter((a) => !field || a.field === field).map((a) => a.id);
/** Named as the tabs and the fields' headings name them. */
const notStarted = ['1 Opgave: ikke påbegyndt', '2 Perspektiv: ikke påbegyndt', '3 Læringsmål: ikke påbegyndt',
  '4 Træningsbane: ikke påbegyndt', '5 Hverdag: ikke påbegyndt'];

/** The list with the fields the user has been to (or that hold content) in full, the others one line each. */
const expected = (plan: Plan, full: FieldId[]) =>
  fieldIds.flatMap((f, i) => (full.includes(f) ? adviceIds(plan, f) : [notStarted[i]!]));

describe('<kompetence-model>: the list of advice on the whole plan', () => {
  afterEach(() => localStorage.clear());

  it('opens a blank plan with one neutral line per field, each with its "Gå til", not eight pieces of advice under "Skal gøres"', async () => {
    const model = await render();
    expect(advise(model.plan), 'the plan has advice on every field').to.have.length(8);
    expect(listed(model)).to.deep.equal(notStarted);
    const list = $(model, '.all-advice');
    expect(list.textContent).not.to.match(/Skal gøres|Bør gøres|Tip:/);
    expect(items(model).every((li) => !li.matches('.error, .warning, .info')), 'no severity colour').to.equal(true);
    expect(items(model).map((li) => li.querySelector('button')!.textContent)).to.deep.equal(
      ['Gå til 1 Opgave', 'Gå til 2 Perspektiv', 'Gå til 3 Læringsmål', 'Gå til 4 Træningsbane', 'Gå til 5 Hverdag'],
    );
    // The tabs still count the field's advice: what the user finds there.
    expect($(model, '#tab-opgave .count').textContent).to.equal('2 råd');
    expect(list.closest('[aria-live]'), 'not a live region: nothing is announced on load').to.equal(null);
    await expectAccessible(model);
  });

  it('says "not started" in English too', async () => {
    const model = await render('en');
    expect(listed(model)[2]).to.equal('3 Learning goals: not started');
    expect(items(model)[2]!.querySelector('button')!.textContent).to.equal('Go to 3 Learning goals');
  });

  it('gives a field\'s advice once the user has been there: its tab, a step, the focus in it, its line\'s "Gå til"; and keeps it', async () => {
    const model = await render();
    const plan = model.plan;
    $(model, '#tab-laeringsmaal').click();
    await settle(model);
    expect(listed(model), 'tab').to.deep.equal(expected(plan, ['laeringsmaal']));
    // "Næste" is in field 3: the user acted there, and is led to field 4.
    [...model.shadowRoot!.querySelectorAll<HTMLButtonElement>('#panel-laeringsmaal .steps button')].find((b) => b.textContent!.startsWith('Næste'))!.click();
    await settle(model);
    expect(listed(model), 'step').to.deep.equal(expected(plan, ['laeringsmaal', 'traeningsbane']));
    items(model).find((li) => li.textContent!.includes('5 Hverdag: ikke'))!.querySelector('button')!.click();
    await settle(model);
    expect(deepActiveElement()?.id, '"Gå til" opens the field').to.equal('h-hverdag');
    expect(listed(model), '"Gå til"').to.deep.equal(expected(plan, ['laeringsmaal', 'traeningsbane', 'hverdag']));
    // Field 1 was shown at the start without the user choosing it: the focus in it is what counts.
    $(model, '#tab-opgave').click();
    await settle(model);
    expect(listed(model)).to.include('opgave-mangler');
  });

  it('gives field 1\'s advice, under "Skal gøres", once the user goes into its task box (shown at the start, it was a line)', async () => {
    const model = await render();
    expect(listed(model)[0]).to.equal(notStarted[0]);
    $(model, 'opgave-felt').shadowRoot!.querySelector<HTMLTextAreaElement>('#beskrivelse')!.focus();
    await settle(model);
    expect(listed(model)).to.deep.equal(expected(model.plan, ['opgave']));
    expect(items(model)[0]!.textContent).to.match(/^\s*Skal gøres: Beskriv opgaven/);
  });

  it('shows a plan given, loaded or restored with its advice in full at once: a field with content counts as started', async () => {
    const example = examples.boernehus;
    const cases: [string, () => Promise<KompetenceModel>][] = [
      ['example attribute', () => render('da', undefined, { example: 'boernehus' })],
      ['plan attribute', () => render('da', JSON.stringify(example))],
      ['plan property', () => render('da', example)],
      ['restored draft', () => {
        localStorage.setItem('test-advice-list', JSON.stringify(example));
        return render('da', undefined, { 'storage-key': 'test-advice-list' });
      }],
    ];
    for (const [how, make] of cases) {
      const model = await make();
      expect(listed(model), how).to.deep.equal(adviceIds(model.plan));
    }
    // Started by the user from a blank plan: the lines give way to the plan's advice at once.
    for (const [how, load] of [
      ['an example', (model: KompetenceModel) => startFromExample(model, 'boernehus')],
      ['a file', (model: KompetenceModel) => chooseFile(model, JSON.stringify(example))],
    ] as const) {
      const model = await render();
      expect(listed(model), `before ${how}`).to.deep.equal(notStarted);
      await load(model);
      expect(listed(model), how).to.deep.equal(adviceIds(model.plan));
      expect(listed(model), how).to.have.length(8);
    }
    // A plan with only a task: the other fields are lines still.
    const begun = createPlan({ opgave: { ...createPlan().opgave, beskrivelse: 'Vi giver medicin om aftenen.' } });
    expect(listed(await render('da', begun))).to.deep.equal(expected(begun, ['opgave']));
  });

  it('still gives the host all the advice in the change event, while the list holds back the fields not started', async () => {
    const model = await render();
    const heard = oneEvent(model, 'kompetence-change');
    const title = $<HTMLTextAreaElement>(model, '#titel');
    title.value = 'Aftenvagten';
    title.dispatchEvent(new Event('input'));
    const { detail } = (await heard) as KompetenceModelChange;
    await settle(model);
    expect(detail.advice).to.deep.equal(advise(model.plan));
    expect(detail.advice).to.have.length(8);
    expect(listed(model)).to.deep.equal(notStarted);
  });
});
