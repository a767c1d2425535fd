/**
 * `content-lang` on the editing elements (WCAG 3.1.2 Language of Parts): the controls that hold the
 * user's own text carry it as `lang`, the element's texts (labels, hints, the catalog's names) do not.
 * One table over the seven elements; inside <kompetence-model> they take the model's from the plan context.
 */
import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/ansvars-trappe.js';
import '../../src/define/forankring-tjekliste.js';
import '../../src/define/laeringsmaal-pyramide.js';
import '../../src/define/mobilitet-aftale.js';
import '../../src/define/opgave-felt.js';
import '../../src/define/perspektiv-felt.js';
import '../../src/define/traeningsbane-plan.js';
import type { KompetenceFieldElement } from '../../src/internal/field-element.js';
import { planContext } from '../../src/internal/plan-context.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';
import { deepElements, described } from '../helpers/dom.js';

type Field = KompetenceFieldElement<'opgave'>;

interface Case {
  tag: string;
  /** A value that shows every control of the user's text (a group, an agreement, the not-ready text…). */
  value: unknown;
  /** The ids of those controls. */
  userText: string[];
  /** The plan part the element edits inside <kompetence-model>; none when the model drives it by property. */
  part?: keyof Plan;
}

const cases: Case[] = [
  { tag: 'opgave-felt', part: 'opgave', value: {}, userText: ['beskrivelse', 'situationNu', 'situationFremover'] },
  { tag: 'perspektiv-felt', part: 'perspektiv', value: {}, userText: ['kerneopgave', 'arbejdsplads', 'fortolkninger'] },
  { tag: 'laeringsmaal-pyramide', part: 'laeringsmaal', value: {}, userText: ['rolle-text', 'viden-text', 'metoder-text'] },
  {
    tag: 'traeningsbane-plan', part: 'traeningsbane', value: { laeringsformer: ['traeningsworkshop'] },
    userText: ['vidensopbygning', 'afproevning', 'feedback', 'spilleregler', 'daekning'],
  },
  { tag: 'ansvars-trappe', part: 'ansvar', value: [{ id: 'g', maalgruppe: 'Sygeplejersker', antal: 4 }], userText: ['g0-name'] },
  {
    tag: 'forankring-tjekliste', part: 'hverdag',
    value: {
      overgang: { type: 'faelles', beskrivelse: 'Alle på én gang', dato: '2026-12-01' },
      forankring: [{ id: 'f', type: 'loebende-stoette', beskrivelse: 'Sparring', ansvarlig: 'Mette', dato: '2026-12-15', udfoert: false }],
    },
    userText: ['overgang-beskrivelse', 'overgang-ikke-klar', 'item-0-beskrivelse', 'item-0-ansvarlig'],
  },
  {
    tag: 'mobilitet-aftale', value: { form: 'udlaan', omfang: 'deltid', ugedage: ['mandag'], periode: { start: '2026-09-01' } },
    userText: ['afgivende', 'modtagende', 'formaal', 'laeringsmaal', 'ansvarsomraader', 'ferie', 'sygdom', 'kontakt', 'daekning', 'tilbagevenden'],
  },
];

/**
 * Each element in the shadow DOM (nested elements' too) with a `lang`, but for catalog text offered
 * in buttons (tested apart): its id and its language. The copy of a one-line text box's text that
 * print shows in its place counts as that box (its id, with "printed").
 */
const marked = (el: Field) => deepElements(el.shadowRoot!).filter((e) => e.hasAttribute('lang') && !e.closest('button'))
  .map((e) => (e.classList.contains('printed-value')
    ? `${e.previousElementSibling!.id} printed=${e.getAttribute('lang')}`
    : `${e.id}=${e.getAttribute('lang')}`));
/** What `marked` gives for the text boxes `ids` marked `lang`: each, and the printed copy of a one-line box. */
const markedAs = (el: Field, ids: string[], lang: string) => ids.flatMap((id) => [
  `${id}=${lang}`,
  ...(el.shadowRoot!.getElementById(id) instanceof HTMLInputElement ? [`${id} printed=${lang}`] : []),
]);
/** Every control that takes text typed by the user. */
const textBoxes = (el: Field) => [...el.shadowRoot!.querySelectorAll('textarea')].map((e) => e.id);

