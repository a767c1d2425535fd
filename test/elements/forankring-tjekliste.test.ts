import { ContextProvider } from '@lit/context';
import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/forankring-tjekliste.js';
import type { ForankringTjekliste } from '../../src/elements/forankring-tjekliste/forankring-tjekliste.js';
import { planContext } from '../../src/internal/plan-context.js';
import { movingOnPitfall } from '../../src/model/catalog/anchoring.js';
import { fieldById } from '../../src/model/catalog/fields.js';
import { planToICalendar } from '../../src/model/ical.js';
import { createPlan, parsePart } from '../../src/model/parse.js';
import type { Hverdag, Plan } from '../../src/model/plan.js';
import { accessibleNames } from '../helpers/accessibility-tree.js';
import { expectAccessible } from '../helpers/axe.js';
import { runConformance } from '../helpers/conformance.js';
import { described, laidOut } from '../helpers/dom.js';
import { clearDateParts, dateKeys, typeWithoutPause } from '../helpers/keyboard.js';
import { withoutPause } from '../helpers/pause.js';

const sample: Hverdag = {
  overgang: {
    type: 'individuel',
    beskrivelse: 'Leder og medarbejder aftaler det ved næste samtale.',
    dato: '2027-03-15',
    ikkeKlar: 'De får en kollega som støtte i en måned.',
  },
  forankring: [
    {
      id: 'f1', type: 'opfoelgning-paa-maal', beskrivelse: 'Samtale en måned efter kurset',
      ansvarlig: 'Leder', dato: '2027-04-15', udfoert: false,
    },
    { id: 'f2', type: 'loebende-stoette', beskrivelse: 'Sparring med ressourcepersonen', ansvarlig: 'Ressourceperson', udfoert: true },
  ],
};

const empty: Hverdag = { overgang: { beskrivelse: '', ikkeKlar: '' }, forankring: [] };

runConformance({
  tag: 'forankring-tjekliste',
  sample,
  withUserText: (text) => ({
    ...sample,
    overgang: { ...sample.overgang, beskrivelse: text },
    forankring: [{ ...sample.forankring[0]!, ansvarlig: text }],
  }),
  badAttributeValues: [
    '{not json',
    '{"overgang": {"type": "alle"}}',
    '{"forankring": [{"type": "ukendt"}]}',
    '{"overgang": {"dato": "15-03-2027"}}',
    '{"forankring": 3}',
  ],
  badPropertyValues: [
    42,
    { forankring: [{ type: 'opfoelgning-paa-maal', udfoert: 'ja' }] },
    { overgangen: {} },
  ],
  // Focus starts on the checked radio (individual); the arrow key chooses the collective transition.
  keyboardEdit: async () => {
    await sendKeys({ press: 'ArrowDown' });
  },
  plan: { sample: createPlan({ hverdag: sample }), read: (plan) => plan.hverdag },
  incomplete: { ...sample, overgang: { ...sample.overgang, type: 'faelles', dato: undefined } },
});

/** A stand-in for <kompetence-model>: provides a plan through the context. */
class Provider extends HTMLElement {
  provider = new ContextProvider(this, { context: planContext });
}
customElements.define('forankring-test-provider', Provider);

async function render(value: Hverdag = empty, attrs = ''): Promise<ForankringTjekliste> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = `<forankring-tjekliste ${attrs}></forankring-tjekliste>`;
  const element = wrapper.firstElementChild as ForankringTjekliste;
  element.value = value;
  await element.updateComplete;
  return element;
}

const $ = <T extends Element = HTMLElement>(el: ForankringTjekliste, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const active = (el: ForankringTjekliste) => el.shadowRoot!.activeElement as HTMLElement | null;
const adviceIds = (el: ForankringTjekliste) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-advice]')].map((a) => a.dataset.advice);


