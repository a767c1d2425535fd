/** <kompetence-model>: behaviour a user or an integrating page would notice. */
import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/kompetence-model.js';
import type { KompetenceModel, KompetenceModelChange } from '../../src/elements/kompetence-model/kompetence-model.js';
import type { LaeringsformVaelger } from '../../src/elements/laeringsform-vaelger/laeringsform-vaelger.js';
import type { KompetenceInvalidEvent } from '../../src/internal/events.js';
import { ADVICE_SETTLE_MS } from '../../src/internal/live-advice.js';
import { commonMessages } from '../../src/i18n/common.js';
import { advise } from '../../src/model/advice.js';
import { completeness } from '../../src/model/completeness.js';
import { KompetenceChangeEvent } from '../../src/internal/events.js';
import { examples } from '../../src/model/examples/index.js';
import { fields } from '../../src/model/catalog/fields.js';
import { exampleIds, fieldIds, type FieldId } from '../../src/model/ids.js';
import { issue } from '../../src/model/issues.js';
import { createPlan, emptyPart, parsePlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';
import { accessibleNames, accessibleRoles } from '../helpers/accessibility-tree.js';
import { fullPlan } from '../helpers/plans.js';
import { expectAccessible } from '../helpers/axe.js';
import { openFolded } from '../helpers/chooser.js';
import { described, expectSameNode, expectSameNodes, leavingAsks, settle } from '../helpers/dom.js';
import { chooseExample, chooseFile, startFromExample } from '../helpers/model.js';
import { expectReflow } from '../helpers/reflow.js';
import { deepActiveElement, hostTag, tabTo, typeWithoutPause } from '../helpers/keyboard.js';
import { withoutPause } from '../helpers/pause.js';

type Model = KompetenceModel;

async function render(attrs = '', lang = 'da'): Promise<Model> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.innerHTML = `<kompetence-model ${attrs}></kompetence-model>`;
  const parent = await fixture<HTMLElement>(html`<div></div>`);
  parent.append(wrapper);
  const model = wrapper.firstElementChild as Model;
  // The notices come a frame after the first render.
  await settle(model);
  return model;
}

const root = (m: Model) => m.shadowRoot!;
const $ = <E extends Element = HTMLElement>(m: Model, selector: string) => root(m).querySelector<E>(selector as string)!;
const field = <E extends Element = HTMLElement>(m: Model, tag: string) => $<E & { updateComplete: Promise<boolean> }>(m, tag);
const inner = <E extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<E>(selector)!;

function collect(model: Model): KompetenceModelChange[] {
  const events: KompetenceModelChange[] = [];
  model.addEventListener('kompetence-change', (e) => events.push(e as KompetenceModelChange));
  return events;
}


/** A text as seen: the invisible isolation around a quoted file name or title left out (tested on its own). */
const seen = (text: string) => text.replace(/[\u2068\u2069]/g, '');

async function show(model: Model, id: FieldId): Promise<void> {
  $(model, `#tab-${id}`).click();
  await settle(model);
}

/** Types into a control inside a field element, as a user would (focus, keys). */
async function typeInto(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await sendKeys({ type: text });
}

