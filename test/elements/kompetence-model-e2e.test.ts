/**
 * End to end, keyboard only: a manager fills a whole plan in <kompetence-model> with Tab, arrows,
 * Space, Enter and typing, through all five fields; the plan the page receives parses with the
 * model, holds what was typed and meets all five conditions, and the form submits it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/kompetence-model.js';
import type { KompetenceModel, KompetenceModelChange } from '../../src/elements/kompetence-model/kompetence-model.js';
import { advise } from '../../src/model/advice.js';
import { completeness } from '../../src/model/completeness.js';
import { parsePlan } from '../../src/model/parse.js';
import { control, dateKeys, deepActiveElement, hostTag, tabTo } from '../helpers/keyboard.js';

const inModel = (id: string) => control('kompetence-model', id);
const button = (tag: string, text: RegExp) => (el: Element | null) =>
  el?.localName === 'button' && hostTag(el) === tag && text.test(el.textContent ?? '');

async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

async function next(field: RegExp): Promise<void> {
  await tabTo(button('kompetence-model', field), `next ${field}`);
  await sendKeys({ press: 'Enter' });
}

describe('<kompetence-model> end to end, keyboard only', () => {
  it('fills a whole plan through the five fields; the emitted JSON parses and holds what was typed', async function () {
    this.timeout(240_000);
    const form = await fixture<HTMLFormElement>(html`<form>
      <button type="button" id="before">før</button>
      <kompetence-model name="plan" required></kompetence-model>
    </form>`);
    const model = form.querySelector('kompetence-model') as KompetenceModel;
    const events: KompetenceModelChange[] = [];
    model.addEventListener('kompetence-change', (e) => events.push(e as KompetenceModelChange));
    await model.updateComplete;
    expect(model.checkValidity(), 'an empty plan is incomplete').to.equal(false);
    form.querySelector<HTMLButtonElement>('#before')!.focus();

    // The plan's title.
    await tabTo(inModel('titel'), 'title');
    await type('Medicin om aftenen');

    // Field 1: the task, its three requirements, and a group on the staircase.
    await tabTo(control('opgave-felt', 'beskrivelse'), 'task');
    await type('Give medicin til beboerne, når aftenvagten begynder');
    for (const k of ['konkretSituation', 'kanHaandteresAnderledes', 'ansvarTydeligt']) {
      await tabTo(control('opgave-felt', `k-${k}`), k);
      await sendKeys({ press: 'Space' });
    }
    await tabTo(button('ansvars-trappe', /./), 'add group');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()?.id, 'focus on the new group').to.equal('g0-name');
    await type('Social- og sundhedshjælpere');
    await tabTo(control('ansvars-trappe', 'g0-goal-med-stoette'), 'future responsibility');
    await sendKeys({ press: 'ArrowDown' });

    // Field 2, through the "next" button.
    await next(/2/);
    expect(deepActiveElement()?.id).to.equal('h-perspektiv');
    await tabTo(control('perspektiv-felt', 'kerneopgave'), 'core task');
    await type('Beboerne får den rigtige medicin til tiden');

    // Field 3: one level of the pyramid.
    await next(/3/);
    await tabTo(control('laeringsmaal-pyramide', 'metoder-text'), 'methods goal');
    await type('Dobbelttjek af medicinlisten');

    // Field 4: the three tempi, a learning form and the period, typed.
    await next(/4/);
    await tabTo(control('traeningsbane-plan', 'vidensopbygning'), 'knowledge building');
    await type('Gennemgang af den nye medicinliste');
    await tabTo(control('traeningsbane-plan', 'afproevning'), 'trying out');
    await type('Giv medicin sammen med en erfaren kollega');
    await tabTo((el) => el?.getAttribute('data-form') === 'sidemandsoplaering', 'learning form');
    await sendKeys({ press: 'Space' });
    await tabTo(control('traeningsbane-plan', 'feedback'), 'feedback');
    await type('Kort snak efter vagten');
    await tabTo(control('traeningsbane-plan', 'start'), 'period start');
    await type(dateKeys('2027-01-10'));
    await tabTo(control('traeningsbane-plan', 'slut'), 'period end');
    await type(dateKeys('2027-03-01'));

    // Field 5: the transition and one anchoring agreement.
    await next(/5/);
    await tabTo((el) => el?.getAttribute('name') === 'overgang-type' && hostTag(el) === 'forankring-tjekliste', 'transition');
    await sendKeys({ press: 'Space' });
    await tabTo(control('forankring-tjekliste', 'add-opfoelgning-paa-maal'), 'add anchoring');
    await sendKeys({ press: 'Enter' });
    await type('Samtale med hver medarbejder efter en måned');
    await model.updateComplete;

    // What the page received.
    const last = events.at(-1)!;
    const parsed = parsePlan(JSON.parse(JSON.stringify(last.detail.value)));
    expect(parsed.ok, JSON.stringify(parsed)).to.equal(true);
    if (!parsed.ok) return;
    const plan = parsed.plan;
    expect(plan.titel).to.equal('Medicin om aftenen');
    expect(plan.opgave.beskrivelse).to.equal('Give medicin til beboerne, når aftenvagten begynder');
    expect(plan.opgave.krav).to.deep.equal({ konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true });
    expect(plan.ansvar).to.have.length(1);
    expect(plan.ansvar[0]).to.include({ maalgruppe: 'Social- og sundhedshjælpere', fremtidigt: 'selvstaendigt' });
    expect(plan.perspektiv.kerneopgave).to.equal('Beboerne får den rigtige medicin til tiden');
    expect(plan.laeringsmaal.metoder.beskrivelse).to.equal('Dobbelttjek af medicinlisten');
    expect(plan.traeningsbane).to.include({
      vidensopbygning: 'Gennemgang af den nye medicinliste',
      afproevning: 'Giv medicin sammen med en erfaren kollega',
      feedback: 'Kort snak efter vagten',
    });
    expect(plan.traeningsbane.laeringsformer).to.deep.equal(['sidemandsoplaering']);
    expect(plan.traeningsbane.periode).to.deep.equal({ start: '2027-01-10', slut: '2027-03-01' });
    expect(plan.hverdag.overgang.type).to.equal('individuel');
    expect(plan.hverdag.forankring).to.have.length(1);
    expect(plan.hverdag.forankring[0]).to.include({ type: 'opfoelgning-paa-maal', beskrivelse: 'Samtale med hver medarbejder efter en måned' });
    expect(completeness(plan).score).to.equal(5);
    expect(last.detail.advice).to.deep.equal(advise(last.detail.value, { lang: 'da' }));
    expect(model.plan).to.deep.equal(last.detail.value);

    // The form: valid now, and it submits the plan as JSON.
    expect(model.checkValidity()).to.equal(true);
    expect(JSON.parse(new FormData(form).get('plan') as string)).to.deep.equal(model.plan);
    expect(model.shadowRoot!.querySelector('[part="score"]')!.textContent).to.match(/^5 af 5/);
  });
});
