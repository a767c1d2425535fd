import { aTimeout, expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/perspektiv-felt.js';
import type { PerspektivFelt } from '../../src/elements/perspektiv-felt/perspektiv-felt.js';
import { fieldById } from '../../src/model/catalog/fields.js';
import { examples } from '../../src/model/examples/index.js';
import type { Perspektiv } from '../../src/model/plan.js';
import { accessibleRoles } from '../helpers/accessibility-tree.js';
import { runConformance } from '../helpers/conformance.js';
import { expectSameNode } from '../helpers/dom.js';
import { typeWithoutPause } from '../helpers/keyboard.js';

const sample: Perspektiv = {
  kerneopgave: 'Vi bliver bedre til, at borgerne får deres måltid varmt og i ro.',
  arbejdsplads: 'Færre klager og mindre madspild i køkkenet.',
  fortolkninger: 'Nogle tror, det handler om besparelser. Vi viser tallene på næste personalemøde.',
};

runConformance({
  tag: 'perspektiv-felt',
  sample,
  withUserText: (text) => ({ ...sample, kerneopgave: text, fortolkninger: text }),
  badAttributeValues: [
    '{not json',
    '[]',
    '"Vi bliver bedre til noget"',
    '{"kerneopgave": 5}',
    '{"arbejdsplads": ["a", "b"]}',
    '{"kerneopgav": "slåfejl"}',
  ],
  badPropertyValues: [42, 'x', { fortolkninger: false }, { kerneopgave: 'ok', ekstra: 'nej' }],
  keyboardEdit: async () => {
    // Focus is in the first text; typing adds to it.
    await sendKeys({ type: ' Ja.' });
  },
  incomplete: { kerneopgave: ' ', arbejdsplads: '', fortolkninger: 'Kun fortolkninger.' },
  plan: { sample: examples.boernehus, read: (plan) => plan.perspektiv },
});

const q = <T extends Element = HTMLElement>(el: PerspektivFelt, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector);
const adviceIds = (el: PerspektivFelt) =>
  [...el.shadowRoot!.querySelectorAll('[data-advice]')].map((li) => li.getAttribute('data-advice'));
const starters = (el: PerspektivFelt) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="starter"]')];

async function felt(value: Partial<Perspektiv> = {}, lang = 'da', attrs = ''): Promise<PerspektivFelt> {
  const wrap = await fixture<HTMLElement>(`<div lang="${lang}"><perspektiv-felt ${attrs}></perspektiv-felt></div>`);
  const el = wrap.firstElementChild as PerspektivFelt;
  el.value = { ...el.value, ...value };
  await el.updateComplete;
  return el;
}

function changes(el: PerspektivFelt): Perspektiv[] {
  const values: Perspektiv[] = [];
  el.addEventListener('kompetence-change', (e) => values.push(e.detail.value as Perspektiv));
  return values;
}

/** Types into a text the way a user does; `settle` waits for the advice to catch up. */
async function typeInto(el: PerspektivFelt, id: string, text: string, settle = true): Promise<void> {
  q<HTMLTextAreaElement>(el, `#${id}`)!.focus();
  await sendKeys({ type: text });
  if (settle) await aTimeout(800);
  await el.updateComplete;
}

