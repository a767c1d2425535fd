import { ContextProvider } from '@lit/context';
import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/traeningsbane-plan.js';
import type { LaeringsformVaelger } from '../../src/elements/laeringsform-vaelger/laeringsform-vaelger.js';
import type { TraeningsbanePlan } from '../../src/elements/traeningsbane-plan/traeningsbane-plan.js';
import { KompetenceChangeEvent } from '../../src/internal/events.js';
import { planContext } from '../../src/internal/plan-context.js';
import { advise } from '../../src/model/advice.js';
import { learningFormTable } from '../../src/model/catalog/learning-forms.js';
import { examples } from '../../src/model/examples/index.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan, Traeningsbane } from '../../src/model/plan.js';
import { accessibleNames, accessibleStates } from '../helpers/accessibility-tree.js';
import { expectAccessible } from '../helpers/axe.js';
import { openFolded } from '../helpers/chooser.js';
import { runConformance } from '../helpers/conformance.js';
import { expectSameNode, expectSameNodes } from '../helpers/dom.js';
import { clearDateParts, typeWithoutPause } from '../helpers/keyboard.js';

const sample: Traeningsbane = {
  vidensopbygning: 'Oplæg om den nye samtalemetode på et personalemøde.',
  afproevning: 'Rollespil i par, derefter samtaler med borgere, med en kollega ved siden af.',
  feedback: 'Kort snak med kollegaen efter hver samtale.',
  feedbackformer: ['instruerende', 'reflekterende'],
  laeringsformer: ['traeningsworkshop'],
  periode: { start: '2026-09-01', slut: '2026-11-30' },
  spilleregler: 'Her må man prøve og fejle; vi taler om det, der lykkedes, før det, der ikke gjorde.',
  daekning: 'En vikar tager to vagter om ugen.',
};

const empty: Traeningsbane = {
  vidensopbygning: '', afproevning: '', feedback: '', feedbackformer: [], laeringsformer: [], spilleregler: '', daekning: '',
};

runConformance({
  tag: 'traeningsbane-plan',
  sample,
  withUserText: (text) => ({ ...sample, vidensopbygning: text, spilleregler: text }),
  badAttributeValues: [
    '{not json',
    '[]',
    '{"feedbackformer": ["skaeld-ud"]}',
    '{"laeringsformer": ["ukendt-form"]}',
    '{"periode": {"start": "1. maj"}}',
    '{"vidensopbygning": 5}',
    '{"spilleregl": "x"}',
  ],
  badPropertyValues: [42, 'x', { feedbackformer: 'vurderende' }, { laeringsformer: [['temadag']] }],
  keyboardEdit: async () => {
    // Focus is in the first tempo's text.
    await sendKeys({ type: ' Og en temadag.' });
  },
  sameInBothLanguages: ['Feedback', 'feedback', 'Coaching', 'Seminar'],
  filterControls: '.checks input, #family',
  plan: {
    sample: { traeningsbane: sample } as unknown as Plan,
    read: (plan) => plan.traeningsbane,
  },
  incomplete: { ...sample, afproevning: '', laeringsformer: [] },
});

const q = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector);
const adviceIds = (el: TraeningsbanePlan) =>
  [...el.shadowRoot!.querySelectorAll('[data-advice]')].map((li) => li.getAttribute('data-advice'));
const chooser = (el: TraeningsbanePlan) => q<LaeringsformVaelger>(el, 'laeringsform-vaelger')!;
const formBox = (el: TraeningsbanePlan, id: string) => q<HTMLInputElement>(chooser(el), `input[data-form="${id}"]`)!;
/** Each tempo's status as shown (screen readers also hear "Status:" / "Coverage:" before it, in its description). */
const coverage = (el: TraeningsbanePlan) =>
  [...el.shadowRoot!.querySelectorAll('[part="coverage"]')].map((s) => s.textContent!.replace(/^(Status|Coverage): /, ''));

async function plan(value: Partial<Traeningsbane> = {}, attrs = ''): Promise<TraeningsbanePlan> {
  const wrap = await fixture<HTMLElement>(`<div><traeningsbane-plan ${attrs}></traeningsbane-plan></div>`);
  const el = wrap.firstElementChild as TraeningsbanePlan;
  el.value = { ...empty, ...value };
  await el.updateComplete;
  await chooser(el).updateComplete;
  return el;
}

