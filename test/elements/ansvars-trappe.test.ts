import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/ansvars-trappe.js';
import '../../src/define/opgave-felt.js';
import type { AnsvarsTrappe } from '../../src/elements/ansvars-trappe/ansvars-trappe.js';
import { ADVICE_SETTLE_MS } from '../../src/internal/live-advice.js';
import type { AnsvarItem, Plan } from '../../src/model/plan.js';
import { accessibleDescriptions, accessibleNames } from '../helpers/accessibility-tree.js';
import { nameFromContent } from '../helpers/name-from-content.js';
import { expectAccessible } from '../helpers/axe.js';
import { runConformance } from '../helpers/conformance.js';
import { described, expectSameNode } from '../helpers/dom.js';
import { deepActiveElement } from '../helpers/keyboard.js';
import { withoutPause } from '../helpers/pause.js';
import { expectReflow } from '../helpers/reflow.js';

const sample: AnsvarItem[] = [
  { id: 'g1', maalgruppe: 'Alle medarbejdere', antal: 12, nuvaerende: 'begyndere', fremtidigt: 'med-stoette' },
  { id: 'g2', maalgruppe: 'Assistenter', nuvaerende: 'lidt-erfarne', fremtidigt: 'selvstaendigt' },
];

runConformance({
  tag: 'ansvars-trappe',
  sample,
  withUserText: (text) => [{ ...sample[0], maalgruppe: text }, sample[1]],
  badAttributeValues: [
    '{not json',
    '{"maalgruppe": "ikke en liste"}',
    '[{"id": "a", "maalgruppe": 5}]',
    '[{"id": "a", "maalgruppe": "x", "nuvaerende": "eksperter"}]',
    '[{"id": "a", "maalgruppe": "x", "antal": 0}]',
    '[{"id": "a", "maalgrupe": "x"}]',
  ],
  badPropertyValues: [42, 'x', [{ id: 'a', maalgruppe: 'x', fremtidigt: 'chef' }], [{ id: 'a', maalgruppe: 'x', antal: 2.5 }]],
  keyboardEdit: async () => {
    await sendKeys({ type: ' i alt' });
  },
  plan: { sample: { ansvar: sample } as Partial<Plan> as Plan, read: (plan) => plan.ansvar },
  incomplete: [],
});

const root = (el: AnsvarsTrappe) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: AnsvarsTrappe, selector: string) => root(el).querySelector<T & Element>(selector);
const focused = (el: AnsvarsTrappe) => root(el).activeElement as HTMLElement | null;
const adviceIds = (el: AnsvarsTrappe) =>
  [...root(el).querySelectorAll('[data-advice]')].map((li) => li.getAttribute('data-advice'));

async function trappe(value: AnsvarItem[], attrs = ''): Promise<AnsvarsTrappe> {
  const wrap = await fixture<HTMLElement>(`<div lang="da"><ansvars-trappe ${attrs}></ansvars-trappe></div>`);
  const el = wrap.firstElementChild as AnsvarsTrappe;
  el.value = value;
  await el.updateComplete;
  return el;
}

function changes(el: AnsvarsTrappe): CustomEvent<{ value: AnsvarItem[] }>[] {
  const events: CustomEvent<{ value: AnsvarItem[] }>[] = [];
  el.addEventListener('kompetence-change', (e) => events.push(e as CustomEvent<{ value: AnsvarItem[] }>));
  return events;
}

