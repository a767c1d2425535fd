/**
 * A field element on its own (a CMS page), by the rule of `<kompetence-model>`'s fields (`begun`,
 * live-advice.ts): blank, it gives no advice until the user leaves a box or control in it (not for
 * another window) or it holds something; a form sent with it required and empty still says what is
 * missing, and then gives its advice too. The model's fields: kompetence-model-advice-list.test.ts.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/ansvars-trappe.js';
import '../../src/define/forankring-tjekliste.js';
import '../../src/define/kompetence-model.js';
import '../../src/define/laeringsmaal-pyramide.js';
import '../../src/define/mobilitet-aftale.js';
import '../../src/define/opgave-felt.js';
import '../../src/define/perspektiv-felt.js';
import '../../src/define/traeningsbane-plan.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import { adviseOn, type AdvicePart } from '../../src/model/advice.js';
import { settle } from '../helpers/dom.js';
import { typeWithoutPause } from '../helpers/keyboard.js';

interface FieldElement extends HTMLElement {
  value: unknown;
  readonly updateComplete: Promise<boolean>;
  readonly validity: ValidityState;
  readonly validationMessage: string;
}

/** Each element, its part, and a value that holds something and still gets advice. */
const elements: [tag: string, part: AdvicePart, given: unknown][] = [
  ['opgave-felt', 'opgave', { beskrivelse: 'Samarbejde' }],
  ['ansvars-trappe', 'ansvar', [{ maalgruppe: 'Hjælpere', nuvaerende: 'begyndere' }]],
  ['perspektiv-felt', 'perspektiv', { arbejdsplads: 'Færre konflikter' }],
  ['laeringsmaal-pyramide', 'laeringsmaal', { rolle: { beskrivelse: '', typer: ['vaerdier'] } }],
  ['traeningsbane-plan', 'traeningsbane', { vidensopbygning: 'Oplæg' }],
  ['forankring-tjekliste', 'hverdag', { overgang: { type: 'faelles' } }],
  ['mobilitet-aftale', 'mobilitet', { modtagende: 'Apoteket' }],
];

async function render(tag: string, attrs = ''): Promise<FieldElement> {
  const wrap = await fixture<HTMLElement>(`<form lang="da"><${tag} name="f" ${attrs}></${tag}><button>Send</button></form>`);
  const el = wrap.firstElementChild as FieldElement;
  await el.updateComplete;
  return el;
}

const region = (el: FieldElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="advice"]')!;
const shown = (el: FieldElement) => [...region(el).querySelectorAll<HTMLElement>('[data-advice]')].map((li) => li.dataset['advice']);
/** What the model advises on the element's value now (an arrangement is judged as the plan's only one). */
const advised = (el: FieldElement, part: AdvicePart) =>
  adviseOn(part, (part == 'mobilitet' ? [el.value] : el.value) as never, { lang: 'da' }).map((a) => a.id);
/** The control the focus is on, inside the element. */
const inside = (el: FieldElement) => el.shadowRoot!.activeElement;