/**
 * The element inside a plan context, as <kompetence-model> provides it: edits go through the
 * context and come back as a new plan. `provide` hands it a plan as another element's edit would.
 */
async function inPlan(base: Plan) {
  const host = await fixture<HTMLElement>(html`<div><traeningsbane-plan></traeningsbane-plan></div>`);
  const provider = new ContextProvider(host, { context: planContext });
  let current = base;
  let edits = 0;
  const provide = (p: Plan) => {
    current = p;
    provider.setValue({ plan: p, edit: (update) => { edits += 1; provide(update(current)); } });
  };
  provide(base);
  // Connected again, so it finds the provider that was attached after it rendered.
  const el = host.querySelector('traeningsbane-plan')!;
  el.remove();
  host.append(el);
  await el.updateComplete;
  await nextFrame();
  return { el, provide, current: () => current, edits: () => edits };
}

function changes(el: HTMLElement): Traeningsbane[] {
  const values: Traeningsbane[] = [];
  el.addEventListener('kompetence-change', (e) => values.push((e as CustomEvent<{ value: Traeningsbane }>).detail.value));
  return values;
}

/** Types into a text the way a user does, then waits for the advice to settle. */
async function typeInto(el: TraeningsbanePlan, id: string, text: string): Promise<void> {
  q<HTMLTextAreaElement>(el, `#${id}`)!.focus();
  await sendKeys({ type: text });
  await aTimeout(800);
  await el.updateComplete;
}

/** Checks a learning form in the nested chooser with the keyboard. */
async function choose(el: TraeningsbanePlan, id: string): Promise<void> {
  await openFolded(chooser(el));
  formBox(el, id).focus();
  await sendKeys({ press: 'Space' });
  await el.updateComplete;
  await chooser(el).updateComplete;
}

