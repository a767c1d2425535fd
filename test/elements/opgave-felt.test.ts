import { aTimeout, expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { typeWithoutPause } from '../helpers/keyboard.js';
import '../../src/define/opgave-felt.js';
import type { OpgaveFelt } from '../../src/elements/opgave-felt/opgave-felt.js';
import { fieldById } from '../../src/model/catalog/fields.js';
import { anledningInfo, goodTaskExamples, taskRequirementLabels, tooGeneralTaskExamples } from '../../src/model/catalog/task.js';
import { examples } from '../../src/model/examples/index.js';
import { adviseOn } from '../../src/model/advice.js';
import type { Opgave, Plan } from '../../src/model/plan.js';
import { runConformance } from '../helpers/conformance.js';
import { settle } from '../helpers/dom.js';

const sample: Opgave = {
  beskrivelse: 'Tale med forældrene om barnets dag, når barnet bliver hentet.',
  situationNu: 'Vi når kun at sige hej og farvel i garderoben.',
  situationFremover: 'Hver forælder hører en kort, konkret historie om sit barns dag.',
  anledninger: ['aendret-karakter', 'ny-faggruppe'],
  krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true },
};

runConformance({
  tag: 'opgave-felt',
  sample,
  withUserText: (text) => ({ ...sample, beskrivelse: text, situationNu: text }),
  badAttributeValues: [
    '{not json',
    '[]',
    '{"beskrivelse": 5}',
    '{"anledninger": ["bedre-stemning"]}',
    '{"anledninger": "ny-opgave"}',
    '{"krav": {"konkretSituation": "ja"}}',
    '{"beskrivlse": "x"}',
  ],
  badPropertyValues: [42, 'x', { anledninger: ['ukendt'] }, { krav: { ansvarTydeligt: 1 } }],
  keyboardEdit: async () => {
    // Focus is on the task's description.
    await sendKeys({ type: ' i garderoben' });
  },
  plan: { sample: { opgave: sample } as Partial<Plan> as Plan, read: (plan) => plan.opgave },
  incomplete: { ...sample, beskrivelse: '' },
});

