import { aTimeout, expect, fixture, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/mobilitet-aftale.js';
import type { MobilitetAftale } from '../../src/elements/mobilitet-aftale/mobilitet-aftale.js';
import { ADVICE_SETTLE_MS } from '../../src/internal/live-advice.js';
import { mobilityGuidance } from '../../src/model/catalog/mobility.js';
import type { MobilitetItem } from '../../src/model/plan.js';
import { accessibleStates } from '../helpers/accessibility-tree.js';
import { expectAccessible } from '../helpers/axe.js';
import { runConformance } from '../helpers/conformance.js';
import { expectReflow } from '../helpers/reflow.js';
import { described, expectSameNode, expectSameNodes } from '../helpers/dom.js';
import { dateKeys, typeWithoutPause } from '../helpers/keyboard.js';
import { withoutPause } from '../helpers/pause.js';

const sample: MobilitetItem = {
  id: 'm1',
  form: 'udlaan',
  afgivende: 'Regionens miljøenhed',
  modtagende: 'Kommunens miljøafdeling',
  periode: { start: '2025-09-01', slut: '2025-11-30' },
  omfang: 'deltid',
  ugedage: ['tirsdag', 'torsdag'],
  formaal: 'Kommunen skal have styr på jordforurening i et nyt byområde.',
  laeringsmaal: 'Forstå, hvordan kommunen behandler en sag fra start til slut.',
  vilkaar: { ansvarsomraader: 'Screening af sager', ferie: 'Aftales hjemme', sygdom: 'Meldes til begge ledere' },
  kontakt: 'Kort snak med lederen hver fredag.',
  daekning: 'En kollega tager sagerne tirsdag og torsdag.',
  tilbagevenden: 'Forundringssamtale i teamet ved hjemkomsten.',
};

runConformance({
  tag: 'mobilitet-aftale',
  sample,
  withUserText: (text) => ({ ...sample, modtagende: text, formaal: text }),
  badAttributeValues: [
    '{not json',
    '[]',
    '{"id": "a", "form": "ferie"}',
    '{"id": "a", "ugedage": ["fredagsbar"]}',
    '{"id": "a", "periode": {"start": "1. maj"}}',
    '{"id": "a", "omfang": "halvtid"}',
    '{"id": "a", "vilkaar": {"ferie": 5}}',
    '{"id": "a", "modtagnde": "x"}',
  ],
  badPropertyValues: [42, 'x', { id: 'a', form: 'kursus' }, { id: 'a', ugedage: 'mandag' }],
  keyboardEdit: async () => {
    // Focus is on the checked form; the arrow key chooses the next one.
    await sendKeys({ press: 'ArrowDown' });
  },
  sameInBothLanguages: [],
  incomplete: { ...sample, vilkaar: { ...sample.vilkaar, ferie: '' } },
});

const q = <T extends Element = HTMLElement>(el: MobilitetAftale, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector);
const adviceIds = (el: MobilitetAftale) =>
  [...el.shadowRoot!.querySelectorAll('[data-advice]')].map((li) => li.getAttribute('data-advice'));
const radio = (el: MobilitetAftale, name: string, value: string) =>
  q<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!;
const checkbox = (el: MobilitetAftale, day: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="weekdays"] input')].find((i) =>
    i.closest('label')!.textContent!.trim().toLowerCase() === day)!;

async function aftale(value: Partial<MobilitetItem> = {}, lang = 'da'): Promise<MobilitetAftale> {
  const wrap = await fixture<HTMLElement>(`<div lang="${lang}"><mobilitet-aftale></mobilitet-aftale></div>`);
  const el = wrap.firstElementChild as MobilitetAftale;
  el.value = { ...el.value, ...value };
  await el.updateComplete;
  return el;
}

function changes(el: MobilitetAftale): MobilitetItem[] {
  const values: MobilitetItem[] = [];
  el.addEventListener('kompetence-change', (e) => values.push((e as CustomEvent<{ value: MobilitetItem }>).detail.value));
  return values;
}