function stubDownloads(): { files: { name: string; text: Promise<string>; type: string }[]; restore(): void } {
  const files: { name: string; text: Promise<string>; type: string }[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let last: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    last = blob as Blob;
    return 'blob:test';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ name: this.download, text: last!.text(), type: last!.type });
  };
  return {
    files,
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** What a plan says, without its ids and timestamps (a plan started from an example gets its own). */
function content(plan: Plan): object {
  const strip = <I extends { id: string }>(items: I[]) => items.map((item) => ({ ...item, id: undefined }));
  return {
    ...plan, id: undefined, createdAt: undefined, updatedAt: undefined,
    ansvar: strip(plan.ansvar), mobilitet: strip(plan.mobilitet), hverdag: { ...plan.hverdag, forankring: strip(plan.hverdag.forankring) },
  };
}

/** Every id of a plan: its own and its items'. */
const idsOf = (plan: Plan): string[] => [plan.id, ...[...plan.ansvar, ...plan.mobilitet, ...plan.hverdag.forankring].map((i) => i.id)];

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A button of the tools or the notice, by its text. */
const button = (model: Model, text: string) =>
  [...root(model).querySelectorAll<HTMLButtonElement>('.tools button, [part="notice"] button')].find((b) => b.textContent!.trim() === text)!;


describe('<kompetence-model>', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('overview and fields', () => {
    it('starts empty: five fields in the flow order, none met, score 0 of 5, the task shown', async () => {
      const model = await render();
      const tabs = [...root(model).querySelectorAll('[role="tab"]')];
      expect(tabs.map((t) => t.id)).to.deep.equal(fieldIds.map((id) => `tab-${id}`));
      const names = ['Opgave', 'Perspektiv', 'Læringsmål', 'Træningsbane', 'Hverdag'];
      // No advice counts: a field not started shows no advice yet (see the advice list's tests).
      expect(tabs.map((t) => t.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
        fieldIds.map((_, i) => `${i + 1} ${names[i]} Ikke opfyldt endnu`),
      );
      // As a screen reader says them: with a comma after each part, and no space before it.
      expect((await accessibleRoles()).filter((r) => r.startsWith('tab: '))).to.deep.equal(
        fieldIds.map((_, i) => `tab: ${i + 1} ${names[i]}, Ikke opfyldt endnu`),
      );
      expect($(model, '[part="score"]').textContent).to.equal('0 af 5 betingelser for systematisk kompetenceudvikling er opfyldt.');
      expect($(model, '#tab-opgave').getAttribute('aria-selected')).to.equal('true');
      expect($(model, '#panel-opgave').hidden).to.equal(false);
      expect(fieldIds.filter((id) => id !== 'opgave').every((id) => $(model, `#panel-${id}`).hidden)).to.equal(true);
      expect($(model, '#panel-opgave opgave-felt')).to.exist;
      expect($(model, '#panel-opgave ansvars-trappe')).to.exist;
      expect(model.value).to.equal(model.plan);
      expect(parsePlan(model.plan).ok).to.equal(true);
    });

    it('names the responsibility staircase\'s section as the printed plan does', async () => {
      for (const lang of ['da', 'en'] as const) {
        const model = await render('', lang);
        expect($(model, '#ansvar-h').textContent, lang).to.equal(commonMessages[lang].staircase);
      }
    });

    it('shows each field’s criterion and advice count from the model', async () => {
      const plan = examples.boernehus;
      const model = await render(`example="boernehus"`);
      const { criteria, score } = completeness(plan);
      const advice = advise(model.plan);
      expect(new Set(advice.map((a) => a.field)).size, 'advice in more than one field').to.be.greaterThan(1);
      for (const id of fieldIds) {
        const tab = $(model, `#tab-${id}`);
        expect(tab.classList.contains('met'), id).to.equal(criteria[id]);
        expect(tab.querySelector('.status')!.textContent).to.equal(criteria[id] ? 'Opfyldt' : 'Ikke opfyldt endnu');
        const count = Number(tab.querySelector('.count')!.textContent!.replace(/\D/g, ''));
        expect(count, `advice count of ${id}`).to.equal(advice.filter((a) => a.field === id).length);
      }
      const status = criteria.opgave ? 'Opfyldt' : 'Ikke opfyldt endnu';
      expect(await accessibleRoles(), 'a tab as a screen reader says it, its count too').to.include(
        `tab: 1 Opgave, ${status}, ${advice.filter((a) => a.field === 'opgave').length} råd`);
      expect($(model, '[part="score"]').textContent).to.match(new RegExp(`^${score} af 5`));
      expect(root(model).querySelectorAll('.all-advice li').length).to.equal(advice.length);
      expect($(model, '#advice-h').textContent, 'named like the other advice headings').to.equal('Gode råd om hele planen');
    });

    it('says the score counts the method\'s five conditions, so 5 of 5 with advice left does not read as a plan finished', async () => {
      const plan = fullPlan();
      expect(completeness(plan).score, 'all five conditions met').to.equal(5);
      expect(advise(plan).length, 'advice left').to.be.greaterThan(0);
      for (const [lang, said] of [
        ['da', '5 af 5 betingelser for systematisk kompetenceudvikling er opfyldt.'],
        ['en', '5 of the 5 conditions for systematic competence development are met.'],
      ] as const) {
        const model = await render('', lang);
        model.plan = plan;
        await settle(model);
        expect($(model, '[part="score"]').textContent, lang).to.equal(said);
      }
    });

    it('says in a field shown what it still lacks before its condition is met, and that it is met once it is (the line stays: the box being typed in does not move up)', async () => {
      const missing = (m: Model, id: FieldId) => $(m, `#panel-${id} [part="missing"]`)?.textContent ?? null;
      const model = await render();
      expect(missing(model, 'opgave')).to.equal(
        'Feltet mangler: en beskrivelse af opgaven, flueben ved de tre krav til opgaven og en målgruppe med ansvar bagefter.');
      // The staircase is all the jobcenter's task lacks: its own advice on it is only "to consider".
      model.plan = { ...examples.jobcenter, ansvar: [] };
      await settle(model);
      expect(missing(model, 'opgave')).to.equal('Feltet mangler: en målgruppe med ansvar bagefter.');
      const score = $(model, '[part="score"]');
      const before = score.textContent;
      model.plan = examples.jobcenter;
      await settle(model);
      expect(missing(model, 'opgave'), 'met').to.equal('Feltet er opfyldt.');
      // A field met is said in the score, a status a screen reader reads out without moving focus
      // (the field's own line and the tab changed in silence).
      expect([score.getAttribute('role'), score.textContent !== before], 'the score, a status that changed').to.deep.equal(['status', true]);
      await show(model, 'traeningsbane');
      expect(missing(model, 'traeningsbane')).to.equal('Feltet mangler: en periode med start og slut.');
      model.lang = 'en';
      await settle(model);
      expect(missing(model, 'traeningsbane')).to.equal('This field still needs: a period with a start and an end.');
    });

    it('says the leader\'s task in every field, labelled the same way, and no field element says it again', async () => {
      const model = await render();
      for (const f of fields) {
        await show(model, f.id);
        const panel = $(model, `#panel-${f.id}`);
        const said = [...panel.querySelectorAll('p.hint')].filter((p) => p.textContent!.includes(f.leadershipTask.da));
        expect(said.map((p) => p.textContent!.trim()), f.id).to.deep.equal([`Din ledelsesopgave: ${f.leadershipTask.da}`]);
        const inside = panel.querySelector(`#panel-${f.id} > :not(h2, p, div)`)!;
        expect(inside.shadowRoot!.textContent, `${f.id} element`).not.to.include(f.leadershipTask.da);
      }
    });

    it('fields visited and left take no room, also in a browser without content-visibility (Safari 17, Firefox 115)', async () => {
      const model = await render();
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.panel[hidden] { content-visibility: visible; }');
      root(model).adoptedStyleSheets = [...root(model).adoptedStyleSheets, sheet];
      for (const id of fieldIds) await show(model, id);
      const heights = fieldIds.filter((id) => id !== 'hverdag').map((id) => $(model, `#panel-${id}`).getBoundingClientRect().height);
      expect(heights, 'four fields left behind field 5').to.deep.equal([0, 0, 0, 0]);
      expect($(model, '#panel-hverdag').getBoundingClientRect().height).to.be.above(100);
    });

    it('moves between the fields with the arrow keys, Home and End (ARIA tabs); one tab in the tab order', async () => {
      const model = await render();
      $(model, '#tab-opgave').focus();
      const selected = () => [...root(model).querySelectorAll('[aria-selected="true"]')].map((t) => t.id);
      await sendKeys({ press: 'ArrowRight' });
      await settle(model);
      expect(selected()).to.deep.equal(['tab-perspektiv']);
      expect(deepActiveElement()?.id).to.equal('tab-perspektiv');
      expect($(model, '#panel-perspektiv').hidden).to.equal(false);
      expect($(model, '#panel-opgave').hidden).to.equal(true);
      await sendKeys({ press: 'End' });
      await settle(model);
      expect(selected()).to.deep.equal(['tab-hverdag']);
      await sendKeys({ press: 'ArrowDown' });
      await settle(model);
      expect(selected(), 'wraps to the first').to.deep.equal(['tab-opgave']);
      await sendKeys({ press: 'ArrowLeft' });
      await settle(model);
      expect(selected(), 'wraps to the last').to.deep.equal(['tab-hverdag']);
      await sendKeys({ press: 'Home' });
      await settle(model);
      expect(deepActiveElement()?.id).to.equal('tab-opgave');
      const inOrder = [...root(model).querySelectorAll('[role="tab"]')].filter((t) => t.getAttribute('tabindex') === '0');
      expect(inOrder.map((t) => t.id)).to.deep.equal(['tab-opgave']);
    });

    it('names the two sides of the figure as the plan view does, in both languages', async () => {
      const model = await render();
      const sides = () => [...root(model).querySelectorAll('.side')].map((s) => s.textContent!.trim());
      expect(sides()).to.deep.equal(['Den strategiske side', 'Læringssiden']);
      model.lang = 'en';
      await settle(model);
      expect(sides()).to.deep.equal(['The strategic side', 'The learning side']);
    });

    it('sets the title and the workplace level side by side, also when the workplace holds a paragraph', async () => {
      for (const attrs of ['', 'example="plejecenter-maaltid"']) {
        const model = await render(attrs);
        model.style.width = '1000px';
        await settle(model);
        const top = (selector: string) => Math.round($(model, selector).getBoundingClientRect().top);
        expect(top('label[for="arbejdsplads"]'), `labels (${attrs || 'empty'})`).to.equal(top('label[for="titel"]'));
        expect(top('#arbejdsplads'), `fields (${attrs || 'empty'})`).to.equal(top('#titel'));
        expect($(model, '#arbejdsplads').getAttribute('aria-describedby')).to.equal('arbejdsplads-h');
      }
    });

    it('keeps a field’s elements (and what they hold) when the user goes back and forth', async () => {
      const model = await render();
      const felt = field(model, 'opgave-felt');
      await show(model, 'traeningsbane');
      await show(model, 'opgave');
      expectSameNode(field(model, 'opgave-felt'), felt);
    });

    it('links each advice to its field and moves focus there', async () => {
      const model = await render('example="boernehus"');
      const item = [...root(model).querySelectorAll<HTMLElement>('.all-advice li')].find((li) =>
        /Træningsbane/.test(li.querySelector('button')!.textContent!))!;
      item.querySelector('button')!.click();
      await settle(model);
      expect($(model, '#tab-traeningsbane').getAttribute('aria-selected')).to.equal('true');
      // To the control the advice is about (kompetence-model-advice-focus.test.ts has each advice).
      expect(hostTag(deepActiveElement())).to.match(/^(traeningsbane-plan|laeringsform-vaelger|mobilitet-aftale)$/);
    });

    for (const [lang, goTo] of [['da', 'Gå til '], ['en', 'Go to ']] as const) {
      it(`names each "Gå til" button by its advice too, so buttons to one field are told apart in a list of buttons (${lang})`, async () => {
        const model = await render('example="boernehus"', lang);
        const buttons = [...root(model).querySelectorAll<HTMLButtonElement>('.all-advice li button')];
        const texts = buttons.map((b) => b.textContent!.trim());
        expect(new Set(texts).size, 'some buttons go to one field').to.be.below(texts.length);
        // As the browser names them: the text seen first (Label in Name), a pause, then the advice's.
        // (The tree's text nodes are named by the text alone.)
        const names = (await accessibleNames()).filter((name) => name.startsWith(goTo) && !texts.includes(name));
        expect(names).to.deep.equal(advise(model.plan, { lang }).map((a, i) => `${texts[i]}: ${a.message}`));
        expect(new Set(names).size, 'names shared').to.equal(names.length);
        await expectAccessible(model);
      });
    }

    it('moves to the next and previous field with the buttons under a field', async () => {
      const model = await render();
      const next = [...root(model).querySelectorAll<HTMLButtonElement>('#panel-opgave .steps button')];
      expect(next.map((b) => b.textContent!.trim())).to.deep.equal(['Næste: 2 Perspektiv']);
      next[0]!.click();
      await settle(model);
      expect(deepActiveElement()?.id).to.equal('h-perspektiv');
      const steps = [...root(model).querySelectorAll<HTMLButtonElement>('#panel-perspektiv .steps button')];
      expect(steps.map((b) => b.textContent!.trim())).to.deep.equal(['Forrige: 1 Opgave', 'Næste: 3 Læringsmål']);
    });

    it('after the last field, offers the way to keep the plan: focus to "Download planen (JSON)" at the top, in sight', async () => {
      const model = await render();
      $<HTMLButtonElement>(model, '#tab-hverdag').click();
      await settle(model);
      const steps = [...root(model).querySelectorAll<HTMLButtonElement>('#panel-hverdag .steps button')];
      expect(steps.map((b) => b.textContent!.trim())).to.deep.equal(['Forrige: 4 Træningsbane', 'Gå til download og udskrift']);
      steps[1]!.scrollIntoView();
      const { x, y, width, height } = steps[1]!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
      const focused = deepActiveElement()!;
      expect(focused.textContent!.trim()).to.equal('Download planen (JSON)');
      expect(focused.matches(':focus-visible'), 'its ring shows, also after a click').to.equal(true);
      const { top, bottom } = focused.getBoundingClientRect();
      expect(top >= 0 && bottom <= innerHeight, 'in the window').to.equal(true);
    });

    it('a tab clicked while its field is out of sight below scrolls the field\'s heading into the window; a tab chosen by keyboard stays where it is', async () => {
      const model = await render();
      await settle(model);
      const heading = (id: FieldId) => $(model, `#h-${id}`).getBoundingClientRect().top;
      scrollTo(0, 0);
      const tab = $<HTMLButtonElement>(model, '#tab-perspektiv');
      tab.scrollIntoView({ block: 'end' });
      const before = scrollY;
      tab.focus();
      await sendKeys({ press: 'Enter' });
      await settle(model);
      expect(scrollY, 'Enter on a tab: the tab stays in sight').to.equal(before);
      expect(heading('perspektiv'), 'the field below the window').to.be.greaterThan(innerHeight);
      const { x, y, width, height } = $(model, '#tab-laeringsmaal').getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
      await settle(model);
      expect(heading('laeringsmaal')).to.be.within(-1, innerHeight - 60);
    });

    it('speaks English with lang="en", and follows a change of lang', async () => {
      const model = await render('', 'en');
      expect($(model, '[part="score"]').textContent).to.equal('0 of the 5 conditions for systematic competence development are met.');
      expect($(model, '#tab-opgave .name').textContent).to.equal('Task');
      // Not started, the field shows no advice, and its tab counts none.
      expect(await accessibleRoles(), 'the tab as a screen reader says it').to.include('tab: 1 Task, Not met yet');
      model.parentElement!.lang = 'da';
      await nextFrame();
      await settle(model);
      expect($(model, '#tab-opgave .name').textContent).to.equal('Opgave');
    });
  });

  describe('events', () => {
    it('sends exactly one kompetence-change to the host for one typed character in a field', async () => {
      const model = await render();
      const events = collect(model);
      const before = model.plan.updatedAt;
      await new Promise((r) => setTimeout(r, 5));
      await typeInto(inner(field(model, 'opgave-felt'), '#beskrivelse'), 'x');
      await settle(model);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.value.opgave.beskrivelse).to.equal('x');
      expect(events[0]!.detail.value).to.equal(model.plan);
      expect(events[0]!.detail.advice).to.deep.equal(advise(events[0]!.detail.value, { lang: 'da' }));
      expect(events[0]!.detail.advice, 'an almost empty plan has advice').not.to.be.empty;
      expect(events[0]!.composed && events[0]!.bubbles).to.equal(true);
      expect(model.plan.updatedAt > before, 'updatedAt set').to.equal(true);
    });

    it('is heard once per edit by a page listening in the capture phase too, also for a nested chooser\'s choice and an arrangement', async () => {
      const model = await render();
      const heard: Event[] = [];
      const listen = (e: Event) => heard.push(e);
      document.addEventListener('kompetence-change', listen, true);
      try {
        await typeInto(inner(field(model, 'opgave-felt'), '#beskrivelse'), 'x');
        await settle(model);
        await show(model, 'traeningsbane');
        const chooser = inner<LaeringsformVaelger>(field(model, 'traeningsbane-plan'), 'laeringsform-vaelger');
        await openFolded(chooser);
        inner(chooser, 'input[data-form="coaching"]').click();
        await settle(model);
        $<HTMLButtonElement>(model, '#add-arr').click();
        await settle(model);
        const aftale = field(model, 'mobilitet-aftale');
        await typeInto(inner(aftale, '#modtagende'), 'A');
        await settle(model);
      } finally {
        document.removeEventListener('kompetence-change', listen, true);
      }
      expectSameNodes(heard.map((e) => e.target as Node), heard.map(() => model), 'the model\'s events only');
      expect(heard.map((e) => 'advice' in (e as KompetenceModelChange).detail), 'each with the plan and its advice').to.deep.equal(heard.map(() => true));
      expect(heard.length, 'typing, a choice, adding an arrangement, typing in it').to.equal(4);
    });

    it('sends the advice in the element\'s language: English after lang="en"', async () => {
      const model = await render();
      const events = collect(model);
      await typeInto(inner(field(model, 'opgave-felt'), '#beskrivelse'), 'x');
      model.lang = 'en';
      await settle(model);
      await typeInto(inner(field(model, 'opgave-felt'), '#beskrivelse'), 'y');
      await settle(model);
      expect(events).to.have.length(2);
      const [da, en] = events.map((e) => e.detail);
      expect(en!.advice).to.deep.equal(advise(en!.value, { lang: 'en' }));
      expect(en!.advice.map((a) => a.id), 'the same advice').to.deep.equal(da!.advice.map((a) => a.id));
      expect(en!.advice.map((a) => a.message), 'in English').not.to.deep.equal(da!.advice.map((a) => a.message));
    });

    it('sends one event for a choice in the learning-form chooser nested in the training ground', async () => {
      const model = await render();
      await show(model, 'traeningsbane');
      const tb = field(model, 'traeningsbane-plan');
      await tb.updateComplete;
      const vaelger = inner<LaeringsformVaelger>(tb, 'laeringsform-vaelger');
      await openFolded(vaelger);
      const events = collect(model);
      inner<HTMLInputElement>(vaelger, 'input[data-form="coaching"]').click();
      await settle(model);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.value.traeningsbane.laeringsformer).to.deep.equal(['coaching']);
    });

    it('sends one event per edit of the title and of the staircase, and none reaches the host from a field element', async () => {
      const model = await render();
      const events = collect(model);
      const fieldEvents: Event[] = [];
      model.parentElement!.addEventListener('kompetence-change', (e) => e.target !== model && fieldEvents.push(e));
      await typeInto($(model, '#titel'), 'ab');
      const trappe = field(model, 'ansvars-trappe');
      inner<HTMLButtonElement>(trappe, '.add').click();
      await settle(model);
      expect(events.map((e) => e.detail.value.titel)).to.deep.equal(['a', 'ab', 'ab']);
      expect(events[2]!.detail.value.ansvar).to.have.length(1);
      expect(fieldEvents.map(described)).to.deep.equal([]);
    });

    it('keeps a composed change of a field element inside, as another copy of the package\'s field sends it', async () => {
      const model = await render();
      const heard: unknown[] = [];
      const listen = (e: Event) => heard.push((e as CustomEvent<{ value: unknown }>).detail.value);
      document.addEventListener('kompetence-change', listen);
      try {
        // A field of another copy (the bundle beside a per-element module) does not know the model
        // for one of its own, so its event is composed; the page would get the field's slice as the plan.
        field(model, 'opgave-felt').dispatchEvent(new KompetenceChangeEvent({ value: { beskrivelse: 'x' } }, true));
        await settle(model);
        expect(heard).to.deep.equal([]);
      } finally {
        document.removeEventListener('kompetence-change', listen);
      }
    });

    it('fires no event when code sets the plan, by property or attribute, or starts from an example', async () => {
      const model = await render();
      const events = collect(model);
      model.plan = examples.jobcenter;
      model.setAttribute('plan', JSON.stringify(examples.barselsafsnit));
      model.setAttribute('example', 'boernehus');
      await settle(model);
      expect(events.map(described)).to.deep.equal([]);
      expect(model.plan.titel).to.equal(examples.boernehus.titel);
    });

    it('keeps the last good plan and shows an accessible error for a bad plan attribute or property', async () => {
      const model = await render('example="jobcenter"');
      const good = JSON.stringify(model.plan);
      for (const bad of ['{not json', '{"schemaVersion": 1, "titel": 5}', '{"schemaVersion": 1, "opgav": {}}', '{"titel": "x"}']) {
        const invalid = oneEvent(model, 'kompetence-invalid') as Promise<KompetenceInvalidEvent>;
        model.setAttribute('plan', bad);
        const event = await invalid;
        expect(event.detail.source).to.equal('attribute');
        expect(event.detail.issues.length).to.be.greaterThan(0);
        await settle(model);
        expect($(model, '[role="alert"]').textContent!.trim(), bad).not.to.equal('');
        expect(JSON.stringify(model.plan)).to.equal(good);
      }
      const invalid = oneEvent(model, 'kompetence-invalid') as Promise<KompetenceInvalidEvent>;
      model.plan = { schemaVersion: 1, ansvar: 'alle' } as unknown as Plan;
      expect((await invalid).detail.source).to.equal('property');
      expect(JSON.stringify(model.plan)).to.equal(good);
      await expectAccessible(model);
      model.plan = examples.jobcenter;
      await settle(model);
      expect($(model, '[role="alert"]').textContent!.trim()).to.equal('');
    });

    it('rejects an unknown example id with kompetence-invalid and keeps the plan', async () => {
      const model = await render();
      const invalid = oneEvent(model, 'kompetence-invalid') as Promise<KompetenceInvalidEvent>;
      model.setAttribute('example', 'ukendt');
      const event = await invalid;
      expect(event.detail.issues[0]!.path).to.deep.equal(['example']);
      expect(model.plan.titel).to.equal('');
    });

    it('shows the error for an unknown example id in the language of the moment', async () => {
      const model = await render('example="ukendt"');
      const message = (lang: 'da' | 'en') => issue(['example'], 'invalid_value', lang, { values: exampleIds, received: 'ukendt' }).message;
      expect(message('da')).not.to.equal(message('en'));
      expect($(model, '[part="error"] li').textContent).to.equal(message('da'));
      model.parentElement!.lang = 'en';
      await nextFrame();
      await settle(model);
      expect($(model, '[part="error"] li').textContent).to.equal(message('en'));
    });

    it('shows the staircase\'s licences with koerekort, and without it only when the plan has a licence', async () => {
      const trappe = async (model: Model) => {
        const el = field<HTMLElement & { koerekort: boolean }>(model, 'ansvars-trappe');
        await el.updateComplete;
        return el;
      };
      const model = await render();
      expect(model.koerekort).to.equal(false);
      expect((await trappe(model)).koerekort).to.equal(false);
      model.koerekort = true;
      await settle(model);
      expect(model.hasAttribute('koerekort')).to.equal(true);
      expect((await trappe(model)).koerekort).to.equal(true);
      expect((await trappe(model)).hasAttribute('koerekort')).to.equal(true);
      const byAttribute = await render('koerekort');
      expect((await trappe(byAttribute)).koerekort).to.equal(true);
      const withLicence = await render();
      withLicence.plan = { ...createPlan(), ansvar: [{ maalgruppe: 'Nye', koerekort: 'B' }] } as unknown as Plan;
      await settle(withLicence);
      expect(withLicence.koerekort).to.equal(false);
      expect((await trappe(withLicence)).shadowRoot!.querySelector<HTMLSelectElement>('#g0-licence')!.value).to.equal('B');
    });

    it('a plan given before the first render wins over the example attribute', async () => {
      const el = document.createElement('kompetence-model') as Model;
      el.setAttribute('example', 'boernehus');
      el.plan = examples.jobcenter;
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      expect(el.plan.titel).to.equal(examples.jobcenter.titel);
    });
  });

  describe('examples', () => {
    it('starts from each worked example by attribute, as the model has it, as a plan of its own (fresh UUIDs, now)', async () => {
      for (const id of exampleIds) {
        const before = new Date().toISOString();
        const model = await render(`example="${id}"`);
        expect(content(model.plan), id).to.deep.equal(content(examples[id]));
        const ids = idsOf(model.plan);
        expect(ids.every((i) => uuidV4.test(i)), `${id}: ${ids.join(', ')}`).to.equal(true);
        expect(new Set(ids).size).to.equal(ids.length);
        expect(model.plan.createdAt >= before && model.plan.updatedAt >= before, id).to.equal(true);
        const again = await render(`example="${id}"`);
        expect(idsOf(again.plan).some((i) => ids.includes(i)), 'two plans from one example share no id').to.equal(false);
      }
    });

    it('loads an example chosen in the UI as a user edit of a new plan (fresh ids), and undoes it', async () => {
      const model = await render();
      await typeInto($(model, '#titel'), 'Min egen');
      const events = collect(model);
      await startFromExample(model, 'barselsafsnit');
      expect(events).to.have.length(1);
      expect(model.plan.titel).to.equal(examples.barselsafsnit.titel);
      expect(content(model.plan)).to.deep.equal(content(examples.barselsafsnit));
      expect(idsOf(model.plan).every((i) => uuidV4.test(i))).to.equal(true);
      expect($(model, '[part="notice"]').textContent).to.match(/Eksemplet er indlæst/);
      button(model, 'Fortryd').click();
      await settle(model);
      expect(events).to.have.length(2);
      expect(model.plan.titel).to.equal('Min egen');
      expect($<HTMLSelectElement>(model, '#example').value, 'no example chosen after the undo').to.equal('');
      expect(button(model, 'Start fra eksemplet').disabled).to.equal(true);
      expect($(model, '[part="notice"]').textContent, 'the copy kept aside goes with the undo').not.to.match(/lagt til side/);
    });

    it('keeps the user\'s own plan aside when an example or a file replaces it: not lost once the next edit ends the Undo', async () => {
      const model = await render('storage-key="test-replaced-work"');
      await typeInto($(model, '#titel'), 'Min egen');
      await startFromExample(model, 'barselsafsnit');
      await typeInto($(model, '#titel'), '!');
      await settle(model);
      expect(described(button(model, 'Fortryd')), 'the edit ended the Undo').to.equal('undefined');
      expect(seen($(model, '[part="notice"]').textContent!)).to.match(/«Min egen» .*er lagt til side/);
      button(model, 'Gå tilbage til den').click();
      await settle(model);
      expect(model.plan.titel).to.equal('Min egen');
      await chooseFile(model, JSON.stringify(examples.jobcenter), 'jobcenter.json');
      await typeInto($(model, '#titel'), '?');
      await settle(model);
      expect(model.plan.titel).to.equal(`${examples.jobcenter.titel}?`);
      expect(seen($(model, '[part="notice"]').textContent!), 'a file too').to.match(/«Min egen» .*er lagt til side/);
    });

    it('keeps nothing aside without a storage-key (there are no drafts): Undo is the way back', async () => {
      const model = await render();
      await typeInto($(model, '#titel'), 'Min egen');
      await startFromExample(model, 'barselsafsnit');
      expect(seen($(model, '[part="notice"]').textContent!.replace(/\s+/g, ' ').trim())).to.equal('Eksemplet er indlæst. Fortryd');
    });

    it('Undo of an example loaded over an edited example leaves no kept copy of the plan it brings back', async () => {
      const model = await render('storage-key="test-undo-example" example="boernehus"');
      await typeInto($(model, '#titel'), ' redigeret');
      await startFromExample(model, 'jobcenter');
      button(model, 'Fortryd').click();
      await settle(model);
      expect(model.plan.titel).to.equal(`${examples.boernehus.titel} redigeret`);
      expect($(model, '[part="notice"]').textContent).not.to.match(/lagt til side/);
      expect(localStorage.getItem('test-undo-example:tilsidesat')).to.equal(null);
    });

    it('says in English that the examples are written in Danish', async () => {
      const model = await render('', 'en');
      const select = $<HTMLSelectElement>(model, '#example');
      const options = [...select.options].slice(1).map((o) => o.textContent!);
      expect(options).to.have.length(exampleIds.length);
      for (const option of options) expect(option).to.match(/\(in Danish\)$/);
      expect($(model, `#${select.getAttribute('aria-describedby')}`).textContent).to.include('written in Danish');
      const da = await render();
      expect([...$<HTMLSelectElement>(da, '#example').options].some((o) => /dansk/i.test(o.textContent!)), 'Danish says nothing of it').to.equal(false);
    });

    it('names the top example button apart from field 5\'s "Brug eksemplet" and enables it only once an example is chosen', async () => {
      const model = await render();
      const start = $<HTMLButtonElement>(model, '.pick button');
      expect(start.textContent).to.equal('Start fra eksemplet');
      expect(start.disabled, 'nothing chosen yet').to.equal(true);
      await chooseExample(model, 'jobcenter');
      expect(start.disabled).to.equal(false);
      await chooseExample(model, '');
      expect(start.disabled, 'back to "Vælg eksempel"').to.equal(true);
      const en = await render('', 'en');
      expect($(en, '.pick button').textContent).to.equal('Start from the example');
    });

    it('starts from an example with the keyboard: the button is reached once an example is chosen', async () => {
      const model = await render();
      const events = collect(model);
      $(model, '#example').focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.id, 'the disabled button is skipped').to.equal('import');
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(model);
      expect($<HTMLSelectElement>(model, '#example').value).to.equal(exampleIds[0]);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent).to.equal('Start fra eksemplet');
      await sendKeys({ press: 'Enter' });
      await settle(model);
      expect(events).to.have.length(1);
      expect(model.plan.titel).to.equal(examples[exampleIds[0]].titel);
    });
  });

  describe('mobility arrangements', () => {
    it('wraps a long link in an arrangement’s receiving workplace in its list button (it widened a 320 px page to 900 px)', async () => {
      const link = 'https://intranet.eksempel-kommune.dk/sites/aeldreomraadet/Delte%20dokumenter/Kompetenceplaner/Solhaven_maaltid_2027.docx';
      const model = await render();
      model.plan = createPlan({ mobilitet: [{ id: 'm1', form: 'udstationering', modtagende: link }] } as Partial<Plan>);
      await show(model, 'traeningsbane');
      expect($(model, '#arr-0').textContent).to.include('Solhaven_maaltid_2027.docx');
      await expectReflow(model);
    });

    it('names an arrangement in its list button without the direction marks of its workplace (an override turned the bracket around)', async () => {
      const model = await render();
      model.plan = createPlan({ mobilitet: [{ id: 'm1', form: 'udstationering', modtagende: '\u202Enelejplemmejh' }] } as Partial<Plan>);
      await show(model, 'traeningsbane');
      expect($(model, '#arr-0').textContent!.trim()).to.equal('Mobilitetsaftale 1: udstationering centralt og decentralt (nelejplemmejh)');
    });

    it('marks the receiving workplace with content-lang in the arrangement\'s list button and in the notice after removing it, and only that', async () => {
      const model = await render('content-lang="da"', 'en');
      model.plan = createPlan({ mobilitet: [{ id: 'm1', form: 'udlaan', modtagende: 'Apoteket' }] } as Partial<Plan>);
      await show(model, 'traeningsbane');
      const marked = (e: Element) => [...e.querySelectorAll('[lang]')].map((m) => `${m.textContent}=${m.getAttribute('lang')}`);
      expect($(model, '#arr-0').textContent!.trim()).to.equal('Mobility arrangement 1: loan to external partners (Apoteket)');
      expect(marked($(model, '#arr-0'))).to.deep.equal(['Apoteket=da']);
      [...root(model).querySelectorAll<HTMLButtonElement>('.arrangements button')].find((b) => b.textContent!.trim() === 'Remove mobility arrangement 1')!.click();
      await settle(model);
      const notice = $(model, '.arrangements > li.removed');
      expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Mobility arrangement 1: loan to external partners (Apoteket) was removed. Undo');
      expect(marked(notice)).to.deep.equal(['Apoteket=da']);
      // Unset, nothing is marked: the workplace has the language of the rest.
      model.removeAttribute('content-lang');
      await settle(model);
      expect(marked(notice)).to.deep.equal([]);
    });

    it('disables the arrangement shown with the model (it takes no plan context: its boxes stayed Tab stops)', async () => {
      const model = await render();
      model.plan = createPlan({ mobilitet: [{ id: 'm1', form: 'udlaan', modtagende: 'Apoteket' }] } as Partial<Plan>);
      await show(model, 'traeningsbane');
      const aftale = field(model, 'mobilitet-aftale');
      const enabled = () => [...aftale.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea, input[type=date]')].filter((b) => !b.disabled).length;
      expect(enabled(), 'editable').to.be.above(3);
      model.disabled = true;
      await settle(model);
      await aftale.updateComplete;
      expect(enabled(), 'in a disabled model').to.equal(0);
      model.disabled = false;
      await settle(model);
      await aftale.updateComplete;
      expect(enabled(), 'enabled again').to.be.above(3);
    });

    it('adds, edits (one event per edit), selects and removes arrangements', async () => {
      const model = await render();
      await show(model, 'traeningsbane');
      const events = collect(model);
      $<HTMLButtonElement>(model, '#add-arr').click();
      await settle(model);
      $<HTMLButtonElement>(model, '#add-arr').click();
      await settle(model);
      expect(model.plan.mobilitet).to.have.length(2);
      expect(deepActiveElement()?.id).to.equal('arr-h');
      expect($(model, '#arr-1').getAttribute('aria-current')).to.equal('true');
      const aftale = field(model, 'mobilitet-aftale');
      await aftale.updateComplete;
      await typeInto(inner(aftale, '#modtagende'), 'Hjemmeplejen');
      await settle(model);
      expect(events).to.have.length(2 + 'Hjemmeplejen'.length);
      expect(model.plan.mobilitet[1]!.modtagende).to.equal('Hjemmeplejen');
      expect(model.plan.mobilitet[0]!.modtagende).to.equal('');
      expect($(model, '#arr-1').textContent).to.match(/Mobilitetsaftale 2 \(Hjemmeplejen\)/);
      $<HTMLButtonElement>(model, '#arr-0').click();
      await settle(model);
      expect((field(model, 'mobilitet-aftale') as unknown as { value: { id: string } }).value.id).to.equal(model.plan.mobilitet[0]!.id);
      const remove = [...root(model).querySelectorAll<HTMLButtonElement>('.arrangements button')].find((b) => b.textContent!.trim() === 'Fjern mobilitetsaftale 1')!;
      remove.click();
      await settle(model);
      expect(model.plan.mobilitet.map((a) => a.modtagende)).to.deep.equal(['Hjemmeplejen']);
      expect($(model, '.arrangements > li.removed').textContent).to.match(/Mobilitetsaftale 1 er fjernet/);
      await expectAccessible(model);
    });

    it('shows an arrangement\'s reversed period in the training ground, whichever arrangement is shown; field 4\'s condition (the training period, contract.md) is not changed by it', async () => {
      const plan = createPlan({
        ...examples.jobcenter,
        traeningsbane: { ...examples.jobcenter.traeningsbane, periode: { start: '2027-01-04', slut: '2027-03-26' } },
        mobilitet: [
          { id: 'm1', form: 'udlaan', periode: { start: '2027-02-10', slut: '2027-02-01' } },
          { id: 'm2', form: 'udlaan', periode: { start: '2027-02-01', slut: '2027-02-10' } },
        ],
      } as Partial<Plan>);
      const model = await render();
      model.plan = plan;
      await settle(model);
      await show(model, 'traeningsbane');
      const adviceIn = (host: Element) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('[data-advice]')].map((li) => li.dataset['advice']);
      // The second arrangement shown (it is in order): the first one's dates are still pointed out.
      $<HTMLButtonElement>(model, '#arr-1').click();
      await settle(model);
      const aftale = field(model, 'mobilitet-aftale');
      await aftale.updateComplete;
      expect(adviceIn(aftale)).not.to.include('periode-omvendt');
      expect(adviceIn(field(model, 'traeningsbane-plan')), 'in the training ground').to.include('periode-omvendt');
      expect([...root(model).querySelectorAll<HTMLElement>('.all-advice [data-advice="periode-omvendt"]')]).to.have.length(1);
      expect(completeness(plan).criteria.traeningsbane).to.equal(true);
      expect($(model, '#tab-traeningsbane').classList.contains('met')).to.equal(true);
      expect($(model, '#panel-traeningsbane [part="missing"]').textContent).to.equal('Feltet er opfyldt.');
    });

    it('removes a filled-in arrangement by keyboard; Undo, in its place in the list and named as its button, takes it back and shows it', async () => {
      const model = await render();
      await show(model, 'traeningsbane');
      $<HTMLButtonElement>(model, '#add-arr').click();
      await settle(model);
      // A short name: the test does much else, and typing key by key is slow on a loaded machine.
      await typeInto(inner(field(model, 'mobilitet-aftale'), '#modtagende'), 'Apotek');
      $<HTMLButtonElement>(model, '#add-arr').click();
      await settle(model);
      const before = model.plan;
      const events = collect(model);
      const remove = [...root(model).querySelectorAll<HTMLButtonElement>('.arrangements button')].find((b) => b.textContent!.trim() === 'Fjern mobilitetsaftale 1')!;
      remove.focus();
      await sendKeys({ press: 'Enter' });
      await settle(model);
      expect(model.plan.mobilitet.map((a) => a.id)).to.deep.equal([before.mobilitet[1]!.id]);
      const active = deepActiveElement()!;
      expect(active.textContent, 'focus on the Undo').to.equal('Fortryd');
      const item = active.closest('li')!;
      expect(item.parentElement!.classList.contains('arrangements'), 'in the list').to.equal(true);
      expect(item.nextElementSibling!.querySelector('button')!.id, 'where the removed one was: before the next').to.equal('arr-0');
      expect($(model, `#${active.getAttribute('aria-describedby')}`).textContent).to.equal('Mobilitetsaftale 1 (Apotek) er fjernet.');
      expect($(model, '[part="notice"]').textContent!.trim(), 'nothing said at the top of the page').to.equal('');
      await expectAccessible(model);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.id, 'Tab goes on to the arrangement that took its place').to.equal('arr-0');
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(model);
      expect(events).to.have.length(2);
      expect(model.plan.mobilitet).to.deep.equal(before.mobilitet);
      expect(events[1]!.detail.value).to.equal(model.plan);
      expect(described(root(model).querySelector('.removed')), 'the notice goes').to.equal('null');
      expect($(model, '#arr-0').getAttribute('aria-current'), 'the restored arrangement is shown').to.equal('true');
      expect((field(model, 'mobilitet-aftale') as unknown as { value: { modtagende: string } }).value.modtagende).to.equal('Apotek');
      expect(deepActiveElement()?.id, 'focus on the restored arrangement').to.equal('arr-h');
    });

    it('readonly set while the Undo of the last arrangement has the focus: it goes on to what follows the list, not back to the top', async () => {
      const model = await render();
      await show(model, 'traeningsbane');
      $<HTMLButtonElement>(model, '#add-arr').click();
      await settle(model);
      $<HTMLButtonElement>(model, '#add-arr').click();
      await settle(model);
      [...root(model).querySelectorAll<HTMLButtonElement>('.arrangements button')].find((b) => b.textContent!.trim() === 'Fjern mobilitetsaftale 2')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(model);
      expect(deepActiveElement()?.id, 'focus on the Undo').to.equal('undo');
      const list = $(model, '.arrangements');
      expect(list.lastElementChild!.classList.contains('removed'), 'the notice is the last of the list').to.equal(true);
      model.readonly = true;
      await settle(model);
      const active = deepActiveElement()!;
      expect(hostTag(active), 'focus stays in the model').to.equal('kompetence-model');
      const follows = !!(list.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) && !list.contains(active);
      expect(follows, `after the list, not on <${active.localName} id="${active.id}">`).to.equal(true);
    });

    it('offers the last arrangement back after the list, in the language of the moment, until the list is edited', async () => {
      const model = await render();
      await show(model, 'traeningsbane');
      $<HTMLButtonElement>(model, '#add-arr').click();
      await settle(model);
      [...root(model).querySelectorAll<HTMLButtonElement>('.arrangements button')].find((b) => b.textContent!.trim() === 'Fjern mobilitetsaftale 1')!.click();
      await settle(model);
      expect(model.plan.mobilitet).to.have.length(0);
      const notice = () => root(model).querySelector('.arrangements > li.removed')?.textContent!.replace(/\s+/g, ' ').trim();
      expect(notice()).to.equal('Mobilitetsaftale 1 er fjernet. Fortryd');
      model.parentElement!.lang = 'en';
      await nextFrame();
      await settle(model);
      expect(notice()).to.equal('Mobility arrangement 1 was removed. Undo');
      await typeInto($(model, '#titel'), 'x');
      await settle(model);
      expect(notice(), 'an edit elsewhere in the plan keeps the offer').to.equal('Mobility arrangement 1 was removed. Undo');
      $<HTMLButtonElement>(model, '#add-arr').click();
      await settle(model);
      expect(notice(), 'an edit of the list ends it').to.equal(undefined);
    });

    it('says so when a mobility learning form is chosen in the training ground', async () => {
      const model = await render();
      await show(model, 'traeningsbane');
      const tb = field(model, 'traeningsbane-plan');
      await tb.updateComplete;
      const vaelger = inner<LaeringsformVaelger>(tb, 'laeringsform-vaelger');
      await openFolded(vaelger);
      inner<HTMLInputElement>(vaelger, 'input[data-form="udstationering"]').click();
      await settle(model);
      expect($(model, '[part="notice"]').textContent).to.match(/Du har valgt udstationering.*Under «Mobilitet»/);
      expect($(model, '#mob-h').textContent, 'the section is named as in the printed plan').to.equal(commonMessages.da.mobility);
      expect($(model, '.offer button').textContent).to.match(/^Tilføj aftale om udstationering/);
    });

    it('offers an arrangement when a mobility learning form is chosen, of that form', async () => {
      const plan = createPlan({ traeningsbane: { ...createPlan().traeningsbane, laeringsformer: ['udlaan'] } });
      const model = await render();
      model.plan = plan;
      await show(model, 'traeningsbane');
      const offer = $<HTMLButtonElement>(model, '.offer button');
      expect(offer.textContent).to.match(/^Tilføj aftale om udlån/);
      const events = collect(model);
      offer.click();
      await settle(model);
      expect(events).to.have.length(1);
      expect(model.plan.mobilitet.map((a) => a.form)).to.deep.equal(['udlaan']);
      expect(described(root(model).querySelector('.offer'))).to.equal('null');
    });
  });

  describe('drafts', () => {
    const key = 'test-plan';

    it('saves as the user types and restores after a reload, with a notice and no event', async () => {
      const first = await render(`storage-key="${key}"`);
      await typeInto($(first, '#titel'), 'Kladde');
      await new Promise((r) => setTimeout(r, 700));
      expect(JSON.parse(localStorage.getItem(key)!).titel).to.equal('Kladde');
      first.remove();

      let events = 0;
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.addEventListener('kompetence-change', () => (events += 1));
      wrapper.innerHTML = `<kompetence-model storage-key="${key}"></kompetence-model>`;
      const second = wrapper.firstElementChild as Model;
      await second.updateComplete;
      // A status region that comes with its text is not announced: it is in the page empty first.
      const notice = $(second, '[part="notice"]');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.equal('');
      await settle(second);
      expect(second.plan.titel).to.equal('Kladde');
      expectSameNode($(second, '[part="notice"]'), notice, 'the same region');
      expect(notice.textContent).to.match(/Din kladde fra .+ er hentet frem\./);
      expect(events).to.equal(0);
      await expectAccessible(second);
    });

    it('opens a restored draft at the field the user had shown in this tab (a phone reloads a tab left in the background)', async () => {
      const first = await render(`storage-key="${key}"`);
      await typeInto($(first, '#titel'), 'Kladde');
      await show(first, 'traeningsbane');
      window.dispatchEvent(new Event('pagehide'));
      first.remove();
      const second = await render(`storage-key="${key}"`);
      expect(second.plan.titel).to.equal('Kladde');
      expect($(second, '#panel-traeningsbane').hidden).to.equal(false);
      expect($(second, '#tab-traeningsbane').getAttribute('aria-selected')).to.equal('true');
      second.remove();
      // Without a draft to restore, the page opens at the start.
      localStorage.clear();
      const fresh = await render(`storage-key="${key}"`);
      expect($(fresh, '#panel-opgave').hidden).to.equal(false);
    });

    it('saves at once when the page is hidden', async () => {
      const model = await render(`storage-key="${key}"`);
      await typeInto($(model, '#titel'), 'Nu');
      window.dispatchEvent(new Event('pagehide'));
      expect(JSON.parse(localStorage.getItem(key)!).titel).to.equal('Nu');
    });

    it('saves at once when the user switches to another tab or app (the page becomes hidden without being left)', async () => {
      const model = await render(`storage-key="${key}"`);
      typeWithoutPause($<HTMLInputElement>(model, '#titel'), 'Skiftet');
      expect(localStorage.getItem(key), 'not yet: the pause has not come').to.equal(null);
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        expect(JSON.parse(localStorage.getItem(key) ?? '{}').titel).to.equal('Skiftet');
      } finally {
        delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
      }
      expect(document.visibilityState, 'the page is shown again').to.equal('visible');
    });

    it('discards a restored draft as a user edit, back to the plan before it', async () => {
      localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Gammel kladde' })));
      const model = await render(`storage-key="${key}" example="jobcenter"`);
      expect(model.plan.titel).to.equal('Gammel kladde');
      const events = collect(model);
      [...root(model).querySelectorAll<HTMLButtonElement>('[part="notice"] button')].find((b) => b.textContent === 'Kassér kladden')!.click();
      await settle(model);
      expect(events).to.have.length(1);
      expect(model.plan.titel).to.equal(examples.jobcenter.titel);
      expect(localStorage.getItem(key)).to.equal(null);
      expect($(model, '[part="notice"]').textContent).to.match(/Kladden er kasseret/);
    });

    it('discards the draft being written from the line that says it is saved (on a shared PC the next user of the browser would see it)', async () => {
      const model = await render(`storage-key="${key}"`);
      const savingLine = () => [...root(model).querySelectorAll('p.hint')].find((p) => p.textContent!.includes('Planen gemmes som kladde'))!;
      const discard = () => savingLine().querySelector('button');
      expect(described(discard()), 'nothing saved yet: nothing to discard').to.equal('null');
      await typeInto($(model, '#titel'), 'Hanne Jensens udlån');
      window.dispatchEvent(new Event('pagehide'));
      await settle(model);
      expect(savingLine().textContent).to.match(/Kladde gemt kl\. /);
      expect(discard()!.textContent).to.equal('Kassér kladden');
      const events = collect(model);
      discard()!.click();
      await settle(model);
      expect(localStorage.getItem(key), 'gone from this browser').to.equal(null);
      expect(model.plan.titel, 'the plan it held leaves the page too').to.equal('');
      expect(events).to.have.length(1);
      expect(savingLine().textContent, 'no longer said to be saved').not.to.match(/gemt kl\./);
      expect($(model, '[part="notice"]').textContent).to.match(/Kladden er kasseret/);
      await new Promise((r) => setTimeout(r, 700));
      expect(localStorage.getItem(key), 'and not saved again').to.equal(null);
      model.remove();
      const again = await render(`storage-key="${key}"`);
      expect(again.plan.titel, 'the next visit').to.equal('');
    });

    it('a form reset removes the stored draft (and a pending save) and keeps the work aside, offered back', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kompetence-model storage-key=${key} example="jobcenter"></kompetence-model></form>`);
      const model = form.firstElementChild as Model;
      await settle(model);
      await typeInto($(model, '#titel'), '!');
      window.dispatchEvent(new Event('pagehide'));
      expect(JSON.parse(localStorage.getItem(key)!).titel).to.equal(`${examples.jobcenter.titel}!`);
      await typeInto($(model, '#titel'), '?'); // a save waiting when the form is reset
      const events = collect(model);
      form.reset();
      await settle(model);
      expect(content(model.plan)).to.deep.equal(content(examples.jobcenter));
      expect(events, 'a reset is no user edit of the plan').to.have.length(0);
      expect(localStorage.getItem(key)).to.equal(null);
      await new Promise((r) => setTimeout(r, 700));
      expect(localStorage.getItem(key)).to.equal(null);
      // A reset button pressed by mistake loses nothing: the work is kept aside, also for the next visit.
      const kept = JSON.parse(localStorage.getItem(`${key}:tilsidesat`)!) as Plan[];
      expect(kept.map((p) => p.titel)).to.deep.equal([`${examples.jobcenter.titel}!?`]);
      const keptLine = () => [...root(model).querySelectorAll('[part="notice"] p')].find((p) => p.textContent!.includes('lagt til side'));
      expect(keptLine()!.textContent).to.include(`${examples.jobcenter.titel}!?`);
      form.remove();
      const again = await render(`storage-key="${key}" example="jobcenter"`);
      expect(content(again.plan), 'the next visit starts from the reset plan').to.deep.equal(content(examples.jobcenter));
      expect($(again, '[part="notice"]').textContent).not.to.match(/hentet frem/);
      const back = [...root(again).querySelectorAll<HTMLButtonElement>('[part="notice"] button')].find((b) => b.textContent === 'Gå tilbage til den')!;
      back.click();
      await settle(again);
      expect(again.plan.titel, 'and the work comes back').to.equal(`${examples.jobcenter.titel}!?`);
      again.remove(); // it saves its draft as it goes: not one for the next test
      localStorage.clear();
    });

    it('a form reset of a plan not edited keeps nothing aside', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kompetence-model storage-key=${key} example="jobcenter"></kompetence-model></form>`);
      const model = form.firstElementChild as Model;
      await settle(model);
      form.reset();
      await settle(model);
      expect(localStorage.getItem(`${key}:tilsidesat`)).to.equal(null);
      expect($(model, '[part="notice"]').textContent).not.to.match(/lagt til side/);
    });

    it('ignores a corrupt draft with a polite notice and starts as given', async () => {
      localStorage.setItem(key, '{"schemaVersion": 1, "opgave": 7');
      const model = await render(`storage-key="${key}" example="boernehus"`);
      expect(content(model.plan)).to.deep.equal(content(examples.boernehus));
      const notice = $(model, '[part="notice"]');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.match(/kunne ikke læses/);
    });

    /** Makes every write to the storage fail, as a full storage does; gives what puts it back. */
    function fillStorage(): () => void {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      return () => {
        Storage.prototype.setItem = setItem;
      };
    }

    it('keeps the plan in memory and says so when the storage is full', async () => {
      const restoreStorage = fillStorage();
      try {
        const model = await render(`storage-key="${key}"`);
        await typeInto($(model, '#titel'), 'Vigtig');
        window.dispatchEvent(new Event('pagehide'));
        await settle(model);
        expect(model.plan.titel).to.equal('Vigtig');
        expect($(model, '[part="notice"]').textContent).to.match(/lager er fuldt/);
      } finally {
        restoreStorage();
      }
    });

    it('asks before the page closes while the storage is full and work is unsaved, and no longer once a draft holds it', async () => {
      const model = await render(`storage-key="${key}"`);
      /** Types into the title and waits past the pause after which a draft is saved. */
      const typeAndPause = async (text: string) => {
        await typeInto($(model, '#titel'), text);
        await aTimeout(700);
        await settle(model);
      };
      await typeInto($(model, '#titel'), 'Gemt');
      expect(leavingAsks(), 'a draft is written as the page hides').to.equal(false);
      const restoreStorage = fillStorage();
      try {
        await typeAndPause(' og mere');
        expect($(model, '[part="notice"]').textContent).to.match(/lager er fuldt/);
        expect(leavingAsks(), 'the work since is in memory only').to.equal(true);
      } finally {
        restoreStorage();
      }
      await typeAndPause('!');
      expect(JSON.parse(localStorage.getItem(key)!).titel).to.equal('Gemt og mere!');
      expect(leavingAsks(), 'saved again').to.equal(false);
      const restoreAgain = fillStorage();
      try {
        await typeAndPause('?');
        expect(leavingAsks()).to.equal(true);
        model.parentElement!.prepend(model);
        await settle(model);
        expect(leavingAsks(), 'moved in the page').to.equal(true);
        // The page's plan replaces the work: kept aside, in memory only.
        model.plan = createPlan({ titel: 'Sidens plan' });
        await settle(model);
        expect($(model, '[part="notice"]').textContent).to.match(/Gemt og mere!\?/);
        expect(leavingAsks(), 'the work kept aside').to.equal(true);
        model.remove();
        expect(leavingAsks(), 'an element gone from the page asks nothing').to.equal(false);
        // Removed within the save's pause: the save it tries then fails, and still nothing asks.
        const other = await render(`storage-key="${key}"`);
        await typeInto($(other, '#titel'), 'Nyt');
        other.remove();
        await aTimeout(50);
        expect(leavingAsks(), 'removed while a save waited').to.equal(false);
      } finally {
        restoreAgain();
      }
    });

    it('offers to discard the draft saved before when the storage is full (it stays stored), and nothing to discard when none was saved', async () => {
      const discardButtons = (m: KompetenceModel) => [...root(m).querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.textContent!.trim() === 'Kassér kladden');
      let restoreStorage = () => {};
      try {
        const model = await render(`storage-key="${key}"`);
        await typeInto($(model, '#titel'), 'Første');
        window.dispatchEvent(new Event('pagehide'));
        await settle(model);
        restoreStorage = fillStorage();
        await typeInto($(model, '#titel'), ' og anden');
        window.dispatchEvent(new Event('pagehide'));
        await settle(model);
        expect($(model, '[part="notice"]').textContent).to.match(/lager er fuldt/);
        expect(JSON.parse(localStorage.getItem(key)!).titel, 'the draft saved before').to.equal('Første');
        expect(discardButtons(model).length, 'one way to discard it').to.equal(1);
        discardButtons(model)[0]!.click();
        await settle(model);
        expect(localStorage.getItem(key)).to.equal(null);
        restoreStorage();
        model.remove();
        localStorage.removeItem(key);
        restoreStorage = fillStorage();
        const fresh = await render(`storage-key="${key}"`);
        await typeInto($(fresh, '#titel'), 'Aldrig gemt');
        window.dispatchEvent(new Event('pagehide'));
        await settle(fresh);
        expect($(fresh, '[part="notice"]').textContent).to.match(/lager er fuldt/);
        expect(discardButtons(fresh).map(described), 'nothing stored: nothing to discard').to.deep.equal([]);
      } finally {
        restoreStorage();
      }
    });

    it('shows one Discard and no save time of its own when it comes back to a draft another tab saved meanwhile', async () => {
      const model = await render(`storage-key="${key}"`);
      await typeInto($(model, '#titel'), 'Fra denne fane');
      window.dispatchEvent(new Event('pagehide'));
      await settle(model);
      const parent = model.parentElement!;
      model.remove();
      await aTimeout(0);
      localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Fra en anden fane' })));
      parent.append(model);
      await settle(model);
      expect(model.plan.titel).to.equal('Fra en anden fane');
      const texts = [...root(model).querySelectorAll('button')].map((b) => b.textContent!.trim());
      expect(texts.filter((t) => t === 'Kassér kladden')).to.have.length(1);
      expect(root(model).textContent).not.to.match(/Kladde gemt kl\./);
    });

    it('keeps the focus in the model when the saving line’s Discard goes while focused (read-only)', async () => {
      const model = await render(`storage-key="${key}"`);
      await typeInto($(model, '#titel'), 'Noget');
      window.dispatchEvent(new Event('pagehide'));
      await settle(model);
      const discard = [...root(model).querySelectorAll<HTMLButtonElement>('p.hint button')].find((b) => b.textContent!.trim() === 'Kassér kladden')!;
      discard.focus();
      model.setAttribute('readonly', '');
      await settle(model);
      expect(discard.isConnected, 'gone while read-only').to.equal(false);
      expect(document.activeElement?.localName, 'not dropped to the page').to.equal('kompetence-model');
    });

    it('no longer says when the draft was saved once the stored draft cannot be read (found when the page puts the plan back)', async () => {
      const model = await render(`storage-key="${key}"`);
      const savingLine = () => [...root(model).querySelectorAll('p.hint')].find((p) => p.textContent!.includes('Planen gemmes som kladde'))!;
      await typeInto($(model, '#titel'), 'Vigtig');
      window.dispatchEvent(new Event('pagehide'));
      await settle(model);
      expect(savingLine().textContent, 'saved first').to.match(/Kladde gemt kl\. /);
      // Out of the page for a while (a page's tab panel, say), and meanwhile the draft is spoilt.
      const parent = model.parentElement!;
      model.remove();
      await aTimeout(0);
      localStorage.setItem(key, '{"schemaVersion": 1, "opgave": 7');
      parent.append(model);
      await settle(model);
      expect($(model, '[part="notice"]').textContent).to.match(/kunne ikke læses/);
      expect(savingLine().textContent, 'the save it named is gone').not.to.match(/gemt kl\./);
    });

    it('keeps working when storage is disabled (SecurityError on access)', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      try {
        const model = await render(`storage-key="${key}"`);
        await typeInto($(model, '#titel'), 'Ok');
        window.dispatchEvent(new Event('pagehide'));
        await settle(model);
        expect(model.plan.titel).to.equal('Ok');
        expect($(model, '[part="notice"]').textContent).to.match(/kan ikke gemmes i denne browser/);
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
      }
    });
  });

  describe('notices', () => {
    const key = 'test-notices';
    const noticeText = (model: Model) => seen($(model, '[part="notice"]').textContent!).replace(/\s+/g, ' ').trim();
    const draft = () => localStorage.setItem(key, JSON.stringify(createPlan({ titel: 'Gammel kladde' })));
    const inModel = (text: string) => (el: Element | null) => el?.textContent?.trim() === text && hostTag(el) === 'kompetence-model';

    async function chooseMobility(model: Model, form: string): Promise<void> {
      await show(model, 'traeningsbane');
      const tb = field(model, 'traeningsbane-plan');
      await tb.updateComplete;
      const vaelger = inner<LaeringsformVaelger>(tb, 'laeringsform-vaelger');
      await openFolded(vaelger);
      inner<HTMLInputElement>(vaelger, `input[data-form="${form}"]`).click();
      await settle(model);
    }

    const kinds: { what: string; attrs?: string; act(model: Model): Promise<void>; da: RegExp; en: RegExp }[] = [
      { what: 'draft restored', attrs: `storage-key="${key}"`, act: async () => {}, da: /^Din kladde fra .+ er hentet frem\. Kassér kladden$/, en: /^Your draft from .+ was restored\. Discard the draft$/ },
      {
        what: 'draft discarded', attrs: `storage-key="${key}"`,
        act: async (m) => button(m, 'Kassér kladden').click(),
        da: /^Kladden er kasseret\. Fortryd$/, en: /^The draft was discarded\. Undo$/,
      },
      {
        what: 'example loaded',
        act: async (m) => {
          await chooseExample(m, 'jobcenter');
          button(m, 'Start fra eksemplet').click();
        },
        da: /^Eksemplet er indlæst\. Fortryd$/, en: /^The example was loaded\. Undo$/,
      },
      {
        what: 'undone',
        act: async (m) => {
          await chooseExample(m, 'jobcenter');
          button(m, 'Start fra eksemplet').click();
          await settle(m);
          button(m, 'Fortryd').click();
        },
        da: /^Ændringen er fortrudt\.$/, en: /^The change was undone\.$/,
      },
      {
        what: 'file loaded', act: (m) => chooseFile(m, JSON.stringify(examples.jobcenter), 'x.json'),
        da: /^Filen «x\.json» er indlæst\. Fortryd$/, en: /^The file “x\.json” was loaded\. Undo$/,
      },
      {
        what: 'file unreadable',
        act: async (m) => {
          const read = Blob.prototype.arrayBuffer;
          Blob.prototype.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
          try {
            await chooseFile(m, '{}', 'x.json');
          } finally {
            Blob.prototype.arrayBuffer = read;
          }
        },
        da: /^Filen «x\.json» kunne ikke læses, så din plan er ikke ændret\.$/, en: /^The file “x\.json” could not be read, so your plan is unchanged\.$/,
      },
      {
        what: 'file too big', act: (m) => chooseFile(m, ' '.repeat(2_000_001), 'x.json'),
        da: /^Filen «x\.json» er for stor til at være en plan \(over 2 MB\), så din plan er ikke ændret\.$/,
        en: /^The file “x\.json” is too big to be a plan \(over 2 MB\), so your plan is unchanged\.$/,
      },
      {
        what: 'mobility form chosen', act: (m) => chooseMobility(m, 'udstationering'),
        da: /^Du har valgt udstationering .*\. Under «Mobilitet»/, en: /^You chose secondment .*\. Under “Mobility”/,
      },
    ];

    for (const kind of kinds) {
      it(`follow a change of lang: ${kind.what}`, async () => {
        draft();
        const model = await render(kind.attrs);
        await kind.act(model);
        await settle(model);
        expect(noticeText(model)).to.match(kind.da);
        model.parentElement!.lang = 'en';
        await nextFrame();
        await settle(model);
        expect(noticeText(model)).to.match(kind.en);
      });
    }

    it('keeps focus in the notice after "Fortryd" by keyboard: on the new notice, which has no button', async () => {
      const model = await render();
      await chooseExample(model, 'jobcenter');
      $(model, '#example').focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(model);
      expect(model.plan.titel).to.equal(examples.jobcenter.titel);
      await tabTo(inModel('Fortryd'), 'Fortryd');
      await sendKeys({ press: 'Enter' });
      await settle(model);
      expect(model.plan.titel).to.equal('');
      const active = deepActiveElement()!;
      expect(active.id, `focus on <${active.localName}>`).to.equal('notice');
      expect(active.textContent!.trim()).to.equal('Ændringen er fortrudt.');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.id, 'Tab goes on from the notice').to.equal('tab-opgave');
    });

    it('a notice that comes with the focus is not also announced by the region (read once)', async () => {
      const model = await render();
      const region = $(model, '[part="notice"]');
      /** The notice's text each time it changed, with whether the region was live then. */
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(`${region.getAttribute('aria-live') ?? 'polite'}: ${noticeText(model)}`));
      observer.observe(region, { subtree: true, childList: true, characterData: true });
      try {
        await chooseExample(model, 'jobcenter');
        $(model, '#example').focus();
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await settle(model);
        await nextFrame();
        expect(deepActiveElement()?.textContent, 'the example loaded: focus on its Undo').to.equal('Fortryd');
        await sendKeys({ press: 'Enter' });
        await settle(model);
      } finally {
        observer.disconnect();
      }
      expect(deepActiveElement()?.id).to.equal('notice');
      const said = changes.filter((c) => /: \S/.test(c));
      expect(said[0], 'the example loaded: read where the focus lands').to.match(/^off: Eksemplet/);
      expect(said.at(-1), 'undone: focus goes to the notice, which is read there').to.equal('off: Ændringen er fortrudt.');
      expect(region.hasAttribute('aria-live'), 'live again for the next notice').to.equal(false);
    });

    /** A model whose restored draft the user discarded with the keyboard ("Kassér kladden"). */
    async function discardDraftByKeyboard(): Promise<KompetenceModel> {
      draft();
      const model = await render(`storage-key="${key}" example="jobcenter"`);
      $(model, '#titel').focus();
      await tabTo(inModel('Kassér kladden'), 'Kassér kladden');
      await sendKeys({ press: 'Enter' });
      await settle(model);
      return model;
    }

    it('keeps focus in the notice after "Kassér kladden" by keyboard: on its "Fortryd", and then on the notice', async () => {
      const model = await discardDraftByKeyboard();
      expect(model.plan.titel).to.equal(examples.jobcenter.titel);
      expect(inModel('Fortryd')(deepActiveElement()), `focus on <${deepActiveElement()?.localName}>`).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await settle(model);
      expect(model.plan.titel).to.equal('Gammel kladde');
      expect(deepActiveElement()?.id).to.equal('notice');
      await expectAccessible(model);
    });

    it('"Fortryd" after "Kassér kladden" is described by the notice; readonly takes it away and the focus goes to the notice', async () => {
      const model = await discardDraftByKeyboard();
      const undo = deepActiveElement()!;
      expect(inModel('Fortryd')(undo), `focus on <${undo.localName}>`).to.equal(true);
      expect(root(model).getElementById(undo.getAttribute('aria-describedby') ?? '')?.textContent).to.equal('Kladden er kasseret.');
      model.readonly = true;
      await settle(model);
      expect(deepActiveElement()?.id, 'not dropped to the page').to.equal('notice');
    });

    it('drops "Kassér kladden" at the first edit of the restored plan: from then on the draft is the user\'s work', async () => {
      draft();
      const model = await render(`storage-key="${key}" example="jobcenter"`);
      expect(!!button(model, 'Kassér kladden')).to.equal(true);
      await typeInto(inner(field(model, 'opgave-felt'), '#beskrivelse'), 'x');
      await settle(model);
      // The notice's button, not the saving line's: that one comes with the save, after a pause of its own.
      const discards = () => [...root(model).querySelectorAll('button')].filter((b) => b.textContent!.trim() === 'Kassér kladden');
      expect(discards().filter((b) => b.closest('[part="notice"]')), 'the discard button is gone').to.deep.equal([]);
      expect(noticeText(model)).to.equal('');
      expect(model.plan.titel).to.equal('Gammel kladde');
      expect(model.plan.opgave.beskrivelse).to.equal('x');
      window.dispatchEvent(new Event('pagehide'));
      expect(JSON.parse(localStorage.getItem(key)!).opgave.beskrivelse, 'still saved as the draft').to.equal('x');
      await settle(model);
      expect(discards().map((b) => b.closest('[part="notice"]')), 'one Discard, for the draft the user saved').to.deep.equal([null]);
    });

    it('says a failed import once, in the error (an alert); the notice (a status) keeps what it said, and its Undo', async () => {
      const model = await render();
      await startFromExample(model, 'jobcenter');
      const notice = noticeText(model);
      expect(notice).to.equal('Eksemplet er indlæst. Fortryd');
      await chooseFile(model, '{"schemaVersion": 1, "titel": 5}', 'broken.json');
      expect($(model, '[role="alert"]').textContent).to.match(/Data kunne ikke bruges/);
      expect(noticeText(model), 'unchanged, so not announced again').to.equal(notice);
      model.parentElement!.lang = 'en';
      await nextFrame();
      await settle(model);
      expect($(model, '[role="alert"]').textContent).to.match(/The data could not be used/);
      expect(noticeText(model)).to.equal('The example was loaded. Undo');
    });
  });

  describe('export, import, print and calendar', () => {
    it('names where a file\'s errors are as the interface names it, in its language, the plan\'s keys shown as code', async () => {
      const model = await render('', 'en');
      const plan = createPlan();
      await chooseFile(model, JSON.stringify({
        ...plan, titel: 5, updatedAt: 'i går', ansvar: [{ id: 'g', maalgruppe: 'Alle', antal: 0 }],
        traeningsbane: { ...plan.traeningsbane, periode: { slut: '31-12-2026' } },
        mobilitet: [{ id: 'm', form: 'udlaan' }, { id: 'n', form: 'udlaan', periode: { start: 'snart' } }],
      }), 'broken.json');
      const errors = () => [...root(model).querySelectorAll('[part="error"] li')];
      const heard = () => errors().map((li) => li.textContent);
      expect(heard()).to.deep.equal([
        'updatedAt: Must be a UTC time (ISO 8601), e.g. 2027-03-15T08:00:00Z.',
        'Title of the plan (titel): Must be text.',
        'Responsibility staircase, Target group 1 (ansvar[0].antal): Must be at least 1.',
        '4 Training ground (traeningsbane.periode.slut): Must be a date written YYYY-MM-DD, e.g. 2027-03-15.',
        'Mobility arrangement 2 (mobilitet[1].periode.start): Must be a date written YYYY-MM-DD, e.g. 2027-03-15.',
      ]);
      expect(errors().map((li) => li.querySelector('code')?.textContent), 'the keys as code').to.deep.equal(
        ['updatedAt', 'titel', 'ansvar[0].antal', 'traeningsbane.periode.slut', 'mobilitet[1].periode.start'],
      );
      model.parentElement!.lang = 'da';
      await nextFrame();
      await settle(model);
      expect(heard().slice(1).map((t) => t!.replace(/:.*/, ''))).to.deep.equal([
        'Planens titel (titel)', 'Ansvarstrappen, Målgruppe 1 (ansvar[0].antal)', '4 Træningsbane (traeningsbane.periode.slut)', 'Mobilitetsaftale 2 (mobilitet[1].periode.start)',
      ]);
    });

    it('names a file\'s error on a whole list or on the workplace by the list\'s or the box\'s name, not as an item of it', async () => {
      const model = await render('', 'en');
      await chooseFile(model, JSON.stringify({ ...createPlan(), arbejdsplads: 7, ansvar: 'all', mobilitet: 'none' }), 'broken.json');
      expect([...root(model).querySelectorAll('[part="error"] li')].map((li) => li.textContent)).to.deep.equal([
        'Workplace (arbejdsplads): Must be text.', 'Responsibility staircase (ansvar): Must be a list.', 'Mobility (mobilitet): Must be a list.',
      ]);
    });

    it('shows the error of a file from a newer version as the model words it, without a key (it speaks of the whole plan)', async () => {
      const model = await render('', 'en');
      const file = '{"schemaVersion": 99}';
      await chooseFile(model, file, 'newer.json');
      const error = root(model).querySelector('[part="error"] li')!;
      const result = parsePlan(file, { lang: 'en' });
      if (result.ok) throw new Error('a newer version is not usable');
      expect(error.textContent).to.equal(result.issues[0]!.message);
      expect(error.querySelector('code')).to.equal(null);
    });

    it('labels reading a plan from a file as loading (as its notice says), and keeps download wording for downloads', async () => {
      const model = await render('');
      const label = root(model).querySelector('label[for="import"]')!.textContent!;
      expect(label).to.match(/^Indlæs en plan fra en fil/);
      const tools = root(model).querySelector('.tools')!.textContent!;
      expect(tools).to.not.match(/\bHent\b/i);
      expect([...root(model).querySelectorAll<HTMLButtonElement>('.tools button')].some((b) => /^Download/.test(b.textContent!))).to.equal(true);
    });

    it('says a plan without dates has none for the calendar, and asks for one only where the user can give it', async () => {
      for (const [lang, editable, readonly] of [
        ['da', 'Planen har ingen datoer til kalenderen endnu. Giv fx træningsbanen en periode.', 'Planen har ingen datoer til kalenderen.'],
        ['en', 'The plan has no dates for the calendar yet. Give the training ground a period, for example.', 'The plan has no dates for the calendar.'],
      ]) {
        const model = await render('', lang);
        expect($(model, '#calendar-h').textContent, lang).to.equal(editable);
        model.setAttribute('readonly', '');
        await settle(model);
        expect($(model, '#calendar-h').textContent, `${lang}, read-only`).to.equal(readonly);
      }
    });

    it('labels the calendar download as field 5 does (the same file), in both languages', async () => {
      for (const lang of ['da', 'en']) {
        const model = await render('', lang);
        await show(model, 'hverdag');
        const tjekliste = field(model, 'forankring-tjekliste');
        await tjekliste.updateComplete;
        const ics = [...root(model).querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => /ics/.test(b.textContent!))!;
        expect(ics.textContent!.trim(), lang).to.equal(inner(tjekliste, '[part="download"]').textContent!.trim());
      }
    });

    it('says in field 5 that the calendar file holds the training period and the anchoring agreements (a plan without mobility arrangements), and asks two questions about the transition', async () => {
      const expected = {
        da: ['Filen har datoerne for træningsbanen, overgangen og aftalerne om forankring,', 'Hvordan sker overgangen?', 'Hvad er aftalt om overgangen?'],
        en: ['The file holds the dates of the training ground, the transition and the anchoring agreements,', 'How does the transition happen?', 'What is agreed about the transition?'],
      };
      for (const lang of ['da', 'en'] as const) {
        const model = await render('', lang);
        model.plan = createPlan({ traeningsbane: { ...createPlan().traeningsbane, periode: { start: '2026-03-02', slut: '2026-03-27' } } });
        await show(model, 'hverdag');
        const tjekliste = field(model, 'forankring-tjekliste');
        await tjekliste.updateComplete;
        const [hint, type, text] = expected[lang];
        expect(inner(tjekliste, '#download-hint').textContent, lang).to.include(hint);
        expect(inner(tjekliste, '.types legend').textContent!.trim(), lang).to.equal(type);
        expect(inner(tjekliste, 'label[for="overgang-beskrivelse"]').textContent!.trim(), lang).to.equal(text);
      }
    });

    it('downloads the plan as JSON that parsePlan accepts, named after the title and the day it was last changed', async () => {
      const downloads = stubDownloads();
      try {
        const model = await render('example="plejecenter-maaltid"');
        model.plan = { ...model.plan, updatedAt: '2027-05-03T10:00:00.000Z' };
        await settle(model);
        [...root(model).querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => /JSON/.test(b.textContent!))!.click();
        expect(downloads.files).to.have.length(1);
        const file = downloads.files[0]!;
        expect(file.name).to.equal('maaltidet-er-mere-end-mad-2027-05-03.json');
        expect(file.type).to.equal('application/json');
        const parsed = parsePlan(await file.text);
        expect(parsed.ok && parsed.plan).to.deep.equal(model.plan);
      } finally {
        downloads.restore();
      }
    });

    it('downloads the plan’s dates as .ics; without dates the button is disabled, with a visible hint why', async () => {
      const downloads = stubDownloads();
      try {
        const model = await render();
        const ics = () => [...root(model).querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => /ics/.test(b.textContent!))!;
        expect(ics().disabled).to.equal(true);
        const hint = $(model, `#${ics().getAttribute('aria-describedby')}`);
        expect(hint.textContent).to.match(/ingen datoer til kalenderen/);
        expect(hint.getBoundingClientRect().height, 'the hint is visible').to.be.greaterThan(0);
        expect($(model, '[part="notice"]').textContent).to.equal('');
        await expectAccessible(model);
        model.plan = createPlan({ titel: 'Plan', traeningsbane: { ...createPlan().traeningsbane, periode: { start: '2027-01-10', slut: '2027-03-01' } } });
        await settle(model);
        expect(ics().disabled).to.equal(false);
        expect(ics().hasAttribute('aria-describedby')).to.equal(false);
        expect(described(root(model).querySelector('#calendar-h'))).to.equal('null');
        ics().click();
        expect(downloads.files.map((f) => f.name)).to.deep.equal(['plan.ics']);
        expect(await downloads.files[0]!.text).to.include('DTSTART;VALUE=DATE:20270110');
      } finally {
        downloads.restore();
      }
    });

    it('gives a calendar file a calendar takes as an update after an older file of the plan is loaded (its SEQUENCE went down, and Outlook kept the newer dates)', async () => {
      const downloads = stubDownloads();
      try {
        const model = await render();
        const dated = (slut: string, updatedAt: string) => ({ ...model.plan, updatedAt, traeningsbane: { ...model.plan.traeningsbane, periode: { start: '2026-01-10', slut } } });
        const sequence = async (click: () => unknown) => {
          await click();
          return Number(/SEQUENCE:(\d+)/.exec(await downloads.files.at(-1)!.text)![1]);
        };
        const modelButton = () => [...root(model).querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => /ics/.test(b.textContent!))!.click();
        const fieldButton = async () => {
          await show(model, 'hverdag');
          const tjekliste = field(model, 'forankring-tjekliste');
          await tjekliste.updateComplete;
          inner<HTMLButtonElement>(tjekliste, '[part="download"]').click();
        };
        model.plan = dated('2026-03-31', '2026-03-02T10:00:00.000Z');
        await settle(model);
        const before = await sequence(modelButton);
        // The plan as it was exported in January: the user goes back to it, with its own time.
        await chooseFile(model, JSON.stringify(dated('2026-02-28', '2026-01-05T09:00:00.000Z')), 'plan-januar.json');
        expect(model.plan.updatedAt, 'the file\'s time is kept').to.equal('2026-01-05T09:00:00.000Z');
        expect(await sequence(modelButton), 'the model\'s button').to.be.at.least(before);
        expect(await sequence(fieldButton), 'field 5\'s button').to.be.at.least(before);
      } finally {
        downloads.restore();
      }
    });

    it('isolates a file\'s name in its notice without its direction marks, so it cannot pose as another file or turn the sentence around', async () => {
      for (const lang of ['da', 'en']) {
        const model = await render('', lang);
        // Shown as "plannosj.png" with the override: a picture, to the eye.
        const name = 'plan\u202Egnp.json';
        const shown = '\u2068plangnp.json\u2069';
        await chooseFile(model, JSON.stringify(examples.jobcenter), name);
        const notice = $(model, '[part="notice"]').textContent!;
        expect(notice, lang).to.include(lang === 'da' ? `Filen «${shown}» er indlæst.` : `The file “${shown}” was loaded.`);
        await chooseFile(model, '{', name);
        expect($(model, '#import-e').textContent, lang).to.include(shown);
      }
      // A long name is shortened: a name written as a message read as the element's own words.
      const model = await render();
      await chooseFile(model, '{', `${'Din session er udløbet, ring til IT-support '.repeat(3)}.json`);
      expect(seen($(model, '#import-e').textContent!)).to.include('«Din session er udløbet, ring til IT-support Din session er…» kunne ikke');
    });

    it('drops the notice that a file could not be read when the next file is chosen', async () => {
      const model = await render();
      await chooseFile(model, ' '.repeat(2_000_001), 'stor.json');
      expect(seen($(model, '[part="notice"]').textContent!)).to.include('«stor.json»');
      await chooseFile(model, '{', 'mange.json');
      expect(seen($(model, '[part="notice"]').textContent!), 'only the new file is named').not.to.include('stor.json');
      expect(seen($(model, '#import-e').textContent!)).to.include('«mange.json»');
    });

    it('does not read a file of more than 2 MB: the plan and the page stay as they are', async () => {
      const model = await render();
      await typeInto($(model, '#titel'), 'Min egen');
      await settle(model);
      const before = model.plan;
      const events = collect(model);
      // A valid plan, padded past the limit with spaces: it is its size that is refused.
      await chooseFile(model, JSON.stringify(examples.jobcenter) + ' '.repeat(2_000_000), 'stor.json');
      expect(events).to.have.length(0);
      expect(model.plan).to.equal(before);
      expect(seen($(model, '[part="notice"]').textContent!)).to.include('«stor.json» er for stor til at være en plan');
    });

    it('loads a file saved as Windows-1252 ("ANSI" in Notepad) or UTF-16 with its æ, ø and å intact, and a UTF-8 file with a stray byte as UTF-8', async () => {
      const plan = createPlan({ titel: 'Kørekort på æøå', arbejdsplads: 'Bøgen' });
      const json = JSON.stringify(plan);
      // Windows-1252 is Latin-1 for every character of this plan: one byte each, æ as 0xE6.
      expect(/^[\u0000-\u00ff]*$/.test(json)).to.equal(true);
      const ansi = Uint8Array.from(json, (c) => c.charCodeAt(0));
      const utf16 = new Uint8Array(2 + json.length * 2);
      utf16.set([0xff, 0xfe]);
      for (let i = 0; i < json.length; i += 1) utf16[2 + i * 2] = json.charCodeAt(i);
      // A UTF-8 file with one stray Windows-1252 byte (ø as 0xF8): UTF-8, the byte as �.
      const utf8 = new TextEncoder().encode(JSON.stringify({ ...plan, titel: 'Kørekort på æøå X' }));
      const mixed = Uint8Array.from(utf8, (byte, i) => (i === utf8.lastIndexOf(0x58) ? 0xf8 : byte));
      const model = await render();
      await chooseFile(model, mixed, 'blandet.json');
      expect(model.plan.titel).to.equal('Kørekort på æøå \ufffd');
      expect(model.plan.arbejdsplads).to.equal('Bøgen');
      for (const [what, bytes] of [['ansi', ansi], ['utf-16', utf16]] as const) {
        const model = await render();
        await chooseFile(model, bytes, `${what}.json`);
        expect(model.plan, what).to.deep.equal(plan);
        expect(seen($(model, '[part="notice"]').textContent!), what).to.include(`«${what}.json» er indlæst`);
      }
    });

    it('loads its own download of a plan with very long texts again (over 1 MB of JSON)', async () => {
      const long = 'Æblegrød og øllebrød på afdelingen. '.repeat(800);
      const plan = { ...examples.jobcenter, hverdag: { ...examples.jobcenter.hverdag,
        forankring: Array.from({ length: 40 }, (_, i) => ({ id: `f${i}`, type: 'loebende-stoette' as const, beskrivelse: long, ansvarlig: 'Leder', udfoert: false })) } };
      const model = await render();
      model.plan = plan;
      await settle(model);
      const downloads = stubDownloads();
      try {
        [...root(model).querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => /JSON/.test(b.textContent!))!.click();
        await settle(model);
      } finally {
        downloads.restore();
      }
      const file = await downloads.files[0].text;
      expect(new TextEncoder().encode(file).length).to.be.above(1_000_000);
      model.plan = createPlan();
      await settle(model);
      await chooseFile(model, file, 'lang.json');
      expect(model.plan).to.deep.equal(plan);
    });

    it('brings the notice and its Undo into view after starting from an example low on a phone screen, the focus with them', async () => {
      const model = await render();
      model.style.width = '340px';
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      model.after(spacer);
      await settle(model);
      await chooseExample(model, 'plejecenter-maaltid');
      const start = button(model, 'Start fra eksemplet');
      // The button at the foot of the window, as a user scrolls to it.
      window.scrollBy(0, start.getBoundingClientRect().bottom - window.innerHeight + 10);
      start.focus();
      start.click();
      await settle(model);
      await nextFrame();
      const notice = $(model, '#notice').getBoundingClientRect();
      expect(notice.top, 'not above the window').to.be.at.least(0);
      expect(notice.bottom, 'not below the window').to.be.at.most(window.innerHeight + 1);
      // Left on the button, now above the window, the focus was seen nowhere.
      expect(deepActiveElement()?.textContent, 'the focus on the notice\'s Undo').to.equal('Fortryd');
      spacer.remove();
    });

    it('imports a good file as a user edit that can be undone', async () => {
      const model = await render();
      await typeInto($(model, '#titel'), 'Min egen');
      await settle(model);
      const before = model.plan;
      const events = collect(model);
      await chooseFile(model, JSON.stringify(examples.jobcenter), 'jobcenter.json');
      expect(events).to.have.length(1);
      // The file's plan as it is, its time included: a download after it gives the same file.
      expect(model.plan, 'the file’s plan').to.deep.equal(examples.jobcenter);
      expect(seen($(model, '[part="notice"]').textContent!)).to.match(/«jobcenter.json» er indlæst/);
      button(model, 'Fortryd').click();
      await settle(model);
      expect(events, 'the undo is an edit too').to.have.length(2);
      // The same plan (its ids too), changed now: an undo is an edit.
      expect({ ...model.plan, updatedAt: before.updatedAt }, 'the plan before the import').to.deep.equal(before);
      expect(events[1]!.detail.value).to.equal(model.plan);
    });

    it('empties the file input after reading a file, so choosing the same file again (fixed, or to start over) reads it again', async () => {
      const model = await render();
      const input = $<HTMLInputElement>(model, '#import');
      await chooseFile(model, '{"schemaVersion": 1, "ansvar": "alle"}', 'plan.json');
      expect(input.value, 'after a rejected file').to.equal('');
      expect(input.files!.length).to.equal(0);
      await chooseFile(model, JSON.stringify(examples.jobcenter), 'plan.json');
      expect(model.plan).to.deep.equal(examples.jobcenter);
      expect(input.value, 'after a good file').to.equal('');
      expect(input.files!.length).to.equal(0);
    });

    it('rejects a broken file: lists the problems, fires kompetence-invalid (import), keeps the plan', async () => {
      const model = await render('example="boernehus"');
      const before = model.plan;
      const events = collect(model);
      const invalid: KompetenceInvalidEvent[] = [];
      model.addEventListener('kompetence-invalid', (e) => invalid.push(e));
      await chooseFile(model, '{"schemaVersion": 1, "opgave": {"beskrivelse": 3}, "ansvar": "alle"}', 'broken.json');
      expect(events.map(described)).to.deep.equal([]);
      expect(invalid).to.have.length(1);
      expect(invalid[0]!.detail.source).to.equal('import');
      expect(model.plan).to.equal(before);
      const alert = $(model, '[role="alert"]');
      expect(alert.querySelectorAll('li').length).to.equal(2);
      expect(alert.textContent).to.include('opgave.beskrivelse');
      expect($(model, '[part="notice"]').textContent!.trim(), 'announced once, by the alert').to.equal('');
      await chooseFile(model, 'not json at all', 'tekst.json');
      expect(model.plan).to.equal(before);
      await expectAccessible(model);
    });

    it('takes away a rejected file’s error at the user’s next edit of the plan', async () => {
      const model = await render();
      const input = $<HTMLInputElement>(model, '#import');
      const alert = $(model, '[role="alert"]');
      await chooseFile(model, '{"schemaVersion": 1, "ansvar": "alle"}', 'broken.json');
      expect(alert.textContent).to.include('ansvar');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      await typeInto($(model, '#titel'), 'X');
      await settle(model);
      expect(model.plan.titel).to.equal('X');
      expect(alert.textContent, 'the alert is empty').to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(described(root(model).querySelector('#import-e')), 'nor said beside the file input').to.equal('null');
    });

    it('announces the error of each file anew, and the file input is described by it until a good file comes', async () => {
      const model = await render();
      const input = $<HTMLInputElement>(model, '#import');
      const alert = $(model, '[role="alert"]');
      const broken = '{"schemaVersion": 1, "ansvar": "alle"}';
      await chooseFile(model, broken, 'broken.json');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = () => input.getAttribute('aria-describedby')!.split(' ').map((id) => described(root(model).getElementById(id)));
      expect(describedBy()).to.include(described(alert));
      // Said beside the control too, naming the file: the error is at the top, out of sight on a long page.
      const local = $(model, '#import-e');
      expect(seen(local.textContent!)).to.equal('Filen «broken.json» kunne ikke bruges, så din plan er ikke ændret. Se årsagen øverst i planen.');
      expect(describedBy()).to.include(described(local));
      // The same file again: the alert empties before it fills, so it is announced again.
      const states: string[] = [];
      const watch = new MutationObserver(() => states.push(alert.textContent!));
      watch.observe(alert, { childList: true, subtree: true, characterData: true });
      await chooseFile(model, broken, 'broken.json');
      watch.disconnect();
      expect(states[0], 'emptied first').to.equal('');
      expect(alert.textContent).to.include('ansvar');
      await chooseFile(model, JSON.stringify(examples.jobcenter), 'god.json');
      expect(alert.textContent).to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(input.getAttribute('aria-describedby')).to.equal('import-h');
      expect(described(root(model).querySelector('#import-e'))).to.equal('null');
      // A broken file after it: the good file's notice and its Undo stay.
      await chooseFile(model, broken, 'broken.json');
      expect($(model, '[part="notice"]').textContent).to.include('god.json').and.include('Fortryd');
    });

    it('prints the plan through <kompetence-plan-visning>, shown only in print', async () => {
      const print = window.print;
      let printed: string[] = [];
      const printedTitle = (model: KompetenceModel) =>
        root(model).querySelector('.print-view kompetence-plan-visning')?.shadowRoot?.querySelector('h2')?.textContent ?? 'no plan';
      // What the browser copies to paper once it calls print (or, from Ctrl+P, once the beforeprint
      // listeners return: Firefox runs no microtask before it).
      window.print = () => {
        printed.push(printedTitle(model));
      };
      const model = await render('example="jobcenter"');
      try {
        [...root(model).querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => b.textContent === 'Udskriv')!.click();
        expect(printed).to.deep.equal([examples.jobcenter.titel]);
        window.dispatchEvent(new Event('afterprint'));
        await settle(model);
        window.dispatchEvent(new Event('beforeprint'));
        printed = [printedTitle(model)];
        expect(printed, 'Ctrl+P: the plan is there when the beforeprint listeners return').to.deep.equal([examples.jobcenter.titel]);
        await settle(model);
        const view = $(model, '.print-view kompetence-plan-visning') as HTMLElement & { plan: Plan };
        expect(view.plan).to.deep.equal(model.plan);
        expect(getComputedStyle($(model, '.print-view')).display).to.equal('none');
        await emulateMedia({ media: 'print' });
        try {
          expect(getComputedStyle($(model, '.print-view')).display).to.equal('block');
          expect(getComputedStyle($(model, '.model')).display, 'the editor is not printed').to.equal('none');
        } finally {
          await emulateMedia({ media: 'screen' });
        }
        window.dispatchEvent(new Event('afterprint'));
        await settle(model);
        expect(described(root(model).querySelector('kompetence-plan-visning'))).to.equal('null');
        window.dispatchEvent(new Event('beforeprint'));
        await settle(model);
        expect(root(model).querySelector('kompetence-plan-visning')).to.exist;
      } finally {
        window.print = print;
      }
    });
  });

  it('gives the page the plan\'s title while printing ("Save as PDF" names the file after it), one page title back however many models print', async () => {
    const before = document.title;
    document.title = 'Planlæg en opgave';
    try {
      const model = await render('example="jobcenter"');
      const other = await render();
      other.plan = { ...createPlan(), titel: 'Den anden plan' };
      await settle(other);
      window.dispatchEvent(new Event('beforeprint'));
      expect([model.plan.titel, other.plan.titel]).to.include(document.title);
      window.dispatchEvent(new Event('beforeprint')); // Chromium calls it twice
      window.dispatchEvent(new Event('afterprint'));
      expect(document.title).to.equal('Planlæg en opgave');
      other.plan = createPlan();
      model.remove();
      await settle(other);
      window.dispatchEvent(new Event('beforeprint'));
      expect(document.title, 'a plan without a title keeps the page\'s').to.equal('Planlæg en opgave');
      window.dispatchEvent(new Event('afterprint'));
      expect(document.title).to.equal('Planlæg en opgave');
      // A title with a right-to-left override would name the PDF "…exe.fdp" to the eye.
      other.plan = { ...createPlan(), titel: 'Plan\u202Efdp.exe' };
      await settle(other);
      window.dispatchEvent(new Event('beforeprint'));
      expect(document.title, 'without direction marks').to.equal('Planfdp.exe');
      window.dispatchEvent(new Event('afterprint'));
    } finally {
      document.title = before;
    }
  });

  it('hands content-lang to the printed plan, which marks the plan\'s text with it', async () => {
    const model = await render('example="jobcenter" content-lang="da"', 'en');
    expect(model.contentLang).to.equal('da');
    window.dispatchEvent(new Event('beforeprint'));
    await settle(model);
    const view = $(model, '.print-view kompetence-plan-visning') as HTMLElement & { contentLang: string | null; updateComplete: Promise<boolean> };
    await view.updateComplete;
    expect(view.contentLang).to.equal('da');
    expect(view.shadowRoot!.querySelector('h2')!.getAttribute('lang')).to.equal('da');
    window.dispatchEvent(new Event('afterprint'));
    const plain = await render('', 'en');
    plain.plan = { ...examples.jobcenter, titel: 'Our own plan' };
    window.dispatchEvent(new Event('beforeprint'));
    await settle(plain);
    const unmarked = $(plain, '.print-view kompetence-plan-visning') as HTMLElement & { updateComplete: Promise<boolean> };
    await unmarked.updateComplete;
    expect(unmarked.hasAttribute('content-lang')).to.equal(false);
    expect(unmarked.shadowRoot!.querySelectorAll('[lang]').length).to.equal(0);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('marks the user\'s text with content-lang in its own text boxes, every field and the arrangement, and follows a change', async () => {
    const model = await render('example="jobcenter" content-lang="da"', 'en');
    await show(model, 'traeningsbane');
    $(model, '#add-arr').click();
    const marks = async () => {
      await settle(model);
      const aftale = field(model, 'mobilitet-aftale');
      await aftale.updateComplete;
      const felt = field(model, 'traeningsbane-plan');
      return [$(model, '#titel'), $(model, '#arbejdsplads'), inner(felt, 'textarea'), inner(aftale, '#afgivende')]
        .map((control) => control.getAttribute('lang'));
    };
    expect(await marks()).to.deep.equal(['da', 'da', 'da', 'da']);
    expect(root(model).querySelectorAll('[lang]').length, 'only the two text boxes here: the labels stay in the page\'s language').to.equal(2);
    model.contentLang = 'sv';
    expect(await marks()).to.deep.equal(['sv', 'sv', 'sv', 'sv']);
    model.removeAttribute('content-lang');
    // Without it, a worked example's plan (its title is the example's) is still Danish text in an English page.
    expect(await marks()).to.deep.equal(['da', 'da', 'da', 'da']);
    await typeInto($(model, '#titel'), ' (ours)');
    expect(await marks(), 'a plan of one\'s own: the page\'s language').to.deep.equal([null, null, null, null]);
    // Another example's plan, keeping the arrangement to look at.
    model.plan = { ...examples.boernehus, mobilitet: model.plan.mobilitet };
    expect(await marks(), 'another example').to.deep.equal(['da', 'da', 'da', 'da']);
    model.lang = 'da';
    expect(await marks(), 'in a Danish page: nothing to mark').to.deep.equal([null, null, null, null]);
  });

  describe('form association', () => {
    it('submits the plan as JSON with its name, and resets to the given plan', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kompetence-model name="plan" example="jobcenter"></kompetence-model></form>`);
      const model = form.firstElementChild as Model;
      await model.updateComplete;
      const given = JSON.parse(new FormData(form).get('plan') as string);
      expect(content(given)).to.deep.equal(content(examples.jobcenter));
      await typeInto($(model, '#titel'), '!');
      await settle(model);
      expect(JSON.parse(new FormData(form).get('plan') as string).titel).to.equal(`${examples.jobcenter.titel}!`);
      form.reset();
      await settle(model);
      expect(JSON.parse(new FormData(form).get('plan') as string)).to.deep.equal(given);
    });

    it('serialises a value for the form only when it changed: a key typed in the task, not the unchanged parts of every field', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kompetence-model name="plan" example="jobcenter"></kompetence-model></form>`);
      const model = form.firstElementChild as Model;
      await settle(model);
      for (const id of fieldIds) await show(model, id);
      await show(model, 'opgave');
      const serialised: string[] = [];
      const setFormValue = ElementInternals.prototype.setFormValue;
      ElementInternals.prototype.setFormValue = function (this: ElementInternals, ...args: Parameters<ElementInternals['setFormValue']>) {
        serialised.push(this.shadowRoot!.host.localName);
        return setFormValue.apply(this, args);
      };
      try {
        await typeInto(inner(field(model, 'opgave-felt'), 'textarea'), 'x');
        await settle(model);
        await new Promise((r) => setTimeout(r, 700));
        await settle(model);
      } finally {
        ElementInternals.prototype.setFormValue = setFormValue;
      }
      // The task's element and the model hold a new value; the staircase and the other fields do not.
      expect([...new Set(serialised)].sort()).to.deep.equal(['kompetence-model', 'opgave-felt']);
      expect(serialised.length, serialised.join()).to.be.at.most(4);
      expect(JSON.parse(new FormData(form).get('plan') as string).opgave.beskrivelse).to.include('x').and.have.length(examples.jobcenter.opgave.beskrivelse.length + 1);
    });

    it('keeps the user’s plan the browser gives back (back navigation) over its example', async () => {
      const mine = JSON.stringify({ ...examples.jobcenter, titel: 'Min egen titel' });
      // As the browser upgrades the page's markup: the state is given back before the first render.
      const form = document.createElement('form');
      const late = document.createElement('kompetence-model-restored');
      late.setAttribute('name', 'plan');
      late.setAttribute('example', 'jobcenter');
      form.append(late);
      document.body.append(form);
      try {
        customElements.define('kompetence-model-restored', class extends (customElements.get('kompetence-model') as CustomElementConstructor) {});
        const events: Event[] = [];
        late.addEventListener('kompetence-change', (e) => events.push(e));
        (late as Model).formStateRestoreCallback(mine);
        await settle(late as Model);
        expect((late as Model).plan.titel).to.equal('Min egen titel');
        expect(events.map(described)).to.deep.equal([]);
      } finally {
        form.remove();
      }
    });

    it('is invalid when required and not complete, with a message that names what is missing', async () => {
      const model = await render('required');
      expect(model.checkValidity()).to.equal(false);
      expect(model.validationMessage).to.match(/^Mangler: Opgave \(en beskrivelse af opgaven/);
      expect(model.validationMessage).to.include('Hverdag (et valg af, om overgangen til hverdag er individuel eller fælles, mindst én aftale om forankring)');
      model.plan = examples['plejecenter-maaltid'];
      await settle(model);
      const { score } = completeness(model.plan);
      expect(model.checkValidity()).to.equal(score === 5);
    });

    it('points the browser at the overview tab of the first field not yet met when required', async () => {
      const model = await render('required example="jobcenter"');
      const { criteria } = completeness(model.plan);
      const first = fieldIds.find((id) => !criteria[id])!;
      expect(first, 'the example leaves a field unmet').to.not.equal(undefined);
      model.reportValidity();
      expect(root(model).activeElement?.id).to.equal(`tab-${first}`);
      // The arrows go on from the tab with focus, not from the field shown.
      await sendKeys({ press: 'ArrowRight' });
      const next = fieldIds[(fieldIds.indexOf(first) + 1) % fieldIds.length];
      expect(root(model).activeElement?.id).to.equal(`tab-${next}`);
    });

    it('disables its fields\' text boxes with the model, through the plan it hands them (they stayed Tab stops)', async () => {
      const model = await render();
      const task = field(model, 'opgave-felt');
      const box = inner<HTMLTextAreaElement>(task, '#beskrivelse');
      expect(box.disabled, 'editable').to.equal(false);
      model.disabled = true;
      await settle(model);
      await task.updateComplete;
      expect(box.disabled, 'in a disabled model').to.equal(true);
    });

    it('is read-only with readonly: no editing controls, field elements not editable', async () => {
      const model = await render('readonly example="jobcenter"');
      expect($<HTMLInputElement>(model, '#titel').readOnly).to.equal(true);
      await expectAccessible(model);
      expect(described(root(model).querySelector('#example, #import'))).to.equal('null');
      const felt = field(model, 'opgave-felt');
      await felt.updateComplete;
      expect(inner<HTMLTextAreaElement>(felt, '#beskrivelse').readOnly).to.equal(true);
    });
  });

  it('keeps the licence select in use when the last licence is cleared (the focus stays)', async () => {
    const model = await render('example="plejecenter-maaltid"');
    const trappe = field(model, 'ansvars-trappe');
    const selects = () => [...trappe.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')];
    const count = selects().length;
    expect(count, 'a licence per group').to.equal(model.plan.ansvar.length);
    expect(model.plan.ansvar.some((g) => g.koerekort), 'the example has licences to clear').to.equal(true);
    for (let i = 0; i < count; i++) {
      selects()[i]!.focus();
      await sendKeys({ press: 'Home' });
      await settle(model);
      await trappe.updateComplete;
    }
    expect(model.plan.ansvar.every((g) => !g.koerekort), 'no licence left').to.equal(true);
    expect(selects()).to.have.length(count);
    expectSameNode(deepActiveElement(), selects()[count - 1], 'focus in the last select');
    // Another plan's groups, without licences: no licences shown.
    model.plan = examples.jobcenter;
    await settle(model);
    await trappe.updateComplete;
    expect(selects()).to.have.length(0);
  });

  it('never skips a heading level going down, in any field of a worked example (the fields\' own headings included)', async () => {
    const model = await render('example="plejecenter-maaltid"');
    /** Headings in reading order, through the field elements' shadow DOM. */
    const headings = (node: ParentNode): Element[] =>
      [...node.querySelectorAll('*')].flatMap((e) => [...(/^h[1-6]$/.test(e.localName) ? [e] : []), ...(e.shadowRoot ? headings(e.shadowRoot) : [])]);
    for (const id of fieldIds) {
      await show(model, id);
      const levels = headings($(model, `#panel-${id}`)).map((h) => Number(h.getAttribute('aria-level') ?? h.localName[1]));
      expect(levels[0], id).to.equal(2);
      const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
      expect(skips, `${id}: ${levels.join(' ')}`).to.deep.equal([]);
    }
  });

  it('nests the headings of an element under the heading of the section it sits in (staircase, learning forms, arrangement)', async () => {
    const base = examples['plejecenter-maaltid'];
    const model = await render();
    model.plan = createPlan({
      ...base,
      // A group that skips a step (the staircase's advice has a heading) and an arrangement (its guidance and advice have headings).
      ansvar: [...base.ansvar, { id: 'ny', maalgruppe: 'Nye', nuvaerende: 'begyndere', fremtidigt: 'selvstaendigt' }],
      mobilitet: [{ id: 'm1', form: 'udstationering' }],
    } as Partial<Plan>);
    await settle(model);
    type Heading = { level: number; text: string; hosts: Element[] };
    /** Headings in reading order, each with the elements (shadow hosts) it sits in, outermost first. */
    const outline = (node: ParentNode, hosts: Element[] = []): Heading[] =>
      [...node.querySelectorAll('*')].flatMap((e) => [
        ...(/^h[1-6]$/.test(e.localName) ? [{ level: Number(e.getAttribute('aria-level') ?? e.localName[1]), text: e.textContent!.trim(), hosts }] : []),
        ...(e.shadowRoot ? outline(e.shadowRoot, [...hosts, e]) : []),
      ]);
    const nestedIn = new Set<string>();
    for (const id of ['opgave', 'traeningsbane'] as const) {
      await show(model, id);
      for (const aftale of root(model).querySelectorAll<LitElement>('mobilitet-aftale')) await aftale.updateComplete;
      const headings = outline($(model, `#panel-${id}`));
      headings.forEach((heading, i) => {
        const host = heading.hosts.at(-1);
        if (!host) return;
        // The heading of the section the element sits in: the last one before it outside the element.
        const section = headings.slice(0, i).reverse().find((h) => !h.hosts.includes(host))!;
        if (section.level > 2) nestedIn.add(`${host.localName} in ${section.text}`);
        expect(heading.level, `${heading.text} (in ${host.localName}) under ${section.text}`).to.be.greaterThan(section.level);
      });
    }
    // The cases that nest below a section of the model's own (else the check above proves little).
    expect([...nestedIn]).to.include.members(['ansvars-trappe in Ansvarstrappen', 'laeringsform-vaelger in Læringsformer', 'mobilitet-aftale in Mobilitetsaftale 1']);
  });

  describe('fields not shown', () => {
    it('are not rendered again for edits elsewhere; shown again, their advice follows the plan', async () => {
      const model = await render();
      model.plan = createPlan({
        ansvar: [
          { id: 'a', maalgruppe: 'Nye', antal: 36, nuvaerende: 'begyndere', fremtidigt: 'med-stoette' },
          { id: 'b', maalgruppe: 'Erfarne', antal: 3, nuvaerende: 'meget-erfarne', fremtidigt: 'ressourceperson' },
        ],
        traeningsbane: { ...createPlan().traeningsbane, laeringsformer: ['sidemandsoplaering'] },
      } as Partial<Plan>);
      await show(model, 'traeningsbane');
      const felt = field<LitElement>(model, 'traeningsbane-plan');
      const adviceIds = () => [...felt.shadowRoot!.querySelectorAll('[data-advice]')].map((li) => li.getAttribute('data-advice'));
      expect(adviceIds()).to.include('sidemandsoplaering-for-mange');

      await show(model, 'opgave');
      let renders = 0;
      felt.addController({ hostUpdated: () => renders++ });
      // Fewer learners typed on the staircase (field 1): the advice of field 4 no longer applies.
      const trappe = field(model, 'ansvars-trappe');
      const count = inner<HTMLInputElement>(trappe, 'input[type="number"]');
      count.select();
      await typeInto(count, '4');
      await settle(model);
      expect(model.plan.ansvar[0]!.antal).to.equal(4);
      await felt.updateComplete;
      expect(renders, 'renders of the hidden field').to.equal(0);

      await show(model, 'traeningsbane');
      await felt.updateComplete;
      expect(adviceIds()).not.to.include('sidemandsoplaering-for-mange');
      expect(adviceIds()).to.deep.equal(advise(model.plan).filter((a) => a.field === 'traeningsbane').map((a) => a.id));
    });
  });

  describe('typing', () => {
    it('keeps the title on one line when Enter is pressed in it; the workplace takes line breaks', async () => {
      const model = await render();
      await typeInto($(model, '#titel'), 'Måltidet');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: ' er mere' });
      await typeInto($(model, '#arbejdsplads'), 'Solhaven');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Bøgen' });
      await settle(model);
      expect(model.plan.titel).to.equal('Måltidet er mere');
      expect(model.plan.arbejdsplads).to.equal('Solhaven\nBøgen');
    });

    it('renders the other elements of the field shown once, at a pause in typing, not at every key; a choice at once', async () => {
      const model = await render('example="plejecenter-maaltid"');
      const opgave = field<LitElement>(model, 'opgave-felt');
      const trappe = field<LitElement>(model, 'ansvars-trappe');
      let renders = 0;
      trappe.addController({ hostUpdated: () => renders++ });
      await withoutPause(async () => {
        await typeInto(inner(opgave, '#beskrivelse'), ' og om natten');
        await settle(model);
        expect(model.plan.opgave.beskrivelse).to.match(/ og om natten$/);
        expect(renders, 'renders of the staircase while the task is typed').to.equal(0);
      });

      await aTimeout(ADVICE_SETTLE_MS + 100);
      await trappe.updateComplete;
      expect(renders, 'at the pause').to.equal(1);

      // A choice in the task (a requirement confirmed): the staircase beside it takes the new plan at once.
      inner<HTMLInputElement>(opgave, 'input[type="checkbox"]').click();
      await settle(model);
      expect(renders, 'after a choice in the task').to.be.greaterThan(1);
    });

    it('shows an element\'s own error at once while the plan it typed waits for the pause (a head count typed as "2.5")', async () => {
      const model = await render('example="plejecenter-maaltid"');
      const trappe = field(model, 'ansvars-trappe');
      const count = inner<HTMLInputElement>(trappe, '#g0-count');
      count.select();
      for (const key of ['2', '.', '5']) await typeInto(count, key);
      await settle(model);
      await trappe.updateComplete;
      expect(count.getAttribute('aria-invalid'), 'before the pause').to.equal('true');
      expect(inner(trappe, '#g0-count-error').textContent).to.include('helt tal');
    });

    it('judges the plan in the overview, the score, the field\'s line and the list of advice at the pause, as the field\'s own advice: a half-typed year shows no reversed period', async () => {
      const model = await render();
      await show(model, 'traeningsbane');
      const bane = field(model, 'traeningsbane-plan');
      const slut = inner<HTMLInputElement>(bane, '#slut');
      const pick = async (input: HTMLInputElement, date: string) => {
        input.value = date;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await settle(model);
        await bane.updateComplete;
      };
      const shown = () => ({
        list: [...root(model).querySelectorAll<HTMLElement>('.all-advice [data-advice]')].map((li) => li.dataset['advice']),
        count: $(model, '#tab-traeningsbane .count').textContent,
        line: $(model, '#panel-traeningsbane [part="missing"]').textContent,
        score: $(model, '[part="score"]').textContent,
        field: [...bane.shadowRoot!.querySelectorAll<HTMLElement>('[data-advice]')].map((li) => li.dataset['advice']),
      });
      await pick(inner<HTMLInputElement>(bane, '#start'), '2027-09-01');
      const before = shown();
      // The end date's year typed digit by digit passes 0002, 0020 and 0202: each before the start.
      for (const year of ['0002', '0020', '0202']) {
        await pick(slut, `${year}-10-15`);
        expect(model.plan.traeningsbane.periode!.slut, 'in the plan').to.equal(`${year}-10-15`);
        expect(shown(), `while ${year} is typed`).to.deep.equal(before);
      }
      // The whole date: judged at once, everywhere alike.
      await pick(slut, '2027-10-15');
      const after = shown();
      const advice = advise(model.plan).filter((a) => a.field === 'traeningsbane');
      // The other fields, not started, are a line each in the list (see 'blank plan' below).
      expect(after.list).to.deep.equal(advice.map((a) => a.id));
      expect(after.field).to.deep.equal(advice.map((a) => a.id));
      expect(after.list).to.include('daekning-mangler').and.not.include('periode-omvendt');

      // Text typed without a pause: the task's tab and line keep still until the pause, then follow the plan.
      await show(model, 'opgave');
      const task = () => ({ count: $(model, '#tab-opgave').querySelector('.count')?.textContent, line: $(model, '#panel-opgave [part="missing"]').textContent });
      const untyped = task();
      typeWithoutPause(inner(field(model, 'opgave-felt'), '#beskrivelse'), 'Forflytning af borgeren med lift');
      await settle(model);
      expect(model.plan.opgave.beskrivelse).to.equal('Forflytning af borgeren med lift');
      expect(task(), 'while typing').to.deep.equal(untyped);
      await aTimeout(ADVICE_SETTLE_MS + 100);
      await settle(model);
      expect(task().line, 'at the pause').not.to.include('en beskrivelse af opgaven');
      // Less the reason's hint: advice on the task's text waits until the box is left (tested below).
      expect(task().count).to.equal(`${advise(model.plan).filter((a) => a.field === 'opgave' && a.id !== 'anledning-mangler').length} råd`);
    });

    it('judges the task\'s text when the user leaves the box, not at a pause in typing: the field\'s advice, the list of all advice and the tab agree', async () => {
      const model = await render();
      model.plan = createPlan({ opgave: { ...createPlan().opgave, anledninger: ['ny-opgave'] } });
      await settle(model);
      const felt = field(model, 'opgave-felt');
      const box = inner<HTMLTextAreaElement>(felt, '#beskrivelse');
      const events = collect(model);
      const shown = async () => {
        await settle(model);
        await felt.updateComplete;
        const ids = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-advice]')].map((li) => li.dataset['advice']!);
        const list = ids($(model, '.all-advice')).filter((id) => advise(model.plan).find((a) => a.id === id)?.field === 'opgave');
        return { field: ids(felt.shadowRoot!).filter((id) => id.startsWith('opgave')), list: list.filter((id) => id.startsWith('opgave')), count: $(model, '#tab-opgave .count').textContent, listed: list.length };
      };
      const pause = () => aTimeout(ADVICE_SETTLE_MS + 100);

      typeWithoutPause(box, 'Give');
      await pause();
      let now = await shown();
      expect(events.at(-1)!.detail.advice.map((a) => a.id), 'the event: the plan\'s advice as it is').to.include('opgave-for-abstrakt');
      expect(now.field, 'at the pause, in the field').to.deep.equal(['opgave-krav-mangler']);
      expect(now.list, 'in the list of all advice').to.deep.equal(['opgave-krav-mangler']);
      expect(now.count, 'the tab counts what the list shows').to.equal(`${now.listed} råd`);

      await sendKeys({ press: 'Tab' });
      now = await shown();
      expect(now.field, 'the box left').to.deep.equal(['opgave-for-abstrakt', 'opgave-krav-mangler']);
      expect(now.list).to.deep.equal(['opgave-for-abstrakt', 'opgave-krav-mangler']);
      expect(now.count).to.equal(`${advise(model.plan).filter((a) => a.field === 'opgave').length} råd`);

      // Written out: the advice goes at the pause, in the field and the list alike.
      typeWithoutPause(box, 'Give medicin til beboerne, når aftenvagten begynder');
      await pause();
      now = await shown();
      expect(now.field).to.deep.equal(['opgave-krav-mangler']);
      expect(now.list).to.deep.equal(['opgave-krav-mangler']);
      expect(now.count).to.equal(`${advise(model.plan).filter((a) => a.field === 'opgave').length} råd`);
    });

    it('gives the task\'s held advice in the list of all advice when the user goes on typing in another element before the pause (the list kept it back while the field showed it)', async () => {
      const model = await render();
      model.plan = createPlan({ opgave: { ...createPlan().opgave, anledninger: ['ny-opgave'] }, ansvar: [{ id: 'g1', maalgruppe: 'Sygeplejersker' }] } as Partial<Plan>);
      await settle(model);
      const felt = field(model, 'opgave-felt');
      const trappe = field(model, 'ansvars-trappe');
      await trappe.updateComplete;
      const ids = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('[data-advice]')].map((li) => li.dataset['advice']!);
      // The task typed, and at once (no pause) on to a target group's name in the staircase below it.
      typeWithoutPause(inner<HTMLTextAreaElement>(felt, '#beskrivelse'), 'Blive bedre til at kommunikere');
      typeWithoutPause(inner<HTMLTextAreaElement>(trappe, 'textarea'), 'Sygeplejersker på nattevagt');
      await aTimeout(ADVICE_SETTLE_MS + 100);
      await settle(model);
      await felt.updateComplete;
      expect(ids(felt.shadowRoot!), 'the field').to.include('opgave-for-abstrakt');
      expect(ids($(model, '.all-advice')), 'the list of all advice').to.include('opgave-for-abstrakt');
      expect($(model, '#tab-opgave .count').textContent).to.equal(`${advise(model.plan).filter((a) => a.field === 'opgave').length} råd`);
    });

    it('gives the task\'s held advice in the list of all advice when the model is back in the page after being taken out while the user typed (Firefox and Safari fire no blur then)', async () => {
      const model = await render();
      model.plan = createPlan({ opgave: { ...createPlan().opgave, anledninger: ['ny-opgave'] } });
      await settle(model);
      const box = inner<HTMLTextAreaElement>(field(model, 'opgave-felt'), '#beskrivelse');
      // Typed and paused on, with no blur to follow.
      box.value = 'Blive bedre til at kommunikere';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      await aTimeout(ADVICE_SETTLE_MS + 100);
      await settle(model);
      const listed = () => [...$(model, '.all-advice').querySelectorAll<HTMLElement>('[data-advice]')].map((li) => li.dataset['advice']!);
      expect(listed(), 'held while typing').not.to.include('opgave-for-abstrakt');
      const parent = model.parentElement!;
      model.remove();
      parent.append(model);
      await settle(model);
      expect(listed()).to.include('opgave-for-abstrakt');
    });

    it('judges a plan the page gives, or a form reset, at once, also right after typing (it showed the plan as it was before the typing until the pause)', async () => {
      const model = await render('example="jobcenter"');
      const shown = () => ({
        list: [...root(model).querySelectorAll<HTMLElement>('.all-advice [data-advice]')].map((li) => li.dataset['advice']),
        score: $(model, '[part="score"]').textContent,
      });
      const judged = () => ({
        list: advise(model.plan).map((a) => a.id),
        score: commonMessages.da.score(completeness(model.plan).score),
      });
      const typing = () => typeWithoutPause(inner(field(model, 'opgave-felt'), '#beskrivelse'), 'Forflytning af borgeren med lift');
      typing();
      await settle(model);
      model.setAttribute('example', 'barselsafsnit');
      await settle(model);
      expect(model.plan.titel).to.equal(examples.barselsafsnit.titel);
      expect(shown(), 'an example the page sets').to.deep.equal(judged());
      typing();
      await settle(model);
      model.formResetCallback();
      await settle(model);
      expect(shown(), 'a form reset').to.deep.equal(judged());
      // A language changed while the user types: the list in the new language at once.
      typing();
      await settle(model);
      model.lang = 'en';
      await settle(model);
      const list = $(model, '.all-advice').textContent!.replace(/\s+/g, ' ');
      for (const a of advise(model.plan, { lang: 'en' })) expect(list, 'the list in English').to.include(a.message);
    });

    it('typing in a mobility arrangement renders the training ground beside it at the pause, not at every key', async () => {
      const model = await render('example="jobcenter"');
      await show(model, 'traeningsbane');
      $<HTMLButtonElement>(model, '#add-arr').click();
      await settle(model);
      const bane = field<LitElement>(model, 'traeningsbane-plan');
      let renders = 0;
      bane.addController({ hostUpdated: () => renders++ });
      const aftale = field(model, 'mobilitet-aftale');
      typeWithoutPause(inner<HTMLTextAreaElement>(aftale, '#modtagende'), 'Ydelser');
      await settle(model);
      expect(model.plan.mobilitet[0]!.modtagende).to.equal('Ydelser');
      expect(renders, 'while typing').to.equal(0);
      await aTimeout(ADVICE_SETTLE_MS + 100);
      await bane.updateComplete;
      expect(renders, 'at the pause').to.equal(1);
    });
  });

  describe('layout and accessibility', () => {
    it('stacks the five fields in one column at 320 px and draws the figure in two wide', async () => {
      const model = await render();
      const columns = () => getComputedStyle($(model, '.figure')).gridTemplateColumns.split(' ').length;
      model.style.width = '320px';
      await nextFrame();
      expect(columns()).to.equal(1);
      model.style.width = '900px';
      await nextFrame();
      expect(columns()).to.equal(2);
      const box = (id: string) => $(model, `#tab-${id}`).getBoundingClientRect();
      expect(box('hverdag').left, '5 under 2, on the strategic side').to.equal(box('perspektiv').left);
      expect(box('laeringsmaal').left).to.be.greaterThan(box('perspektiv').left);
      expect(box('traeningsbane').top).to.be.greaterThan(box('laeringsmaal').top);
    });

    it('fits a 320 px window (400 % zoom) with text spacing in every field of every worked example', async function () {
      this.timeout(120_000);
      for (const example of exampleIds) {
        const model = await render(`example="${example}"`);
        for (const id of fieldIds) {
          await show(model, id);
          await expectReflow(model);
        }
      }
    });

    for (const lang of ['da', 'en']) {
      it(`is axe clean on every field, empty and filled, in ${lang}`, async function () {
        this.timeout(60_000);
        for (const attrs of ['', 'example="plejecenter-maaltid"']) {
          const model = await render(attrs, lang);
          for (const id of fieldIds) {
            await show(model, id);
            await expectAccessible(model);
          }
        }
      });
    }
  });
});