const q = <T extends Element = HTMLElement>(el: OpgaveFelt, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector);
const qa = (el: OpgaveFelt, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const adviceIds = (el: OpgaveFelt) => qa(el, '[data-advice]').map((li) => li.getAttribute('data-advice'));
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function felt(value: Partial<Opgave> = {}, lang = 'da', attrs = ''): Promise<OpgaveFelt> {
  const wrap = await fixture<HTMLElement>(`<div lang="${lang}"><opgave-felt ${attrs}></opgave-felt></div>`);
  const el = wrap.firstElementChild as OpgaveFelt;
  el.value = { ...el.value, ...value };
  await el.updateComplete;
  return el;
}

function changes(el: OpgaveFelt): Opgave[] {
  const values: Opgave[] = [];
  el.addEventListener('kompetence-change', (e) => values.push(e.detail.value as Opgave));
  return values;
}

/** Types into the description the way a user does. */
async function typeTask(el: OpgaveFelt, task: string): Promise<void> {
  typeWithoutPause(q<HTMLTextAreaElement>(el, '#beskrivelse')!, task);
  await el.updateComplete;
}

const allConfirmed = { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true };

describe('<opgave-felt> behaviour', () => {
  it('takes a requirement back out of the value when the user unticks it (the advice on it comes back)', async () => {
    const el = await fixture<OpgaveFelt>(`<opgave-felt></opgave-felt>`);
    el.value = { ...el.value, beskrivelse: 'Måltider', krav: { konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: true } };
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('#k-ansvarTydeligt')!.click();
    await el.updateComplete;
    expect(el.value.krav).to.deep.equal({ konkretSituation: true, kanHaandteresAnderledes: true, ansvarTydeligt: false });
  });

  it('judges the task\'s text when the user leaves the box, not at a pause in typing: "Give", paused on, is not called too broad', async () => {
    const el = await felt({ krav: allConfirmed, anledninger: ['ny-opgave'] });
    const values = changes(el);
    const pause = async () => {
      await aTimeout(800);
      await el.updateComplete;
    };
    expect(adviceIds(el)).to.deep.equal(['opgave-mangler']);
    // A manager types the task and pauses after its first word (one word is too broad), then writes it out.
    await typeTask(el, 'Give');
    await pause();
    expect(values.at(-1)!.beskrivelse).to.equal('Give');
    expect(adviceIds(el), 'at the pause: the task is there, and nothing says it is too broad').to.deep.equal([]);
    await typeTask(el, 'Give medicin til beboerne, når aftenvagten begynder');
    await pause();
    expect(adviceIds(el)).to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    await pause();
    expect(adviceIds(el), 'left with a concrete task').to.deep.equal([]);

    // A broad aim: nothing while it is typed, the advice once the box is left.
    await typeTask(el, 'Blive bedre til at kommunikere');
    await pause();
    expect(adviceIds(el), 'still in the box').to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(adviceIds(el), 'left after the pause: at once').to.deep.equal(['opgave-for-abstrakt']);
    expect(q(el, '[data-advice="opgave-for-abstrakt"]')!.closest('[aria-live="polite"]')).to.not.equal(null);

    // Back in the box: the advice stays while the text still gives it, and goes at the pause once it
    // does not; and it does not come back while the user types on.
    await typeTask(el, 'Blive bedre til at kommunikere med forældrene');
    await pause();
    expect(adviceIds(el), 'still too broad').to.deep.equal(['opgave-for-abstrakt']);
    await typeTask(el, 'Fortælle forældrene om barnets dag, når barnet bliver hentet');
    await pause();
    expect(adviceIds(el), 'fixed').to.deep.equal([]);
    await typeTask(el, 'Samarbejde');
    await pause();
    expect(adviceIds(el), 'not again while typing').to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['opgave-for-abstrakt']);
  });

  it('advises when the task holds several tasks, at the pause when the box is left before it', async () => {
    const el = await felt({ krav: allConfirmed, anledninger: ['ny-opgave'] });
    await typeTask(el, 'Vi skal dokumentere og evaluere forløbene hos borgerne');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(adviceIds(el), 'before the pause').to.deep.equal(['opgave-mangler']);
    await aTimeout(800);
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['opgave-sammensat']);
  });

  for (const [held, start, task] of [
    ['opgave-sammensat', { krav: allConfirmed, anledninger: ['ny-opgave'] }, 'Vi skal dokumentere og evaluere forløbene hos borgerne'],
    ['anledning-mangler', { krav: allConfirmed }, sample.beskrivelse],
  ] as [string, Partial<Opgave>, string][]) {
    it(`holds back "${held}" at a pause in typing and gives it once the box is left`, async () => {
      const el = await felt(start);
      await typeTask(el, task);
      await aTimeout(800);
      await el.updateComplete;
      expect(adviceIds(el), 'at a pause, still in the box').to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(adviceIds(el)).to.deep.equal([held]);
    });
  }

  it('holds the advice back when the user goes to another window while typing, and gives it once the box is left', async () => {
    const el = await felt({ krav: allConfirmed, anledninger: ['ny-opgave'] });
    const box = q<HTMLTextAreaElement>(el, '#beskrivelse')!;
    await typeTask(el, 'Blive bedre til at kommunikere');
    await aTimeout(800);
    // A switch to another program blurs the box but keeps it the page's focus (what a browser does;
    // a headless one emulates focus, so the event is sent here).
    box.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(box);
    expect(adviceIds(el), 'back from the other window: still typing').to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(adviceIds(el), 'left').to.deep.equal(['opgave-for-abstrakt']);
  });

  it('judges the task when it is back in the page after being taken out while the user typed (Firefox and Safari fire no blur then)', async () => {
    const el = await felt({ krav: allConfirmed, anledninger: ['ny-opgave'] });
    const box = q<HTMLTextAreaElement>(el, '#beskrivelse')!;
    // Typed, paused on, and no blur to follow, as when the element leaves the page with focus in the box.
    box.value = 'Blive bedre til at kommunikere';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await aTimeout(800);
    await el.updateComplete;
    expect(adviceIds(el), 'held while typing').to.deep.equal([]);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['opgave-for-abstrakt']);
  });

  it('judges the task at once when a framework moves the element while the user types, before the pause', async () => {
    const el = await felt({ krav: allConfirmed, anledninger: ['ny-opgave'] });
    await typeTask(el, 'Blive bedre til at kommunikere');
    expect(adviceIds(el), 'the advice waits for the pause').to.deep.equal(['opgave-mangler']);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['opgave-for-abstrakt']);
  });

  it('judges a task set by code at once, also while the user is typing in the box', async () => {
    const el = await felt({ krav: allConfirmed, anledninger: ['ny-opgave'] });
    await typeTask(el, 'Give medicin til beboerne, når aftenvagten begynder');
    el.value = { ...el.value, beskrivelse: 'Medicingivning' };
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['opgave-for-abstrakt']);
  });

  it('gives its advice in the page\'s new language when the language changes', async () => {
    const el = await felt({ beskrivelse: 'Samarbejde' });
    const advice = () => text(q(el, '[part="advice"] li'));
    const danish = advice();
    const ids = adviceIds(el);
    expect(danish).to.match(/^Bør gøres: /);
    el.parentElement!.lang = 'en';
    await settle(el);
    expect(advice()).to.equal(`Should be done: ${adviseOn('opgave', el.value, { lang: 'en' })[0]!.message}`);
    expect(adviceIds(el), 'the same advice').to.deep.equal(ids);
    el.parentElement!.lang = 'da';
    await settle(el);
    expect(advice()).to.equal(danish);
  });

  it('asks for the reason for the change once a task is described, and goes to the first reason', async () => {
    const el = await felt({ krav: allConfirmed });
    expect(adviceIds(el), 'no task yet').to.deep.equal(['opgave-mangler']);
    el.value = { ...el.value, beskrivelse: sample.beskrivelse };
    await el.updateComplete;
    expect(adviceIds(el)).to.deep.equal(['anledning-mangler']);
    expect(el.adviceControls('anledning-mangler').map((c) => c.id)).to.deep.equal(['a-mere-selvstaendighed']);
    q<HTMLInputElement>(el, '#a-ny-opgave')!.click();
    await el.updateComplete;
    expect(adviceIds(el), 'a reason chosen').to.deep.equal([]);
  });

  it('names unconfirmed requirements in advice and in the required validity, until they are ticked by keyboard', async () => {
    const el = await felt({ beskrivelse: sample.beskrivelse, anledninger: sample.anledninger }, 'da', 'required');
    expect(adviceIds(el)).to.deep.equal(['opgave-krav-mangler']);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    for (const label of Object.values(taskRequirementLabels)) {
      expect(el.validationMessage).to.include(label.da.replace(/\.$/, ''));
    }
    expect(el.validationMessage).not.to.include('beskrivelse af opgaven');

    const values = changes(el);
    // What a form library validating on change reads: the validity of the value in the event.
    const validInListener: boolean[] = [];
    el.addEventListener('kompetence-change', () => validInListener.push(el.checkValidity()));
    q<HTMLInputElement>(el, '#k-konkretSituation')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.krav.konkretSituation).to.equal(true);
    expect(el.validationMessage).not.to.include(taskRequirementLabels.konkretSituation.da.replace(/\.$/, ''));
    expect(el.validationMessage).to.include(taskRequirementLabels.ansvarTydeligt.da.replace(/\.$/, ''));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.krav).to.deep.equal(allConfirmed);
    expect(values.at(-1)!.krav).to.deep.equal(allConfirmed);
    // A choice refreshes the advice at once.
    expect(adviceIds(el)).to.deep.equal([]);
    expect(el.checkValidity()).to.equal(true);
    expect(validInListener).to.deep.equal([false, false, true]);
  });

  it('points the browser at the first requirement not confirmed when the task is written', async () => {
    const el = await felt({ beskrivelse: sample.beskrivelse, krav: { ...allConfirmed, kanHaandteresAnderledes: false } }, 'da', 'required');
    el.reportValidity();
    expect(el.shadowRoot!.activeElement?.id).to.equal('k-kanHaandteresAnderledes');
  });

  it('names a missing description in the required validity, in English too', async () => {
    const el = await felt({ krav: { ...allConfirmed, ansvarTydeligt: false } }, 'en', 'required');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.include('a description of the task');
    expect(el.validationMessage).to.include(taskRequirementLabels.ansvarTydeligt.en.replace(/\.$/, ''));
  });

  it('shows the reasons with the catalog names and descriptions, and saves them in id order', async () => {
    const el = await felt();
    const values = changes(el);
    const reasons = q(el, '[part="reasons"]')!;
    for (const info of Object.values(anledningInfo)) {
      const box = q<HTMLInputElement>(el, `#a-${info.id}`)!;
      expect(text(reasons.querySelector(`label[for="a-${info.id}"]`))).to.equal(info.name.da);
      expect(text(el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!))).to.equal(info.description.da);
    }
    q<HTMLInputElement>(el, '#a-ny-faggruppe')!.focus();
    await sendKeys({ press: 'Space' });
    q<HTMLInputElement>(el, '#a-mere-selvstaendighed')!.focus();
    await sendKeys({ press: 'Space' });
    q<HTMLInputElement>(el, '#a-ny-opgave')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.anledninger).to.deep.equal(['mere-selvstaendighed', 'ny-opgave', 'ny-faggruppe']);
    expect(values.at(-1)!.anledninger).to.deep.equal(['mere-selvstaendighed', 'ny-opgave', 'ny-faggruppe']);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.anledninger).to.deep.equal(['mere-selvstaendighed', 'ny-faggruppe']);
  });

  for (const lang of ['da', 'en'] as const) {
    it(`shows the dialogue questions and the examples of tasks (${lang})`, async () => {
      const el = await felt({}, lang);
      const questions = q<HTMLDetailsElement>(el, 'details[part="questions"]')!;
      const items = [...questions.querySelectorAll('li')].map(text);
      expect(items).to.deep.equal(fieldById('opgave').dialogueQuestions.map((d) => d[lang]));
      expect(text(questions.querySelector('summary'))).to.equal(lang === 'da' ? 'Spørgsmål til dialogen' : 'Questions for the dialogue');

      const shown = text(q(el, 'details[part="examples"]'));
      for (const e of goodTaskExamples) expect(shown).to.include(e[lang]);
      for (const e of tooGeneralTaskExamples) {
        expect(shown).to.include(e.vague[lang]);
        if (e.better) expect(shown).to.include(e.better[lang]);
      }
      expect(text(q(el, '[part="task"]'))).to.include(lang === 'da' ? 'opstår igen og igen' : 'recurring situation');
    });
  }

  it('shows a worked example without advice', async () => {
    const el = await felt(examples['plejecenter-maaltid'].opgave);
    expect(q<HTMLTextAreaElement>(el, '#beskrivelse')!.value).to.equal(examples['plejecenter-maaltid'].opgave.beskrivelse);
    expect(q<HTMLInputElement>(el, '#a-aendret-karakter')!.checked).to.equal(true);
    expect(q<HTMLInputElement>(el, '#a-ny-opgave')!.checked).to.equal(false);
    const requirements = qa(el, '[part="requirements"] input') as HTMLInputElement[];
    expect(requirements.map((i) => i.checked), 'the three requirements, confirmed').to.deep.equal([true, true, true]);
    expect(adviceIds(el)).to.deep.equal([]);
  });

  it('lets nothing be changed when readonly', async () => {
    const el = await felt(sample, 'da', 'readonly');
    const values = changes(el);
    const areas = qa(el, 'textarea') as HTMLTextAreaElement[];
    const boxes = qa(el, 'input[type="checkbox"]') as HTMLInputElement[];
    expect(areas.length, 'text boxes').to.be.greaterThan(0);
    expect(boxes.length, 'checkboxes').to.be.greaterThan(0);
    expect(areas.filter((a) => !a.readOnly).map((a) => a.id), 'editable text boxes').to.deep.equal([]);
    // Read-only, not disabled (a screen reader calls a disabled one unavailable): a click changes nothing.
    expect(boxes.filter((i) => i.ariaReadOnly !== 'true').map((i) => i.id), 'checkboxes not read-only').to.deep.equal([]);
    boxes.forEach((box) => box.click());
    q<HTMLTextAreaElement>(el, '#situationNu')!.focus();
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(values).to.deep.equal([]);
    expect(el.value).to.deep.equal(sample);
  });
});