describe('<forankring-tjekliste> behaviour', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`shows the field's questions for the dialogue, folded, as the other fields do (${lang})`, async () => {
      const el = await render(empty, `lang="${lang}"`);
      const questions = $<HTMLDetailsElement>(el, 'details[part="questions"]')!;
      expect(questions.open).to.equal(false);
      expect(questions.querySelector('summary')!.textContent).to.equal(lang === 'da' ? 'Spørgsmål til dialogen' : 'Questions for the dialogue');
      expect([...questions.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(fieldById('hverdag').dialogueQuestions.map((d) => d[lang]));
    });
  }

  it('takes a cleared transition date out of the value and its event (an empty date is a plan parsePlan refuses)', async () => {
    const el = await fixture<ForankringTjekliste>(html`<forankring-tjekliste .value=${{ overgang: { type: 'individuel', beskrivelse: '', dato: '2027-03-15', ikkeKlar: '' }, forankring: [] }}></forankring-tjekliste>`);
    const sent: Hverdag[] = [];
    el.addEventListener('kompetence-change', (e) => sent.push((e as CustomEvent<{ value: Hverdag }>).detail.value));
    const date = el.shadowRoot!.querySelector<HTMLInputElement>('#overgang-dato')!;
    date.focus();
    await clearDateParts(3);
    date.blur();
    await el.updateComplete;
    expect(el.value.overgang).not.to.have.property('dato');
    expect(sent.at(-1)!.overgang).not.to.have.property('dato');
    expect(parsePart('hverdag', sent.at(-1)).ok, 'a value the model reads').to.equal(true);
  });

  it('brings the focus back to an agreement that was the only one of its kind when its removal is undone, and prints no notice of it', async () => {
    const el = await fixture<ForankringTjekliste>(html`<forankring-tjekliste .value=${{ overgang: { beskrivelse: '', ikkeKlar: '' }, forankring: [
      { id: 'f1', type: 'opfoelgning-paa-maal', beskrivelse: 'Opfølgning i juni', ansvarlig: '', udfoert: false }] }}></forankring-tjekliste>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.remove')!.click();
    await el.updateComplete;
    await el.updateComplete;
    // On paper the notice of a removal is no part of the plan.
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="removed"]')!).display, 'printed').to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('#undo')!.click();
    await aTimeout(0);
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['item'], 'the restored agreement').to.equal('f1');
  });

  it('gives an agreement\'s "who" box and its date box beside it the same height (the date box stood 2 px lower)', async () => {
    const el = await render(sample);
    const who = $(el, '#item-0-ansvarlig')!.getBoundingClientRect();
    const when = $(el, '#item-0-dato')!.getBoundingClientRect();
    expect(when.top, 'side by side').to.equal(who.top);
    expect(when.height, 'date box as tall as the text box').to.be.closeTo(who.height, 0.5);
  });

  it('shows each kind of anchoring with its question and examples', async () => {
    const el = await render();
    const kinds = [...el.shadowRoot!.querySelectorAll('fieldset.kind')];
    expect(kinds.length).to.equal(4);
    expect(kinds[0]!.querySelector('legend')!.textContent).to.include('Opfølgning på mål');
    expect(kinds[0]!.querySelector('.question')!.textContent).to.include('Hvordan og hvornår følger vi op');
    expect(kinds[0]!.querySelectorAll('button.example').length).to.be.greaterThan(0);
    // The field's pitfall, beside what anchoring is for: do not move on before the gains are seen.
    expect(el.shadowRoot!.querySelector('[part="anchoring"] > .hint')!.textContent).to.include(movingOnPitfall.da);
  });

  it('names each example button by its visible text first, so speech input finds it by what it shows (WCAG 2.5.3)', async () => {
    const el = await render();
    const shown = [...el.shadowRoot!.querySelectorAll('button.example')].map((b) => b.querySelector('[lang], span:not(.visually-hidden)')!.textContent!.trim());
    const names = await accessibleNames();
    expect(shown.length).to.be.greaterThan(3);
    expect(shown.filter((text) => !names.includes(`${text} Brug eksemplet`))).to.deep.equal([]);
  });

  it('adds an item under a kind by keyboard, focuses it, and removes it again (focus on the Undo in its place)', async () => {
    const el = await render(sample);
    const events: CustomEvent<{ value: Hverdag }>[] = [];
    el.addEventListener('kompetence-change', (e) => events.push(e as CustomEvent<{ value: Hverdag }>));
    $(el, '#add-loebende-stoette')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.forankring.length).to.equal(3);
    const added = el.value.forankring[2]!;
    expect(added.type).to.equal('loebende-stoette');
    expect(active(el)?.dataset.item, 'focus on the new description').to.equal(added.id);
    await sendKeys({ type: 'Supervision hver anden uge' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Teamleder' });
    await el.updateComplete;
    expect(el.value.forankring[2]).to.include({ beskrivelse: 'Supervision hver anden uge', ansvarlig: 'Teamleder' });
    expect(events.at(-1)!.detail.value).to.deep.equal(el.value);
    // The new item is the second under its kind, after f2.
    const items = el.shadowRoot!.querySelectorAll('fieldset.kind')[2]!.querySelectorAll('li.item');
    expect(items.length).to.equal(2);

    // Remove the new item, the last of its kind: the Undo in its place, then the kind's add button.
    (items[1]!.querySelector('button.remove') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.forankring.map((f) => f.id)).to.deep.equal(['f1', 'f2']);
    expect(active(el)?.id).to.equal('undo');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('add-loebende-stoette');
  });

  describe('undoing a removal', () => {
    const three: Hverdag = {
      ...sample,
      forankring: [sample.forankring[0]!, sample.forankring[1]!, { ...sample.forankring[0]!, id: 'f3', beskrivelse: 'Status på personalemødet' }],
    };
    const kind = (el: ForankringTjekliste, i: number) => el.shadowRoot!.querySelectorAll('fieldset.kind')[i]!;
    const notice = (el: ForankringTjekliste) => $(el, '[part="removed"]')?.textContent!.replace(/\s+/g, ' ').trim();

    it('puts the Undo in the removed agreement\'s place under its kind; Tab goes on to the one that took its place', async () => {
      const el = await render(three);
      (kind(el, 0).querySelector('button.remove') as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.forankring.map((f) => f.id)).to.deep.equal(['f2', 'f3']);
      expect(active(el)?.id).to.equal('undo');
      expect(notice(el)).to.equal('Aftale 1 om opfølgning på mål er fjernet. Fortryd');
      const slot = kind(el, 0).querySelector('ol.items > li[part="removed"]')!;
      expect(slot.nextElementSibling!.querySelector('legend')!.textContent, 'before the agreement that took its place').to.equal('Aftale 1 om opfølgning på mål');
      expect($(el, `#${active(el)!.getAttribute('aria-describedby')}`)!.textContent).to.equal('Aftale 1 om opfølgning på mål er fjernet.');
      await expectAccessible(el);
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.dataset.item).to.equal('f3');
    });

    it('puts the agreement back where it was with Undo, as one edit, and focuses its description', async () => {
      const el = await render(three);
      const events: Hverdag[] = [];
      el.addEventListener('kompetence-change', (e) => events.push((e as CustomEvent<{ value: Hverdag }>).detail.value));
      (kind(el, 0).querySelector('button.remove') as HTMLElement).click();
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value).to.deep.equal(three);
      expect(events).to.have.length(2);
      expect(events[1]).to.deep.equal(three);
      expect(active(el)?.dataset.item).to.equal('f1');
      expect(notice(el)).to.equal(undefined);
    });

    it('keeps the last of a kind\'s place until the next edit, then says there are none', async () => {
      const el = await render(sample);
      (kind(el, 2).querySelector('button.remove') as HTMLElement).click();
      await el.updateComplete;
      expect(notice(el)).to.match(/^Aftale 1 om løbende støtte er fjernet/);
      expect(kind(el, 2).textContent).not.to.include('Ingen aftaler endnu.');
      $(el, '#overgang-beskrivelse')!.focus();
      await sendKeys({ type: 'x' });
      await el.updateComplete;
      expect(notice(el)).to.equal(undefined);
      expect(kind(el, 2).textContent).to.include('Ingen aftaler endnu.');
    });

    it('says it in English, and names the kind in mid-sentence as a common noun', async () => {
      const el = await render(three, 'lang="en"');
      const hidden = (button: Element) => button.textContent!.replace(/\s+/g, ' ').trim();
      expect(hidden($(el, '#add-opfoelgning-paa-maal')!)).to.equal('Add agreement for follow-up on goals');
      const remove = kind(el, 0).querySelectorAll('button.remove')[1]!;
      expect(hidden(remove)).to.equal('Remove agreement 2 for follow-up on goals');
      (remove as HTMLElement).click();
      await el.updateComplete;
      expect(notice(el)).to.equal('Agreement 2 for follow-up on goals was removed. Undo');
      el.lang = 'da';
      await aTimeout(0);
      await el.updateComplete;
      expect(notice(el)).to.equal('Aftale 2 om opfølgning på mål er fjernet. Fortryd');
    });
  });

  it('adds an example as a pre-filled item in the element language', async () => {
    const el = await render(empty, 'lang="en"');
    const example = el.shadowRoot!.querySelectorAll('fieldset.kind')[0]!.querySelector<HTMLButtonElement>('button.example')!;
    example.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.forankring).to.have.length(1);
    expect(el.value.forankring[0]).to.include({
      type: 'opfoelgning-paa-maal',
      beskrivelse: 'Manager and employee talk a month after the course.',
      udfoert: false,
    });
    expect(active(el)?.dataset.item).to.equal(el.value.forankring[0]!.id);
  });

  it('marks an item done by keyboard', async () => {
    const el = await render(sample);
    const checkbox = el.shadowRoot!.querySelector<HTMLInputElement>('li.item input[type="checkbox"]')!;
    expect(checkbox.checked).to.equal(false);
    checkbox.focus();
    const change = oneEvent(el, 'kompetence-change');
    await sendKeys({ press: 'Space' });
    const event = await change;
    expect(event.detail.value.forankring[0].udfoert).to.equal(true);
    expect(el.value.forankring[0]!.udfoert).to.equal(true);
    expect(el.value.forankring[1]!.udfoert).to.equal(true);
  });

  it('shows a done agreement\'s check mark, but leaves it out of the names screen readers say', async () => {
    const el = await render(sample);
    const legend = $(el, 'li.item.done legend')!;
    expect(getComputedStyle(legend, '::after').content, 'drawn').to.include('✓');
    const names = await accessibleNames();
    expect(names, 'the group and its controls').to.include.members(['Aftale 1 om løbende støtte', 'Udført Aftale 1 om løbende støtte']);
    expect(names.filter((name) => name.includes('✓')), 'read out').to.deep.equal([]);
  });

  it('sets and clears an item date; no empty date is stored', async () => {
    const el = await render(sample);
    const input = $<HTMLInputElement>(el, '#item-0-dato')!;
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect('dato' in el.value.forankring[0]!).to.equal(false);
    input.value = '2027-05-01';
    input.dispatchEvent(new Event('input'));
    expect(el.value.forankring[0]!.dato).to.equal('2027-05-01');
  });

  it('takes the transition date out of the value when the user clears the box, so the value is one the model accepts', async () => {
    const el = await render(sample);
    const input = $<HTMLInputElement>(el, '#overgang-dato')!;
    input.focus();
    await clearDateParts();
    input.blur();
    await el.updateComplete;
    expect(el.value.overgang).not.to.have.property('dato');
    expect(el.value.overgang.beskrivelse, 'the rest of the transition stays').to.equal(sample.overgang.beskrivelse);
    expect(parsePart('hverdag', el.value).ok).to.equal(true);
  });

  it('shows the not-ready field and its advice for a collective transition', async () => {
    const el = await render();
    expect(described($(el, '#overgang-ikke-klar'))).to.equal('null');
    // The radios are the first controls: left without a choice, the transition is asked for …
    $<HTMLInputElement>(el, 'input[value="individuel"]')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(adviceIds(el)).to.include('overgang-mangler');
    // … and arrow down from the first chooses "collective".
    $<HTMLInputElement>(el, 'input[value="individuel"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value.overgang.type).to.equal('faelles');
    expect($(el, '#overgang-ikke-klar'), 'not-ready field').to.not.equal(null);
    expect(adviceIds(el)).to.include.members(['faelles-overgang-ikke-klar', 'faelles-overgang-uden-dato', 'opfoelgning-paa-maal-mangler']);
    expect(adviceIds(el)).not.to.include('overgang-mangler');
    const region = $(el, '[part="advice"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent).to.include('ikke er klar');

    typeWithoutPause($(el, '#overgang-ikke-klar') as HTMLTextAreaElement, 'Støtte fra en kollega');
    await el.updateComplete;
    expect(el.value.overgang.ikkeKlar).to.equal('Støtte fra en kollega');
    // While the user types, the live region is left alone (not re-read per keystroke) …
    expect(adviceIds(el)).to.include('faelles-overgang-ikke-klar');
    // … and follows once typing pauses.
    await aTimeout(800);
    await el.updateComplete;
    expect(adviceIds(el)).not.to.include('faelles-overgang-ikke-klar');
  });

  it('keeps a not-ready text visible for an individual transition, so nothing is hidden', async () => {
    const el = await render(sample);
    expect($<HTMLTextAreaElement>(el, '#overgang-ikke-klar')!.value).to.equal(sample.overgang.ikkeKlar);
  });

  it('keeps the not-ready field, and focus in it, when the user empties it by keyboard; a new transition type decides afresh', async () => {
    const el = await render(sample);
    const field = $<HTMLTextAreaElement>(el, '#overgang-ikke-klar')!;
    field.focus();
    await sendKeys({ press: 'ControlOrMeta+A' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.value.overgang.ikkeKlar).to.equal('');
    expect(field.isConnected, 'the field stays').to.equal(true);
    expect(active(el)?.id, 'focus stays in it').to.equal('overgang-ikke-klar');
    await sendKeys({ type: 'En kollega hjælper' });
    await el.updateComplete;
    expect(el.value.overgang.ikkeKlar).to.equal('En kollega hjælper');
    await sendKeys({ press: 'ControlOrMeta+A' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    // Back through the date box before it, left as it was: no edit, the field stays.
    await sendKeys({ press: 'Shift+Tab' });
    expect(active(el)?.id).to.equal('overgang-dato');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('overgang-ikke-klar');
    expect(field.isConnected, 'the field stays after the date box').to.equal(true);

    // Collective and back to individual: empty, the field goes with the individual transition.
    $<HTMLInputElement>(el, 'input[value="individuel"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value.overgang.type).to.equal('faelles');
    expect($(el, '#overgang-ikke-klar')).not.to.equal(null);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.value.overgang.type).to.equal('individuel');
    expect(described($(el, '#overgang-ikke-klar'))).to.equal('null');
  });

  it('lets a value set by code decide afresh whether the emptied not-ready field shows', async () => {
    const el = await render(sample);
    $<HTMLTextAreaElement>(el, '#overgang-ikke-klar')!.focus();
    await sendKeys({ press: 'ControlOrMeta+A' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    const shown = () => $(el, '#overgang-ikke-klar') !== null;
    expect(shown(), 'kept while the user empties it').to.equal(true);
    // Another plan's value (as when the model loads an example): same type, no not-ready text.
    el.value = { ...sample, overgang: { ...sample.overgang, beskrivelse: 'En anden plan', ikkeKlar: '' } };
    await el.updateComplete;
    expect(shown()).to.equal(false);
  });

  it('names each transition radio by its option alone and describes it by its hint', async () => {
    const el = await render();
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="overgang-type"]')];
    const wiring = radios.map((radio) => ({
      labels: [...radio.labels!].map((label) => label.textContent!.trim()),
      description: el.shadowRoot!.getElementById(radio.getAttribute('aria-describedby')!)?.textContent,
    }));
    expect(wiring).to.deep.equal([
      { labels: ['Individuel'], description: 'Leder og medarbejder aftaler, hvornår den enkelte er klar. Aftal også, hvornår arbejdspladsen som helhed skifter.' },
      { labels: ['Fælles'], description: 'Hele gruppen går over på en aftalt dato.' },
    ]);
    const names = await accessibleNames();
    expect(names.filter((name) => /^(Individuel|Fælles)\b/.test(name)), 'as the browser names them').to.deep.equal(['Individuel', 'Fælles']);
  });

  for (const lang of ['da', 'en'] as const) {
    it(`names each agreement and its controls by its number and kind, so a list of form fields tells them apart (${lang})`, async () => {
      const open = sample.forankring.map((item) => ({ ...item, udfoert: false }));
      await render({ ...sample, forankring: [...open, { ...open[0]!, id: 'f3' }] }, `lang="${lang}"`);
      const names = await accessibleNames();
      const [agreements, labels] = lang === 'da'
        ? [['Aftale 1 om opfølgning på mål', 'Aftale 2 om opfølgning på mål', 'Aftale 1 om løbende støtte'],
          ['Hvad skal der ske?', 'Hvem har ansvaret?', 'Hvornår? (valgfri)', 'Udført']]
        : [['Agreement 1 for follow-up on goals', 'Agreement 2 for follow-up on goals', 'Agreement 1 for ongoing support'],
          ['What will happen?', 'Who is responsible?', 'When? (optional)', 'Done']];
      // The visible label first (Label in Name), then the agreement, as its group (the legend) is named.
      expect(names, 'the groups').to.include.members(agreements);
      for (const label of labels) expect(names, label).to.include.members(agreements.map((a) => `${label} ${a}`));
    });
  }

  it('inside a plan, leaves the advice alone while a date’s year is typed digit by digit, and gives it at once for the whole date', async () => {
    const wrapper = await fixture<Provider>(
      html`<forankring-test-provider><forankring-tjekliste></forankring-tjekliste></forankring-test-provider>`,
    );
    const hverdag: Hverdag = {
      overgang: { type: 'faelles', beskrivelse: '', ikkeKlar: 'Støtte fra en kollega' },
      forankring: [{ id: 'f1', type: 'opfoelgning-paa-maal', beskrivelse: 'Samtale', ansvarlig: 'Leder', udfoert: false }],
    };
    const plan = createPlan({ traeningsbane: { ...createPlan().traeningsbane, periode: { start: '2027-01-10', slut: '2027-05-01' } }, hverdag });
    wrapper.provider.setValue({ plan, edit: () => {} });
    const el = wrapper.firstElementChild as ForankringTjekliste;
    await el.updateComplete;
    const region = $(el, '[part="advice"]')!;
    const typeDate = async (id: string, iso: string, dato: () => string | undefined) => {
      $(el, `#${id}`)!.focus();
      const before = region.textContent;
      const dates = new Set<string | undefined>();
      await withoutPause(async () => {
        for (const key of dateKeys(iso)) { // one digit a press
          await sendKeys({ type: key });
          await el.updateComplete;
          dates.add(dato());
          if (dato()?.startsWith('0')) expect(region.textContent, `after ${[...dates].join(', ')}`).to.equal(before);
        }
      });
      expect(dates, 'the half-typed years went into the value').to.include('0202' + iso.slice(4));
    };

    await typeDate('overgang-dato', '2027-04-01', () => el.value.overgang.dato);
    expect(el.value.overgang.dato).to.equal('2027-04-01');
    expect($(el, '[data-advice="traening-slutter-efter-overgang"]')!.textContent).to.include('den 1. april 2027.');
    expect(adviceIds(el)).not.to.include('faelles-overgang-uden-dato');

    await typeDate('item-0-dato', '2027-04-15', () => el.value.forankring[0]!.dato);
    expect($(el, '[data-advice="opfoelgning-foer-traening-slutter"]')!.textContent).to.include('den 15. april 2027');
  });

  it('reports what is missing when required', async () => {
    const el = await render(empty, 'required');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Mangler: et valg af, om overgangen til hverdag er individuel eller fælles, mindst én aftale om forankring.');
    el.value = { ...sample, overgang: { ...sample.overgang, type: 'faelles', dato: undefined } };
    await el.updateComplete;
    expect(el.validationMessage).to.include('dato for den fælles overgang');
    el.value = { ...sample, overgang: { ...sample.overgang, type: 'faelles' } };
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('prints the transition chosen, without the other option, the radios or the hints; the done boxes stay', async () => {
    const el = await render(sample);
    await emulateMedia({ media: 'print' });
    try {
      const shown = (selector: string) => laidOut(el.shadowRoot!, selector);
      expect(shown('.option').map((c) => c.textContent!.trim())).to.have.length(1);
      expect(shown('.option')[0]!.querySelector('label')!.textContent).to.equal('Individuel');
      expect(shown('input[type="radio"], .hint').map(described)).to.deep.equal([]);
      expect(shown('input[type="checkbox"]')).to.have.length(2);
      expect(shown('.printed-value').map((e) => e.textContent)).to.include.members(['15. marts 2027', '15. april 2027']);
      expect(shown('input[type="date"]'), 'the dates in words instead').to.have.length(0);
      expect(shown('textarea').map((t) => (t as HTMLTextAreaElement).value), 'the one-line texts too, as text boxes that print whole').to.include('Leder');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('points the browser at adding an agreement when the transition is decided but nothing anchors it', async () => {
    const el = await render({ ...sample, forankring: [] }, 'required');
    el.reportValidity();
    expect(el.shadowRoot!.activeElement?.id).to.equal('add-opfoelgning-paa-maal');
  });

  describe('calendar download', () => {
    let created: Blob[];
    let clicked: HTMLAnchorElement[];
    const originals = {
      create: URL.createObjectURL,
      revoke: URL.revokeObjectURL,
      click: HTMLAnchorElement.prototype.click,
    };
    beforeEach(() => {
      created = [];
      clicked = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        created.push(blob as Blob);
        return 'blob:test/ics';
      };
      URL.revokeObjectURL = () => {};
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
    });
    afterEach(() => {
      URL.createObjectURL = originals.create;
      URL.revokeObjectURL = originals.revoke;
      HTMLAnchorElement.prototype.click = originals.click;
    });

    it('downloads a VCALENDAR with the dated items through an <a download> object URL', async () => {
      const el = await render(sample, 'titel="Måltidet er mere end mad"');
      const button = $<HTMLButtonElement>(el, '[part="download"]')!;
      expect(button.disabled).to.equal(false);
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(created).to.have.length(1);
      expect(created[0]!.type).to.match(/^text\/calendar/);
      const text = await created[0]!.text();
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
      expect(text.trimEnd().endsWith('END:VCALENDAR')).to.equal(true);
      expect(text).to.include('DTSTART;VALUE=DATE:20270415');
      expect(text).to.include('Samtale en måned efter kurset');
      expect(text).to.include('X-WR-CALNAME:Måltidet er mere end mad');
      // The undated item has no event.
      expect(text).not.to.include('Sparring med ressourcepersonen');
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.href).to.equal('blob:test/ics');
      expect(clicked[0]!.download).to.equal('maaltidet-er-mere-end-mad.ics');
      expect(clicked[0]!.isConnected, 'the temporary link is removed').to.equal(false);
    });

    it('standing alone, keeps its UIDs from one download to the next and never shares them with another checklist', async () => {
      const uids = async (blob: Blob) => (await blob.text()).split('\r\n').filter((line) => line.startsWith('UID:'));
      const el = await render(sample, 'titel="Måltider"');
      const button = $<HTMLButtonElement>(el, '[part="download"]')!;
      button.click();
      button.click();
      const first = await uids(created[0]!);
      expect(first.length).to.be.greaterThan(1);
      expect(new Set(first).size).to.equal(first.length);
      expect(await uids(created[1]!)).to.deep.equal(first);
      // Another checklist with the same title and no plan-id: its own UIDs (its transition is another event).
      const other = await render(sample, 'titel="Måltider"');
      $<HTMLButtonElement>(other, '[part="download"]')!.click();
      const second = await uids(created[2]!);
      expect(second).to.have.length(first.length);
      for (const uid of second) expect(first).not.to.include(uid);
    });

    it('with plan-id, gives the same UIDs on every page load (the host\'s plan id)', async () => {
      const uids = async (blob: Blob) => (await blob.text()).split('\r\n').filter((line) => line.startsWith('UID:'));
      for (let load = 0; load < 2; load++) {
        const el = await render(sample, 'plan-id="sag-2027-17"');
        $<HTMLButtonElement>(el, '[part="download"]')!.click();
      }
      const [a, b] = [await uids(created[0]!), await uids(created[1]!)];
      expect(a).to.deep.equal(b);
      expect(a.length, 'events with UIDs').to.be.greaterThan(1);
      expect(a.filter((uid) => !uid.startsWith('UID:sag-2027-17/')), 'UIDs without the plan id').to.deep.equal([]);
    });

    it('downloads after the page removes titel and plan-id (the file named as without them)', async () => {
      const el = await render(sample, 'titel="Måltider" plan-id="sag-2027-17"');
      el.removeAttribute('titel');
      el.removeAttribute('plan-id');
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part="download"]')!.click();
      expect(created).to.have.length(1);
      expect(clicked[0]!.download).to.equal('forankring.ics');
      expect(await created[0]!.text()).not.to.include('UID:sag-2027-17/');
    });

    it('is disabled with an explanation when nothing has a date', async () => {
      const undated: Hverdag = {
        overgang: { ...sample.overgang, dato: undefined },
        forankring: sample.forankring.map(({ dato: _d, ...item }) => item),
      };
      const el = await render(undated);
      const button = $<HTMLButtonElement>(el, '[part="download"]')!;
      expect(button.disabled).to.equal(true);
      const hint = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.include('dato');
      button.click();
      expect(created).to.have.length(0);
      // Read-only (a published checklist), the reader cannot give a date: the hint does not ask for one.
      el.setAttribute('readonly', '');
      await el.updateComplete;
      expect(hint.textContent).to.equal('Der er ingen datoer til kalenderen.');
      el.removeAttribute('readonly');
      await el.updateComplete;

      const input = $<HTMLInputElement>(el, '#item-0-dato')!;
      input.value = '2027-06-01';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(button.disabled).to.equal(false);
      // Standing alone, the file has no training period to hold.
      expect(hint.textContent).to.equal('Filen har datoerne for overgangen og aftalerne om forankring, så de kan lægges i Outlook eller en anden kalender. En dato, du fjerner her, skal du også slette i kalenderen.');
      // Read-only (a published checklist), there is nothing to remove here.
      el.setAttribute('readonly', '');
      await el.updateComplete;
      expect(hint.textContent).to.equal('Filen har datoerne for overgangen og aftalerne om forankring, så de kan lægges i Outlook eller en anden kalender.');
    });

    it('inside a plan, gives the whole plan\'s calendar (the same file as <kompetence-model>\'s button)', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<forankring-test-provider><forankring-tjekliste></forankring-tjekliste></forankring-test-provider>`,
      );
      const plan: Plan = createPlan({
        titel: 'Måltider',
        updatedAt: '2027-01-02T10:00:00.000Z',
        traeningsbane: { ...createPlan().traeningsbane, periode: { start: '2027-01-10', slut: '2027-03-01' } },
        hverdag: sample,
      });
      (wrapper as Provider).provider.setValue({ plan, edit: () => {} });
      const el = wrapper.firstElementChild as ForankringTjekliste;
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part="download"]')!.click();
      // Stamped when it is made (see downloadCalendar), it is otherwise the plan's calendar.
      const unstamped = (ics: string) => ics.replace(/^(DTSTAMP|SEQUENCE):.*$/gm, '');
      expect(unstamped(await created[0]!.text())).to.equal(unstamped(planToICalendar(plan)));
      const hint = $(el, '#download-hint')!.textContent!;
      expect(hint, 'the hint names what the file holds').to.equal(
        'Filen har datoerne for træningsbanen, overgangen og aftalerne om forankring, så de kan lægges i Outlook eller en anden kalender. En dato, du fjerner her, skal du også slette i kalenderen.');
    });

    it('inside a plan whose only date is a mobility period, can download it and says the file holds it', async () => {
      const wrapper = await fixture<Provider>(
        html`<forankring-test-provider><forankring-tjekliste></forankring-tjekliste></forankring-test-provider>`,
      );
      const undated: Hverdag = { overgang: { ...sample.overgang, dato: undefined }, forankring: [] };
      const plan: Plan = createPlan({
        titel: 'Måltider',
        hverdag: undated,
        mobilitet: [{
          id: 'm1', form: 'udlaan', afgivende: 'Plejecentret', modtagende: 'Apoteket', ugedage: [], formaal: '', laeringsmaal: '',
          kontakt: '', daekning: '', tilbagevenden: '', vilkaar: { ansvarsomraader: '', ferie: '', sygdom: '' },
          periode: { start: '2027-01-10', slut: '2027-02-10' },
        }],
      });
      (wrapper as Provider).provider.setValue({ plan, edit: () => {} });
      const el = wrapper.firstElementChild as ForankringTjekliste;
      el.readonly = true;
      el.value = undated;
      await el.updateComplete;
      const button = $<HTMLButtonElement>(el, '[part="download"]')!;
      expect(button.disabled, 'a mobility period is a date for the calendar').to.equal(false);
      expect($(el, '#download-hint')!.textContent).to.equal(
        'Filen har datoerne for træningsbanen, mobilitetsaftalerne, overgangen og aftalerne om forankring, så de kan lægges i Outlook eller en anden kalender.');
      button.click();
      expect(await created[0]!.text()).to.include('SUMMARY:Udlån til eksterne samarbejdspartnere: Apoteket – Måltider');
      el.lang = 'en';
      await nextFrame();
      await el.updateComplete;
      expect($(el, '#download-hint')!.textContent, 'in English too').to.equal(
        'The file holds the dates of the training ground, the mobility arrangements, the transition and the anchoring agreements, ready for Outlook or another calendar.');
    });

    it('inside a plan last saved on a PC whose clock was ahead, keeps the plan\'s later time in the file (a calendar ignores a lower SEQUENCE)', async () => {
      const wrapper = await fixture<Provider>(
        html`<forankring-test-provider><forankring-tjekliste></forankring-tjekliste></forankring-test-provider>`,
      );
      const ahead = new Date(Date.now() + 86_400_000).toISOString();
      const plan = createPlan({ updatedAt: ahead, traeningsbane: { ...createPlan().traeningsbane, periode: { start: '2027-01-10' } } });
      wrapper.provider.setValue({ plan, edit: () => {} });
      const el = wrapper.firstElementChild as ForankringTjekliste;
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part="download"]')!.click();
      expect(await created[0]!.text()).to.equal(planToICalendar(plan));
    });

    it('inside a plan, is offered when only the training period has a date (the file holds it)', async () => {
      const wrapper = await fixture<Provider>(
        html`<forankring-test-provider><forankring-tjekliste></forankring-tjekliste></forankring-test-provider>`,
      );
      const plan = createPlan({ traeningsbane: { ...createPlan().traeningsbane, periode: { start: '2027-01-10' } } });
      wrapper.provider.setValue({ plan, edit: () => {} });
      const el = wrapper.firstElementChild as ForankringTjekliste;
      await el.updateComplete;
      const button = $<HTMLButtonElement>(el, '[part="download"]')!;
      expect(button.disabled).to.equal(false);
      button.click();
      expect(await created[0]!.text()).to.include('DTSTART;VALUE=DATE:20270110');
    });

    it('uses English labels in English', async () => {
      const el = await render(sample, 'lang="en"');
      $<HTMLButtonElement>(el, '[part="download"]')!.click();
      const text = await created[0]!.text();
      expect(text).to.include('Follow-up on goals');
      expect(clicked[0]!.download).to.equal('anchoring.ics');
    });
  });

  it('is axe clean when empty, collective and read-only', async () => {
    await expectAccessible(await render());
    await expectAccessible(await render({ ...sample, overgang: { type: 'faelles', beskrivelse: '', ikkeKlar: '' } }, 'lang="en"'));
    await expectAccessible(await render(sample, 'readonly'));
  });

  it('keeps an agreement’s date while part of it is cleared, and takes it out once all of it is, when the box is left', async () => {
    const el = await render(sample);
    const input = $<HTMLInputElement>(el, '#item-0-dato')!;
    input.focus();
    await clearDateParts(1);
    expect(el.value.forankring[0]!.dato, 'a part cleared').to.equal(sample.forankring[0]!.dato);
    await sendKeys({ press: 'ArrowRight' });
    await clearDateParts(2);
    input.blur();
    expect(el.value.forankring[0]).not.to.have.property('dato');
  });

  it('does not take a five-digit year into the plan, and shows the input out of range', async () => {
    const el = await render(sample);
    const values: unknown[] = [];
    el.addEventListener('kompetence-change', (e) => values.push(e.detail.value));
    const input = $<HTMLInputElement>(el, '#item-0-dato')!;
    const before = el.value.forankring[0]!.dato;
    // Chromium lets the user type up to six digits in the year; the plan's dates have four.
    input.value = '20277-11-05';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.value.forankring[0]!.dato).to.equal(before);
    expect(values).to.have.length(0);
    expect(input.matches(':out-of-range')).to.equal(true);
    const transition = $<HTMLInputElement>(el, '#overgang-dato')!;
    transition.value = '120000-01-01';
    transition.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.value.overgang.dato).to.equal(sample.overgang.dato);
  });

  it('is read-only with readonly: no add or remove, controls locked, download still works', async () => {
    const el = await render(sample, 'readonly');
    expect(el.shadowRoot!.querySelectorAll('button[part="add"], button.remove').length).to.equal(0);
    expect($<HTMLTextAreaElement>(el, '#overgang-beskrivelse')!.readOnly).to.equal(true);
    expect($<HTMLInputElement>(el, 'li.item input[type="checkbox"]')!.ariaReadOnly, 'done: read-only, not disabled').to.equal('true');
    expect($<HTMLInputElement>(el, 'input[type="radio"]')!.disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, '[part="download"]')!.disabled).to.equal(false);
  });

  it('inside a plan, warns about dates in the wrong order against the training period', async () => {
    const wrapper = await fixture<Provider>(
      html`<forankring-test-provider><forankring-tjekliste></forankring-tjekliste></forankring-test-provider>`,
    );
    // A collective transition: under individual ones a follow-up may come while others still train.
    const hverdag = { ...sample, overgang: { ...sample.overgang, type: 'faelles' as const } };
    const plan: Plan = createPlan({
      traeningsbane: { ...createPlan().traeningsbane, periode: { start: '2027-01-10', slut: '2027-05-01' } },
      hverdag,
    });
    wrapper.provider.setValue({ plan, edit: () => {} });
    const el = wrapper.firstElementChild as ForankringTjekliste;
    await el.updateComplete;
    expect(el.value).to.deep.equal(hverdag);
    expect(adviceIds(el)).to.include.members(['traening-slutter-efter-overgang', 'opfoelgning-foer-traening-slutter']);
  });
});