describe('<kompetence-model> set up before it is defined', () => {
  it('takes a plan property set before the element was defined (a page that loads the bundle late)', async () => {
    const late = 'kompetence-model-before-define';
    const element = document.createElement(late) as KompetenceModel;
    element.plan = examples.jobcenter;
    document.body.append(element);
    customElements.define(late, class extends (customElements.get('kompetence-model') as CustomElementConstructor) {});
    try {
      await element.updateComplete;
      expect(Object.hasOwn(element, 'plan'), 'the accessor is no longer shadowed').to.equal(false);
      expect(element.plan.titel).to.equal(examples.jobcenter.titel);
      expect(element.shadowRoot!.querySelector<HTMLInputElement>('#titel')!.value).to.equal(examples.jobcenter.titel);
      element.plan = { ...examples.jobcenter, titel: 'Senere' };
      expect(element.plan.titel, 'a later plan is used').to.equal('Senere');
    } finally {
      element.remove();
    }
  });
});

describe('<kompetence-model>: after a reset, a removal, a discard', () => {
  afterEach(() => { localStorage.clear(); sessionStorage.clear(); });

  it('a form reset takes away the notice and its Undo (it would bring back the plan the reset replaced)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><kompetence-model name="p"></kompetence-model></form>`);
    const model = form.firstElementChild as KompetenceModel;
    await settle(model);
    const select = $<HTMLSelectElement>(model, '#example');
    select.value = 'jobcenter';
    select.dispatchEvent(new Event('change'));
    await settle(model);
    $<HTMLButtonElement>(model, '.pick button').click();
    await settle(model);
    expect($(model, '#notice'), 'notice with Undo after loading').to.not.equal(null);
    form.reset();
    await settle(model);
    expect($(model, '#notice')?.textContent?.trim() ?? null, 'no Undo of a plan the reset replaced').to.equal(null);
  });

  it('removing an arrangement before the one shown keeps that one shown (typing went into another)', async () => {
    const arr = (modtagende: string) => ({ ...emptyPart('mobilitet'), modtagende });
    const model = await fixture<KompetenceModel>(html`<kompetence-model></kompetence-model>`);
    model.plan = { ...createPlan(), mobilitet: [arr('A'), arr('B'), arr('C')] };
    await settle(model);
    $(model, '#tab-traeningsbane').click();
    await settle(model);
    $(model, '#arr-1').click();
    await settle(model);
    const shown = () => ($(model, 'mobilitet-aftale') as unknown as { value: { modtagende: string } }).value.modtagende;
    expect(shown()).to.equal('B');
    [...model.shadowRoot!.querySelectorAll<HTMLButtonElement>('.arrangements button')].find((b) => b.textContent!.trim() === 'Fjern mobilitetsaftale 1')!.click();
    await settle(model);
    expect(shown(), 'the arrangement the user was working on').to.equal('B');
  });

  it('"Kassér kladden" hands focus to the notice\'s Undo with the region quiet, so it is not read twice', async () => {
    const key = 'test-discard-focus';
    localStorage.setItem(key, JSON.stringify({ ...createPlan(), titel: 'Kladde' }));
    const model = await fixture<KompetenceModel>(html`<kompetence-model storage-key=${key}></kompetence-model>`);
    await settle(model);
    const discard = [...model.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="notice"] button')].find((b) => b.textContent!.trim() === 'Kassér kladden')!;
    discard.focus();
    discard.click();
    await model.updateComplete;
    await model.updateComplete;
    expect($(model, '[part="notice"]').getAttribute('aria-live'), 'the region is quiet while focus reads the notice').to.equal('off');
    await settle(model);
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Fortryd');
  });
});