for (const [tag, part, given] of elements) {
  describe(`<${tag}> on its own`, () => {
    it('opens blank without advice; leaving a control gives it, in its polite live region', async () => {
      const el = await render(tag);
      const live = region(el);
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.textContent!.trim(), 'blank').to.equal('');
      el.focus();
      await el.updateComplete;
      expect(shown(el), 'in a control: about to act, not told off').to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(advised(el, part), 'the model has advice on it').to.not.deep.equal([]);
      expect(shown(el), 'left').to.deep.equal(advised(el, part));
      // Added to the region that was there, so a screen reader announces it.
      expect(region(el), 'the same live region').to.equal(live);
    });

    it('does not count going to another window as leaving a control', async () => {
      const el = await render(tag);
      el.focus();
      const control = inside(el)!;
      // A switch to another program: the focus leaves the window but stays the page's (what a browser
      // does; a headless one emulates focus, so the events are sent here).
      control.dispatchEvent(new FocusEvent('blur'));
      control.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(inside(el)).to.equal(control);
      expect(shown(el), 'back from the other window').to.deep.equal([]);
    });

    it('a click on the form\'s button below, from a control in it, is not lost to the advice it gives', async () => {
      const el = await render(tag);
      const form = el.closest('form')!;
      let sent = false;
      form.addEventListener('submit', (e) => {
        sent = true;
        e.preventDefault();
      });
      el.focus();
      const send = form.querySelector('button')!;
      send.scrollIntoView({ block: 'end' });
      const { x, y, width, height } = send.getBoundingClientRect();
      // The advice comes as the focus leaves (at the press): shown before the release, it moved the
      // button from under the pointer, and the release fell elsewhere.
      await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
      await aTimeout(0);
      await el.updateComplete;
      expect(sent, 'sent').to.equal(true);
      expect(shown(el), 'and its advice given').to.deep.equal(advised(el, part));
    });

    it('is calm again once its form is reset, as a new form (by its Reset button, from a control in it)', async () => {
      const el = await render(tag, 'required');
      const form = el.closest('form')!;
      form.insertAdjacentHTML('beforeend', '<button type="reset">Nulstil</button>');
      form.addEventListener('submit', (e) => e.preventDefault());
      form.requestSubmit();
      await el.updateComplete;
      expect(shown(el), 'sent untouched').to.deep.equal(advised(el, part));
      // The browser focused a control in it: the click leaves it too, as it resets the form.
      expect(inside(el)).to.not.equal(null);
      const reset = form.querySelector<HTMLElement>('[type=reset]')!;
      reset.scrollIntoView({ block: 'end' });
      const { x, y, width, height } = reset.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
      await aTimeout(0);
      await el.updateComplete;
      expect(shown(el), 'reset').to.deep.equal([]);
      el.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(shown(el), 'left again').to.deep.equal(advised(el, part));
    });

    it('gives its advice at once on a value given in its attribute or property', async () => {
      const byAttribute = await render(tag, `value='${JSON.stringify(given)}'`);
      expect(advised(byAttribute, part), 'the model has advice on it').to.not.deep.equal([]);
      expect(shown(byAttribute), 'attribute').to.deep.equal(advised(byAttribute, part));
      const byProperty = await render(tag);
      byProperty.value = given;
      await byProperty.updateComplete;
      expect(shown(byProperty), 'property').to.deep.equal(advised(byProperty, part));
    });

    it('required and untouched, stops its form with what is missing, points at where to fill it, and gives its advice', async () => {
      const el = await render(tag, 'required');
      const form = el.closest('form')!;
      let sent = false;
      form.addEventListener('submit', (e) => {
        sent = true;
        e.preventDefault();
      });
      expect(shown(el), 'before').to.deep.equal([]);
      form.requestSubmit();
      await el.updateComplete;
      expect(sent, 'not sent').to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.match(/^Mangler: ./);
      expect(inside(el), 'the browser\'s message at a control in it').to.not.equal(null);
      expect(shown(el), 'told on the page too').to.deep.equal(advised(el, part));
    });
  });
}

describe('field elements on their own, typing', () => {
  it('gives the advice on what is typed at the pause, without leaving the box', async () => {
    const el = await render('perspektiv-felt');
    const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#kerneopgave')!;
    box.focus();
    typeWithoutPause(box, 'Børnene får ro');
    await aTimeout(800);
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['perspektiv-arbejdsplads-mangler', 'fortolkninger-mangler']);
  });
});

describe('<mobilitet-aftale> in <kompetence-model>', () => {
  it('gives an arrangement\'s advice as soon as it is added: it is the training ground\'s content', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="da"><kompetence-model></kompetence-model></div>`);
    const model = wrap.firstElementChild as KompetenceModel;
    await settle(model);
    model.shadowRoot!.querySelector<HTMLElement>('#tab-traeningsbane')!.click();
    await settle(model);
    model.shadowRoot!.querySelector<HTMLButtonElement>('#add-arr')!.click();
    await settle(model);
    const aftale = model.shadowRoot!.querySelector('mobilitet-aftale') as unknown as FieldElement;
    await aftale.updateComplete;
    expect(advised(aftale, 'mobilitet'), 'the model has advice on it').to.not.deep.equal([]);
    expect(shown(aftale)).to.deep.equal(advised(aftale, 'mobilitet'));
  });
});