describe('<traeningsbane-plan> behaviour', () => {
  it('sends one change, not two, when the page moves the element while a date is half typed (the box completes it as it loses focus)', async () => {
    const el = await plan();
    const sent = changes(el);
    q<HTMLInputElement>(el, '#start')!.focus();
    await sendKeys({ type: '2.50' });
    document.body.append(el);
    await el.updateComplete;
    expect(sent.length, 'at most the one the browser completed').to.be.below(2);
    el.remove();
  });

  it('asks for the period, the rules of play and the cover before the learning forms, whose families are folded while no goal is chosen', async () => {
    // The period completes the field: below some 40 forms with their facts it was 6,000 px down.
    const el = await plan({}, 'style="width: 700px"');
    const following = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    const forms = q(el, '[part="forms"]')!;
    for (const id of ['#start', '#slut', '#spilleregler', '#daekning']) expect(following(q(el, id)!, forms), id).to.equal(true);
    expect(q(chooser(el), '.forms input[data-form]'), 'no form drawn before a family is opened').to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.below(2600);
  });

  it('hands its chooser the same goals while an edit leaves the plan\'s goals alone (new arrays re-rendered it at every key typed)', async () => {
    const base = createPlan({ laeringsmaal: { ...createPlan().laeringsmaal, rolle: { typer: [], beskrivelse: 'Tager ansvar for måltidet' } } });
    const { el } = await inPlan(base);
    const goals = chooser(el).goals;
    expect(goals, 'the plan\'s goal').to.deep.equal(['rolle']);
    q<HTMLTextAreaElement>(el, '#spilleregler')!.focus();
    await sendKeys({ type: 'ab' });
    await el.updateComplete;
    await aTimeout(50);
    expect(chooser(el).goals === goals, 'the same array').to.equal(true);
  });

  it('points "Gå til" on a missing period at the end date when the start is given', async () => {
    const el = await fixture<TraeningsbanePlan>(html`<traeningsbane-plan .value=${{ ...createPlan().traeningsbane, periode: { start: '2027-01-01' } }}></traeningsbane-plan>`);
    expectSameNodes(el.adviceControls('periode-mangler'), [el.shadowRoot!.querySelector('#slut')]);
  });

  it('lets one event reach the page for an edit in its chooser, also from a chooser of another copy of the package (its event is composed)', async () => {
    const el = await fixture<TraeningsbanePlan>(html`<traeningsbane-plan></traeningsbane-plan>`);
    const heard: unknown[] = [];
    const hear = (e: Event) => heard.push((e as CustomEvent<{ value: unknown }>).detail.value);
    document.addEventListener('kompetence-change', hear);
    try {
      chooser(el).dispatchEvent(new KompetenceChangeEvent({ value: ['temadag'] }, true));
      await el.updateComplete;
      expect(heard).to.deep.equal([{ ...createPlan().traeningsbane, laeringsformer: ['temadag'] }]);
    } finally {
      document.removeEventListener('kompetence-change', hear);
    }
  });

  it('warns of the big pitfall when only knowledge building is filled in, until a form covers trying out and feedback', async () => {
    const el = await plan({ periode: { start: '2026-09-01', slut: '2026-11-30' }, spilleregler: 'Vi må fejle', daekning: 'Vikarer' });
    expect(adviceIds(el)).to.deep.equal(['traeningsbane-tom']);
    await typeInto(el, 'vidensopbygning', 'Temadag om måltidets betydning');
    expect(adviceIds(el)).to.deep.equal(['traeningsbane-kun-viden']);
    const warning = q(el, '[data-advice="traeningsbane-kun-viden"]')!;
    expect(warning.className).to.equal('warning');
    expect(warning.textContent).to.include('afprøvning og feedback');
    expect(warning.closest('[aria-live="polite"]')).to.not.equal(null);
    expect(coverage(el)).to.deep.equal(['dækket', 'mangler', 'mangler']);
    // The hint, ending in a full stop, then the status, said to be one: read as two sentences.
    expect(q(el, '#afproevning')!.getAttribute('aria-describedby')).to.equal('afproevning-h afproevning-s');
    expect(q(el, '#afproevning-s')!.textContent).to.equal('Status: mangler');

    // Side-by-side training covers trying out and feedback: the warning goes at once.
    await choose(el, 'sidemandsoplaering');
    expect(el.value.laeringsformer).to.deep.equal(['sidemandsoplaering']);
    expect(adviceIds(el)).to.deep.equal([]);
    expect(coverage(el)).to.deep.equal(['dækket', 'dækket af en valgt læringsform', 'dækket af en valgt læringsform']);
  });

  it('says which tempo is missing when knowledge building is, and accepts the tempi as text', async () => {
    const el = await plan({ periode: { start: '2026-09-01', slut: '2026-11-30' }, spilleregler: 'Vi må fejle', daekning: 'Vikarer' });
    await typeInto(el, 'afproevning', 'Rollespil');
    await typeInto(el, 'feedback', 'Status på personalemødet');
    expect(adviceIds(el)).to.deep.equal(['tempo-mangler']);
    expect(q(el, '[data-advice="tempo-mangler"]')!.textContent).to.include('vidensopbygning');
    await typeInto(el, 'vidensopbygning', 'Oplæg');
    expect(adviceIds(el)).to.deep.equal([]);
  });

  it('has the nested chooser count a tempo its texts cover as covered, not missing (it said "ikke dækket" beside a tempo shown covered)', async () => {
    const tempiOfMix = (el: TraeningsbanePlan) => [...chooser(el).shadowRoot!.querySelectorAll('[part="tempi"] li')]
      .map((li) => `${li.className}: ${li.textContent!.replace(/\s+/g, ' ').trim()}`);
    const el = await plan({ afproevning: 'Rollespil i par', feedback: 'Kollegaen siger sin mening', laeringsformer: ['temadag'] });
    expect(coverage(el)).to.deep.equal(['dækket af en valgt læringsform', 'dækket', 'dækket']);
    expect(tempiOfMix(el)).to.deep.equal([
      'covered: Vidensopbygning: dækket',
      'covered: Afprøvning: dækket af din tekst ovenfor',
      'covered: Feedback: dækket af din tekst ovenfor',
    ]);
    // What neither the texts nor the forms cover is still missing, and a text emptied is missing again.
    el.value = { ...el.value, feedback: '' };
    await el.updateComplete;
    await chooser(el).updateComplete;
    expect(tempiOfMix(el)[2]).to.equal('missing: Feedback: ikke dækket af de valgte former');
    el.lang = 'en';
    await el.updateComplete;
    await chooser(el).updateComplete;
    expect(tempiOfMix(el)[1]).to.equal('covered: Trying out: covered by your text above');
  });

  it('waits for a pause in typing before it refreshes the advice', async () => {
    const el = await plan({ periode: { start: '2026-09-01', slut: '2026-11-30' }, spilleregler: 'Vi må fejle', daekning: 'Vikarer' });
    typeWithoutPause(q<HTMLTextAreaElement>(el, '#vidensopbygning')!, 'Oplæg');
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['traeningsbane-tom']);
    await aTimeout(800);
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['traeningsbane-kun-viden']);
  });

  it('turns a choice in the nested chooser into exactly one kompetence-change on the host', async () => {
    const el = await plan({ vidensopbygning: 'Oplæg', feedbackformer: ['vurderende'] });
    const onHost = changes(el);
    const outer = changes(el.parentElement!);
    await choose(el, 'temadag');
    await aTimeout(50);
    expect(onHost.length).to.equal(1);
    expect(outer.length).to.equal(1);
    expect(onHost[0]).to.deep.equal({ ...empty, vidensopbygning: 'Oplæg', feedbackformer: ['vurderende'], laeringsformer: ['temadag'] });
    expect(el.value.laeringsformer).to.deep.equal(['temadag']);
    expect(chooser(el).value).to.deep.equal(['temadag']);

    await choose(el, 'sidemandsoplaering');
    expect(onHost.length).to.equal(2);
    expect(onHost[1]!.laeringsformer).to.deep.equal(['temadag', 'sidemandsoplaering']);
  });

  it('keeps a composed change of its chooser inside, as another copy of the package\'s chooser sends it', async () => {
    const el = await plan({});
    const heard: string[] = [];
    const listen = (e: Event) => heard.push((e.target as Element).localName);
    document.addEventListener('kompetence-change', listen);
    try {
      // A chooser of another copy (the bundle beside a per-element module) does not know this element
      // for one of its own, so its event is composed.
      chooser(el).dispatchEvent(new KompetenceChangeEvent({ value: ['temadag'] }, true));
      expect(heard).to.deep.equal(['traeningsbane-plan']);
      expect(el.value.laeringsformer).to.deep.equal(['temadag']);
    } finally {
      document.removeEventListener('kompetence-change', listen);
    }
  });

  it('drives the chooser by property: code sets the forms, the goals and the experience', async () => {
    const el = await plan({ laeringsformer: ['foelordning'] }, 'goals="metoder" experience="begyndere"');
    // Forms shown for methods: the forms not recommended are folded away, their boxes rendered once opened.
    await openFolded(chooser(el));
    const onHost = changes(el);
    expect(chooser(el).value).to.deep.equal(['foelordning']);
    expect(chooser(el).goals).to.deep.equal(['metoder']);
    expect(chooser(el).experience).to.deep.equal(['begyndere']);
    expect(formBox(el, 'foelordning').checked).to.equal(true);
    el.value = { ...el.value, laeringsformer: ['supervision'] };
    await el.updateComplete;
    await chooser(el).updateComplete;
    expect(formBox(el, 'supervision').checked).to.equal(true);
    expect(formBox(el, 'foelordning').checked).to.equal(false);
    el.goals = ['rolle'];
    el.setAttribute('experience', 'meget-erfarne, lidt-erfarne');
    await el.updateComplete;
    await chooser(el).updateComplete;
    expect(chooser(el).goals).to.deep.equal(['rolle']);
    expect(chooser(el).experience).to.deep.equal(['meget-erfarne', 'lidt-erfarne']);
    expect(onHost).to.deep.equal([]);
  });

  it('passes unknown goals to the chooser, which skips them, says so and fires kompetence-invalid on the host', async () => {
    const wrap = await fixture<HTMLElement>('<div></div>');
    const invalid: CustomEvent[] = [];
    wrap.addEventListener('kompetence-invalid', (e) => invalid.push(e as CustomEvent));
    wrap.innerHTML = '<traeningsbane-plan goals="metoder hygge"></traeningsbane-plan>';
    const el = wrap.firstElementChild as TraeningsbanePlan;
    await el.updateComplete;
    await chooser(el).updateComplete;
    expect(invalid.length).to.equal(1);
    expectSameNode(invalid[0]!.target as Node | null, el);
    // As the page gave it (the host's attribute), with the unknown id's place in it.
    expect(invalid[0]!.detail.source).to.equal('attribute');
    expect(invalid[0]!.detail.issues.map((i: { path: unknown }) => i.path)).to.deep.equal([['goals', 1]]);
    expect(chooser(el).goals).to.deep.equal(['metoder']);
    expect(q(chooser(el), '[role="alert"]:not(:empty)')!.textContent).to.include('hygge');
    el.goals = ['hygge' as never, 'rolle'];
    await el.updateComplete;
    expect(invalid.length).to.equal(2);
    expect(invalid[1]!.detail.source).to.equal('property');
    expect(invalid[1]!.detail.issues.map((i: { path: unknown }) => i.path)).to.deep.equal([['goals', 0]]);
  });

  it('saves the kinds of feedback in their order, each shown with its question', async () => {
    const el = await plan();
    const values = changes(el);
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="feedback-kinds"] input')];
    expect(boxes.map((b) => b.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Vurderende: Er opgaven løst rigtigt?',
      'Instruerende: Hvad skal du gøre anderledes?',
      'Reflekterende: Hvad fik du ud af at gøre, som du gjorde?',
    ]);
    boxes[2]!.focus();
    await sendKeys({ press: 'Space' });
    boxes[0]!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.feedbackformer).to.deep.equal(['vurderende', 'reflekterende']);
    expect(values.at(-1)!.feedbackformer).to.deep.equal(['vurderende', 'reflekterende']);
  });

  it('saves the period, keeps a single date and leaves out an empty period', async () => {
    const el = await plan({ vidensopbygning: 'Oplæg' });
    const values = changes(el);
    const pick = async (id: string, date: string) => {
      const input = q<HTMLInputElement>(el, `#${id}`)!;
      input.value = date;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    };
    expect(adviceIds(el)).to.include('periode-mangler');
    await pick('start', '2026-09-01');
    expect(el.value.periode).to.deep.equal({ start: '2026-09-01' });
    await pick('slut', '2026-11-30');
    expect(el.value.periode).to.deep.equal({ start: '2026-09-01', slut: '2026-11-30' });
    expect(values.at(-1)!.periode).to.deep.equal({ start: '2026-09-01', slut: '2026-11-30' });
    await aTimeout(800);
    await el.updateComplete;
    expect(adviceIds(el)).not.to.include('periode-mangler');

    await pick('slut', '2026-08-01');
    await aTimeout(800);
    await el.updateComplete;
    expect(adviceIds(el)).to.include('periode-omvendt');

    await pick('start', '');
    expect(el.value.periode).to.deep.equal({ slut: '2026-08-01' });
    await pick('slut', '');
    expect(el.value).not.to.have.property('periode');
    expect(values.at(-1)).not.to.have.property('periode');
  });

  it('tells a screen reader in the end date box that the end is before the start, and stops once it is not', async () => {
    const el = await plan({ periode: { start: '2026-09-01' } });
    const slut = q<HTMLInputElement>(el, '#slut')!;
    const pick = async (date: string) => {
      slut.value = date;
      slut.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    };
    await pick('2026-08-01');
    // The advice says it too, but far below: back in the box the user heard only "Til".
    expect(await accessibleStates()).to.include('Til Slutdatoen ligger før startdatoen. [invalid]');
    await pick('2026-11-30');
    expect(await accessibleStates()).to.include('Til []');
    el.setAttribute('lang', 'en');
    await pick('2026-08-01');
    expect(await accessibleStates()).to.include('To The end date is before the start date. [invalid]');
  });

  it('gives advice on a whole date at once, and waits for the pause while its year is being typed', async () => {
    const el = await plan({ vidensopbygning: 'Oplæg', periode: { start: '2026-09-01' } });
    const slut = q<HTMLInputElement>(el, '#slut')!;
    const pick = async (date: string) => {
      slut.value = date;
      slut.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    };
    await pick('0202-08-01');
    expect(adviceIds(el), 'a year on its way').to.include('periode-mangler');
    await pick('2026-08-01');
    expect(adviceIds(el), 'at once').to.include('periode-omvendt');
  });

  it('takes a date out of the plan when the user clears it part by part with the keyboard (only the first part sends an input event)', async () => {
    const el = await plan({ ...sample });
    const values = changes(el);
    const start = q<HTMLInputElement>(el, '#start')!;
    start.focus();
    await clearDateParts();
    expect(start.validity.badInput, 'all parts cleared').to.equal(false);
    expect(el.value.periode, 'still there while the box has focus').to.deep.equal(sample.periode);
    // Tab passes the box's own parts and picker first.
    for (let i = 0; i < 4 && el.shadowRoot!.activeElement === start; i += 1) await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value.periode).to.deep.equal({ slut: sample.periode!.slut });
    expect(values).to.have.length(1);
    // Leaving a box that holds the plan's date changes nothing.
    q<HTMLInputElement>(el, '#slut')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(values).to.have.length(1);
  });

  it('sends no change when the user only passes through a date box and leaves it as it was', async () => {
    const el = await plan({ ...sample });
    const values = changes(el);
    const start = q<HTMLInputElement>(el, '#start')!;
    start.focus();
    start.blur();
    await el.updateComplete;
    expect(values).to.deep.equal([]);
    expect(el.value.periode).to.deep.equal(sample.periode);
  });

  it('keeps a date while the user has cleared only part of it (a half-typed date is no date to save)', async () => {
    const el = await plan({ ...sample });
    const values = changes(el);
    const start = q<HTMLInputElement>(el, '#start')!;
    start.focus();
    // Backspace clears the part of the date the caret is in; the box then holds no whole date.
    await clearDateParts(1);
    await el.updateComplete;
    expect(start.validity.badInput, 'a part cleared').to.equal(true);
    expect(getComputedStyle(start).borderTopWidth, 'no alarm while typing').to.equal('1px');
    const said = q<HTMLElement>(el, 'label[for="start"] .bad-date')!;
    const label = q<HTMLElement>(el, 'label[for="start"]')!;
    const oneLine = q<HTMLElement>(el, 'label[for="slut"]')!.getBoundingClientRect().height;
    expect(label.getBoundingClientRect().height, 'no words in sight while typing').to.equal(oneLine);
    expect(el.value.periode).to.deep.equal(sample.periode);
    start.blur();
    expect(getComputedStyle(start).borderTopWidth, 'left holding no whole date').to.equal('2px');
    // Said in words too, in the label: the box's name has it (a red border alone told nothing).
    expect(label.getBoundingClientRect().height, 'said once left').to.be.above(oneLine);
    expect(said.textContent).to.equal('Datoen kan ikke bruges og gemmes ikke: ret den, eller slet den.');
    expect(await accessibleNames()).to.include('Fra Datoen kan ikke bruges og gemmes ikke: ret den, eller slet den.');
    // Back in the box to fix it: hidden from sight, still in its name (read out on focus).
    start.focus();
    expect(await accessibleNames()).to.include('Fra Datoen kan ikke bruges og gemmes ikke: ret den, eller slet den.');
    expect(label.getBoundingClientRect().height, 'out of sight while typing').to.equal(oneLine);
    start.blur();
    expect(el.value.periode).to.deep.equal(sample.periode);
    expect(values).to.deep.equal([]);
    start.focus();
    // Typed whole again: the new date is taken.
    await sendKeys({ type: '2' });
    await el.updateComplete;
    expect(start.validity.badInput).to.equal(false);
    start.blur();
    expect([label.getBoundingClientRect().height, said.checkVisibility()], 'a whole date again').to.deep.equal([oneLine, false]);
    expect(el.value.periode!.start).to.equal(start.value);
    expect(start.value).to.not.equal(sample.periode!.start);
  });

  it('leaves a half-typed date as the user left it when the focus moves on: the box and its label still say it holds no date', async () => {
    const el = await plan({ ...sample });
    const start = q<HTMLInputElement>(el, '#start')!;
    start.focus();
    await clearDateParts(1);
    q<HTMLInputElement>(el, '#slut')!.focus();
    await el.updateComplete;
    await nextFrame();
    expect(start.validity.badInput, 'not the saved date put back').to.equal(true);
    expect(q<HTMLElement>(el, 'label[for="start"] .bad-date')!.checkVisibility(), 'said in the label').to.equal(true);
    expect(el.value.periode).to.deep.equal(sample.periode);
  });

  it('keeps its date when a five-digit year is typed in the period, and says in the box\'s label that the date cannot be used', async () => {
    const el = await plan({ ...sample });
    const values = changes(el);
    const start = q<HTMLInputElement>(el, '#start')!;
    start.focus();
    // Chromium lets the user type up to six digits in the year; the plan's dates have four.
    start.value = '20277-11-05';
    start.dispatchEvent(new Event('input'));
    start.blur();
    await el.updateComplete;
    expect(el.value.periode).to.deep.equal(sample.periode);
    expect(values).to.deep.equal([]);
    expect(q<HTMLElement>(el, 'label[for="start"] .bad-date')!.checkVisibility(), 'said in the label').to.equal(true);
  });

  it('asks for the rules of play once there are activities; "Gå til" finds their text, and the advice goes as they are written', async () => {
    const el = await plan({ periode: { start: '2026-09-01', slut: '2026-11-30' }, daekning: 'Vikarer', laeringsformer: ['sidemandsoplaering'], vidensopbygning: 'Oplæg' });
    expect(adviceIds(el)).to.deep.equal(['spilleregler-mangler']);
    expect(q(el, '[data-advice="spilleregler-mangler"]')!.className).to.equal('info');
    expectSameNodes(el.adviceControls('spilleregler-mangler'), [q(el, '#spilleregler')]);
    await typeInto(el, 'spilleregler', 'Vi må fejle');
    expect(adviceIds(el)).to.deep.equal([]);
  });

  it('saves the rules of play and the cover for operations', async () => {
    const el = await plan();
    await typeInto(el, 'spilleregler', 'Vi må fejle');
    await typeInto(el, 'daekning', 'Vikarer');
    expect(el.value.spilleregler).to.equal('Vi må fejle');
    expect(el.value.daekning).to.equal('Vikarer');
    expect(q(el, '#spilleregler-h')!.textContent).to.include('prøve og fejle');
  });

  it('shows the tempi with their descriptions and examples, and the dialogue questions', async () => {
    const el = await plan({}, 'lang="en"');
    const hint = q(el, '#afproevning-h')!.textContent!;
    expect(hint).to.include('Trying the new way with no pressure').and.include('For example: role play of the new way of meeting citizens;');
    expect(q(el, 'label[for="afproevning"]')!.textContent).to.equal('Trying out');
    const questions = q<HTMLDetailsElement>(el, 'details[part="questions"]')!;
    expect(questions.open).to.equal(false);
    expect(questions.textContent).to.include('How do we make clear that failing is allowed here?');
  });

  it('makes the nested chooser read-only too when readonly', async () => {
    const el = await plan(sample);
    el.readonly = true;
    await el.updateComplete;
    await openFolded(chooser(el));
    const values = changes(el);
    expect(chooser(el).readonly).to.equal(true);
    expect(formBox(el, 'traeningsworkshop').checked).to.equal(true);
    expect(formBox(el, 'temadag').disabled).to.equal(true);
    expect(q<HTMLTextAreaElement>(el, '#vidensopbygning')!.readOnly).to.equal(true);
    expect(q<HTMLInputElement>(el, '#start')!.readOnly).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="feedback-kinds"] input')].map((i) => i.disabled))
      .to.deep.equal([true, true, true]);
    q<HTMLTextAreaElement>(el, '#vidensopbygning')!.focus();
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(values).to.deep.equal([]);
    expect(el.value).to.deep.equal(sample);
    el.readonly = false;
    await el.updateComplete;
    expect(chooser(el).readonly).to.equal(false);
  });

  it('says what is missing when required: each uncovered tempo and an agreed period', async () => {
    const el = await plan({ vidensopbygning: 'Oplæg', periode: { start: '2026-09-01' } });
    el.required = true;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Mangler: afprøvning, feedback, en periode med start og slut.');
    el.setAttribute('lang', 'en');
    await aTimeout(0);
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Missing: trying out, feedback, a period with a start and an end.');
    // A chosen form that covers both tempi, and an end date: complete.
    el.value = { ...el.value, laeringsformer: ['sidemandsoplaering'], periode: { start: '2026-09-01', slut: '2026-10-01' } };
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    // A period that ends before it starts cannot be carried out: the message says what to fix.
    el.value = { ...el.value, periode: { start: '2026-10-01', slut: '2026-09-01' } };
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Missing: an end date no earlier than the start date.');
  });

  it('points the browser at the first gap when required: the first uncovered tempo, else the period', async () => {
    const el = await plan({ ...sample, periode: undefined }, 'required');
    el.reportValidity();
    expect(el.shadowRoot!.activeElement?.id, 'tempi written, no period').to.equal('start');
    el.value = { ...sample, afproevning: '', laeringsformer: [] };
    await el.updateComplete;
    el.reportValidity();
    expect(el.shadowRoot!.activeElement?.id).to.equal('afproevning');
  });

  it('recommends forms for the plan\'s goals inside a plan provider, and writes one edit per choice', async () => {
    const base = createPlan({
      laeringsmaal: {
        metoder: { beskrivelse: 'Tilberede måltider hos beboerne', typer: [] },
        viden: { beskrivelse: '', typer: [] },
        rolle: { beskrivelse: '', typer: [] },
      },
      ansvar: [{ id: 'a', maalgruppe: 'Alle', nuvaerende: 'begyndere' }],
    } as Partial<Plan>);
    const { el, current, edits } = await inPlan(base);
    await chooser(el).updateComplete;
    expect(chooser(el).goals).to.deep.equal(['metoder']);
    expect(chooser(el).experience).to.deep.equal(['begyndere']);
    const ids = [...chooser(el).shadowRoot!.querySelectorAll<HTMLInputElement>('.forms input[data-form]')]
      .map((i) => i.dataset['form']);
    expect(ids.slice(0, 5)).to.deep.equal([...learningFormTable.metoder]);

    await choose(el, 'traeningsworkshop');
    expect(edits()).to.equal(1);
    expect(current().traeningsbane.laeringsformer).to.deep.equal(['traeningsworkshop']);
    expect(el.value.laeringsformer).to.deep.equal(['traeningsworkshop']);
  });

  it('inside a plan, shows the advice that reads the rest of the plan (as the overview counts it) and follows it', async () => {
    const base = createPlan({
      ansvar: [
        { id: 'a', maalgruppe: 'Nye', antal: 36, nuvaerende: 'begyndere', fremtidigt: 'med-stoette' },
        { id: 'b', maalgruppe: 'Erfarne', antal: 3, nuvaerende: 'meget-erfarne', fremtidigt: 'ressourceperson' },
      ],
    } as Partial<Plan>);
    const { el, provide, current } = await inPlan(base);
    await choose(el, 'sidemandsoplaering');
    await el.updateComplete;
    expect(adviceIds(el)).to.include('sidemandsoplaering-for-mange');
    const counted = advise(current()).filter((a) => a.field === 'traeningsbane').map((a) => a.id);
    expect(adviceIds(el)).to.deep.equal(counted);
    // Fixing it on the staircase (another element) clears it here too.
    provide({ ...current(), ansvar: current().ansvar.map((g) => ({ ...g, antal: g.id === 'a' ? 4 : 3 })) });
    await el.updateComplete;
    expect(adviceIds(el)).not.to.include('sidemandsoplaering-for-mange');
  });

  it('shows the nursing home example and is axe clean with it, in English', async () => {
    const el = await plan(examples['plejecenter-maaltid'].traeningsbane, 'lang="en"');
    expect(q<HTMLTextAreaElement>(el, '#afproevning')!.value).to.include('smileyskema');
    await openFolded(chooser(el));
    expect(formBox(el, 'mentorforloeb').checked).to.equal(true);
    // The publication's case gives no dates and no rules of play.
    expect(adviceIds(el)).to.deep.equal(['periode-mangler', 'spilleregler-mangler']);
    expect(coverage(el)).to.deep.equal(['covered', 'covered', 'covered']);
    await expectAccessible(el);
  });
});