/** The middle of an element on the page, for sendMouse. */
function center(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('<ansvars-trappe> behaviour', () => {
  it('keeps its radios where they are when a level is chosen, on a phone (the picture follows them) and wide (it holds its height above them)', async () => {
    const wrap = await fixture<HTMLElement>(`<div lang="da" style="width: 360px"><ansvars-trappe></ansvars-trappe></div>`);
    const el = wrap.firstElementChild as AnsvarsTrappe;
    el.value = [{ id: 'a', maalgruppe: 'Nye' }];
    await el.updateComplete;
    const radios = () => [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const tops = () => radios().map((r) => Math.round(r.getBoundingClientRect().top));
    expect(radios().length).to.be.greaterThan(4);
    for (const index of [0, 2, radios().length - 1]) {
      const before = tops();
      radios()[index]!.click();
      await el.updateComplete;
      expect(tops(), `after choosing ${radios()[index]!.value}`).to.deep.equal(before);
    }
    // Read after the choices (the markup's order), and on a phone shown after them too.
    const top = (selector: string) => root(el).querySelector(selector)!.getBoundingClientRect().top;
    expect(top('.stairs')).to.be.greaterThan(top('.choices'));
    // Wide, the low picture is shown above the choices, so a click's result is in sight, and holds
    // its height, so the radios below it stay where they are too (a tablet in landscape).
    for (const [width, lang] of [['900px', 'da'], ['700px', 'en']]) {
      wrap.style.width = width;
      wrap.lang = lang;
      await nextFrame(); // the language is taken up on a mutation record
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.include(lang === 'en' ? 'Starting point' : 'Udgangspunkt');
      expect(top('.stairs')).to.be.lessThan(top('.choices'));
      expect(top('.stairs')).to.be.greaterThan(top('textarea'));
      for (const index of [0, 1, 2, 3, 4, radios().length - 1, 0]) {
        const before = tops();
        radios()[index]!.click();
        await el.updateComplete;
        expect(tops(), `${width}, ${lang}: after choosing ${radios()[index]!.value}`).to.deep.equal(before);
      }
    }
  });

  it('drops a bad head count as typed when code sets another value (it stayed in the box and kept the element invalid)', async () => {
    const el = await fixture<AnsvarsTrappe>(html`<ansvars-trappe .value=${[{ id: 'a', maalgruppe: 'Nye', antal: 3 }]}></ansvars-trappe>`);
    const count = () => el.shadowRoot!.querySelector<HTMLInputElement>('#g0-count')!;
    count().focus();
    count().select();
    await sendKeys({ type: '0' });
    await el.updateComplete;
    expect(count().getAttribute('aria-invalid')).to.equal('true');
    el.value = [{ id: 'b', maalgruppe: 'Andre', antal: 4 }];
    await el.updateComplete;
    expect(count().value).to.equal('4');
    expect(el.checkValidity()).to.equal(true);
  });

  it('gives a step clicked with the mouse its advice at once (arrow keys wait for a pause)', async () => {
    const el = await fixture<AnsvarsTrappe>(html`<ansvars-trappe .value=${[{ id: 'a', maalgruppe: 'Nye', fremtidigt: 'ressourceperson' }]}></ansvars-trappe>`);
    const step = el.shadowRoot!.querySelector<HTMLInputElement>('#g0-now-begyndere')!;
    step.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    step.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-advice="ansvar-spring-til-ressourceperson"]'), 'no pause').not.to.equal(null);
  });

  it('adds a group by keyboard, with a generated id, and moves focus to its name', async () => {
    const el = await trappe([]);
    expect(described(q(el, 'fieldset.group'))).to.equal('null');
    const events = changes(el);
    q<HTMLButtonElement>(el, '.add')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.length).to.equal(1);
    expect(el.value[0]!.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(focused(el)?.id).to.equal('g0-name');
    await sendKeys({ type: 'Vikarer' });
    await el.updateComplete;
    expect(el.value[0]!.maalgruppe).to.equal('Vikarer');
    expect(events.at(-1)!.detail.value).to.deep.equal(el.value);
    q<HTMLButtonElement>(el, '.add')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.length).to.equal(2);
    expect(el.value[1]!.id).to.not.equal(el.value[0]!.id);
    expect(focused(el)?.id).to.equal('g1-name');
  });

  const notice = (el: AnsvarsTrappe) => q(el, '[part="removed"]')?.textContent!.replace(/\s+/g, ' ').trim();

  it('removes a group by keyboard: an Undo takes its place and the focus, and Tab goes on to the group that took its place', async () => {
    const el = await trappe(sample);
    const events = changes(el);
    q<HTMLButtonElement>(el, '[data-remove="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value.map((g) => g.id)).to.deep.equal(['g2']);
    expect(events).to.have.length(1);
    expect(focused(el)?.id).to.equal('undo');
    expect(focused(el)?.textContent).to.equal('Fortryd');
    expect(notice(el)).to.equal('Målgruppe 1 (Alle medarbejdere) er fjernet. Fortryd');
    // The message is the button's description: read when focus lands on it.
    const description = q(el, `#${focused(el)!.getAttribute('aria-describedby')}`)!;
    expect(description.textContent).to.equal('Målgruppe 1 (Alle medarbejdere) er fjernet.');
    expect(q(el, '[part="removed"] + fieldset.group legend')!.textContent, 'in the removed group\'s place').to.equal('Målgruppe 1');
    await expectAccessible(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id, 'on to the group that took its place').to.equal('g0-name');
    expect((focused(el) as HTMLInputElement | null)?.value).to.equal('Assistenter');
  });

  it('names a removed group without the direction marks of its name (an override turned "er fjernet" around)', async () => {
    const el = await trappe([{ id: 'g1', maalgruppe: '\u202Ereplehjæh' }]);
    q<HTMLButtonElement>(el, '[data-remove="0"]')!.click();
    await el.updateComplete;
    expect(notice(el)).to.equal('Målgruppe 1 (replehjæh) er fjernet. Fortryd');
  });

  it('puts a removed group back where it was with Undo, as one edit, and focuses its name', async () => {
    const el = await trappe(sample);
    const events = changes(el);
    q<HTMLButtonElement>(el, '[data-remove="0"]')!.click();
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(sample);
    expect(events).to.have.length(2);
    expect(events[1]!.detail.value).to.deep.equal(sample);
    expect(focused(el)?.id).to.equal('g0-name');
    expect((focused(el) as HTMLInputElement | null)?.value).to.equal('Alle medarbejdere');
    expect(notice(el), 'the offer is used up').to.equal(undefined);
  });

  it('offers the last group back below "no target groups yet", and Tab goes on to the add button', async () => {
    const el = await trappe([sample[0]!]);
    q<HTMLButtonElement>(el, '[data-remove="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.deep.equal([]);
    expect(focused(el)?.id).to.equal('undo');
    expect(root(el).textContent).to.include('Der er ingen målgrupper endnu.');
    await sendKeys({ press: 'Tab' });
    expectSameNode(focused(el), q(el, '.add'));
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.deep.equal([sample[0]]);
    expect(focused(el)?.id).to.equal('g0-name');
  });

  it('offers only the last removal, until the next edit or a value set by code', async () => {
    const el = await trappe([...sample, { id: 'g3', maalgruppe: 'Vikarer' }]);
    q<HTMLButtonElement>(el, '[data-remove="2"]')!.click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[data-remove="0"]')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="removed"]')).to.have.length(1);
    expect(notice(el)).to.match(/^Målgruppe 1 \(Alle medarbejdere\) er fjernet/);
    q<HTMLButtonElement>(el, '#undo')!.click();
    await el.updateComplete;
    expect(el.value.map((g) => g.id)).to.deep.equal(['g1', 'g2']);
    q<HTMLButtonElement>(el, '[data-remove="1"]')!.click();
    await el.updateComplete;
    expect(notice(el)).to.match(/^Målgruppe 2/);
    q<HTMLInputElement>(el, '#g0-name')!.focus();
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(notice(el), 'an edit ends the offer').to.equal(undefined);
    q<HTMLButtonElement>(el, '[data-remove="0"]')!.click();
    await el.updateComplete;
    expect(notice(el)).to.match(/^Målgruppe 1/);
    el.value = sample;
    await el.updateComplete;
    expect(notice(el), 'a value set by code ends the offer').to.equal(undefined);
  });

  it('says a removed group in the language of the moment, also after lang changes, its Undo keeping the focus', async () => {
    const el = await trappe(sample);
    q<HTMLButtonElement>(el, '[data-remove="1"]')!.click();
    await el.updateComplete;
    expect(notice(el)).to.equal('Målgruppe 2 (Assistenter) er fjernet. Fortryd');
    el.parentElement!.lang = 'en';
    await nextFrame();
    await el.updateComplete;
    expect(notice(el)).to.equal('Target group 2 (Assistenter) was removed. Undo');
    expect(focused(el)?.id, 'the Undo keeps the focus through the render').to.equal('undo');
  });

  it('marks the group\'s name in the notice with content-lang, as the box it was typed in, and only the name', async () => {
    const el = await trappe(sample, 'content-lang="da"');
    el.parentElement!.lang = 'en';
    q<HTMLButtonElement>(el, '[data-remove="1"]')!.click();
    await el.updateComplete;
    const description = q(el, '#undo-d')!;
    expect(description.textContent).to.equal('Target group 2 (Assistenter) was removed.');
    expect([...description.querySelectorAll('[lang]')].map((e) => `${e.textContent}=${e.getAttribute('lang')}`)).to.deep.equal(['Assistenter=da']);
    expect(await accessibleDescriptions(), 'read whole as the Undo\'s description').to.include('Target group 2 (Assistenter) was removed.');
    // Unset, nothing is marked: the name has the language of the rest.
    el.contentLang = null;
    await el.updateComplete;
    expect(description.querySelector('[lang]')).to.equal(null);
    // A group without a name is said by its number alone, with nothing to mark.
    el.contentLang = 'da';
    el.value = [{ id: 'a', maalgruppe: '' }];
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[data-remove="0"]')!.click();
    await el.updateComplete;
    expect(q(el, '#undo-d')!.textContent).to.equal('Target group 1 was removed.');
    expect(q(el, '#undo-d')!.querySelector('[lang]')).to.equal(null);
  });

  it('reaches name, count and both radio groups with Tab, and moves within a radio group with arrows', async () => {
    const el = await trappe([{ id: 'a', maalgruppe: 'Nye', nuvaerende: 'begyndere' }]);
    q<HTMLInputElement>(el, '#g0-name')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('g0-count');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('g0-now-begyndere');
    await sendKeys({ press: 'Tab' });
    expect((focused(el) as HTMLInputElement).name).to.equal('g0-goal');
    const events = changes(el);
    // Back to the experience group, then arrows move the choice.
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value[0]!.nuvaerende).to.equal('lidt-erfarne');
    expect(focused(el)?.id).to.equal('g0-now-lidt-erfarne');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value[0]!.nuvaerende).to.equal('meget-erfarne');
    expect(events.length).to.equal(2);
  });

  it('says once, in the intro, that not everyone must reach the top step, and addresses the user as "du"', async () => {
    const el = await trappe([
      { id: 'a', maalgruppe: 'Nye', nuvaerende: 'begyndere' },
      { id: 'b', maalgruppe: 'Faste', nuvaerende: 'lidt-erfarne' },
    ]);
    const text = root(el).textContent!;
    expect(text.split('Ikke alle skal op på øverste trin').length - 1).to.equal(1);
    expect(q(el, '[part="intro"]')!.textContent).to.include('Ikke alle skal op på øverste trin');
    expect(q(el, '#g0-count-hint')!.textContent).to.equal('Lad feltet stå tomt, hvis du ikke kender tallet.');
  });

  it('asks its question as the other fields ask theirs, a grey hint above its notes, not body text', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><opgave-felt></opgave-felt><ansvars-trappe></ansvars-trappe></div>`);
    const el = wrapper.querySelector<AnsvarsTrappe>('ansvars-trappe')!;
    await el.updateComplete;
    const look = (e: Element) => { const c = getComputedStyle(e); return [c.color, c.fontSize, c.fontWeight]; };
    const question = [...root(el).querySelectorAll('[part="intro"] p')].find((p) => p.textContent === 'Hvilket ansvar skal hver målgruppe kunne tage for opgaven, når udviklingen er slut?')!;
    expect(look(question)).to.deep.equal(look(wrapper.querySelector('opgave-felt')!.shadowRoot!.querySelector('[part="intro"]')!));
    expect(look(question), 'as its notes').to.deep.equal(look(root(el).querySelector('[part="intro"] li')!));
  });

  it('marks the current and target steps on the staircase in words', async () => {
    const el = await trappe([{ id: 'a', maalgruppe: 'Nye', nuvaerende: 'lidt-erfarne', fremtidigt: 'selvstaendigt' }]);
    const steps = [...root(el).querySelectorAll('.stairs li')];
    expect(steps.length).to.equal(4);
    expect(steps[1]!.textContent).to.include('Nu: Lidt erfarne');
    expect(steps[2]!.classList.contains('goal')).to.equal(true);
    expect(steps[2]!.textContent).to.include('Mål');
    expect(root(el).querySelectorAll('.mark-skipped').length).to.equal(0);
    expect(adviceIds(el)).to.deep.equal([]);
  });

  it('keeps the English "Now: Beginners" mark on one line in front of the first step', async () => {
    const wrap = await fixture<HTMLElement>('<div lang="en" style="width: 720px; font: 16px/1.5 system-ui, sans-serif"><ansvars-trappe></ansvars-trappe></div>');
    const el = wrap.firstElementChild as AnsvarsTrappe;
    el.value = [{ id: 'a', maalgruppe: 'New staff', nuvaerende: 'begyndere', fremtidigt: 'med-stoette' }];
    await el.updateComplete;
    const mark = q(el, '.mark-now')!;
    expect(mark.textContent).to.include('Now: Beginners');
    const lineHeight = parseFloat(getComputedStyle(mark).lineHeight) || parseFloat(getComputedStyle(mark).fontSize) * 1.6;
    expect(mark.getBoundingClientRect().height, 'one line').to.be.below(lineHeight * 1.5 + 4);
  });

  for (const width of [720, 320]) {
    it(`draws three rising steps without overflow at ${width} px`, async () => {
      const wrap = await fixture<HTMLElement>(`<div style="width: ${width}px"><ansvars-trappe koerekort></ansvars-trappe></div>`);
      const el = wrap.firstElementChild as AnsvarsTrappe;
      el.value = [{ id: 'a', maalgruppe: 'Medarbejdere med en meget lang betegnelse', nuvaerende: 'begyndere', fremtidigt: 'ressourceperson' }];
      await el.updateComplete;
      const top = (n: number) => q(el, `.step-${n}`)!.getBoundingClientRect().top;
      expect(top(3)).to.be.lessThan(top(2));
      expect(top(2)).to.be.lessThan(top(1));
      expect(top(1)).to.be.lessThan(top(0) + (width === 320 ? 0 : 1));
      expect(wrap.scrollWidth, 'no horizontal overflow').to.be.at.most(width);
      const steps = root(el).querySelectorAll('.step');
      expect(steps, 'ground and three steps').to.have.length(4);
      for (const step of steps) {
        expect(step.scrollWidth, 'step content fits').to.be.at.most(step.clientWidth + 1);
      }
    });
  }

  it('warns when a step is skipped (begyndere → ressourceperson), live as the user chooses', async () => {
    const el = await trappe([{ id: 'a', maalgruppe: 'Nye', nuvaerende: 'begyndere', fremtidigt: 'med-stoette' }]);
    expect(adviceIds(el)).to.deep.equal([]);
    q<HTMLInputElement>(el, '#g0-goal-med-stoette')!.focus();
    await withoutPause(async () => {
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.value[0]!.fremtidigt).to.equal('ressourceperson');
      // Each step the arrows pass is chosen: the live advice waits for a pause, so it is not read per step.
      expect(adviceIds(el), 'not yet, while arrowing').to.deep.equal([]);
    });
    await aTimeout(ADVICE_SETTLE_MS + 50);
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['ansvar-spring-til-ressourceperson']);
    // Chosen by pointer, a step gives its advice at once.
    await sendMouse({ type: 'click', position: center(q(el, '#g0-goal-med-stoette')!) });
    await el.updateComplete;
    expect(el.value[0]!.fremtidigt).to.equal('med-stoette');
    expect(adviceIds(el), 'at once after a click').to.deep.equal([]);
    await sendMouse({ type: 'click', position: center(q(el, '#g0-goal-ressourceperson')!) });
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['ansvar-spring-til-ressourceperson']);
    const advice = q(el, '[data-advice="ansvar-spring-til-ressourceperson"]')!;
    expect(advice.textContent).to.include('«Nye»');
    expect(advice.closest('[aria-live]')).to.not.equal(null);
    const skipped = [...root(el).querySelectorAll('.stairs li.skipped')].map((li) => li.querySelector('.step-name')!.textContent);
    expect(skipped).to.deep.equal(['Med støtte', 'Selvstændigt']);
    expect(q(el, '.stairs li.goal')!.textContent).to.include('Som ressourceperson');
  });

  it('waits for a pause before advising on a current level passed with the arrows, and advises at once on one clicked', async () => {
    const el = await trappe([{ id: 'a', maalgruppe: 'Nye', nuvaerende: 'meget-erfarne', fremtidigt: 'ressourceperson' }]);
    expect(adviceIds(el)).to.deep.equal([]);
    q<HTMLInputElement>(el, '#g0-now-meget-erfarne')!.focus();
    await withoutPause(async () => {
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(el.value[0]!.nuvaerende).to.equal('lidt-erfarne');
      expect(adviceIds(el), 'not yet, while arrowing').to.deep.equal([]);
    });
    await aTimeout(ADVICE_SETTLE_MS + 50);
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['ansvar-spring-til-ressourceperson']);
    await sendMouse({ type: 'click', position: center(q(el, '#g0-now-meget-erfarne')!) });
    await el.updateComplete;
    expect(el.value[0]!.nuvaerende).to.equal('meget-erfarne');
    expect(adviceIds(el), 'at once after a click').to.deep.equal([]);
    await sendMouse({ type: 'click', position: center(q(el, '#g0-now-begyndere')!) });
    await el.updateComplete;
    expect(el.value[0]!.nuvaerende).to.equal('begyndere');
    expect(adviceIds(el), 'at once after a click').to.deep.equal(['ansvar-spring-til-ressourceperson']);
  });

  it('advises on a group without a target, and says what is missing when required', async () => {
    const el = await trappe([{ id: 'a', maalgruppe: 'Nye' }]);
    expect(adviceIds(el)).to.deep.equal(['ansvar-uden-maal']);
    el.required = true;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.include('ansvar bagefter for målgruppe 1');
    // The model's list of advice leads to the group it is about, not to another.
    el.value = [{ id: 'a', maalgruppe: 'Gamle', fremtidigt: 'med-stoette' }, { id: 'b', maalgruppe: 'Nye' }];
    await el.updateComplete;
    expect(el.adviceControls('ansvar-uden-maal').map((c) => c.id)).to.deep.equal(['g1-goal-med-stoette']);
  });

  it('shows licence labels C/B/A with the koerekort attribute, and advises on a licence that does not match', async () => {
    const value: AnsvarItem[] = [{ id: 'a', maalgruppe: 'Alle', fremtidigt: 'med-stoette', koerekort: 'B' }];
    const plain = await trappe(value.map(({ koerekort: _, ...group }) => group));
    expect(root(plain).querySelectorAll('.licence-label').length).to.equal(0);
    expect(described(q(plain, 'select'))).to.equal('null');

    const el = await trappe(value, 'koerekort');
    const labels = [...root(el).querySelectorAll('.stairs .licence-label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.deep.equal(['Kørekort C', 'Kørekort B', 'Kørekort A']);
    // Read as two words: a space-only text node there was left out ('KørekortC').
    expect(await nameFromContent(q(el, '.stairs .licence-label')!), 'for screen readers').to.equal('Kørekort C');
    expect(adviceIds(el)).to.deep.equal(['koerekort-passer-ikke']);
    const select = q<HTMLSelectElement>(el, '#g0-licence')!;
    expect(select.value).to.equal('B');
    select.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.value[0]!.koerekort).to.equal('C');
    expect(adviceIds(el)).to.deep.equal([]);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect('koerekort' in el.value[0]!, 'no licence chosen is omitted').to.equal(false);
  });

  it('shows the licences without the attribute when the value holds one (never submitted unseen), keeps them while its last licence is cleared, and drops them for other groups', async () => {
    const el = await trappe([{ id: 'a', maalgruppe: 'Alle', fremtidigt: 'med-stoette', koerekort: 'B' }]);
    expect(el.koerekort).to.equal(false);
    expect(q<HTMLSelectElement>(el, '#g0-licence')!.value).to.equal('B');
    expect(adviceIds(el)).to.deep.equal(['koerekort-passer-ikke']);
    q<HTMLSelectElement>(el, '#g0-licence')!.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect('koerekort' in el.value[0]!).to.equal(false);
    expectSameNode(deepActiveElement(), q(el, '#g0-licence'), 'the select in use stays, with the focus');
    el.value = [{ id: 'b', maalgruppe: 'Nye' }];
    await el.updateComplete;
    expect(q(el, 'select')).to.equal(null);
  });

  it('read-only, shows the licence as text that wraps at 320 px (a locked drop-down cut it off), and none where none is chosen', async () => {
    const wrap = await fixture<HTMLElement>(`<div lang="da" style="width: 320px"><ansvars-trappe readonly koerekort></ansvars-trappe></div>`);
    const el = wrap.firstElementChild as AnsvarsTrappe;
    el.value = [
      { id: 'a', maalgruppe: 'Ressourcepersoner', nuvaerende: 'meget-erfarne', fremtidigt: 'ressourceperson', koerekort: 'A' },
      { id: 'b', maalgruppe: 'Vikarer', nuvaerende: 'begyndere', fremtidigt: 'med-stoette' },
    ];
    await el.updateComplete;
    expect(q(el, 'select')).to.equal(null);
    const lines = [...root(el).querySelectorAll<HTMLElement>('p')].filter((p) => p.checkVisibility()).map((p) => p.textContent!.trim());
    // Once, for the group that has one.
    expect(lines.filter((text) => text.includes('Kørekort'))).to.deep.equal(['Kørekort A: som ressourceperson']);
    const line = [...root(el).querySelectorAll('p')].find((p) => p.textContent!.includes('Kørekort A'))!;
    expect(line.scrollWidth, 'not cut off').to.be.at.most(line.clientWidth + 1);
  });

  it('keeps a head count that is not a whole number from 1 as typed, with an error, and omits an empty one', async () => {
    const el = await trappe([{ id: 'a', maalgruppe: 'Nye', antal: 4 }]);
    const count = q<HTMLInputElement>(el, '#g0-count')!;
    count.focus();
    count.select();
    await sendKeys({ type: '0' });
    await el.updateComplete;
    expect(el.value[0]!.antal).to.equal(4);
    expect(count.value).to.equal('0');
    expect(count.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#g0-count-error')!.textContent).to.include('helt tal');
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect('antal' in el.value[0]!).to.equal(false);
    expect(count.getAttribute('aria-invalid')).to.equal('false');
    await sendKeys({ type: '25' });
    await el.updateComplete;
    expect(el.value[0]!.antal).to.equal(25);
    expect(q(el, '#g0-count-error')!.textContent).to.equal('');
  });

  it('is invalid for its form (badInput) while a head count cannot be used, required or not', async () => {
    const form = await fixture<HTMLFormElement>(
      `<form><ansvars-trappe name="trappe" value='[{"id":"a","maalgruppe":"Nye","antal":3},{"id":"b","maalgruppe":"Faste"}]'></ansvars-trappe></form>`,
    );
    const el = form.firstElementChild as AnsvarsTrappe;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    const count = q<HTMLInputElement>(el, '#g1-count')!;
    count.focus();
    // Typed key by key: "2" is a usable count and is kept; "2.5" is not, and makes the element invalid.
    const sent: unknown[] = [];
    el.addEventListener('kompetence-change', (e) => sent.push(e.detail.value));
    for (const key of ['2', '.', '5']) await sendKeys({ type: key });
    await el.updateComplete;
    expect(count.value).to.equal('2.5');
    expect(el.value[1]!.antal).to.equal(2);
    expect(sent, 'one change: "2." and "2.5" change nothing').to.have.length(1);
    expect(el.validity.badInput).to.equal(true);
    expect(el.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(el.matches(':invalid')).to.equal(true);
    expect(el.validationMessage).to.equal('Målgruppe 2: Skriv et helt tal fra 1 og op, eller lad feltet stå tomt.');
    el.parentElement!.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Target group 2: Enter a whole number from 1 up, or leave the field empty.');
    count.select();
    await sendKeys({ type: '-1' });
    await el.updateComplete;
    expect(el.validity.badInput, 'a negative count').to.equal(true);
    count.select();
    await sendKeys({ type: '7' });
    await el.updateComplete;
    expect(el.value[1]!.antal).to.equal(7);
    expect(el.checkValidity()).to.equal(true);
    expect(el.matches(':invalid')).to.equal(false);
  });

  it('keeps a bad head count to its own group when groups share an id, and with it when a group is removed or put back', async () => {
    const el = await trappe([
      { id: 'x', maalgruppe: 'Nye', antal: 2 },
      { id: 'x', maalgruppe: 'Faste', antal: 5 },
      { id: 'x', maalgruppe: 'Vikarer' },
    ]);
    const count = (i: number) => q<HTMLInputElement>(el, `#g${i}-count`)!;
    count(1).focus();
    count(1).select();
    await sendKeys({ type: '0' });
    await el.updateComplete;
    expect(count(1).getAttribute('aria-invalid')).to.equal('true');
    for (const i of [0, 2]) {
      expect(count(i).getAttribute('aria-invalid'), `group ${i + 1}`).to.equal('false');
      expect(q(el, `#g${i}-count-error`)!.textContent, `group ${i + 1}`).to.equal('');
    }
    expect(count(0).value).to.equal('2');
    q<HTMLButtonElement>(el, '[data-remove="0"]')!.click();
    await el.updateComplete;
    expect(count(0).value, 'the draft moved up with its group').to.equal('0');
    expect(count(0).getAttribute('aria-invalid')).to.equal('true');
    expect(count(1).getAttribute('aria-invalid')).to.equal('false');
    expect(el.validationMessage).to.include('Målgruppe 1:');
    q<HTMLButtonElement>(el, '#undo')!.click();
    await el.updateComplete;
    expect(count(1).value, 'the draft moved back down with its group').to.equal('0');
    expect(count(1).getAttribute('aria-invalid')).to.equal('true');
    expect(count(0).value).to.equal('2');
    q<HTMLButtonElement>(el, '[data-remove="0"]')!.click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[data-remove="0"]')!.click();
    await el.updateComplete;
    expect(count(0).getAttribute('aria-invalid')).to.equal('false');
    expect(el.checkValidity()).to.equal(true);
  });

  it('drops a bad head count as typed when its form is reset', async () => {
    const form = await fixture<HTMLFormElement>(
      `<form><ansvars-trappe name="trappe" value='[{"id":"a","maalgruppe":"Nye","antal":3}]'></ansvars-trappe></form>`,
    );
    const el = form.firstElementChild as AnsvarsTrappe;
    await el.updateComplete;
    const count = q<HTMLInputElement>(el, '#g0-count')!;
    count.focus();
    count.select();
    await sendKeys({ type: '-2' });
    await el.updateComplete;
    expect(count.getAttribute('aria-invalid')).to.equal('true');
    form.reset();
    await el.updateComplete;
    expect(count.value).to.equal('3');
    expect(count.getAttribute('aria-invalid')).to.equal('false');
  });

  it('refreshes advice that names a group once typing pauses', async () => {
    const el = await trappe([{ id: 'a', maalgruppe: '' }]);
    expect(q(el, '[data-advice="ansvar-uden-maal"]')!.textContent).to.include('ansvar målgruppe 1 skal');
    q<HTMLInputElement>(el, '#g0-name')!.focus();
    await sendKeys({ type: 'Vikarer' });
    await el.updateComplete;
    await aTimeout(900);
    await el.updateComplete;
    expect(q(el, '[data-advice="ansvar-uden-maal"]')!.textContent).to.include('«Vikarer»');
  });

  it('speaks English with lang="en"', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><ansvars-trappe koerekort></ansvars-trappe></div>`);
    const el = wrap.firstElementChild as AnsvarsTrappe;
    el.value = [{ id: 'a', maalgruppe: 'New staff', nuvaerende: 'begyndere', fremtidigt: 'ressourceperson' }];
    await el.updateComplete;
    expect(q(el, 'legend')!.textContent).to.equal('Target group 1');
    expect(q(el, '.add')!.textContent).to.equal('Add target group');
    expect(q(el, '[data-advice]')!.textContent).to.include('resource person');
    expect(q(el, '.stairs li.goal')!.textContent).to.include('Goal');
  });

  for (const lang of ['da', 'en'] as const) {
    it(`names each group's name, count and licence by the group, so a list of form fields tells them apart (${lang})`, async () => {
      await fixture(html`<div lang=${lang}><ansvars-trappe koerekort .value=${sample}></ansvars-trappe></div>`);
      const names = await accessibleNames();
      const [groups, labels] = lang === 'da'
        ? [['Målgruppe 1', 'Målgruppe 2'], ['Hvem er gruppen?', 'Antal personer (valgfri)', 'Kørekort']]
        : [['Target group 1', 'Target group 2'], ['Who is the group?', 'Number of people (optional)', 'Licence']];
      // The visible label first (Label in Name), then the group, as its remove button says it.
      for (const label of labels) expect(names, label).to.include.members(groups.map((g) => `${label} ${g}`));
    });
  }

  for (const lang of ['da', 'en']) {
    it(`is axe clean with licences, a skipped step, a bad count and read-only (${lang})`, async () => {
      const value: AnsvarItem[] = [
        { id: 'a', maalgruppe: 'Nye', nuvaerende: 'begyndere', fremtidigt: 'ressourceperson', koerekort: 'B' },
        { id: 'b', maalgruppe: '' },
      ];
      const el = await trappe(value, `koerekort lang="${lang}"`);
      root(el).querySelector('details')!.open = true;
      const count = q<HTMLInputElement>(el, '#g0-count')!;
      count.focus();
      await sendKeys({ type: '0' });
      await el.updateComplete;
      expect(count.getAttribute('aria-invalid')).to.equal('true');
      await expectAccessible(el);
      el.readonly = true;
      await el.updateComplete;
      await expectAccessible(el);
    });
  }

  it('is read-only with the readonly attribute', async () => {
    const el = await trappe(sample, 'readonly');
    expect(described(q(el, '.add'))).to.equal('null');
    expect(described(q(el, '[data-remove]'))).to.equal('null');
    expect(q<HTMLInputElement>(el, '#g0-name')!.readOnly).to.equal(true);
    expect(q<HTMLInputElement>(el, '#g0-now-begyndere')!.disabled).to.equal(true);
    expect(root(el).textContent).to.include('Nu: Begyndere');
    // The question and its notes are for editing, as the other fields' questions: the groups come first.
    expect(getComputedStyle(q(el, '[part="intro"]')!).display).to.equal('none');
  });

  it('starts from a JSON value attribute, as an intranet editor writes it', async () => {
    const wrap = await fixture<HTMLElement>(
      `<div><ansvars-trappe value='[{"id":"x","maalgruppe":"Nye","fremtidigt":"med-stoette"}]'></ansvars-trappe></div>`,
    );
    const el = wrap.firstElementChild as AnsvarsTrappe;
    await el.updateComplete;
    await nextFrame();
    expect(q<HTMLInputElement>(el, '#g0-name')!.value).to.equal('Nye');
    expect(q<HTMLInputElement>(el, '#g0-goal-med-stoette')!.checked).to.equal(true);
  });

  it('wraps a long link in a group’s name where its advice quotes it (it widened a 320 px page to 940 px)', async () => {
    const name = 'Nyansatte, se https://intranet.eksempel-kommune.dk/sites/aeldreomraadet/Delte%20dokumenter/Kompetenceplaner/Solhaven_maaltid_2027.docx';
    const el = await trappe([{ id: 'g1', maalgruppe: name, nuvaerende: 'begyndere' }]);
    expect(root(el).querySelector('.advice')!.textContent).to.include('Solhaven_maaltid_2027.docx');
    await expectReflow(el);
  });

  it('shows a long group name whole: its box grows line by line instead of cutting the name at its edge', async () => {
    const name = 'Social- og sundhedsassistenter og ressourcepersoner for måltidet på alle tre afdelinger';
    const wrap = await fixture<HTMLElement>(`<div lang="da" style="width: 320px"><ansvars-trappe></ansvars-trappe></div>`);
    const el = wrap.firstElementChild as AnsvarsTrappe;
    el.value = [{ id: 'g1', maalgruppe: 'Alle' }];
    await el.updateComplete;
    const box = q<HTMLTextAreaElement>(el, '#g0-name')!;
    const oneLine = box.offsetHeight;
    el.value = [{ id: 'g1', maalgruppe: name }];
    await el.updateComplete;
    expect(box.value).to.equal(name);
    expect(box.offsetHeight, 'taller than one line').to.be.greaterThan(oneLine * 1.5);
    expect(box.scrollHeight, 'nothing hidden').to.be.at.most(box.clientHeight + 1);
  });

  it('prints the goal mark black on white (white on the accent was lost on paper, where backgrounds are left out) and the licence as text on a line, not as a drop-down', async () => {
    const el = await trappe([{ ...sample[0]!, koerekort: 'C' }], 'koerekort');
    const licence = root(el).querySelector('select')!;
    expect(getComputedStyle(licence).appearance, 'a control on screen').to.not.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      const mark = root(el).querySelector('.mark-goal')!;
      expect(getComputedStyle(mark).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(mark).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(licence).appearance).to.equal('none');
      expect(getComputedStyle(licence).borderTopWidth).to.equal('0px');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
