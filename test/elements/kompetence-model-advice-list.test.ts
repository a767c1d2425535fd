/**
 * <kompetence-model>'s list of advice on the whole plan: a field the user has not been to and that
 * holds nothing is one neutral line ("3 Læringsmål: ikke påbegyndt") with its "Gå til", its
 * advice shown once the user has been there; the field's own elements hold it back alike. The
 * rule itself: test/internal/live-advice.test.ts.
 */
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/kompetence-model.js';
import type { KompetenceModel, KompetenceModelChange } from '../../src/elements/kompetence-model/kompetence-model.js';
import { ADVICE_SETTLE_MS } from '../../src/internal/live-advice.js';
import { advise } from '../../src/model/advice.js';
import { examples } from '../../src/model/examples/index.js';
import { fieldIds, type FieldId } from '../../src/model/ids.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';
import { expectAccessible } from '../helpers/axe.js';
import { settle } from '../helpers/dom.js';
import { control, deepActiveElement, hostTag, tabTo } from '../helpers/keyboard.js';
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
/** The advice shown in the field's own elements, by id. */
const inField = (model: KompetenceModel, field: FieldId) => [...model.shadowRoot!.querySelectorAll(`#panel-${field} *`)]
  .flatMap((e) => [...(e.shadowRoot?.querySelectorAll<HTMLElement>('[part="advice"] li') ?? [])].map((li) => li.dataset['advice']));
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
    // The tabs count what the field shows: a field not started shows none, and has no count.
    expect(model.shadowRoot!.querySelectorAll('[role=tab] .count')).to.have.length(0);
    expect($(model, '#tab-opgave').getAttribute('aria-label')).to.equal('1 Opgave, Ikke opfyldt endnu');
    expect(list.closest('[aria-live]'), 'not a live region: nothing is announced on load').to.equal(null);
    await expectAccessible(model);
  });

  it('says "not started" in English too', async () => {
    const model = await render('en');
    expect(listed(model)[2]).to.equal('3 Learning goals: not started');
    expect(items(model)[2]!.querySelector('button')!.textContent).to.equal('Go to 3 Learning goals');
  });

  it('gives a field\'s advice once the focus went on from a box or control in it, not as it is chosen (tab, step, "Gå til") or entered; and keeps it', async () => {
    const model = await render();
    const plan = model.plan;
    $(model, '#tab-laeringsmaal').focus();
    $(model, '#tab-laeringsmaal').click();
    await settle(model);
    expect(listed(model), 'tab').to.deep.equal(notStarted);
    expect(inField(model, 'laeringsmaal'), 'tab: the field neither').to.deep.equal([]);
    // From the tab into field 3, and back out to the tab.
    await tabTo((el) => hostTag(el) === 'laeringsmaal-pyramide', 'field 3');
    await settle(model);
    expect(listed(model), 'entered').to.deep.equal(notStarted);
    await sendKeys({ press: 'Shift+Tab' });
    await settle(model);
    expect(listed(model), 'left').to.deep.equal(expected(plan, ['laeringsmaal']));
    expect(inField(model, 'laeringsmaal'), 'left: the field as the list').to.deep.equal(adviceIds(plan, 'laeringsmaal'));
    items(model).find((li) => li.textContent!.includes('5 Hverdag: ikke'))!.querySelector('button')!.click();
    await settle(model);
    expect(deepActiveElement()?.id, '"Gå til" opens the field').to.equal('h-hverdag');
    expect(listed(model), '"Gå til"').to.deep.equal(expected(plan, ['laeringsmaal']));
    expect(inField(model, 'hverdag'), '"Gå til": the field neither').to.deep.equal([]);
    // From the heading "Gå til" focused into the field: entered, not yet left.
    await sendKeys({ press: 'Tab' });
    await settle(model);
    expect(listed(model), 'from the heading into the field').to.deep.equal(expected(plan, ['laeringsmaal']));
    expect(inField(model, 'hverdag'), 'from the heading: the field neither').to.deep.equal([]);
    // Through field 5 with Tab, to its "Forrige": the checklist was left.
    await tabTo((el) => el?.textContent?.startsWith('Forrige') ?? false, 'Forrige');
    await settle(model);
    expect(listed(model), 'through').to.deep.equal(expected(plan, ['laeringsmaal', 'hverdag']));
    expect(inField(model, 'hverdag')).to.deep.equal(adviceIds(plan, 'hverdag'));
    $(model, '#tab-laeringsmaal').click();
    await settle(model);
    expect(inField(model, 'laeringsmaal'), 'kept').to.deep.equal(adviceIds(plan, 'laeringsmaal'));
  });

  it('does not count going to another window from a field as having been there', async () => {
    const model = await render();
    const plan = model.plan;
    $(model, '#tab-laeringsmaal').focus();
    $(model, '#tab-laeringsmaal').click();
    await settle(model);
    await tabTo((el) => hostTag(el) === 'laeringsmaal-pyramide', 'field 3');
    // A switch to another program: the focus leaves the window but stays the page's (what a browser
    // does; a headless one emulates focus, so the events are sent here).
    const inside = deepActiveElement()!;
    inside.dispatchEvent(new FocusEvent('blur'));
    inside.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await settle(model);
    expect(deepActiveElement()).to.equal(inside);
    expect(listed(model), 'back from the other window').to.deep.equal(notStarted);
    expect(inField(model, 'laeringsmaal')).to.deep.equal([]);
    await sendKeys({ press: 'Shift+Tab' });
    await settle(model);
    expect(listed(model), 'left').to.deep.equal(expected(plan, ['laeringsmaal']));
  });

  it('opens field 1 of a blank plan with its question and what it lacks, no advice of its own; "Skal gøres" comes, announced, as the task box is left empty', async () => {
    const model = await render();
    const task = $(model, 'opgave-felt');
    const region = task.shadowRoot!.querySelector<HTMLElement>('[part="advice"]')!;
    expect(task.shadowRoot!.querySelector('[part="intro"]')!.textContent).to.equal('Hvilken del af vores opgaveløsning skal ændres?');
    expect($(model, '#panel-opgave [part="missing"]').textContent).to.match(/^Feltet mangler: en beskrivelse af opgaven/);
    expect(region.textContent!.trim(), 'the task').to.equal('');
    expect(inField(model, 'opgave'), 'the task and the staircase').to.deep.equal([]);
    expect($(model, '#tab-opgave').querySelector('.count'), 'nor does the tab count it').to.equal(null);
    await expectAccessible(model);
    // In the box: about to type, not told off.
    await tabTo(control('opgave-felt', 'beskrivelse'), 'the task box');
    await settle(model);
    expect(inField(model, 'opgave'), 'in the box').to.deep.equal([]);
    expect(listed(model)[0]).to.equal(notStarted[0]);
    // Left empty for the next box: the field's advice, where a screen reader hears it.
    await sendKeys({ press: 'Tab' });
    await settle(model);
    expect(inField(model, 'opgave')).to.deep.equal(['opgave-mangler', 'ansvarstrappe-tom']);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Gode råd om opgaven Skal gøres: Beskriv opgaven som én konkret situation, der opstår igen og igen.');
    expect(listed(model)).to.deep.equal(expected(model.plan, ['opgave']));
    expect($(model, '#tab-opgave .count').textContent, 'and the tab counts it').to.equal('2 råd');
    await expectAccessible(model);
  });

  it('gives field 1\'s advice once the user types a task, or goes on to field 2 (by mouse) without one', async () => {
    const typed = await render();
    await tabTo(control('opgave-felt', 'beskrivelse'), 'the task box');
    await sendKeys({ type: 'Vi giver medicin om aftenen' });
    await aTimeout(ADVICE_SETTLE_MS + 100);
    await settle(typed);
    expect(inField(typed, 'opgave'), 'typed').to.deep.equal(adviceIds(typed.plan, 'opgave').filter((id) => id !== 'anledning-mangler'));
    expect(inField(typed, 'opgave')).to.include('opgave-krav-mangler').and.include('ansvarstrappe-tom');

    const model = await render();
    const next = [...model.shadowRoot!.querySelectorAll<HTMLButtonElement>('#panel-opgave .steps button')].find((b) => b.textContent!.startsWith('Næste'))!;
    next.scrollIntoView({ block: 'center' });
    const { x, y, width, height } = next.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    await settle(model);
    expect(deepActiveElement()?.id).to.equal('h-perspektiv');
    expect(listed(model), 'field 1 gone through').to.deep.equal(expected(model.plan, ['opgave']));
    expect(inField(model, 'perspektiv'), 'field 2 just opened').to.deep.equal([]);
    $(model, '#tab-opgave').click();
    await settle(model);
    expect(inField(model, 'opgave'), 'back in field 1').to.deep.equal(['opgave-mangler', 'ansvarstrappe-tom']);
  });

  it('goes on with a click on "Næste" from a box left empty: the advice that comes does not move it from under the pointer first', async () => {
    const model = await render();
    const click = async (el: Element) => {
      el.scrollIntoView({ block: 'end' });
      const { x, y, width, height } = el.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
      await aTimeout(0);
      await settle(model);
    };
    await click($(model, 'opgave-felt').shadowRoot!.querySelector('#beskrivelse')!);
    expect(deepActiveElement()?.id, 'in the task box').to.equal('beskrivelse');
    // Field 1's advice and the staircase's come above "Næste" as the box is left, at the press.
    await click([...model.shadowRoot!.querySelectorAll<HTMLButtonElement>('#panel-opgave .steps button')].find((b) => b.textContent!.startsWith('Næste'))!);
    expect(deepActiveElement()?.id, 'field 2 shown').to.equal('h-perspektiv');
    expect(listed(model), 'field 1 left, its advice given').to.deep.equal(expected(model.plan, ['opgave']));
  });

  it('gives a field\'s advice as its first box is left for the next in the same element (field 2), as the README says', async () => {
    const model = await render();
    $(model, '#tab-perspektiv').click();
    await settle(model);
    await tabTo(control('perspektiv-felt', 'kerneopgave'), 'field 2\'s first box');
    await sendKeys({ press: 'Tab' });
    await settle(model);
    expect(hostTag(deepActiveElement()), 'still in the element').to.equal('perspektiv-felt');
    expect(listed(model), 'the list').to.deep.equal(expected(model.plan, ['perspektiv']));
    expect(inField(model, 'perspektiv'), 'the field').to.deep.equal(adviceIds(model.plan, 'perspektiv'));
    expect($(model, '#tab-perspektiv .count').textContent, 'the tab').to.equal('1 råd');
  });

  it('is as new once its form is reset: the fields gone through are not begun', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="da"><kompetence-model></kompetence-model></form>`);
    const model = form.querySelector('kompetence-model')!;
    await settle(model);
    await tabTo(control('opgave-felt', 'beskrivelse'), 'the task box');
    await sendKeys({ press: 'Tab' });
    await settle(model);
    expect(listed(model), 'field 1 left').to.deep.equal(expected(model.plan, ['opgave']));
    form.reset();
    await settle(model);
    expect(listed(model), 'reset').to.deep.equal(notStarted);
    expect(inField(model, 'opgave'), 'the field neither').to.deep.equal([]);
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