/** Types into a control the way a user does, then waits for the advice to settle. */
async function typeInto(el: MobilitetAftale, id: string, text: string): Promise<void> {
  q<HTMLInputElement>(el, `#${id}`)!.focus();
  await sendKeys({ type: text });
  await aTimeout(800);
  await el.updateComplete;
}

describe('<mobilitet-aftale> behaviour', () => {
  it('sends no change when the user tabs through date boxes without changing them', async () => {
    const el = await aftale({ periode: { start: '2025-09-01' } });
    const sent = changes(el);
    q<HTMLInputElement>(el, '#start')!.focus();
    q<HTMLInputElement>(el, '#slut')!.focus();
    q<HTMLInputElement>(el, '#slut')!.blur();
    await el.updateComplete;
    expect(sent).to.deep.equal([]);
  });

  it('wraps a long word in a form\'s name in a narrow column with text spacing, instead of running it over the border', async () => {
    // «Udlån til eksterne samarbejdspartnere»: its longest word set the label's least width.
    await expectReflow(await aftale({ afgivende: 'Plejecenter Solhaven, afsnit B, dagvagten' }, 'da'), 200);
  });

  it('keeps the forms\' long words whole in a medium-wide column: the guidance goes below the list before it squeezes it', async () => {
    // A 480–560 px window: side by side, the list got some 200 px and broke «samarbejdspar-tnere».
    const el = await aftale({ form: 'udlaan' }, 'da');
    const word = 'samarbejdspartnere';
    el.style.font = '1rem/1.5 system-ui, sans-serif'; // an intranet's (the demo's); a serif is narrower
    for (const width of [420, 500]) {
      el.style.width = `${width}px`;
      await nextFrame();
      const holders = [...el.shadowRoot!.querySelectorAll('.forms label, .guidance h3')].filter((e) => e.textContent!.includes(word));
      expect(holders.length).to.equal(2);
      for (const holder of holders) {
        const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
        let text = walker.nextNode()!;
        while (!text.textContent!.includes(word)) text = walker.nextNode()!;
        const range = document.createRange();
        range.setStart(text, text.textContent!.indexOf(word));
        range.setEnd(text, text.textContent!.indexOf(word) + word.length);
        expect(range.getClientRects().length, `«${word}» in <${holder.localName}> on one line at ${width} px`).to.equal(1);
      }
    }
  });

  it('lists the forms one under another however wide: two on a line ran together («verden◯ Europæisk»)', async () => {
    const el = await aftale({ form: 'udlaan' }, 'da');
    for (const width of [600, 900, 1200]) {
      el.parentElement!.style.width = `${width}px`; // the element is at most as wide as what holds it
      await nextFrame();
      const boxes = [...el.shadowRoot!.querySelectorAll('.forms label')].map((l) => l.getBoundingClientRect());
      expect(boxes.length).to.equal(4);
      for (const [i, box] of boxes.entries()) {
        expect(box.left, `form ${i + 1}'s left edge at ${width} px`).to.equal(boxes[0]!.left);
        if (i) expect(box.top, `form ${i + 1} below form ${i} at ${width} px`).to.be.at.least(boxes[i - 1]!.bottom);
      }
    }
  });

  it('shows a long workplace name whole in a narrow column, read-only too (a one-line box cut it off)', async () => {
    const el = await aftale({ afgivende: 'Plejecenter Solhaven, afsnit B, dagvagten', modtagende: 'Hjemmeplejen Nord, gruppe 3 og 4' });
    el.readonly = true;
    await expectReflow(el, 240);
  });

  it('shows the guidance of the form chosen with the arrow keys', async () => {
    const el = await aftale();
    const values = changes(el);
    expect(q(el, '[part="guidance"]')!.textContent).to.include('Vælg en form');
    radio(el, 'form', 'udlaan').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.form).to.equal('udlaan');
    const guidance = () => q(el, '[part="guidance"]')!.textContent!.replace(/\s+/g, ' ');
    expect(guidance()).to.include('Udlån til eksterne samarbejdspartnere');
    expect(guidance()).to.include(mobilityGuidance.udlaan.typicalDuration.da);
    // Scopes in words, not with a slash that screen readers read out.
    expect(guidance()).to.include('Omfangdeltid eller fuldtid');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value.form).to.equal('klinisk-introduktion');
    expect(guidance()).to.include(mobilityGuidance['klinisk-introduktion'].typicalDuration.da);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value.form).to.equal('europaeisk-udveksling');
    // The exchange's requirements: three years' hospital experience and the host country's language.
    expect(guidance()).to.match(/tre års/i).and.match(/værtslandets sprog/);
    expect(guidance()).to.include(mobilityGuidance['europaeisk-udveksling'].typicalDuration.da);
    expect(guidance()).not.to.include(mobilityGuidance['klinisk-introduktion'].typicalDuration.da);
    expect(values.map((v) => v.form)).to.deep.equal(['udlaan', 'udstationering', 'klinisk-introduktion', 'europaeisk-udveksling']);
  });

  it('announces only that the guidance changed, not the guidance itself', async () => {
    const el = await aftale();
    const status = () => q(el, '[role="status"]')!;
    // Nothing of the guidance (about ten facts) is in a live region.
    expect(q(el, '[part="guidance"]')!.closest('[aria-live]')?.outerHTML).to.equal(undefined);
    expect(q(el, '[part="guidance"] [aria-live]')?.outerHTML).to.equal(undefined);
    expect(status().textContent!.trim()).to.equal('');
    radio(el, 'form', 'udlaan').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // The form's name is a common noun: lower case mid-sentence.
    expect(status().textContent!.trim()).to.equal('Vejledning for udlån til eksterne samarbejdspartnere vises.');
    expect(status().children).to.have.length(0);
    // Arrowing through the forms, the status waits for a pause (it was read at every step).
    await withoutPause(async () => {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(status().textContent!.trim(), 'no status while arrowing').to.equal('');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(status().textContent!.trim()).to.equal('');
    });
    await aTimeout(ADVICE_SETTLE_MS + 100);
    await el.updateComplete;
    expect(status().textContent!.trim()).to.match(/^Vejledning for udstationering .* vises\.$/);
    expect(q(el, '[part="guidance"] dl')!.textContent).to.include(mobilityGuidance.udstationering.typicalDuration.da);
    // Tabbing on before the pause: the status does not speak of the forms from elsewhere.
    await withoutPause(async () => {
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
    });
    await aTimeout(ADVICE_SETTLE_MS + 100);
    await el.updateComplete;
    expect(status().textContent!.trim(), 'nothing said after focus left').to.equal('');
    // A form set by code (e.g. <kompetence-model> showing another arrangement) is not the user's choice.
    el.value = { ...el.value, form: 'europaeisk-udveksling' };
    await el.updateComplete;
    expect(status().textContent!.trim()).to.equal('');

    const en = await aftale({}, 'en');
    radio(en, 'form', 'europaeisk-udveksling').focus();
    await sendKeys({ press: 'Space' });
    await en.updateComplete;
    expect(q(en, '[role="status"]')!.textContent!.trim()).to.equal('Guidance for European exchange (HOPE) shown.');
  });

  it('shows the guidance in English', async () => {
    const el = await aftale({ form: 'europaeisk-udveksling' }, 'en');
    const text = q(el, '[part="guidance"]')!.textContent!;
    expect(text).to.match(/three years' hospital experience/).and.match(/host country's language/);
  });

  it('shows the weekdays for part time only and saves them in week order', async () => {
    const el = await aftale();
    const values = changes(el);
    expect(described(q(el, '[part="weekdays"]'))).to.equal('null');
    radio(el, 'omfang', 'deltid').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.omfang).to.equal('deltid');
    expect(q(el, '[part="weekdays"]')).to.not.equal(null);
    checkbox(el, 'torsdag').focus();
    await sendKeys({ press: 'Space' });
    checkbox(el, 'tirsdag').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.ugedage).to.deep.equal(['tirsdag', 'torsdag']);
    expect(values.at(-1)!.ugedage).to.deep.equal(['tirsdag', 'torsdag']);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.ugedage).to.deep.equal(['torsdag']);

    // Full time: no weekdays; back to part time, the chosen days come back.
    radio(el, 'omfang', 'deltid').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value.omfang).to.equal('fuldtid');
    expect(el.value.ugedage).to.deep.equal([]);
    expect(described(q(el, '[part="weekdays"]'))).to.equal('null');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.value.omfang).to.equal('deltid');
    expect(el.value.ugedage).to.deep.equal(['torsdag']);
    expect(checkbox(el, 'torsdag').checked).to.equal(true);
  });

  it('says when the chosen scope is not one the form is known in (HOPE is full-time)', async () => {
    const el = await aftale({ form: 'europaeisk-udveksling', omfang: 'fuldtid' });
    const note = () => q(el, '#scope-note')!.textContent!.trim();
    expect(q(el, '#scope-note')!.getAttribute('role')).to.equal('status');
    expect(note()).to.equal('');
    radio(el, 'omfang', 'deltid').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(note()).to.equal('Europæisk udveksling (HOPE) foregår normalt kun på fuldtid. Afklar, om deltid kan lade sig gøre.');
    expect(q(el, '[part="scope"]')!.getAttribute('aria-describedby')).to.equal('scope-note');
    radio(el, 'form', 'udlaan').click();
    await el.updateComplete;
    expect(note(), 'a loan may be part-time').to.equal('');

    const en = await aftale({ form: 'europaeisk-udveksling', omfang: 'deltid' }, 'en');
    expect(q(en, '#scope-note')!.textContent!.trim()).to.equal(
      'European exchange (HOPE) is usually done full-time only. Check whether part-time is possible.');
  });

  it('says which weekdays it removed when the user chooses full time, and forgets them for another arrangement', async () => {
    const el = await aftale({ omfang: 'deltid', ugedage: ['mandag', 'onsdag'] });
    const note = () => q(el, '#scope-note')!.textContent!.trim();
    radio(el, 'omfang', 'fuldtid').click();
    await el.updateComplete;
    expect(el.value.ugedage).to.deep.equal([]);
    expect(note()).to.equal('Fuldtid: ugedagene (mandag, onsdag) er fjernet. Vælg deltid for at få dem tilbage.');
    el.parentElement!.setAttribute('lang', 'en');
    await aTimeout(0);
    await el.updateComplete;
    expect(note()).to.equal('Full-time: the weekdays (Monday, Wednesday) were removed. Choose part-time to get them back.');
    radio(el, 'omfang', 'deltid').click();
    await el.updateComplete;
    expect(el.value.ugedage).to.deep.equal(['mandag', 'onsdag']);
    expect(note()).to.equal('');

    // <kompetence-model> hands the edit back by property: the set-aside days stay; another arrangement does not get them.
    radio(el, 'omfang', 'fuldtid').click();
    await el.updateComplete;
    el.value = { ...el.value };
    await el.updateComplete;
    expect(note()).to.include('Monday, Wednesday');
    el.value = { ...el.value, id: 'another' };
    await el.updateComplete;
    expect(note()).to.equal('');
    radio(el, 'omfang', 'deltid').click();
    await el.updateComplete;
    expect(el.value.ugedage).to.deep.equal([]);
  });

  it('keeps weekdays given with full time and shows them, with a hint, until they are removed', async () => {
    const el = await aftale({ omfang: 'fuldtid', ugedage: ['mandag'] });
    const values = changes(el);
    expect(el.value.ugedage).to.deep.equal(['mandag']);
    const days = q(el, '[part="weekdays"]')!;
    expect(days.textContent).to.include('Ugedage hører til deltid: vælg deltid, eller fjern dem.');
    expect(days.getAttribute('aria-describedby')).to.equal('days-h');
    expect(q(await aftale({ omfang: 'fuldtid', ugedage: ['mandag'] }, 'en'), '#days-h')!.textContent).to.equal('Fixed weekdays are for part-time: choose part-time or remove them.');
    expect(checkbox(el, 'mandag').checked).to.equal(true);
    await expectAccessible(el);
    checkbox(el, 'mandag').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(values.at(-1)!.ugedage).to.deep.equal([]);
    expect(described(q(el, '[part="weekdays"]'))).to.equal('null');
    expectSameNode(el.shadowRoot!.activeElement, radio(el, 'omfang', 'fuldtid'), 'focus goes to the scope');
    expect(q(el, '#scope-note')!.textContent!.trim(), 'the user removed them: nothing to give back').to.equal('');
  });

  it('names its arrangement without a number when no workplace is given', async () => {
    const el = await aftale({ form: 'udlaan' });
    const advice = q(el, '[data-advice="mobilitet-uden-tilbagevenden"]')!.textContent!;
    expect(advice).to.include('Aftal i mobilitetsaftalen, hvordan læringen fra opholdet bruges bagefter.');
    expect(q(el, '[part="advice"]')!.textContent).not.to.include('nr.');
  });

  it('advises on missing learning goals; "Gå til" finds their control, and the advice goes as they are written', async () => {
    const el = await aftale({ form: 'udstationering', modtagende: 'Regionens HR-afdeling', tilbagevenden: 'Forundringssamtale' });
    expect(adviceIds(el)).to.deep.equal(['mobilitet-uden-laeringsmaal']);
    expect(q(el, '[data-advice="mobilitet-uden-laeringsmaal"]')!.textContent).to.include('«Regionens HR-afdeling»');
    expectSameNodes(el.adviceControls('mobilitet-uden-laeringsmaal'), [q(el, '#laeringsmaal')]);
    await typeInto(el, 'laeringsmaal', 'Forstå stabens rolle');
    expect(adviceIds(el)).to.deep.equal([]);
  });

  it('advises on empty terms and a missing plan for afterwards, and the advice goes as they are filled in', async () => {
    const el = await aftale({ form: 'udlaan', modtagende: 'Kommunens miljøafdeling', laeringsmaal: 'Kende kommunens sagsgang' });
    expect(adviceIds(el)).to.deep.equal(['mobilitet-uden-vilkaar', 'mobilitet-uden-tilbagevenden']);
    const terms = q(el, '[data-advice="mobilitet-uden-vilkaar"]')!;
    expect(terms.textContent).to.include('«Kommunens miljøafdeling»');
    expect(terms.textContent).to.include('ferie');
    expect(terms.closest('[aria-live]')).to.not.equal(null);

    await typeInto(el, 'ansvarsomraader', 'Screening af sager');
    await typeInto(el, 'ferie', 'Aftales hjemme');
    expect(adviceIds(el)).to.include('mobilitet-uden-vilkaar');
    expect(q(el, '[data-advice="mobilitet-uden-vilkaar"]')!.textContent).to.include('sygdom');
    expect(q(el, '[data-advice="mobilitet-uden-vilkaar"]')!.textContent).not.to.include('ferie');
    await typeInto(el, 'sygdom', 'Meldes til begge ledere');
    expect(adviceIds(el)).to.deep.equal(['mobilitet-uden-tilbagevenden']);
    expect(el.value.vilkaar).to.deep.equal({
      ansvarsomraader: 'Screening af sager', ferie: 'Aftales hjemme', sygdom: 'Meldes til begge ledere',
    });

    await typeInto(el, 'tilbagevenden', 'Forundringssamtale');
    expect(adviceIds(el)).to.deep.equal([]);
    expect(el.value.tilbagevenden).to.equal('Forundringssamtale');
  });

  it('waits for a pause in typing before it refreshes the advice', async () => {
    const el = await aftale({ form: 'udlaan', laeringsmaal: 'Kende kommunens sagsgang', tilbagevenden: 'Samtale' });
    expect(adviceIds(el)).to.deep.equal(['mobilitet-uden-vilkaar']);
    typeWithoutPause(q<HTMLTextAreaElement>(el, '#modtagende')!, 'Kommunen');
    await el.updateComplete;
    expect(q(el, '[data-advice]')!.textContent).not.to.include('Kommunen');
    await aTimeout(800);
    await el.updateComplete;
    expect(q(el, '[data-advice]')!.textContent).to.include('«Kommunen»');
  });

  it('saves the period dates, keeps a single date and leaves out an empty period', async () => {
    const el = await aftale({ form: 'udlaan' });
    const values = changes(el);
    expect(el.value.periode).to.equal(undefined);
    const start = q<HTMLInputElement>(el, '#start')!;
    const slut = q<HTMLInputElement>(el, '#slut')!;
    // The date as the browser reports it after the user picks or types it.
    const pick = async (input: HTMLInputElement, date: string) => {
      input.value = date;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
    };
    await pick(slut, '2025-11-30');
    expect(el.value.periode).to.deep.equal({ slut: '2025-11-30' });
    await pick(start, '2025-09-01');
    expect(el.value.periode).to.deep.equal({ start: '2025-09-01', slut: '2025-11-30' });
    expect(values.at(-1)!.periode).to.deep.equal({ start: '2025-09-01', slut: '2025-11-30' });
    await pick(slut, '');
    expect(el.value.periode).to.deep.equal({ start: '2025-09-01' });
    await pick(start, '');
    expect(el.value).not.to.have.property('periode');

    // A period that ends before it starts gets the model's advice.
    await pick(start, '2025-12-01');
    await pick(slut, '2025-09-01');
    await aTimeout(800);
    await el.updateComplete;
    expect(adviceIds(el)).to.include('periode-omvendt');
    // And the end box says it, to a screen reader back in it, not only the advice far below.
    expect(await accessibleStates()).to.include('Til Slutdatoen ligger før startdatoen. [invalid]');
    await pick(slut, '2025-12-24');
    expect(await accessibleStates()).to.include('Til []');
  });

  it('saves a date typed with the keyboard', async () => {
    const el = await aftale();
    const start = q<HTMLInputElement>(el, '#start')!;
    start.focus();
    await sendKeys({ type: dateKeys('2025-09-01') });
    await el.updateComplete;
    expect(el.value.periode).to.deep.equal({ start: '2025-09-01' });
  });

  it('shows a value and lets nothing be changed when readonly', async () => {
    const el = await aftale(sample);
    el.readonly = true;
    await el.updateComplete;
    const values = changes(el);
    expect(radio(el, 'form', 'udlaan').checked).to.equal(true);
    expect(radio(el, 'form', 'udstationering').disabled).to.equal(true);
    expect(checkbox(el, 'tirsdag').disabled).to.equal(true);
    expect(q<HTMLInputElement>(el, '#modtagende')!.readOnly).to.equal(true);
    expect(q<HTMLInputElement>(el, '#start')!.value).to.equal('2025-09-01');
    q<HTMLInputElement>(el, '#modtagende')!.focus();
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(values).to.deep.equal([]);
    expect(el.value.modtagende).to.equal(sample.modtagende);
  });

  it('points the browser at the receiving workplace when that is missing, then at the first empty term', async () => {
    const el = await aftale({ form: 'udlaan', vilkaar: { ansvarsomraader: 'Sager', ferie: '', sygdom: '' } });
    el.required = true;
    await el.updateComplete;
    el.reportValidity();
    expect(el.shadowRoot!.activeElement?.id).to.equal('modtagende');
    el.value = { ...el.value, modtagende: 'Hjemmeplejen' };
    await el.updateComplete;
    el.reportValidity();
    expect(el.shadowRoot!.activeElement?.id).to.equal('ferie');
  });

  it('says what is missing when required: a form, the receiving workplace and, for a loan, each empty term', async () => {
    const el = await aftale({ vilkaar: { ansvarsomraader: 'Sager', ferie: '', sygdom: '' } });
    el.required = true;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Mangler: en form for mobilitet, modtagende arbejdsplads.');
    // The terms are the loan's contract (as the advice mobilitet-uden-vilkaar says).
    el.value = { ...el.value, form: 'udlaan' };
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Mangler: modtagende arbejdsplads, vilkår for ferie, vilkår for sygdom.');
    el.setAttribute('lang', 'en');
    await aTimeout(0);
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Missing: receiving workplace, terms for holidays, terms for sickness.');
    el.value = { ...el.value, form: 'udstationering', modtagende: 'Hjemmeplejen' };
    await el.updateComplete;
    expect(el.checkValidity(), 'a secondment without terms').to.equal(true);
  });
});
