import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/define/kompetence-model.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import { adviceRules } from '../../src/model/advice.js';
import { fieldById } from '../../src/model/catalog/fields.js';
import { parsePlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';
import { settle } from '../helpers/dom.js';
import { deepActiveElement, hostTag } from '../helpers/keyboard.js';

/** A plan from a partial one (the parts not given are empty). */
function planOf(partial: Record<string, unknown>): Plan {
  const result = parsePlan({ schemaVersion: 1, ...partial });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

const group = (maalgruppe: string, more: Record<string, unknown> = {}) => ({ maalgruppe, ...more });
const terms = { ansvarsomraader: 'Som hjemme', ferie: 'Aftales', sygdom: 'Meldes hjemme' };

/** Much left out and much at odds: most advice at once, several pieces of it given more than once. */
const muddled = planOf({
  opgave: { beskrivelse: '' },
  ansvar: [
    group('Nye', { nuvaerende: 'begyndere', fremtidigt: 'selvstaendigt' }),
    group('Assistenter', { nuvaerende: 'lidt-erfarne', fremtidigt: 'ressourceperson', koerekort: 'C' }),
    group('Vikarer'),
    group('Hjælpere', { nuvaerende: 'lidt-erfarne', fremtidigt: 'ressourceperson' }),
  ],
  perspektiv: { arbejdsplads: 'Færre vagtskift.' },
  traeningsbane: { vidensopbygning: 'Kursusdag.', periode: { start: '2027-03-01', slut: '2027-01-01' } },
  mobilitet: [
    { modtagende: 'Akutmodtagelsen', periode: { start: '2027-05-01', slut: '2027-04-01' }, vilkaar: terms, tilbagevenden: 'Fortæl på personalemødet.' },
    { form: 'udlaan', modtagende: 'Ortopædkirurgisk afsnit' },
  ],
  hverdag: {
    overgang: { type: 'faelles' },
    forankring: [{ type: 'opfoelgning-paa-maal', beskrivelse: 'Samtale', dato: '2026-12-01' }],
  },
});

/** A task and goals, but the rest of the plan not started; beginners in a development workshop. */
const begun = planOf({
  opgave: { beskrivelse: 'Vi tager imod nye beboere om aftenen.' },
  ansvar: [group('Nye', { antal: 6, nuvaerende: 'begyndere', fremtidigt: 'med-stoette' })],
  laeringsmaal: { rolle: { beskrivelse: 'Vi er værter ved måltidet.' }, viden: { typer: ['forskning'] } },
  traeningsbane: { laeringsformer: ['udviklende-workshop', 'sidemandsoplaering'] },
});

/** As `begun`, for a goal the method's table suggests the development workshop for: its box is shown. */
const forMethods = planOf({ ...begun, laeringsmaal: { metoder: { beskrivelse: 'Vi bruger den nye tjekliste ved indflytning.' } } });

/** As `begun`, with no goal yet: the chooser folds every family. */
const unaimed = planOf({ ...begun, laeringsmaal: {} });

/** A task too broad, trying out alone on a period that ends after the transition. */
const broad = planOf({
  opgave: { beskrivelse: 'Kommunikation' },
  traeningsbane: { afproevning: 'Øvelse i par.', periode: { start: '2027-01-01', slut: '2027-06-01' } },
  hverdag: { overgang: { type: 'individuel', dato: '2027-03-01' } },
});

/** A training ground with a start date and no end yet. */
const started = planOf({ traeningsbane: { vidensopbygning: 'Kursusdag.', periode: { start: '2027-03-01' } } });

const listed = planOf({ opgave: { beskrivelse: '- Vi tager imod nye beboere\n- Vi laver madplaner' } });

const empty = planOf({ perspektiv: { kerneopgave: 'Roligere aftener for beboerne.' } });

/** A task another professional group takes over. */
const moved = planOf({ opgave: { beskrivelse: 'Vi giver medicin om aftenen.', anledninger: ['ny-faggruppe'] } });

/** Dated training, an undated follow-up after another agreement, an individual transition with nothing agreed. */
const undated = planOf({
  traeningsbane: { periode: { start: '2027-01-01', slut: '2027-02-01' } },
  hverdag: {
    overgang: { type: 'individuel' },
    forankring: [{ type: 'loebende-stoette', beskrivelse: 'Makkerordning' }, { type: 'opfoelgning-paa-maal', beskrivelse: 'Samtale' }],
  },
});

/** Where "Gå til" from the `n`th piece of advice `id` on `plan` puts the focus: an element's control. */
const cases: { plan: Plan; id: string; n?: number; tag: string; control: string; arrangement?: number }[] = [
  { plan: muddled, id: 'opgave-mangler', tag: 'opgave-felt', control: 'beskrivelse' },
  { plan: broad, id: 'opgave-for-abstrakt', tag: 'opgave-felt', control: 'beskrivelse' },
  { plan: listed, id: 'opgave-sammensat', tag: 'opgave-felt', control: 'beskrivelse' },
  { plan: begun, id: 'opgave-krav-mangler', tag: 'opgave-felt', control: 'k-konkretSituation' },
  { plan: begun, id: 'anledning-mangler', tag: 'opgave-felt', control: 'a-mere-selvstaendighed' },
  { plan: empty, id: 'ansvarstrappe-tom', tag: 'ansvars-trappe', control: 'add' },
  { plan: muddled, id: 'ansvar-uden-maal', tag: 'ansvars-trappe', control: 'g2-goal-med-stoette' },
  { plan: muddled, id: 'ansvar-spring-til-selvstaendigt', tag: 'ansvars-trappe', control: 'g0-goal-selvstaendigt' },
  { plan: muddled, id: 'ansvar-spring-til-ressourceperson', tag: 'ansvars-trappe', control: 'g1-goal-ressourceperson' },
  { plan: muddled, id: 'ansvar-spring-til-ressourceperson', n: 1, tag: 'ansvars-trappe', control: 'g3-goal-ressourceperson' },
  { plan: muddled, id: 'koerekort-passer-ikke', tag: 'ansvars-trappe', control: 'g1-licence' },
  { plan: empty, id: 'perspektiv-arbejdsplads-mangler', tag: 'perspektiv-felt', control: 'arbejdsplads' },
  { plan: muddled, id: 'perspektiv-kerneopgave-mangler', tag: 'perspektiv-felt', control: 'kerneopgave' },
  { plan: muddled, id: 'fortolkninger-mangler', tag: 'perspektiv-felt', control: 'fortolkninger' },
  { plan: begun, id: 'perspektiv-mangler', tag: 'perspektiv-felt', control: 'kerneopgave' },
  { plan: muddled, id: 'laeringsmaal-mangler', tag: 'laeringsmaal-pyramide', control: 'rolle-text' },
  { plan: begun, id: 'laeringsmaal-uden-beskrivelse', tag: 'laeringsmaal-pyramide', control: 'viden-text' },
  { plan: empty, id: 'traeningsbane-tom', tag: 'traeningsbane-plan', control: 'vidensopbygning' },
  { plan: muddled, id: 'traeningsbane-kun-viden', tag: 'traeningsbane-plan', control: 'afproevning' },
  { plan: broad, id: 'tempo-mangler', tag: 'traeningsbane-plan', control: 'vidensopbygning' },
  { plan: empty, id: 'periode-mangler', tag: 'traeningsbane-plan', control: 'start' },
  // The start is there: the end date is what is missing.
  { plan: started, id: 'periode-mangler', tag: 'traeningsbane-plan', control: 'slut' },
  { plan: muddled, id: 'periode-omvendt', tag: 'traeningsbane-plan', control: 'slut' },
  { plan: muddled, id: 'periode-omvendt', n: 1, tag: 'mobilitet-aftale', control: 'slut', arrangement: 0 },
  { plan: begun, id: 'spilleregler-mangler', tag: 'traeningsbane-plan', control: 'spilleregler' },
  { plan: begun, id: 'rollemaal-uden-refleksion', tag: 'traeningsbane-plan', control: 'kind-reflekterende' },
  { plan: muddled, id: 'daekning-mangler', tag: 'traeningsbane-plan', control: 'daekning' },
  // The form's box, where its fit says why: shown (the method's table for the goal), or in a folded
  // group that is opened for it (another suggestion for a role goal, not recommended for it, or with
  // no goal its family).
  { plan: forMethods, id: 'udviklende-workshop-begyndere', tag: 'laeringsform-vaelger', control: 'udviklende-workshop' },
  { plan: begun, id: 'udviklende-workshop-begyndere', tag: 'laeringsform-vaelger', control: 'udviklende-workshop' },
  { plan: begun, id: 'sidemandsoplaering-for-mange', tag: 'laeringsform-vaelger', control: 'sidemandsoplaering' },
  { plan: unaimed, id: 'udviklende-workshop-begyndere', tag: 'laeringsform-vaelger', control: 'udviklende-workshop' },
  { plan: muddled, id: 'mobilitet-uden-laeringsmaal', n: 1, tag: 'mobilitet-aftale', control: 'laeringsmaal', arrangement: 1 },
  { plan: muddled, id: 'mobilitet-uden-vilkaar', tag: 'mobilitet-aftale', control: 'ansvarsomraader', arrangement: 1 },
  { plan: muddled, id: 'mobilitet-uden-tilbagevenden', tag: 'mobilitet-aftale', control: 'tilbagevenden', arrangement: 1 },
  { plan: empty, id: 'overgang-mangler', tag: 'forankring-tjekliste', control: 'type-individuel' },
  { plan: muddled, id: 'faelles-overgang-uden-dato', tag: 'forankring-tjekliste', control: 'overgang-dato' },
  { plan: muddled, id: 'faelles-overgang-ikke-klar', tag: 'forankring-tjekliste', control: 'overgang-ikke-klar' },
  { plan: empty, id: 'opfoelgning-paa-maal-mangler', tag: 'forankring-tjekliste', control: 'add-opfoelgning-paa-maal' },
  { plan: broad, id: 'traening-slutter-efter-overgang', tag: 'forankring-tjekliste', control: 'overgang-dato' },
  { plan: muddled, id: 'opfoelgning-foer-traening-slutter', tag: 'forankring-tjekliste', control: 'item-0-dato' },
  { plan: undated, id: 'opfoelgning-uden-dato', tag: 'forankring-tjekliste', control: 'item-1-dato' },
  { plan: begun, id: 'stoette-mangler', tag: 'forankring-tjekliste', control: 'add-loebende-stoette' },
  { plan: moved, id: 'opgaveflytning-mangler', tag: 'forankring-tjekliste', control: 'add-organisatoriske-aendringer' },
  { plan: undated, id: 'individuel-overgang-uaftalt', tag: 'forankring-tjekliste', control: 'overgang-beskrivelse' },
];

async function render(plan: Plan, readonly = false): Promise<KompetenceModel> {
  const model = await fixture<KompetenceModel>(html`<kompetence-model .plan=${plan} ?readonly=${readonly}></kompetence-model>`);
  await settle(model);
  return model;
}

/** The "Gå til" button of the `n`th piece of advice with this id in the model's list of all advice. */
function goButton(model: KompetenceModel, id: string, n = 0): HTMLButtonElement | undefined {
  return model.shadowRoot!.querySelectorAll<HTMLElement>(`.all-advice li[data-advice="${id}"]`)[n]?.querySelector('button') ?? undefined;
}

/** Where the focus is: its id, or for a learning form's checkbox the form, and the element it is in. */
function focused(): { tag: string; control: string } {
  const el = deepActiveElement();
  return { tag: hostTag(el), control: el?.getAttribute('data-form') ?? el?.id ?? '' };
}

describe('<kompetence-model>: "Gå til" from an advice goes to the control where it is acted on', () => {
  it('shows the focus ring on the control it lands on, also after a mouse click (a checkbox in a long list is found by it)', async () => {
    const model = await render(begun);
    const button = goButton(model, 'sidemandsoplaering-for-mange')!;
    button.scrollIntoView({ block: 'center' });
    const { x, y, width, height } = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    await settle(model);
    expect(focused()).to.deep.equal({ tag: 'laeringsform-vaelger', control: 'sidemandsoplaering' });
    expect(deepActiveElement()!.matches(':focus-visible')).to.equal(true);
  });

  it('has a case for every advice rule, so new advice gets a place to go too', () => {
    expect([...new Set(cases.map((c) => c.id))].sort()).to.deep.equal(adviceRules.map((r) => r.id).sort());
  });

  for (const c of cases) {
    it(`${c.id}${c.n ? ` (no. ${c.n + 1})` : ''}: ${c.tag} #${c.control}`, async () => {
      const model = await render(c.plan);
      // A field not started is one line in the list until the user has been there: its "Gå til"
      // first, then through the field to its steps and on (the focus left a control in it).
      const field = fieldById(adviceRules.find((r) => r.id === c.id)!.field);
      if (!goButton(model, c.id, c.n)) {
        [...model.shadowRoot!.querySelectorAll<HTMLElement>('.all-advice li.idle button')].find((b) => b.textContent === `Gå til ${field.number} ${field.name.da}`)?.click();
        await settle(model);
        const step = model.shadowRoot!.querySelector<HTMLElement>(`#panel-${field.id} .steps button`)!;
        step.focus();
        step.blur();
      }
      await settle(model);
      const button = goButton(model, c.id, c.n);
      expect(button, 'the plan gives this advice').to.not.equal(undefined);
      button!.click();
      await settle(model);
      expect(focused()).to.deep.equal({ tag: c.tag, control: c.control });
      if (c.arrangement !== undefined) {
        const current = model.shadowRoot!.querySelector('.arrangements [aria-current="true"]')?.id;
        expect(current, 'the arrangement the advice is about is shown').to.equal(`arr-${c.arrangement}`);
      }
    });
  }

  it('in a read-only plan goes as near as focus can: the group\'s name, the mix; else the field\'s heading', async () => {
    const goesTo = async (model: KompetenceModel, id: string, why: string, tag: string, control: string) => {
      goButton(model, id)!.click();
      await settle(model);
      expect(focused(), why).to.deep.equal({ tag, control });
    };
    const model = await render(muddled, true);
    await goesTo(model, 'ansvar-uden-maal', 'the radios are disabled', 'ansvars-trappe', 'g2-name');
    // Published, a field shows what was written and chosen: an empty text or date is not there to go to.
    await goesTo(model, 'fortolkninger-mangler', 'a text not written: the heading', 'kompetence-model', 'h-perspektiv');
    await goesTo(model, 'faelles-overgang-uden-dato', 'a date not given: the heading', 'kompetence-model', 'h-hverdag');
    const readonlyBegun = await render(begun, true);
    await goesTo(readonlyBegun, 'udviklende-workshop-begyndere', 'the form\'s checkbox is disabled', 'laeringsform-vaelger', 'mix');
    await goesTo(readonlyBegun, 'rollemaal-uden-refleksion', 'no control: the heading', 'kompetence-model', 'h-traeningsbane');
  });
});