async function standalone(c: Case, attrs: string): Promise<Field> {
  const wrap = await fixture<HTMLElement>(`<div lang="en"><${c.tag} ${attrs}></${c.tag}></div>`);
  const el = wrap.firstElementChild as Field;
  el.value = c.value as never;
  await el.updateComplete;
  return el;
}

describe('content-lang on the editing elements', () => {
  for (const c of cases) {
    it(`<${c.tag}> marks the user's text with it, and only that; unset or empty marks nothing`, async () => {
      const el = await standalone(c, 'content-lang="da"');
      expect(el.contentLang).to.equal('da');
      expect(textBoxes(el), 'the table names every text box').to.deep.equal(c.userText);
      expect(marked(el)).to.deep.equal(markedAs(el, c.userText, 'da'));

      // Changed at run time; a value that is no known tag is used as given, as `lang` takes it.
      el.contentLang = 'x-klingon';
      await el.updateComplete;
      expect(marked(el)).to.deep.equal(markedAs(el, c.userText, 'x-klingon'));
      el.removeAttribute('content-lang');
      await el.updateComplete;
      expect(el.contentLang).to.equal(null);
      expect(marked(el)).to.deep.equal([]);

      for (const attrs of ['', 'content-lang=""']) expect(marked(await standalone(c, attrs)), attrs).to.deep.equal([]);
    });
  }

  for (const c of cases.filter((c): c is Case & { part: keyof Plan } => !!c.part)) {
    it(`<${c.tag}> inside <kompetence-model> takes the model's content-lang from the plan context, its own first`, async () => {
      const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const provider = new ContextProvider(host, { context: planContext });
      const plan = createPlan({ [c.part]: c.value } as Partial<Plan>);
      const provide = (contentLang?: string | null) => provider.setValue({ plan, edit: () => {}, contentLang });
      provide('da');
      host.insertAdjacentHTML('beforeend', `<${c.tag}></${c.tag}>`);
      const el = host.firstElementChild as Field;
      await el.updateComplete;
      expect(el.contentLang, 'its own stays unset').to.equal(null);
      expect(marked(el)).to.deep.equal(markedAs(el, c.userText, 'da'));

      // The model's content-lang changes, the plan does not.
      provide('sv');
      await el.updateComplete;
      expect(marked(el)).to.deep.equal(markedAs(el, c.userText, 'sv'));
      el.contentLang = 'nb';
      await el.updateComplete;
      expect(marked(el), 'the element\'s own wins').to.deep.equal(markedAs(el, c.userText, 'nb'));
      el.contentLang = null;
      provide(null);
      await el.updateComplete;
      expect(marked(el)).to.deep.equal([]);
    });
  }

  it('puts catalog text into the user\'s text in its language when the catalog has it, and says it so', async () => {
    const perspektiv = await standalone(cases[1]!, 'content-lang="da-DK"');
    const starter = perspektiv.shadowRoot!.querySelector<HTMLButtonElement>('[part="starter"]')!;
    expect(starter.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Start with “Vi bliver bedre til, at …”');
    expect(starter.querySelector('[lang]')!.getAttribute('lang')).to.equal('da');
    starter.click();
    await perspektiv.updateComplete;
    expect((perspektiv.value as unknown as Plan['perspektiv']).kerneopgave).to.equal('Vi bliver bedre til, at ');

    const tjekliste = await standalone(cases[5]!, 'content-lang="da"');
    const example = tjekliste.shadowRoot!.querySelector<HTMLButtonElement>('button.example')!;
    expect(example.querySelector('[lang="da"]')!.textContent).to.equal(example.textContent!.replace(/\s*Use the example\s*$/, '').trim());
    example.click();
    await tjekliste.updateComplete;
    const added = (tjekliste.value as unknown as Plan['hverdag']).forankring.at(-1)!.beskrivelse;
    expect(added, 'the Danish example').to.equal(example.querySelector('[lang]')!.textContent);

    // A language the catalog does not have: the texts' language, and not marked as another.
    const swedish = (await standalone(cases[1]!, 'content-lang="sv"')).shadowRoot!.querySelector('[part="starter"]')!;
    expect(swedish.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Start with “We get better at …”');
    expect(described(swedish.querySelector('[lang]'))).to.equal('null');

    // An English plan edited in a Danish page: English catalog text.
    const english = await standalone(cases[1]!, 'lang="da" content-lang="en-GB"');
    expect(english.shadowRoot!.querySelector('[part="starter"] [lang]')!.textContent).to.include('We get better at');
  });
});
