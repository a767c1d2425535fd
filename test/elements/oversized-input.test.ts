/**
 * Input too big to use, as a host system or a file may hand it over: lists far longer than any plan
 * has are refused at once with an accessible error (parsing fills in every item, and showing them
 * held the page for minutes), whether they come as a file, a property or an attribute.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import { examples } from '../../src/model/examples/index.js';
import type { PlanIssue } from '../../src/model/issues.js';
import { settle } from '../helpers/dom.js';

type Input = HTMLElement & { updateComplete: Promise<unknown> };

const errorText = (el: Element) => el.shadowRoot!.querySelector('[part="error"]')!.textContent!.replace(/\s+/g, ' ').trim();
const many = (n: number, item: object = {}) => Array.from({ length: n }, () => item);

async function chooseFile(model: KompetenceModel, content: string): Promise<void> {
  const input = model.shadowRoot!.querySelector<HTMLInputElement>('#import')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], 'mange.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  for (let i = 0; i < 10; i += 1) await settle(model);
}

describe('lists longer than any plan has', function () {
  // Without the limit each case below took from 20 s to minutes.
  this.timeout(20_000);

  it('<kompetence-model> refuses a small file of 5,000 empty target groups at once, says so and keeps the plan', async () => {
    const model = await fixture<KompetenceModel>(html`<kompetence-model></kompetence-model>`);
    model.plan = examples.jobcenter;
    await settle(model);
    const before = model.plan;
    const issues: PlanIssue[][] = [];
    model.addEventListener('kompetence-invalid', (e) => issues.push(e.detail.issues));
    const file = JSON.stringify({ schemaVersion: 1, ansvar: many(5_000) });
    expect(file.length, 'some 15 KB').to.be.below(20_000);
    const started = performance.now();
    await chooseFile(model, file);
    expect(performance.now() - started, 'ms').to.be.below(3_000);
    expect(model.plan).to.equal(before);
    expect(issues.map((list) => list.map((i) => `${i.path.join('.')} ${i.code}`))).to.deep.equal([['ansvar too_big']]);
    expect(model.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(errorText(model)).to.include('Ansvarstrappen (ansvar): Listen har 5000 punkter; her kan højst 200 bruges.');
  });

  it('<kompetence-model> refuses such a plan given as a property, in the element’s language, and takes one of 200 items a list', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><kompetence-model></kompetence-model></div>`);
    const model = wrapper.firstElementChild as KompetenceModel;
    const started = performance.now();
    model.plan = { schemaVersion: 1, hverdag: { forankring: many(5_000, { type: 'loebende-stoette' }) }, mobilitet: many(5_000) } as never;
    await settle(model);
    expect(performance.now() - started, 'ms').to.be.below(3_000);
    expect(model.plan.hverdag.forankring).to.have.length(0);
    expect(errorText(model)).to.include('5 Everyday work (hverdag.forankring): The list has 5000 items; at most 200 can be used here.');
    expect(errorText(model)).to.include('Mobility (mobilitet): The list has 5000 items; at most 200 can be used here.');
    model.plan = { schemaVersion: 1, ansvar: many(200), hverdag: { forankring: many(200, { type: 'loebende-stoette' }) }, mobilitet: many(200) } as never;
    await settle(model);
    expect([model.plan.ansvar.length, model.plan.hverdag.forankring.length, model.plan.mobilitet.length]).to.deep.equal([200, 200, 200]);
    expect(errorText(model)).to.equal('');
  });

  it('a field element and the plan view refuse it as an attribute or a property too', async () => {
    const started = performance.now();
    const staircase = await fixture<Input>(html`<ansvars-trappe value=${JSON.stringify(many(5_000))}></ansvars-trappe>`);
    await staircase.updateComplete;
    expect(errorText(staircase)).to.include('Listen har 5000 punkter; her kan højst 200 bruges.');
    const view = await fixture<Input & { plan: unknown }>(html`<kompetence-plan-visning></kompetence-plan-visning>`);
    view.plan = { schemaVersion: 1, ansvar: many(5_000) };
    await view.updateComplete;
    expect(errorText(view)).to.include('ansvar: Listen har 5000 punkter');
    expect(performance.now() - started, 'ms').to.be.below(3_000);
  });

  it('a list the user fills to the limit shows a line in place of its add buttons, so the plan made loads again', async () => {
    const full = 'Listen er fuld: her kan højst 200 punkter bruges.';
    const hints = (el: Element) => [...el.shadowRoot!.querySelectorAll('p.hint')].map((p) => p.textContent!.trim()).filter((t) => t === full);
    const staircase = await fixture<Input & { value: unknown[] }>(html`<ansvars-trappe></ansvars-trappe>`);
    staircase.value = many(199).map((_, i) => ({ id: `g${i}`, maalgruppe: `Gruppe ${i}` }));
    await staircase.updateComplete;
    expect(hints(staircase)).to.have.length(0);
    staircase.shadowRoot!.querySelector<HTMLButtonElement>('#add')!.click();
    await staircase.updateComplete;
    expect(staircase.value).to.have.length(200);
    expect(staircase.shadowRoot!.querySelector('#add'), 'no add button').to.equal(null);
    expect(hints(staircase)).to.have.length(1);
    staircase.lang = 'en';
    await settle(staircase);
    expect([...staircase.shadowRoot!.querySelectorAll('p.hint')].map((p) => p.textContent!.trim()), 'in English')
      .to.include('The list is full: at most 200 items can be used here.');

    const checklist = await fixture<Input & { value: unknown }>(html`<forankring-tjekliste></forankring-tjekliste>`);
    checklist.value = { forankring: many(200).map((_, i) => ({ id: `f${i}`, type: 'loebende-stoette', beskrivelse: `Aftale ${i}` })) };
    await checklist.updateComplete;
    expect(checklist.shadowRoot!.querySelectorAll('button[part="add"]'), 'no add or example buttons').to.have.length(0);
    expect(hints(checklist), 'one line per kind of anchoring').to.have.length(4);

    const model = await fixture<KompetenceModel>(html`<kompetence-model></kompetence-model>`);
    model.plan = { schemaVersion: 1, traeningsbane: { laeringsformer: ['udlaan'] }, mobilitet: many(200) } as never;
    await settle(model);
    model.shadowRoot!.querySelector<HTMLElement>('#tab-traeningsbane')!.click();
    await settle(model);
    expect(model.shadowRoot!.querySelector('#add-arr'), 'no add button').to.equal(null);
    expect(model.shadowRoot!.querySelector('.offer'), 'no offer to add the loan').to.equal(null);
    expect(hints(model)).to.have.length(1);
    // The plan the user made is taken in again as it is (its download, or a page giving it back).
    const again = JSON.parse(JSON.stringify(model.plan));
    model.plan = again;
    await settle(model);
    expect(model.plan.mobilitet).to.have.length(200);
    expect(errorText(model)).to.equal('');
  });
});
