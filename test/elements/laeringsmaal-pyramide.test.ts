import { aTimeout, expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { typeWithoutPause } from '../helpers/keyboard.js';
import '../../src/define/laeringsmaal-pyramide.js';
import type { LaeringsmaalPyramide } from '../../src/elements/laeringsmaal-pyramide/laeringsmaal-pyramide.js';
import { fieldById } from '../../src/model/catalog/fields.js';
import { actionsLevel, goalLevelInfo, goalsPitfall, goalsReminder } from '../../src/model/catalog/goals.js';
import { examples } from '../../src/model/examples/index.js';
import { goalLevels } from '../../src/model/ids.js';
import type { Laeringsmaal, Plan } from '../../src/model/plan.js';
import { accessibleNames } from '../helpers/accessibility-tree.js';
import { nameFromContent } from '../helpers/name-from-content.js';
import { runConformance } from '../helpers/conformance.js';

const sample: Laeringsmaal = {
  rolle: { beskrivelse: 'Fra at gøre tingene for borgeren til at gøre dem sammen med borgeren.', typer: ['selvforstaaelse'] },
  viden: { beskrivelse: 'Kende de nye regler for dokumentation.', typer: ['lovgivning'] },
  metoder: { beskrivelse: 'Dokumentere i det nye system under besøget.', typer: ['fremgangsmaader', 'teknologi'] },
};
const empty: Laeringsmaal = {
  rolle: { beskrivelse: '', typer: [] },
  viden: { beskrivelse: '', typer: [] },
  metoder: { beskrivelse: '', typer: [] },
};

runConformance({
  tag: 'laeringsmaal-pyramide',
  sample,
  withUserText: (text) => ({ ...sample, rolle: { ...sample.rolle, beskrivelse: text } }),
  badAttributeValues: [
    '{not json',
    '[]',
    '{"rolle": "vaerdier"}',
    '{"rolle": {"typer": ["vaerdier", "flyvning"]}}',
    '{"viden": {"typer": ["vaerdier"]}}',
    '{"metoder": {"beskrivelse": 5}}',
    '{"kompleks": {}}',
  ],
  badPropertyValues: [42, 'x', { rolle: { typer: 'vaerdier' } }, { metoder: { beskrivelse: null } }],
  keyboardEdit: async () => {
    // Focus is on the first sub-type of the top level; Space ticks it off.
    await sendKeys({ press: 'Space' });
  },
  plan: { sample: { laeringsmaal: sample } as Partial<Plan> as Plan, read: (plan) => plan.laeringsmaal },
  // Sub-types alone do not describe a goal.
  incomplete: { ...empty, metoder: { beskrivelse: ' ', typer: ['teknologi'] } },
});

const q = <T extends Element = HTMLElement>(el: LaeringsmaalPyramide, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector);
const adviceIds = (el: LaeringsmaalPyramide) =>
  [...el.shadowRoot!.querySelectorAll('[data-advice]')].map((li) => li.getAttribute('data-advice'));
const leaderRoles = (el: LaeringsmaalPyramide) =>
  [...el.shadowRoot!.querySelectorAll('[part="leader-role"]')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

async function pyramide(value: Partial<Laeringsmaal> = {}, lang = 'da', width?: number): Promise<LaeringsmaalPyramide> {
  const wrap = await fixture<HTMLElement>(
    `<div lang="${lang}"${width ? ` style="width: ${width}px"` : ''}><laeringsmaal-pyramide></laeringsmaal-pyramide></div>`);
  const el = wrap.firstElementChild as LaeringsmaalPyramide;
  el.value = { ...empty, ...value };
  await el.updateComplete;
  return el;
}

function changes(el: LaeringsmaalPyramide): Laeringsmaal[] {
  const values: Laeringsmaal[] = [];
  el.addEventListener('kompetence-change', (e) => values.push(e.detail.value as Laeringsmaal));
  return values;
}

async function tabFromBefore(el: LaeringsmaalPyramide, tabs: number): Promise<void> {
  const before = document.createElement('button');
  el.before(before);
  before.focus();
  for (let i = 0; i < tabs; i++) await sendKeys({ press: 'Tab' });
  before.remove();
}

describe('<laeringsmaal-pyramide> behaviour', () => {
  it('names the pyramid by the learning goals, not "the learning pyramid" (a known, other model)', async () => {
    const name = async (lang: string) => (await pyramide(sample, lang)).shadowRoot!.querySelector('[part="pyramid"]')!.getAttribute('aria-label');
    expect([await name('da'), await name('en')]).to.deep.equal(['Læringsmålspyramiden, fra toppen', 'The learning-goal pyramid, from the top']);
  });

  it('reads role, knowledge, methods, actions from the top, in the DOM and on screen', async () => {
    const el = await pyramide(sample, 'da', 900);
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="pyramid"] > li')];
    expect(items.map((li) => li.querySelector('legend, strong')!.textContent!.trim())).to.deep.equal([
      goalLevelInfo.rolle.name.da, goalLevelInfo.viden.name.da, goalLevelInfo.metoder.name.da, actionsLevel.name.da,
    ]);
    const boxes = items.map((li) => li.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.top, `level ${i} below level ${i - 1}`).to.be.greaterThan(boxes[i - 1]!.top);
      // The shape: each level wider than the one above it, centred under it.
      expect(boxes[i]!.width, `level ${i} wider`).to.be.greaterThan(boxes[i - 1]!.width + 20);
      expect(boxes[i]!.left).to.be.lessThan(boxes[i - 1]!.left);
      expect(Math.abs(boxes[i]!.left + boxes[i]!.width / 2 - (boxes[0]!.left + boxes[0]!.width / 2))).to.be.below(2);
    }
  });

  for (const width of [640, 320]) {
    it(`stays in order and in its box at ${width} px (320 px, or 200 % zoom)`, async () => {
      const el = await pyramide(sample, 'da', width);
      const wrap = el.parentElement!;
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="pyramid"] > li')];
      expect(items, 'three goal levels and the actions').to.have.length(4);
      const boxes = items.map((li) => li.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).to.be.greaterThan(boxes[i - 1]!.bottom - 3);
      if (width === 320) {
        // A stacked list: every level as wide as the list.
        expect(new Set(boxes.map((b) => Math.round(b.width))).size).to.equal(1);
      }
      expect(wrap.scrollWidth, 'no horizontal overflow').to.be.at.most(width);
      for (const item of items) {
        const edge = item.getBoundingClientRect().right;
        const widest = Math.max(...[...item.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right));
        expect(widest, 'nothing sticks out of a level').to.be.at.most(edge + 0.5);
      }
    });
  }

  it('saves a sub-type chosen with the keyboard and shows the leader role of that level', async () => {
    const el = await pyramide();
    const values = changes(el);
    expect(leaderRoles(el)).to.deep.equal([]);
    // Three role sub-types and the role's description, then knowledge: its first and second sub-type.
    await tabFromBefore(el, 6);
    expect(el.shadowRoot!.activeElement!.id).to.equal('viden-forskning');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.viden.typer).to.deep.equal(['forskning']);
    expect(values.at(-1)!.viden.typer).to.deep.equal(['forskning']);
    expect(leaderRoles(el)).to.deep.equal([`Lederens rolle: ${goalLevelInfo.viden.leaderRole.da}`]);
    expect(q(el, '.viden [part="leader-role"]')!.closest('[aria-live="polite"]')).to.not.equal(null);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.viden.typer).to.deep.equal([]);
    expect(leaderRoles(el)).to.deep.equal([]);
  });

  it('shows the leader role of a level chosen by typing its goal without reading it out, and reads it out for a sub-type ticked next', async () => {
    const el = await pyramide();
    const live = (level: string) => q(el, `.${level} [part="leader-role"]`)!.closest('[aria-live]')!.getAttribute('aria-live');
    q<HTMLTextAreaElement>(el, '#rolle-text')!.focus();
    await sendKeys({ type: 'M' });
    await el.updateComplete;
    // The first character chooses the level: its role appears, but announcing it would cut into the typing.
    expect(leaderRoles(el)).to.deep.equal([`Lederens rolle: ${goalLevelInfo.rolle.leaderRole.da}`]);
    expect(live('rolle')).to.equal('off');
    await sendKeys({ type: 'ere inddragende' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('viden-faglige-teorier');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(leaderRoles(el)).to.have.length(2);
    expect(live('viden'), 'a ticked sub-type').to.equal('polite');
  });

  it('saves sub-types in the catalog order, whatever order they are ticked in', async () => {
    const el = await pyramide();
    for (const id of ['teknologi', 'fremgangsmaader', 'faglige-metoder']) {
      q<HTMLInputElement>(el, `#metoder-${id}`)!.focus();
      await sendKeys({ press: 'Space' });
    }
    await el.updateComplete;
    expect(el.value.metoder.typer).to.deep.equal(['fremgangsmaader', 'faglige-metoder', 'teknologi']);
    expect(el.value.rolle.typer).to.deep.equal([]);
  });

  it('shows the no-goal advice when left empty, and the advice goes after a pause in typing a goal', async () => {
    const el = await pyramide();
    q<HTMLTextAreaElement>(el, '#metoder-text')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['laeringsmaal-mangler']);
    expect(q(el, '[data-advice]')!.closest('[aria-live="polite"]')).to.not.equal(null);
    typeWithoutPause(q<HTMLTextAreaElement>(el, '#metoder-text')!, 'Nyt system');
    await el.updateComplete;
    expect(el.value.metoder.beskrivelse).to.equal('Nyt system');
    // The leader's role comes at once; the advice waits for a pause in typing.
    expect(leaderRoles(el)).to.deep.equal([`Lederens rolle: ${goalLevelInfo.metoder.leaderRole.da}`]);
    expect(adviceIds(el)).to.deep.equal(['laeringsmaal-mangler']);
    await aTimeout(800);
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal([]);
  });

  it('shows the leader role of every chosen level, top first, and the reminder and dialogue questions', async () => {
    const el = await pyramide({ rolle: { beskrivelse: '', typer: ['vaerdier'] }, metoder: { beskrivelse: 'Tjeklister', typer: [] } });
    expect(leaderRoles(el)).to.deep.equal([
      `Lederens rolle: ${goalLevelInfo.rolle.leaderRole.da}`,
      `Lederens rolle: ${goalLevelInfo.metoder.leaderRole.da}`,
    ]);
    expect(text(q(el, '[part="reminder"]')!)).to.equal(`${goalsReminder.da} ${goalsPitfall.da}`);
    const questions = q<HTMLDetailsElement>(el, 'details[part="questions"]')!;
    expect(questions.open).to.equal(false);
    expect([...questions.querySelectorAll('li')].map(text)).to.deep.equal(
      fieldById('laeringsmaal').dialogueQuestions.map((d) => d.da));
  });

  it('gives its reminder as a calm note, as its question and hints are set, not in bold', async () => {
    const el = await pyramide();
    const look = (e: Element) => { const c = getComputedStyle(e); return [c.color, c.fontSize, c.fontWeight]; };
    expect(look(q(el, '[part="reminder"]')!)).to.deep.equal(look(q(el, '[part="intro"]')!));
    expect(getComputedStyle(q(el, '[part="reminder"]')!).fontWeight).to.equal('400');
  });

  it('speaks English', async () => {
    const el = await pyramide(examples.jobcenter.laeringsmaal, 'en');
    expect(text(q(el, '[part="reminder"]')!)).to.equal(`${goalsReminder.en} ${goalsPitfall.en}`);
    expect(text(q(el, '.rolle legend')!)).to.equal('Role');
    expect(text(q(el, '.rolle .subtypes legend')!), 'several may be chosen').to.equal('Which kinds of goal?');
    expect(leaderRoles(el)[0]).to.equal(`The manager's role: ${goalLevelInfo.rolle.leaderRole.en}`);
    expect(text(q(el, 'label[for="viden-organisationsteorier"]')!)).to.equal(goalLevelInfo.viden.subtypes[3]!.name.en);
    expect(q<HTMLInputElement>(el, '#viden-organisationsteorier')!.checked).to.equal(true);
  });

  for (const lang of ['da', 'en'] as const) {
    it(`names each level's description by its level, so a list of form fields tells them apart (${lang})`, async () => {
      await pyramide(sample, lang);
      const names = await accessibleNames();
      // The visible label first (Label in Name), then the level's name.
      expect(names).to.include.members(goalLevels.map((level) => `${lang === 'da' ? 'Beskriv målet' : 'Describe the goal'} ${goalLevelInfo[level].name[lang]}`));
    });
  }

  it('keeps the space after "Lederens rolle:" and before "Grundlaget" for screen readers', async () => {
    const el = await pyramide({ rolle: { beskrivelse: 'Mere inddragende', typer: [] } });
    expect(await nameFromContent(q(el, '[part="leader-role"]')!)).to.equal(`Lederens rolle: ${goalLevelInfo.rolle.leaderRole.da}`);
    expect(await nameFromContent(q(el, '.base .hint')!)).to.equal(`${actionsLevel.description.da} Grundlaget for målene, ikke en type mål.`);
  });

  it('lets nothing be changed when readonly', async () => {
    const el = await pyramide(sample);
    el.readonly = true;
    await el.updateComplete;
    const values = changes(el);
    expect(q<HTMLInputElement>(el, '#rolle-selvforstaaelse')!.disabled).to.equal(true);
    expect(q<HTMLInputElement>(el, '#rolle-selvforstaaelse')!.checked).to.equal(true);
    const area = q<HTMLTextAreaElement>(el, '#rolle-text')!;
    expect(area.readOnly).to.equal(true);
    expect(area.value).to.equal(sample.rolle.beskrivelse);
    area.focus();
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(values).to.deep.equal([]);
    expect(el.value).to.deep.equal(sample);
  });

  it('says what is missing when required: a described goal (a sub-type alone is not enough)', async () => {
    const el = await pyramide({ rolle: { beskrivelse: '', typer: ['vaerdier'] } });
    el.required = true;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Mangler: mindst ét beskrevet læringsmål.');
    el.setAttribute('lang', 'en');
    await aTimeout(0);
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Missing: at least one described learning goal.');
    q<HTMLTextAreaElement>(el, '#rolle-text')!.focus();
    await sendKeys({ type: 'Mere inddragende' });
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });
});