describe('<perspektiv-felt> behaviour', () => {
  it('asks for the perspective when left empty; the core task removes that and the workplace is asked for', async () => {
    const el = await felt();
    q(el, '#kerneopgave')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['perspektiv-mangler']);
    expect(q(el, '[data-advice="perspektiv-mangler"]')!.className).to.equal('warning');
    const values = changes(el);
    typeWithoutPause(q<HTMLTextAreaElement>(el, '#kerneopgave')!, 'Børnene får ro');
    await el.updateComplete;
    // While the user types, the live region is left alone.
    expect(adviceIds(el)).to.deep.equal(['perspektiv-mangler']);
    await aTimeout(300);
    await el.updateComplete;
    expect(adviceIds(el), 'after 0.3 s').to.deep.equal(['perspektiv-mangler']);
    await aTimeout(500);
    await el.updateComplete;
    expect(adviceIds(el)).not.to.include('perspektiv-mangler');
    expect(adviceIds(el)).to.deep.equal(['perspektiv-arbejdsplads-mangler', 'fortolkninger-mangler']);
    expect(values.at(-1)).to.deep.equal({ kerneopgave: 'Børnene får ro', arbejdsplads: '', fortolkninger: '' });
    await typeInto(el, 'arbejdsplads', 'Færre konflikter');
    expect(adviceIds(el)).to.deep.equal(['fortolkninger-mangler']);
  });

  it('asks about competing interpretations once a value is written, organisational or not', async () => {
    const el = await felt({ arbejdsplads: 'Vi sparer en stilling.' });
    expect(adviceIds(el)).to.have.members(['perspektiv-kerneopgave-mangler', 'fortolkninger-mangler']);
    expect(q(el, '[data-advice="fortolkninger-mangler"]')!.textContent).to.match(/spareøvelse/);
    // The interpretations text says what staff may hear, with the method's two examples.
    const hint = q(el, '#fortolkninger-h')!.textContent!;
    expect(hint).to.include('spare penge').and.include('ikke gode nok');
    expect(q(el, '#fortolkninger')!.getAttribute('aria-describedby')).to.equal('fortolkninger-h');
    await typeInto(el, 'fortolkninger', 'Nogle hører en spareøvelse; vi fortæller, hvad de sparede timer bruges til.');
    expect(adviceIds(el)).to.deep.equal(['perspektiv-kerneopgave-mangler']);
    // The core task's value alone can be read otherwise too.
    const core = await felt({ kerneopgave: 'Børnene får ro ved måltidet.' });
    expect(adviceIds(core)).to.deep.equal(['perspektiv-arbejdsplads-mangler', 'fortolkninger-mangler']);
  });

  it('names each starter button after its box too, so a screen reader\'s list of buttons tells the two apart', async () => {
    await felt();
    const names = (await accessibleRoles()).filter((n) => n.startsWith('button: Start med'));
    expect(names).to.deep.equal([
      'button: Start med «Vi bliver bedre til, at …» Værdi for kerneopgaven og borgerne',
      'button: Start med «Vi bliver bedre til, at …» Værdi for arbejdspladsen',
    ]);
  });

  it('starts an empty text with «Vi bliver bedre til, at …» by keyboard, and the user writes on', async () => {
    const el = await felt();
    const values = changes(el);
    expect(starters(el)).to.have.length(2);
    q<HTMLTextAreaElement>(el, '#kerneopgave')!.focus();
    await sendKeys({ press: 'Tab' });
    expectSameNode(el.shadowRoot!.activeElement, starters(el)[0]);
    expect(starters(el)[0]!.textContent).to.equal('Start med «Vi bliver bedre til, at …»');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.kerneopgave).to.equal('Vi bliver bedre til, at ');
    expect(values).to.have.length(1);
    // A click is a choice: the advice follows at once, without waiting for a pause. The starter
    // alone says nothing yet, so the perspective is still missing.
    expect(adviceIds(el)).to.deep.equal(['perspektiv-mangler']);
    // The button has done its job; focus is in the text, after the phrase.
    expectSameNode(el.shadowRoot!.activeElement, q(el, '#kerneopgave'));
    expect(starters(el)).to.have.length(1);
    await sendKeys({ type: 'give børnene ro' });
    await aTimeout(800);
    await el.updateComplete;
    expect(el.value.kerneopgave).to.equal('Vi bliver bedre til, at give børnene ro');
    expect(adviceIds(el)).to.deep.equal(['perspektiv-arbejdsplads-mangler', 'fortolkninger-mangler']);
  });

  it('does not take the starter phrases alone as a perspective, neither for advice nor when required', async () => {
    const el = await felt({}, 'da', 'required');
    for (const button of starters(el)) button.click();
    await el.updateComplete;
    expect(el.value).to.deep.include({ kerneopgave: 'Vi bliver bedre til, at ', arbejdsplads: 'Vi bliver bedre til, at ' });
    expect(adviceIds(el)).to.deep.equal(['perspektiv-mangler']);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.include('værdien for kerneopgaven eller arbejdspladsen');
    await typeInto(el, 'arbejdsplads', 'vi klarer travle perioder');
    expect(adviceIds(el)).to.deep.equal(['perspektiv-kerneopgave-mangler', 'fortolkninger-mangler']);
    expect(el.checkValidity()).to.equal(true);
  });

  it('starts with the English phrase in English, and offers no starter once a text has content', async () => {
    const el = await felt({ arbejdsplads: 'Fewer complaints.' }, 'en');
    expect(starters(el)).to.have.length(1);
    expect(starters(el)[0]!.textContent).to.equal('Start with “We get better at …”');
    starters(el)[0]!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.deep.include({ kerneopgave: 'We get better at ', arbejdsplads: 'Fewer complaints.' });
    expect(starters(el)).to.have.length(0);
  });

  it('shows the dialogue questions of the field in Danish and English, folded and opened by keyboard', async () => {
    for (const lang of ['da', 'en'] as const) {
      const el = await felt({}, lang);
      const details = q<HTMLDetailsElement>(el, 'details[part="questions"]')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent!.trim()).to.equal(
        lang === 'da' ? 'Spørgsmål til dialogen' : 'Questions for the dialogue',
      );
      const shown = [...details.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(shown).to.deep.equal(fieldById('perspektiv').dialogueQuestions.map((t) => t[lang]));
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
    }
  });

  it('shows the perspective read-only: no starter, no edits', async () => {
    const el = await felt({ arbejdsplads: 'Færre klager.' }, 'da', 'readonly');
    const values = changes(el);
    expect(starters(el)).to.have.length(0);
    const area = q<HTMLTextAreaElement>(el, '#arbejdsplads')!;
    expect(area.readOnly).to.equal(true);
    await typeInto(el, 'arbejdsplads', 'x', false);
    expect(el.value.arbejdsplads).to.equal('Færre klager.');
    expect(values).to.deep.equal([]);
  });

  it('keeps keys of host systems (x-…) when the user edits, and names what is missing when required', async () => {
    const el = await felt({}, 'da', 'required');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.include('værdien for kerneopgaven eller arbejdspladsen');
    el.value = { kerneopgave: '', arbejdsplads: '', fortolkninger: '', 'x-sag': 'A-17' };
    await el.updateComplete;
    await typeInto(el, 'arbejdsplads', 'Mindre overarbejde', false);
    expect(el.value).to.deep.equal({ kerneopgave: '', arbejdsplads: 'Mindre overarbejde', fortolkninger: '', 'x-sag': 'A-17' });
    expect(el.checkValidity()).to.equal(true);
  });
});
