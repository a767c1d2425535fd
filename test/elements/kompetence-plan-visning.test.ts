import { expect, fixture, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/kompetence-plan-visning.js';
import type { KompetencePlanVisning } from '../../src/elements/kompetence-plan-visning/kompetence-plan-visning.js';
import { KompetenceInputCore } from '../../src/internal/input-core.js';
import { KompetenceValueCore } from '../../src/internal/value-core.js';
import { advise } from '../../src/model/advice.js';
import { completeness } from '../../src/model/completeness.js';
import { fieldGaps } from '../../src/model/completeness-gaps.js';
import { examples } from '../../src/model/examples/index.js';
import { localDay } from '../../src/model/follow-up.js';
import { exampleIds, fieldIds } from '../../src/model/ids.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';
import { expectAccessible } from '../helpers/axe.js';
import { described } from '../helpers/dom.js';
import { expectReflow } from '../helpers/reflow.js';
import { runConformance, shownTexts, userStrings } from '../helpers/conformance.js';
import { nameFromContent } from '../helpers/name-from-content.js';
import { badPlanAttributes, badPlanProperties, fullPlan, planWithUserText, userTextPlaces } from '../helpers/plans.js';

const sample = fullPlan();
const none = Symbol('no plan');

/** Renders the view; `none` sets no plan. */
async function view(plan: unknown = sample, lang = '', attrs = ''): Promise<KompetencePlanVisning> {
  const wrap = await fixture<HTMLElement>(`<div lang="${lang}"><kompetence-plan-visning ${attrs}></kompetence-plan-visning></div>`);
  const el = wrap.firstElementChild as KompetencePlanVisning;
  if (plan !== none) el.plan = plan as Plan;
  await el.updateComplete;
  return el;
}

const root = (el: KompetencePlanVisning) => el.shadowRoot!;
const part = (el: KompetencePlanVisning, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');
/** The value shown for a label (a `dt` and its `dd`). */
const entry = (el: Element, label: string) =>
  [...el.querySelectorAll('dt')].find((dt) => dt.textContent === label)?.nextElementSibling?.textContent;
/** The names a part's "Ikke udfyldt:" lines give, without the separators that are only seen. */
const unfilled = (el: Element) => [...el.querySelectorAll('p.empty [role="listitem"]')].map((item) => item.textContent!.replace(/^\s*·/, '').trim());
const alertText = (el: KompetencePlanVisning) => root(el).querySelector('[role="alert"]')!.textContent!.trim();

const checks = runConformance({
  tag: 'kompetence-plan-visning',
  property: 'plan',
  // The advice too: all the view can show.
  attributes: { advice: '' },
  sample,
  withUserText: planWithUserText,
  badAttributeValues: badPlanAttributes,
  badPropertyValues: badPlanProperties,
  sameInBothLanguages: ['Feedback', 'Coaching'],
  formAssociated: false,
});

describe('<kompetence-plan-visning> conformance', () => {
  it('runs every shared check that a view has: no form, nothing to edit, and checked to have neither', () => {
    expect(checks).to.have.length(18);
    expect(checks).to.include.members([
      'offers nothing to edit: no control in it, and Tab passes it by',
      'is no form control: not among its form\'s elements, nothing submitted',
      'keeps the last good value and shows an accessible error on bad input',
      'shows user text containing markup as text',
      'fires no kompetence-change when code sets the value',
    ]);
  });

  it('shows its input error in the language of the moment', async () => {
    const el = await view(sample, 'da');
    el.setAttribute('plan', '{oops');
    await el.updateComplete;
    const daError = alertText(el);
    el.parentElement!.setAttribute('lang', 'en-GB');
    await nextFrame();
    await el.updateComplete;
    expect(alertText(el)).not.to.equal(daError);
    expect(alertText(el)).to.include('JSON');
  });

  for (const id of exampleIds) {
    for (const lang of ['da', 'en']) {
      it(`is axe clean (WCAG 2.1 AA) for the example ${id} in ${lang}`, async () => {
        await expectAccessible(await view(examples[id], lang));
      });
    }
  }

  it('is axe clean with advice, mobility and an input error shown', async () => {
    const el = await view(sample, 'da', 'advice');
    el.setAttribute('plan', '{"schemaVersion": 1, "titel": 5}');
    await el.updateComplete;
    expect(alertText(el)).to.not.equal('');
    await expectAccessible(el);
  });

  it('lists the first ten issues of input with many, and says how many more (the event carries all)', async () => {
    const many = Object.fromEntries([['schemaVersion', 1], ...Array.from({ length: 25 }, (_, i) => [`ukendt${i}`, i])]);
    for (const [lang, more] of [['da', '… og 15 fejl mere.'], ['en', '… and 15 more.']]) {
      const el = await view(none, lang);
      const invalid = oneEvent(el, 'kompetence-invalid');
      el.plan = many as unknown as Plan;
      expect((await invalid).detail.issues).to.have.length(25);
      await el.updateComplete;
      const items = [...root(el).querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
      expect(items, lang).to.have.length(11);
      expect(items[0], lang).to.match(/^ukendt0: /);
      expect(items[10], lang).to.equal(more);
    }
  });

  it('still shows the last good plan under the error for input it cannot use', async () => {
    const el = await view(sample, 'da');
    el.setAttribute('plan', badPlanAttributes[0]!);
    await el.updateComplete;
    expect(alertText(el)).to.include('Data kunne ikke bruges');
    expect(text(part(el, 'opgave'))).to.include(sample.opgave.beskrivelse);
  });

  it('names where in the JSON a problem is', async () => {
    const el = await view(sample, 'da');
    el.setAttribute('plan', '{"schemaVersion": 1, "ansvar": [{"fremtidigt": "chef"}]}');
    await el.updateComplete;
    expect(alertText(el)).to.include('ansvar[0].fremtidigt');
  });

  it('takes its plan through the shared input core, not the form control\'s', async () => {
    const el = await view(sample, 'da');
    expect(el instanceof KompetenceInputCore, 'a KompetenceInputCore').to.equal(true);
    expect(el instanceof KompetenceValueCore, 'a KompetenceValueCore').to.equal(false);
  });

  it('fires kompetence-invalid for a bad attribute at upgrade and shows the empty plan', async () => {
    const wrap = document.createElement('div');
    document.body.append(wrap);
    const invalid = oneEvent(wrap, 'kompetence-invalid');
    wrap.innerHTML = '<kompetence-plan-visning plan="[1,2]"></kompetence-plan-visning>';
    const event = await invalid;
    expect(event.detail.source).to.equal('attribute');
    const el = wrap.firstElementChild as KompetencePlanVisning;
    await el.updateComplete;
    expect(alertText(el)).to.not.equal('');
    expect(text(part(el, 'opgave'))).to.include('Ikke udfyldt');
    wrap.remove();
  });

  it('shows the user\'s text as it is written in every place, the title as the heading', async () => {
    const written = 'Tekst med <b>mærker</b> & "citat"';
    const el = await view(planWithUserText(written));
    expect(root(el).querySelector('h2')!.textContent).to.equal(written);
    expect(shownTexts(root(el)).filter((t) => t.includes(written))).to.have.length.of.at.least(userTextPlaces);
  });
});

describe('<kompetence-plan-visning> behaviour', () => {
  it('says a collective transition\'s date is not filled in (the gap field 5\'s condition names)', async () => {
    const el = await fixture<KompetencePlanVisning>(`<kompetence-plan-visning></kompetence-plan-visning>`);
    el.plan = createPlan({ hverdag: { overgang: { type: 'faelles', beskrivelse: '', ikkeKlar: '' }, forankring: [] } });
    await el.updateComplete;
    expect(unfilled(part(el, 'hverdag'))).to.include('Dato for overgangen');
  });

  it('marks an agreement not done whose date has passed, for the follow-up meeting, in both languages', async () => {
    const day = (offset: number) => localDay(new Date(Date.now() + offset * 864e5));
    const item = (id: string, dato: string | undefined, udfoert: boolean) =>
      ({ id, type: 'opfoelgning-paa-maal' as const, beskrivelse: id, ansvarlig: '', udfoert, ...(dato ? { dato } : {}) });
    const plan = createPlan({ hverdag: { overgang: { beskrivelse: '', ikkeKlar: '' }, forankring: [
      item('passed', day(-1), false), item('today', day(0), false), item('coming', day(3), false), item('done', day(-9), true), item('undated', undefined, false),
    ] } });
    const status = async (lang: string) => {
      const el = await view(plan, lang);
      return Object.fromEntries([...el.shadowRoot!.querySelectorAll('[part~="hverdag"] .items li')].map((li) => [
        li.querySelector('.text')!.textContent, li.querySelector('.meta')!.textContent!.split(' · ').pop()!.trim(),
      ]));
    };
    expect(await status('da')).to.deep.equal({
      passed: 'Ikke udført, datoen er passeret', today: 'Ikke udført', coming: 'Ikke udført', done: 'Udført', undated: 'Ikke udført',
    });
    expect((await status('en'))['passed']).to.equal('Not done, date passed');
  });

  it('gives the advice under each field no heading of its own beyond the field\'s (a second "Råd" per field crowded the headings)', async () => {
    const el = await fixture<KompetencePlanVisning>(`<kompetence-plan-visning advice></kompetence-plan-visning>`);
    el.plan = createPlan();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('section[part="advice"]').length, 'advice shown').to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('section[part="advice"] h3').length).to.equal(0);
  });

  it('has the plan title as h2 and one h3 per field, strategic side (1, 2, 5) then learning side (3, 4)', async () => {
    const el = await view();
    expect([...root(el).querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([sample.titel]);
    const headings = [...root(el).querySelectorAll('h3')].map((h) => text(h).trim());
    expect(headings).to.deep.equal(['1 Opgave', '2 Perspektiv', '5 Hverdag', '3 Læringsmål', '4 Træningsbane']);
    expect([...part(el, 'strategic').querySelectorAll('h3')].length).to.equal(3);
    expect([...part(el, 'learning').querySelectorAll('h3')].length).to.equal(2);
  });

  it('shows the task with its reasons, requirements and staircase', async () => {
    const el = await view();
    const field = text(part(el, 'opgave'));
    expect(field).to.include(sample.opgave.beskrivelse);
    expect(field).to.include(sample.opgave.situationFremover);
    expect(field).to.include('Opgaven har ændret sig');
    expect(field).to.include('Det er tydeligt, hvem der har ansvaret. Ja');
    expect(field).to.include('Social- og sundhedsassistenter (12 personer)');
    expect(field).to.include('Nu: Lidt erfarne → Mål: Selvstændigt · Kørekort B');
    expect(field).to.include('Nu: ikke angivet → Mål: Med støtte · Kørekort C');
  });

  it('reads a target group\'s line item by item, without the arrow and the dot; copied, it is the text seen; one person is one', async () => {
    const plan = structuredClone(sample);
    plan.ansvar[0] = { ...plan.ansvar[0]!, antal: 1 };
    for (const [lang, one, seen, read] of [
      ['da', '(1 person)', 'Nu: Lidt erfarne → Mål: Selvstændigt · Kørekort B', ['Nu: Lidt erfarne', 'Mål: Selvstændigt', 'Kørekort B']],
      ['en', '(1 person)', 'Now: Somewhat experienced → Goal: Independently · Licence B', ['Now: Somewhat experienced', 'Goal: Independently', 'Licence B']],
    ] as const) {
      const groups = [...part(await view(plan, lang), 'opgave').querySelectorAll('.items > li')];
      expect(text(groups[0]!), lang).to.include(one).and.not.include('personer').and.not.include('people');
      const line = groups[1]!.querySelector('[role="list"]')!;
      expect([...line.children].map((item) => item.getAttribute('role')), lang).to.deep.equal(['listitem', 'listitem', 'listitem']);
      const heard: string[] = [];
      for (const item of line.children) heard.push(await nameFromContent(item));
      expect(heard, lang).to.deep.equal(read);
      const selection = getSelection()!;
      selection.selectAllChildren(groups[1]!);
      expect(selection.toString().replace(/\s+/g, ' '), `${lang}: copied`).to.include(seen).and.not.match(/[→·] ,/);
      selection.removeAllRanges();
    }
  });

  it('shows the perspective', async () => {
    const field = text(part(await view(), 'perspektiv'));
    expect(field).to.include(sample.perspektiv.kerneopgave);
    expect(field).to.include(sample.perspektiv.arbejdsplads);
    expect(field).to.include(sample.perspektiv.fortolkninger);
  });

  it('names the task\'s situation, the perspective and the training ground\'s cover as the editing elements do, in both languages', async () => {
    const da = await view();
    expect(entry(part(da, 'perspektiv'), 'Andre måder at forstå ændringen på')).to.equal(sample.perspektiv.fortolkninger);
    const en = await view(sample, 'en');
    expect(entry(part(en, 'perspektiv'), 'Other ways of reading the change')).to.equal(sample.perspektiv.fortolkninger);
    expect(entry(part(en, 'perspektiv'), 'Value for the workplace')).to.equal(sample.perspektiv.arbejdsplads);
    expect(entry(part(en, 'traeningsbane'), 'Who does the work while people train?')).to.equal(sample.traeningsbane.daekning);
    // The task's situation now and in future, under <opgave-felt>'s labels.
    expect(entry(part(da, 'opgave'), 'Sådan løser vi opgaven i dag')).to.equal(sample.opgave.situationNu);
    expect(entry(part(en, 'opgave'), 'How we will do it in future')).to.equal(sample.opgave.situationFremover);
    expect(entry(part(en, 'traeningsbane'), 'Ground rules')).to.equal(sample.traeningsbane.spilleregler);
  });

  it('shows the goals top of the pyramid first, with their sub-types by name', async () => {
    const el = await view();
    const levels = [...part(el, 'laeringsmaal').querySelectorAll('h4')].map((h) => h.textContent);
    expect(levels).to.deep.equal(['Rolle', 'Faglig viden', 'Metoder og teknikker']);
    const field = text(part(el, 'laeringsmaal'));
    expect(field).to.include('Værdier og holdninger, faglig stolthed');
    expect(field).to.include(sample.laeringsmaal.viden.beskrivelse);
  });

  it('shows the training ground: tempi, feedback kinds, period, rules, cover, forms by name and mobility', async () => {
    const field = part(await view(), 'traeningsbane');
    // In the order <traeningsbane-plan> asks for them.
    expect([...field.querySelectorAll(':scope > dl > dt')].map((dt) => dt.textContent).slice(4)).to.deep.equal(
      ['Periode', 'Spilleregler', 'Hvem løser opgaverne, mens nogen træner?', 'Læringsformer']);
    expect(entry(field, 'Afprøvning')).to.equal(sample.traeningsbane.afproevning);
    expect(entry(field, 'Former for feedback')).to.equal('Reflekterende');
    expect(entry(field, 'Læringsformer')).to.equal('Værktøjskursus, mentorforløb');
    expect(entry(field, 'Periode')).to.equal('10. januar 2027 – 1. marts 2027');
    expect(entry(field, 'Spilleregler')).to.equal(sample.traeningsbane.spilleregler);
    expect(entry(field, 'Hvem løser opgaverne, mens nogen træner?')).to.equal(sample.traeningsbane.daekning);
    const arrangement = field.querySelector('.item')!;
    expect(arrangement.querySelector('h5')!.textContent).to.equal('Udlån til eksterne samarbejdspartnere');
    expect(entry(arrangement, 'Omfang')).to.equal('Deltid: tirsdag, torsdag');
    expect(entry(arrangement, 'Periode')).to.equal('Fra 1. februar 2027');
    expect(entry(arrangement, 'Sygdom')).to.equal('Meldes hjemme');
    expect(entry(arrangement, 'Ferie'), 'not a term with an empty value').to.equal(undefined);
    expect(unfilled(arrangement), 'named in the arrangement\'s line of what is not filled in').to.include('Ferie');
  });

  it('shows a period with only an end date as "Til" and the date', async () => {
    const field = part(await view({ ...sample, traeningsbane: { ...sample.traeningsbane, periode: { slut: '2026-11-30' } } }), 'traeningsbane');
    expect(entry(field, 'Periode')).to.equal('Til 30. november 2026');
  });

  it('says "Ikke udfyldt" for a text that holds only spaces', async () => {
    const field = part(await view({ ...sample, opgave: { ...sample.opgave, beskrivelse: '   ' } }), 'opgave');
    expect(entry(field, 'Opgaven')).to.equal(undefined);
    expect(unfilled(field)).to.deep.equal(['Opgaven']);
  });

  it('shows everyday work: the transition and the anchoring items under their kind', async () => {
    const el = await view();
    const field = text(part(el, 'hverdag'));
    expect(field).to.include('Individuel');
    expect(field).to.include(sample.hverdag.overgang.beskrivelse);
    expect(field).to.include('Ansvarlig: Ressourceperson · 15. april 2027 · Udført');
    const kinds = [...part(el, 'hverdag').querySelectorAll('h5')].map((h) => h.textContent);
    expect(kinds).to.have.length(4);
    const items = [...part(el, 'hverdag').querySelectorAll('h5 + ul')].map((ul) => ul.querySelectorAll('li').length);
    expect(items).to.deep.equal([1, 2, 1, 1]);
  });

  it('keeps the date after a responsible person whose name holds a right-to-left override reading left to right', async () => {
    const item = { id: 'f1', type: 'loebende-stoette', beskrivelse: 'Sparring', ansvarlig: '\u202Erednel', dato: '2027-04-15', udfoert: false };
    const el = await view({ schemaVersion: 1, hverdag: { forankring: [item] } });
    const date = [...part(el, 'hverdag').querySelectorAll('.meta')].flatMap((m) => [...m.childNodes]).find((n) => n.textContent!.includes('2027'))!;
    const left = (offset: number) => {
      const range = document.createRange();
      range.setStart(date, offset);
      range.setEnd(date, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const [first, last] = [date.textContent!.indexOf('15'), date.textContent!.indexOf('2027') + 3];
    expect(left(first), '"15" left of "2027", as written').to.be.below(left(last));
  });

  it('says "Ikke udfyldt" in every field of an empty plan, and no condition is met', async () => {
    const el = await view({ schemaVersion: 1 });
    expect(root(el).querySelector('h2')!.textContent).to.equal('Plan uden titel');
    for (const id of ['opgave', 'perspektiv', 'laeringsmaal', 'traeningsbane', 'hverdag']) {
      expect(text(part(el, id)), id).to.include('Ikke udfyldt');
      expect(text(part(el, id)), id).to.include('ikke opfyldt endnu');
    }
    expect(text(part(el, 'summary'))).to.include('0 af 5');
  });

  it('shows mobility only where the plan has an arrangement or a mobility learning form is chosen', async () => {
    const headings = (el: KompetencePlanVisning) => [...part(el, 'traeningsbane').querySelectorAll('h4')].map((h) => h.textContent);
    // A plan without mobility has nothing missing there: no "Mobilitet" with "Ikke udfyldt" under it.
    const without = await view({ ...sample, mobilitet: [] });
    expect(headings(without)).to.not.include('Mobilitet');
    const chosen = await view({ ...sample, mobilitet: [], traeningsbane: { ...sample.traeningsbane, laeringsformer: ['mentorforloeb', 'udstationering'] } });
    expect(headings(chosen)).to.include('Mobilitet');
    expect(text(part(chosen, 'traeningsbane'))).to.match(/Mobilitet\s*Ikke udfyldt/);
    expect(headings(await view())).to.include('Mobilitet');
  });

  it('reads a plan begun as what it holds: what is empty is named once per field, section or arrangement, not under every label', async () => {
    // The kindergarten example fills some of each field. Each label had its own "Ikke udfyldt" (14 in all).
    const el = await view(examples.boernehus);
    const all = text(part(el, 'view'));
    expect(all.match(/Ikke udfyldt/g), all).to.have.length(7);
    expect([...root(el).querySelectorAll('[part~="field"] dd')].map((dd) => dd.textContent), 'no term with an empty value').not.to.include('Ikke udfyldt');
    const lines = (id: string) => [...part(el, id).querySelectorAll('p.empty')].map((p) => text(p).trim());
    expect(lines('opgave')).to.deep.equal(['Ikke udfyldt: Anledning til ændringen', 'Ikke udfyldt']);
    expect(text(part(el, 'opgave')), 'an empty section says so under its heading').to.match(/Ansvarstrappen\s*Ikke udfyldt\s*$/);
    expect(unfilled(part(el, 'perspektiv'))).to.deep.equal(['Andre måder at forstå ændringen på']);
    expect(text(part(el, 'hverdag'))).to.match(/Overgang til hverdag\s*Ikke udfyldt\s*Forankring/);
    expect(unfilled(part(el, 'hverdag')), 'the kinds of anchoring with no agreement').to.deep.equal(['Opfølgning på mål', 'Løbende støtte']);
    expect([...part(el, 'laeringsmaal').querySelectorAll('h4')].map((h) => h.textContent), 'the levels chosen').to.deep.equal(['Rolle', 'Metoder og teknikker']);
    expect(unfilled(part(el, 'laeringsmaal'))).to.deep.equal(['Faglig viden']);
    expect(unfilled(part(el, 'traeningsbane'))).to.deep.equal(['Former for feedback', 'Periode', 'Spilleregler', 'Hvem løser opgaverne, mens nogen træner?', 'Læringsformer']);
    // Filled and not filled apart: what is filled is a term with its value, the rest only named.
    const terms = [...part(el, 'traeningsbane').querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).to.deep.equal(['Vidensopbygning', 'Afprøvning', 'Feedback']);
  });

  it('shows a mobility arrangement however empty, saying once that it is not filled in', async () => {
    const plan = { schemaVersion: 1, mobilitet: [{ id: 'm1', form: 'udlaan', modtagende: 'Jobcentret' }, { id: 'm2' }] };
    const [first, second] = [...part(await view(plan, 'en'), 'traeningsbane').querySelectorAll('.item')];
    expect(entry(first!, 'Receiving workplace')).to.equal('Jobcentret');
    expect(text(first!).match(/Not filled in/g)).to.have.length(1);
    expect(unfilled(first!)).to.include.members(['Sending workplace', 'Holidays', 'Sickness']);
    expect(text(second!).trim()).to.equal('Mobility Not filled in');
  });

  it('shows an empty field\'s heading, question and status, then "Ikke udfyldt" once, with no empty sections', async () => {
    const el = await view({ schemaVersion: 1, opgave: { beskrivelse: 'Medicingivning' } });
    for (const id of ['perspektiv', 'laeringsmaal', 'traeningsbane', 'hverdag']) {
      const field = part(el, id);
      expect(text(field).match(/Ikke udfyldt/g), id).to.have.length(1);
      expect(field.lastElementChild!.textContent, id).to.equal('Ikke udfyldt');
      expect(field.querySelectorAll('h4, h5, dl').length, id).to.equal(0);
    }
  });

  it('says under each field not yet met what its condition lacks, as the model\'s gaps name it', async () => {
    for (const plan of [...Object.values(examples), createPlan()]) {
      for (const lang of ['da', 'en'] as const) {
        const el = await view(plan, lang);
        for (const id of fieldIds) {
          const status = text(part(el, id).querySelector('.status')!);
          const gaps = fieldGaps(plan, id, { lang });
          if (!gaps.length) expect(status, `${plan.titel} ${id}`).to.equal(lang === 'da' ? 'Feltet er opfyldt.' : "This field's condition is met.");
          for (const gap of gaps) expect(status, `${plan.titel} ${id}`).to.include(gap).and.match(lang === 'da' ? /^Feltet er ikke opfyldt endnu\. Mangler: / : /^This field's condition is not met yet\. Missing: /);
        }
      }
    }
  });

  it('still shows everything each worked example holds', async () => {
    for (const id of exampleIds) {
      const plan = examples[id];
      const el = await view(plan);
      const shown = shownTexts(root(el)).join('\n');
      for (const written of userStrings(plan)) expect(shown, `${id}: ${written}`).to.include(written.trim().split('\n')[0]!);
      expect(part(el, 'opgave').querySelectorAll('.items > li'), `${id}: groups`).to.have.length(plan.ansvar.length);
      expect(part(el, 'hverdag').querySelectorAll('.items > li'), `${id}: agreements`).to.have.length(plan.hverdag.forankring.length);
      expect(part(el, 'traeningsbane').querySelectorAll('.item'), `${id}: arrangements`).to.have.length(plan.mobilitet.length);
      const forms = entry(part(el, 'traeningsbane'), 'Læringsformer') ?? '';
      expect(forms.split(', ').length, `${id}: forms`).to.equal(plan.traeningsbane.laeringsformer.length || 1);
    }
  });

  it('says "Not filled in" in English', async () => {
    const el = await view({ schemaVersion: 1 }, 'en');
    expect(text(part(el, 'perspektiv'))).to.include('Not filled in');
    expect(root(el).querySelector('h2')!.textContent).to.equal('Untitled plan');
  });

  it('sums up how many of the five conditions the plan meets', async () => {
    for (const id of ['plejecenter-maaltid', 'jobcenter'] as const) {
      const plan = examples[id];
      const el = await view(plan);
      const { score, criteria } = completeness(plan);
      expect(text(part(el, 'summary'))).to.equal(`${score} af 5 betingelser for systematisk kompetenceudvikling er opfyldt.`);
      expect(text(part(el, 'hverdag'))).to.include(criteria.hverdag ? 'Feltet er opfyldt' : 'ikke opfyldt endnu');
    }
  });

  it('says in English that one condition "is met", and more "are met"', async () => {
    const one = createPlan({ perspektiv: { ...createPlan().perspektiv, kerneopgave: 'Beboerne får ro ved måltidet.' } });
    expect(completeness(one).score).to.equal(1);
    expect(text(part(await view(one, 'en'), 'summary'))).to.equal('1 of the 5 conditions for systematic competence development is met.');
    expect(text(part(await view({ schemaVersion: 1 }, 'en'), 'summary'))).to.equal('0 of the 5 conditions for systematic competence development are met.');
  });

  it('lists the model\'s advice under each field only with the advice attribute', async () => {
    const plan = examples.boernehus;
    const without = await view(plan);
    expect(root(without).querySelectorAll('[data-advice]').length).to.equal(0);
    const el = await view(plan, 'en', 'advice');
    const expected = advise(plan, { lang: 'en' });
    expect(expected.length).to.be.greaterThan(0);
    for (const id of ['opgave', 'perspektiv', 'laeringsmaal', 'traeningsbane', 'hverdag']) {
      const shown = [...part(el, id).querySelectorAll('[data-advice]')].map((li) => li.getAttribute('data-advice'));
      expect(shown, id).to.deep.equal(expected.filter((a) => a.field === id).map((a) => a.id));
    }
    expect(text(root(el).querySelector('[data-advice]')!)).to.include(expected[0]!.message);
  });

  it('says "No advice." under a field the advice leaves alone, in the word its heading uses', async () => {
    const plan = examples.boernehus;
    for (const lang of ['da', 'en'] as const) {
      const el = await view(plan, lang, 'advice');
      const quiet = fieldIds.filter((id) => !advise(plan, { lang }).some((a) => a.field === id));
      expect(quiet.length, 'a field without advice').to.be.greaterThan(0);
      for (const id of quiet) expect(text(part(el, id).querySelector('p[part="advice"]')!), id).to.equal(lang === 'da' ? 'Ingen råd.' : 'No advice.');
    }
  });

  it('formats dates for the language', async () => {
    const el = await view(sample, 'en');
    expect(text(part(el, 'traeningsbane'))).to.include('10 January 2027 – 1 March 2027');
    expect(text(part(el, 'header'))).to.include('1 January 2025');
  });

  it('keeps the line breaks of multi-line text', async () => {
    const el = await view();
    const dd = [...part(el, 'opgave').querySelectorAll('dd')].find((d) => d.textContent!.includes('Beboerne venter'))!;
    expect(dd.textContent).to.equal(sample.opgave.situationNu);
    expect(dd.getClientRects()[0]!.height).to.be.greaterThan(parseFloat(getComputedStyle(dd).lineHeight) * 1.5);
  });

  it('shows the requirements list in its value without a blank line above or below it', async () => {
    const el = await view({ ...sample, opgave: { ...sample.opgave, krav: { konkretSituation: true, kanHaandteresAnderledes: false, ansvarTydeligt: true } } });
    const dt = [...part(el, 'opgave').querySelectorAll('dt')].find((d) => d.textContent === 'Krav til opgaven')!;
    const dd = dt.nextElementSibling as HTMLElement;
    const items = dd.querySelectorAll('li');
    const box = dd.getBoundingClientRect();
    const lineHeight = parseFloat(getComputedStyle(dd).lineHeight);
    expect(items[0]!.getBoundingClientRect().top - box.top, 'space above the first requirement').to.be.below(1);
    expect(box.bottom - items[2]!.getBoundingClientRect().bottom, 'space below the last').to.be.below(lineHeight / 2);
  });

  it('leaves the same space above "Ikke udfyldt" under a wide field\'s answers as under a narrow one\'s', async () => {
    const el = await view({ ...sample, perspektiv: { ...sample.perspektiv, fortolkninger: '' } });
    const gaps: number[] = [];
    for (const width of [1400, 500]) {
      el.parentElement!.style.width = `${width}px`;
      await nextFrame();
      const field = part(el, 'perspektiv');
      const answers = [...field.querySelectorAll('dd')];
      gaps.push(field.querySelector('p.empty')!.getBoundingClientRect().top - answers.at(-1)!.getBoundingClientRect().bottom);
    }
    expect(gaps[0], 'wide: answers beside their labels').to.be.closeTo(gaps[1]!, 1);
    expect(gaps[1], 'narrow').to.be.greaterThan(4);
  });

  it('shows line breaks from any system (LF, CR LF, a lone CR)', async () => {
    const el = await view({ ...sample, opgave: { ...sample.opgave, situationNu: 'Morgen\rMiddag\r\nAften\nNat' } });
    const dd = [...part(el, 'opgave').querySelectorAll('dd')].find((d) => d.textContent!.startsWith('Morgen'))!;
    const lineHeight = parseFloat(getComputedStyle(dd).lineHeight);
    expect(Math.round(dd.getBoundingClientRect().height / lineHeight), 'four lines').to.equal(4);
  });

  it('shows "Senest ændret" only when the given plan says when it was changed (not the time it was shown)', async () => {
    const updated = (el: KompetencePlanVisning) => entry(part(el, 'header'), 'Senest ændret');
    expect(updated(await view(sample)), 'object').to.equal('1. januar 2025');
    expect(updated(await view(JSON.stringify(sample))), 'JSON').to.equal('1. januar 2025');
    expect(updated(await view({ schemaVersion: 1, titel: 'Uden tid' })), 'object without updatedAt').to.equal(undefined);
    expect(updated(await view(none, 'da', `plan='{"schemaVersion":1,"titel":"Uden tid"}'`)), 'attribute without updatedAt').to.equal(undefined);
    expect(updated(await view(none)), 'no plan').to.equal(undefined);
    const el = await view({ schemaVersion: 1 });
    el.plan = { ...sample, updatedAt: '2026-03-05T10:00:00.000Z' };
    await el.updateComplete;
    expect(updated(el), 'a later plan with a date').to.equal('5. marts 2026');
    el.plan = '{"schemaVersion":1}';
    await el.updateComplete;
    expect(updated(el), 'and one without again').to.equal(undefined);
  });

  it('marks the plan\'s own text with content-lang (WCAG 3.1.2), and only that', async () => {
    const user = userStrings(sample);
    const el = await view(sample, 'en', 'content-lang="da"');
    expect(el.contentLang).to.equal('da');
    const marked = [...root(el).querySelectorAll('[lang]')];
    expect(marked.length).to.be.greaterThan(20);
    for (const node of marked) {
      expect(node.getAttribute('lang')).to.equal('da');
      expect(user.has(node.textContent!.trim()), `marked but not the plan's text: "${node.textContent}"`).to.equal(true);
    }
    const shown = (value: string) => [...root(el).querySelectorAll('.text')].find((node) => node.textContent!.trim() === value);
    for (const value of [sample.titel, sample.opgave.situationNu, sample.ansvar[0]!.maalgruppe, sample.laeringsmaal.rolle.beskrivelse,
      sample.traeningsbane.spilleregler, sample.mobilitet[0]!.modtagende, sample.hverdag.forankring[0]!.beskrivelse, sample.hverdag.forankring[0]!.ansvarlig]) {
      expect(shown(value)?.getAttribute('lang'), value).to.equal('da');
    }
    const reasons = [...part(el, 'opgave').querySelectorAll('dt')].find((dt) => dt.textContent === 'Reason for the change')!.nextElementSibling!;
    expect(reasons.hasAttribute('lang'), 'catalog names are in the UI language').to.equal(false);
    await expectAccessible(el);

    const empty = await view({ schemaVersion: 1 }, 'en', 'content-lang="da"');
    expect(root(empty).querySelectorAll('[lang]').length, '"Untitled plan", "Not filled in" are the UI\'s').to.equal(0);
    const same = await view(sample, 'en');
    expect(same.contentLang).to.equal(null);
    expect(root(same).querySelectorAll('[lang]').length, 'unset: nothing marked').to.equal(0);
    same.contentLang = 'da';
    await same.updateComplete;
    expect(root(same).querySelector('h2')!.getAttribute('lang')).to.equal('da');
  });

  it('accepts the plan as JSON by attribute and property, and reads back the parsed plan', async () => {
    const el = await view(none, 'da', `plan='${JSON.stringify({ schemaVersion: 1, titel: 'Fra attribut' })}'`);
    expect(el.plan.titel).to.equal('Fra attribut');
    expect(el.plan.opgave.beskrivelse).to.equal('');
    el.plan = JSON.stringify(examples.barselsafsnit);
    await el.updateComplete;
    expect(root(el).querySelector('h2')!.textContent).to.equal(examples.barselsafsnit.titel);
  });

  it('fits a 320 px window (400 % zoom) with text spacing for every worked example', async () => {
    for (const plan of Object.values(examples)) await expectReflow(await view(plan));
  });

  it('shows two columns in a wide container and one in a narrow one', async () => {
    const el = await view();
    const columns = () => getComputedStyle(root(el).querySelector('.figure')!).gridTemplateColumns.split(' ').length;
    el.parentElement!.style.width = '1000px';
    await nextFrame();
    expect(columns()).to.equal(2);
    el.parentElement!.style.width = '320px';
    await nextFrame();
    expect(columns()).to.equal(1);
    expect(root(el).querySelector('.figure')!.scrollWidth).to.be.at.most(320);
  });

  describe('in print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
    });

    it('is one column, black on white, with no controls, goals, items and answers kept whole and labels kept with what follows', async () => {
      const el = await view(sample, 'da', 'advice');
      el.parentElement!.style.width = '1000px';
      await nextFrame();
      const figure = root(el).querySelector<HTMLElement>('.figure')!;
      expect(getComputedStyle(figure).gridTemplateColumns.split(' ').length, 'two columns on screen').to.equal(2);

      await emulateMedia({ media: 'print' });
      await nextFrame();
      expect(getComputedStyle(figure).display).to.equal('block');
      const [strategic, learning] = [part(el, 'strategic'), part(el, 'learning')];
      expect(learning.getBoundingClientRect().top, 'learning side below the strategic side').to.be.at.least(
        strategic.getBoundingClientRect().bottom,
      );
      // A tall field may run over two pages (kept whole, it left most of a page blank); what it
      // holds is kept whole.
      const fields = root(el).querySelectorAll('[part~="field"]');
      expect(fields).to.have.length(5);
      for (const field of fields) {
        expect(getComputedStyle(field).breakInside).to.equal('auto');
      }
      const pieces = root(el).querySelectorAll('.level, .item, dd, .items > li');
      expect(pieces.length).to.be.greaterThan(10);
      expect(root(el).querySelectorAll('.items > li').length, 'groups and anchoring items').to.be.greaterThan(2);
      for (const piece of pieces) expect(getComputedStyle(piece).breakInside).to.equal('avoid');
      // Not left alone at the bottom of a page: headings, terms and the side labels. A term beside
      // its answer (a grid row) needs no rule, and one would hold the whole list together.
      const labels = root(el).querySelectorAll('h2, h3, h4, dt, .side-name, .field > .hint, .field > .status');
      expect(labels.length).to.be.greaterThan(10);
      for (const label of labels) {
        const besideItsAnswer = label.localName === 'dt' && getComputedStyle(label.parentElement!).display === 'grid';
        expect(getComputedStyle(label).breakAfter, label.textContent!).to.equal(besideItsAnswer ? 'auto' : 'avoid');
      }
      expect(root(el).querySelectorAll('dl').length).to.be.greaterThan(0);
      expect(root(el).querySelectorAll('.side-name').length).to.equal(2);
      const controls = [...root(el).querySelectorAll('button, input, select, textarea, a[href], [tabindex]')];
      expect(controls.filter((c) => getComputedStyle(c).display !== 'none').map(described)).to.deep.equal([]);
      expect(getComputedStyle(root(el).querySelector('h3')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(root(el).querySelector('.status')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(root(el).querySelector('[part~="field"]')!).borderTopColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    });
  });
});
