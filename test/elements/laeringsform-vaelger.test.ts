import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/laeringsform-vaelger.js';
import '../../src/define/traeningsbane-plan.js';
import type { LaeringsformVaelger } from '../../src/elements/laeringsform-vaelger/laeringsform-vaelger.js';
import type { TraeningsbanePlan } from '../../src/elements/traeningsbane-plan/traeningsbane-plan.js';
import { learningFormTable, learningForms } from '../../src/model/catalog/learning-forms.js';
import { createPlan } from '../../src/model/parse.js';
import type { Plan } from '../../src/model/plan.js';
import { recommendLearningForms } from '../../src/model/recommend.js';
import { adviseOn } from '../../src/model/advice.js';
import { tempoRules } from '../../src/model/advice/tempo-rules.js';
import type { LearningFormId } from '../../src/model/ids.js';
import { commonMessages } from '../../src/i18n/common.js';
import { accessibleRoles } from '../helpers/accessibility-tree.js';
import { expectAccessible } from '../helpers/axe.js';
import { openFolded } from '../helpers/chooser.js';
import { described, expectSameNode, invalidHeardIn, laidOut } from '../helpers/dom.js';
import { tabTo } from '../helpers/keyboard.js';
import { runConformance, type FieldElementLike } from '../helpers/conformance.js';
import { ContextProvider } from '@lit/context';
import { planContext } from '../../src/internal/plan-context.js';

const sample = ['traeningsworkshop', 'temadag', 'udlaan'];

/** Tabs (keyboard only) until a learning form's checkbox has focus. */
async function tabToForm(element: HTMLElement, id?: string): Promise<HTMLInputElement> {
  for (let i = 0; i < 80; i += 1) {
    const active = element.shadowRoot!.activeElement as HTMLInputElement | null;
    if (active?.dataset['form'] && (!id || active.dataset['form'] === id)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`no learning form ${id ?? ''} reached by Tab`);
}

runConformance({
  tag: 'laeringsform-vaelger',
  attributes: { goals: 'metoder' },
  sample,
  badAttributeValues: ['{not json', '"traeningsworkshop"', '["traeningsworkshop", "ukendt-form"]', '[1]', '{"temadag": true}'],
  badPropertyValues: [42, ['ukendt'], { traeningsworkshop: true }, [['temadag']]],
  keyboardEdit: async (element) => {
    await tabToForm(element);
    await sendKeys({ press: 'Space' });
  },
  sameInBothLanguages: ['Feedback', 'feedback', 'Coaching', 'Seminar'],
  filterControls: '.checks input, #family',
  plan: {
    sample: { traeningsbane: { laeringsformer: ['temadag'] } } as unknown as Plan,
    read: (plan) => plan.traeningsbane.laeringsformer,
  },
  incomplete: [],
});

const root = (el: HTMLElement) => el.shadowRoot!;
const formIds = (el: HTMLElement) =>
  [...root(el).querySelectorAll<HTMLInputElement>('.forms input[data-form]')].map((i) => i.dataset['form']!);
const formItem = (el: HTMLElement, id: string) =>
  root(el).querySelector<HTMLInputElement>(`input[data-form="${id}"]`)!.closest('li')!;
const warning = (el: HTMLElement) => root(el).querySelector('[part="advice"]')!;
const render = async (template: ReturnType<typeof html>) => {
  const el = await fixture<LaeringsformVaelger>(template);
  await el.updateComplete;
  return el;
};
/** The last folded group: with goals, the forms not recommended ('Øvrige læringsformer'). */
const folded = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLDetailsElement>('.forms details')].at(-1)!;
describe('<laeringsform-vaelger> behaviour', () => {
  it('moves the focus to the Remove before it when the last form chosen is removed', async () => {
    const el = await fixture<LaeringsformVaelger>(html`<laeringsform-vaelger .value=${['traeningsworkshop', 'temadag']}></laeringsform-vaelger>`);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.picked button')[1]!.click();
    await aTimeout(0);
    await el.updateComplete;
    expectSameNode(el.shadowRoot!.activeElement, el.shadowRoot!.querySelector('.picked button'));
  });

  it('stands the remove buttons of the chosen forms in line, each on its form\'s row, at 700 and 300 px', async () => {
    const el = await render(html`<laeringsform-vaelger .value=${['temadag', 'digitaliseret-laering', 'rolle-som-ressourceperson']}></laeringsform-vaelger>`);
    for (const width of [700, 300]) {
      el.style.width = `${width}px`;
      await nextFrame();
      const rows = [...root(el).querySelectorAll('.picked li')];
      const buttons = rows.map((row) => row.querySelector('button')!.getBoundingClientRect());
      expect(new Set(buttons.map((b) => b.left)).size, `one left edge at ${width} px`).to.equal(1);
      for (const [i, row] of rows.entries()) {
        const box = row.getBoundingClientRect();
        expect(buttons[i]!.top, `button ${i + 1} in its row at ${width} px`).to.be.within(box.top, box.bottom - buttons[i]!.height);
      }
      expect(buttons[0]!.right, `inside the element at ${width} px`).to.be.at.most(el.getBoundingClientRect().right);
    }
  });

  it('shows the publication\'s forms for a goal first, in the table\'s order, with fit and reason', async () => {
    const el = await render(html`<laeringsform-vaelger goals="metoder"></laeringsform-vaelger>`);
    const ids = formIds(el);
    expect(ids.slice(0, learningFormTable.metoder.length)).to.deep.equal([...learningFormTable.metoder]);
    const first = root(el).querySelector('.forms fieldset')!;
    expect(first.querySelector('legend')!.textContent).to.equal('Metodens forslag');
    expect(formItem(el, 'traeningsworkshop').querySelector('.fit')!.textContent).to.include('Passer godt');
    // Shown open: the method's table. The other suggestions, then the rest of the catalog, are folded
    // after it (on a phone the list was 20 screens, and a choice showed its effect ten screens below).
    const all = recommendLearningForms({ goals: ['metoder'] });
    expect(ids).to.deep.equal(all.filter((r) => r.fromTable).map((r) => r.form.id));
    expect([...root(el).querySelectorAll('.forms summary')].map((s) => s.textContent)).to.deep.equal([
      `Andre forslag (${all.filter((r) => !r.fromTable).length})`, `Øvrige læringsformer (${learningForms.length - all.length})`,
    ]);
    const recs = all.map((r) => r.form.id);
    await openFolded(el);
    expect(formIds(el).slice(0, recs.length)).to.deep.equal(recs);
    expect([...formIds(el)].sort()).to.deep.equal(learningForms.map((f) => f.id).sort());
  });

  it('keeps "Andre forslag" open when the method\'s own suggestions leave trying out or feedback out (a knowledge goal: courses alone)', async () => {
    const el = await render(html`<laeringsform-vaelger goals="viden"></laeringsform-vaelger>`);
    const open = [...root(el).querySelectorAll('.forms > fieldset > legend')].map((l) => l.textContent);
    expect(open).to.deep.equal(['Metodens forslag', 'Andre forslag']);
    expect(formIds(el)).to.include('sidemandsoplaering');
    expect([...root(el).querySelectorAll('.forms summary')].map((s) => s.textContent!.replace(/ \(\d+\)$/, ''))).to.deep.equal(['Øvrige læringsformer']);
  });

  it('lists "Andre forslag" best fit first over all the goals asked for, each fit in the model\'s order (a good fit came below forms advised against under the second goal)', async () => {
    const el = await render(html`<laeringsform-vaelger goals="metoder viden" experience="begyndere"></laeringsform-vaelger>`);
    await openFolded(el);
    const group = [...root(el).querySelectorAll('.forms fieldset')].find((f) => f.querySelector('legend')!.textContent === 'Andre forslag')!;
    const shown = [...group.querySelectorAll<HTMLInputElement>('input[data-form]')].map((i) => i.dataset['form']!);
    const fits = ['god', 'mulig', 'fraraades'] as const;
    const others = recommendLearningForms({ goals: ['metoder', 'viden'], experience: ['begyndere'] }).filter((r) => !r.fromTable);
    expect(others.map((r) => r.fit), 'the model lists them goal by goal').to.include('fraraades').and.include('god');
    expect(shown).to.deep.equal(fits.flatMap((fit) => others.filter((r) => r.fit === fit).map((r) => r.form.id)));
  });

  it('keeps "Andre forslag" open once the user chose in it, when a goal added later would fold it', async () => {
    const el = await render(html`<laeringsform-vaelger></laeringsform-vaelger>`);
    const goal = (index: number) => root(el).querySelectorAll<HTMLInputElement>('.checks input')[index]!; // 0 metoder, 1 viden
    const relatedOpen = () => [...root(el).querySelectorAll('.forms > fieldset > legend')].some((l) => l.textContent === 'Andre forslag');
    goal(1).click();
    await el.updateComplete;
    expect(relatedOpen()).to.equal(true);
    // Not chosen in: adding a goal whose suggestions cover every tempo folds the group, as it did.
    goal(0).click();
    await el.updateComplete;
    expect(relatedOpen(), 'folded when the user did not work in it').to.equal(false);
    goal(0).click();
    await el.updateComplete;
    formItem(el, 'videndeling').querySelector('input')!.click();
    await el.updateComplete;
    goal(0).click();
    await el.updateComplete;
    const details = [...root(el).querySelectorAll('details')].find((d) => d.querySelector('summary')!.textContent!.startsWith('Andre forslag'))!;
    expect(details.open, 'the group the user chose in').to.equal(true);
    expect(formItem(el, 'videndeling').querySelector('input')!.checked).to.equal(true);
  });

  it('says in a closed group\'s summary how many of its forms are chosen, in both languages', async () => {
    const el = await render(html`<laeringsform-vaelger goals="metoder" .value=${['traeningsworkshop', 'coaching', 'temadag']}></laeringsform-vaelger>`);
    const others = learningForms.length - recommendLearningForms({ goals: ['metoder'] }).length;
    const summaries = () => [...root(el).querySelectorAll('.forms summary')].map((s) => s.textContent);
    expect(summaries()[1]).to.equal(`Øvrige læringsformer (2 af ${others} valgt)`);
    el.lang = 'en';
    el.value = ['traeningsworkshop', 'coaching'];
    await el.updateComplete;
    expect(summaries()[1]).to.equal(`Other learning forms (1 of ${others} chosen)`);
    el.value = ['traeningsworkshop'];
    await el.updateComplete;
    expect(summaries()[1]).to.equal(`Other learning forms (${others})`);
  });

  it('shows each form\'s facts', async () => {
    const el = await render(html`<laeringsform-vaelger goals="metoder" lang="en"></laeringsform-vaelger>`);
    const facts = formItem(el, 'sidemandsoplaering').querySelector('dl')!.textContent!.replace(/\s+/g, ' ');
    for (const fact of ['Suits', 'Resources', 'high', 'Group', 'Usually at most 2', 'Covers', 'knowledge building']) {
      expect(facts).to.include(fact);
    }
    // A duration where the catalog gives one, and no empty row where it does not.
    const terms = (id: string) => [...formItem(el, id).querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(formItem(el, 'vaerktoejskursus').querySelector('dl')!.textContent!.replace(/\s+/g, ' '))
      .to.include('Duration').and.include('Preferably several days, with practice at work in between');
    expect(terms('sidemandsoplaering')).not.to.include('Duration');
  });

  it('names a facilitator only where the form needs one (the sources say nothing of the others)', async () => {
    const el = await render(html`<laeringsform-vaelger goals="metoder" lang="en"></laeringsform-vaelger>`);
    const facilitator = (id: string) => [...formItem(el, id).querySelectorAll('dt')]
      .find((dt) => dt.textContent!.includes('facilitator'))?.nextElementSibling?.textContent?.trim();
    expect(facilitator('traeningsworkshop')).to.equal('yes');
    expect(facilitator('sidemandsoplaering')).to.equal(undefined);
  });

  it('shows the whole catalog by family, each folded, when no goal is chosen, and filters by family', async () => {
    const el = await render(html`<laeringsform-vaelger></laeringsform-vaelger>`);
    const summaries = () => [...root(el).querySelectorAll('.forms summary')].map((l) => l.textContent);
    expect(summaries()).to.deep.equal([
      'Metoder og teknikker (5)', 'Faglig viden (3)', 'Rolleforståelse (4)', 'Komplekse udviklingsbehov (3)', 'Mobilitet (4)',
      'Randers Kommunes værktøjsliste (13)',
    ]);
    // Folded, the 32 forms with their facts do not push what follows pages down.
    expect(formIds(el)).to.deep.equal([]);
    expect(root(el).querySelector('.forms')!.getBoundingClientRect().height).to.be.below(400);
    const mobility = root(el).querySelectorAll<HTMLDetailsElement>('.forms details')[4]!;
    mobility.open = true;
    await oneEvent(mobility, 'toggle');
    await el.updateComplete;
    expect(formIds(el), 'one family opened, the others stay folded').to.deep.equal(['udlaan', 'udstationering', 'klinisk-introduktion', 'europaeisk-udveksling']);
    await openFolded(el);
    expect(formIds(el)).to.have.length(learningForms.length);
    expect([...root(el).querySelectorAll('.forms legend')].map((l) => l.textContent)).to.have.length(6);
    const select = root(el).querySelector('select')!;
    select.value = 'mobilitet';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector('.forms details'), 'one family chosen: shown, not folded').to.equal(null);
    expect(formIds(el)).to.deep.equal(['udlaan', 'udstationering', 'klinisk-introduktion', 'europaeisk-udveksling']);
    // The municipal tool list also names forms of other families.
    select.value = 'vaerktoej';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(formIds(el)).to.include.members(['jobrotation', 'supervision', 'temadag', 'sidemandsoplaering']);
    expect(formIds(el)).not.to.include('coaching');
  });

  it('opens a family by keyboard and keeps each group\'s open state while goals are picked and cleared', async () => {
    const el = await render(html`<laeringsform-vaelger></laeringsform-vaelger>`);
    const summary = (title: string) => [...root(el).querySelectorAll<HTMLElement>('.forms summary')].find((s) => s.textContent!.startsWith(title))!;
    summary('Mobilitet').focus();
    await sendKeys({ press: 'Enter' });
    await aTimeout(0);
    await el.updateComplete;
    expect(formIds(el)).to.deep.equal(['udlaan', 'udstationering', 'klinisk-introduktion', 'europaeisk-udveksling']);
    expectSameNode(root(el).activeElement, summary('Mobilitet'));
    // With a goal, the forms not recommended are folded on their own: Mobilitet open says nothing of them.
    const goal = () => root(el).querySelectorAll<HTMLInputElement>('.checks input')[2]!; // Rolleforståelse
    goal().click();
    await el.updateComplete;
    const others = root(el).querySelector<HTMLDetailsElement>('.forms details')!;
    expect(others.open).to.equal(false);
    expect(others.querySelectorAll('input[data-form]')).to.have.length(0);
    goal().click();
    await el.updateComplete;
    expect(formIds(el), 'the family opened before is open again').to.deep.equal(['udlaan', 'udstationering', 'klinisk-introduktion', 'europaeisk-udveksling']);
  });

  it('filters the recommendations by family', async () => {
    const el = await render(html`<laeringsform-vaelger goals="rolle"></laeringsform-vaelger>`);
    const select = root(el).querySelector('select')!;
    select.value = 'mobilitet';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await openFolded(el);
    const ids = formIds(el);
    expect(ids).to.include('udstationering');
    expect(ids.every((id) => learningForms.find((f) => f.id === id)!.family === 'mobilitet')).to.equal(true);
    expect(root(el).querySelector('.forms legend')!.textContent).to.equal('Andre forslag');
  });

  it('reads fit, reason and heading as one statement, in both languages (no "can be used" three times)', async () => {
    const el = await render(html`<laeringsform-vaelger goals="viden"></laeringsform-vaelger>`);
    await openFolded(el);
    const fitText = (id: string) => formItem(el, id).querySelector('.fit')!.textContent!.replace(/\s+/g, ' ').trim();
    const legendOf = (id: string) => formItem(el, id).closest('fieldset')!.querySelector('legend')!.textContent;
    expect(legendOf('videndeling')).to.equal('Andre forslag');
    expect(fitText('videndeling')).to.equal('Kan bruges: Skal tilpasses til faglig viden.');
    expect(fitText('temadag')).to.equal('Passer godt: Metodens tabel foreslår den til faglig viden.');
    // A course for administrative staff says so first.
    expect(fitText('klinisk-introduktion')).to.match(/^Kan bruges: Kun til akademikere og administrativt personale i sundhedsadministrationen, fx økonomi, HR og it\. /);
    el.setAttribute('goals', 'metoder');
    el.setAttribute('experience', 'begyndere');
    await el.updateComplete;
    await openFolded(el); // for methods the table's forms cover every tempo: the others are folded
    // Not advised: the reason against comes first, and nothing says it "can be used".
    expect(fitText('udviklende-workshop')).to.equal(
      'Frarådes: Passer til meget erfarne, ikke til begyndere. Metodens tabel foreslår den til metoder og teknikker.');
    expect(fitText('rolle-som-ressourceperson')).to.equal(
      'Frarådes: Passer til meget erfarne, ikke til begyndere. Skal tilpasses til metoder og teknikker.');
    const enEl = await render(html`<laeringsform-vaelger goals="metoder" experience="begyndere" lang="en"></laeringsform-vaelger>`);
    await openFolded(enEl);
    const enFit = (id: string) => formItem(enEl, id).querySelector('.fit')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(formItem(enEl, 'foelordning').closest('fieldset')!.querySelector('legend')!.textContent).to.equal('Other suggestions');
    expect(root(enEl).querySelector('[part="query"]')!.textContent!.trim()).to.equal('Suggestions for methods and techniques, for beginners.');
    expect(enFit('udviklende-workshop')).to.equal(
      "Not advised: Suits the very experienced, not beginners. The method's table lists it for methods and techniques.");
    expect(enFit('foelordning')).to.equal('Possible: Needs adapting to methods and techniques. Suits beginners and the somewhat experienced.');
    enEl.setAttribute('experience', 'begyndere meget-erfarne');
    await enEl.updateComplete;
    expect(root(enEl).querySelector('[part="query"]')!.textContent!.trim()).to.equal(
      'Suggestions for methods and techniques, for beginners and the very experienced.');
  });

  it('renders the folded forms once their group is opened; they are then chosen by keyboard, and the group stays open', async () => {
    const el = await render(html`<laeringsform-vaelger goals="metoder"></laeringsform-vaelger>`);
    const others = learningForms.length - recommendLearningForms({ goals: ['metoder'] }).length;
    const details = folded(el);
    expect(details.open).to.equal(false);
    // The summary still counts the forms; none of them, nor their facts, is rendered while closed.
    expect(details.querySelector('summary')!.textContent).to.equal(`Øvrige læringsformer (${others})`);
    expect(details.querySelectorAll('li, dl, input').length).to.equal(0);
    expect(described(root(el).querySelector('input[data-form="mentorforloeb"]'))).to.equal('null');

    const before = document.createElement('button');
    el.before(before);
    before.focus();
    const summary = (active: Element | null) => active?.localName === 'summary' && active.textContent!.startsWith('Øvrige');
    await tabTo(summary, 'the folded group');
    let toggled = oneEvent(details, 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(details.querySelectorAll('li.form').length).to.equal(others);
    // The summary shows the group's title; its legend, the same words, names the group for screen readers only.
    const legend = details.querySelector('legend')!;
    expect(legend.textContent).to.equal('Øvrige læringsformer');
    expect(legend.getBoundingClientRect().height, 'not shown a second time').to.be.at.most(1);
    expect(formItem(el, 'mentorforloeb').querySelector('dl')!.textContent).to.include('Ressourcer');
    await expectAccessible(el);

    const box = await tabToForm(el, 'mentorforloeb');
    const event = oneEvent(el, 'kompetence-change');
    await sendKeys({ press: 'Space' });
    expect((await event).detail.value).to.deep.equal(['mentorforloeb']);
    await el.updateComplete;
    // Re-rendered for the choice and for new experience: the group stays open and its box keeps focus.
    el.setAttribute('experience', 'begyndere');
    await el.updateComplete;
    expect(folded(el).open).to.equal(true);
    expectSameNode(root(el).activeElement, box);
    expect(box.checked).to.equal(true);

    // Closed again, its forms go; the mix still names the chosen one.
    await tabTo(summary, 'the folded group, back', 80, true);
    toggled = oneEvent(folded(el), 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    await el.updateComplete;
    expect(folded(el).open).to.equal(false);
    expect(folded(el).querySelectorAll('li').length).to.equal(0);
    expect(root(el).querySelector('[part="mix"]')!.textContent).to.include('Mentorforløb');
    before.remove();
  });

  it('lets the user pick goals and experience when none are given, without a change event', async () => {
    const el = await render(html`<laeringsform-vaelger></laeringsform-vaelger>`);
    let changes = 0;
    el.addEventListener('kompetence-change', () => (changes += 1));
    const goal = [...root(el).querySelectorAll<HTMLInputElement>('.query input')].find(
      (i) => i.closest('label')!.textContent!.includes('Faglig viden'),
    )!;
    goal.click();
    await el.updateComplete;
    expect(formIds(el).slice(0, 3)).to.deep.equal([...learningFormTable.viden]);
    expect(changes).to.equal(0);
  });

  it('chooses and removes forms by keyboard and emits the id list', async () => {
    const el = await render(html`<laeringsform-vaelger goals="viden"></laeringsform-vaelger>`);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await tabToForm(el, 'flerdageskursus');
    let event = oneEvent(el, 'kompetence-change');
    await sendKeys({ press: 'Space' });
    expect((await event).detail.value).to.deep.equal(['flerdageskursus']);
    await sendKeys({ press: 'Tab' });
    event = oneEvent(el, 'kompetence-change');
    await sendKeys({ press: 'Space' });
    expect((await event).detail.value).to.deep.equal(['flerdageskursus', 'temadag']);
    expect(el.value).to.deep.equal(['flerdageskursus', 'temadag']);
    const summary = root(el).querySelector('[part="mix"]')!;
    expect(summary.textContent).to.include('Flerdageskursus');
    // Remove from the summary with the keyboard; focus stays in the summary.
    const remove = summary.querySelector<HTMLButtonElement>('button')!;
    expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fjern Flerdageskursus');
    remove.focus();
    event = oneEvent(el, 'kompetence-change');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.value).to.deep.equal(['temadag']);
    await el.updateComplete;
    expect(root(el).activeElement?.textContent).to.include('Temadag');
    // Focus moving on does not say what went: a status does.
    const status = summary.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Flerdageskursus er fjernet fra dit valg.');
    root(el).querySelector<HTMLInputElement>('input[data-form="flerdageskursus"]')!.click();
    await el.updateComplete;
    expect(status.textContent, 'cleared by the next choice').to.equal('');
    (root(el).querySelector('.picked button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(status.textContent).to.not.equal('');
    el.value = ['coaching'];
    await el.updateComplete;
    expect(status.textContent, 'cleared by a value set by code (old news)').to.equal('');
    before.remove();
  });

  it('moves focus to the next Remove button when a form in the middle of "Dit valg" is removed', async () => {
    const el = await render(html`<laeringsform-vaelger .value=${[...sample]}></laeringsform-vaelger>`);
    const removeButtons = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part="mix"] .picked button')];
    expect(removeButtons()).to.have.length(3);
    const third = removeButtons()[2]!.textContent!.replace(/\s+/g, ' ').trim();
    removeButtons()[1]!.focus();
    const event = oneEvent(el, 'kompetence-change');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.value).to.deep.equal([sample[0], sample[2]]);
    await el.updateComplete;
    const active = root(el).activeElement as HTMLElement;
    expectSameNode(active, removeButtons()[1], 'the button that was third');
    expect(active.textContent!.replace(/\s+/g, ' ').trim()).to.equal(third);
  });

  it('warns in a live region when trying out or feedback is missing, until a form covers them', async () => {
    const el = await render(html`<laeringsform-vaelger goals="viden" .value=${['temadag']}></laeringsform-vaelger>`);
    expect(warning(el).getAttribute('aria-live')).to.equal('polite');
    expect(warning(el).getAttribute('aria-label'), 'a landmark while it warns').to.equal('Gode råd om dit valg');
    expect(warning(el).textContent).to.include('afprøvning og feedback');
    await openFolded(el);
    const tempi = root(el).querySelector('[part="tempi"]')!.textContent!.replace(/\s+/g, ' ');
    // The list judges the chosen forms only, and says so (the training ground's texts may cover the rest).
    expect(tempi).to.include('Vidensopbygning: dækket').and.include('Afprøvning: ikke dækket af de valgte former')
      .and.include('Feedback: ikke dækket af de valgte former');
    await expectAccessible(el);
    root(el).querySelector<HTMLInputElement>('input[data-form="sidemandsoplaering"]')!.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['temadag', 'sidemandsoplaering']);
    expect(warning(el).textContent!.trim()).to.equal('');
    expect(warning(el).hasAttribute('aria-label'), 'no landmark while empty').to.equal(false);
    expect(root(el).querySelector('[part="tempi"]')!.textContent).not.to.include('ikke dækket');
  });

  for (const [lang, names] of [
    ['da', ['Dit valg', 'Gode råd om dit valg', 'Dit valg til nye medarbejdere', 'Gode råd om dit valg til nye medarbejdere', 'Dit valg til træningsbanen', 'Gode råd om træningsbanen']],
    ['en', ['Your choice', 'Advice on your choice', 'Your choice for new staff', 'Advice on your choice for new staff', 'Your choice for the training ground', 'Advice on the training ground']],
  ] as const) {
    it(`names its regions after what it is for, so choosers on one page, and one beside <traeningsbane-plan>, are told apart (${lang})`, async () => {
      // A knowledge goal with a theme day alone: each chooser's advice region is a landmark too, and
      // so is the training ground's, begun (blank, it holds its advice back, unnamed).
      const page = await fixture<HTMLElement>(html`<div lang=${lang}>
        <laeringsform-vaelger goals="viden" .value=${['temadag']}></laeringsform-vaelger>
        <laeringsform-vaelger goals="viden" label=${lang === 'da' ? 'nye medarbejdere' : 'new staff'} .value=${['temadag']}></laeringsform-vaelger>
        <traeningsbane-plan .value=${{ vidensopbygning: 'Oplæg' }}></traeningsbane-plan>
      </div>`);
      const [plain, labelled] = page.querySelectorAll('laeringsform-vaelger');
      const nested = page.querySelector('traeningsbane-plan')!.shadowRoot!.querySelector('laeringsform-vaelger')!;
      for (const el of [plain!, labelled!, nested]) await el.updateComplete;
      const regions = (await accessibleRoles()).filter((r) => r.startsWith('region: ')).map((r) => r.slice('region: '.length));
      expect(regions).to.include.members([...names]);
      expect(regions.filter((name, i) => regions.indexOf(name) !== i), 'no name twice').to.deep.equal([]);
      // The heading seen is the name heard.
      expect(root(labelled!).querySelector('#mix')!.textContent).to.equal(names[2]);
      expect(root(nested).querySelector('#mix')!.textContent).to.equal(names[4]);
      const { violations } = await window.axe.run(page, { runOnly: { type: 'rule', values: ['landmark-unique'] } });
      expect(violations.map((v) => v.id)).to.deep.equal([]);
      await expectAccessible(page);
      // Set by code, the name follows; cleared, it is "Dit valg" again.
      labelled!.label = '';
      await labelled!.updateComplete;
      expect(root(labelled!).querySelector('#mix')!.textContent).to.equal(names[0]);
    });
  }

  it('inside <traeningsbane-plan>, leaves the warning to its live advice, so a choice is announced once', async () => {
    const parent = await fixture<TraeningsbanePlan>(html`<traeningsbane-plan></traeningsbane-plan>`);
    const el = parent.shadowRoot!.querySelector('laeringsform-vaelger')!;
    await el.updateComplete;
    await openFolded(el);
    const box = root(el).querySelector<HTMLInputElement>('input[data-form="temadag"]')!;
    box.focus();
    await sendKeys({ press: 'Space' });
    await parent.updateComplete;
    await el.updateComplete;
    expect(parent.value.laeringsformer).to.deep.equal(['temadag']);
    const announcing = [...root(parent).querySelectorAll('[aria-live]'), ...root(el).querySelectorAll('[aria-live]')]
      .filter((region) => region.textContent!.includes('afprøvning og feedback'));
    expect(announcing.map((region) => region.querySelector('[data-advice]')?.getAttribute('data-advice')))
      .to.deep.equal(['traeningsbane-kun-viden']);
    expect(described(root(el).querySelector('[part="advice"]'))).to.equal('null');
    // The chooser still says what its forms leave out.
    expect(root(el).querySelector('[part="tempi"]')!.textContent).to.include('ikke dækket');
  });

  it('gives the advice the model gives on a training ground of the chosen forms alone, and says nothing while nothing is chosen', async () => {
    const el = await render(html`<laeringsform-vaelger lang="en" .value=${['nye-opgaver']}></laeringsform-vaelger>`);
    for (const forms of [['nye-opgaver'], ['supervision'], ['temadag']] as LearningFormId[][]) {
      el.value = forms;
      await el.updateComplete;
      // The model's advice on the training ground's tempi (its other rules ask for a period, rules of play…).
      const model = adviseOn('traeningsbane', { ...createPlan().traeningsbane, laeringsformer: forms }, { lang: 'en' })
        .filter((a) => tempoRules.some((r) => r.id === a.id));
      expect(model, String(forms)).not.to.be.empty;
      const shown = [...warning(el).querySelectorAll<HTMLElement>('[data-advice]')];
      expect(shown.map((li) => [li.dataset['advice'], li.className, li.textContent!.replace(/\s+/g, ' ').trim()]), String(forms))
        .to.deep.equal(model.map((a) => [a.id, a.severity, `${commonMessages.en.severity[a.severity]}: ${a.message}`]));
    }
    el.value = ['nye-opgaver'];
    await el.updateComplete;
    expect(warning(el).textContent).to.include('The training ground lacks knowledge building and feedback.');
    expect(root(el).querySelector('[part="tempi"]')!.textContent!.replace(/\s+/g, ' '))
      .to.include('Feedback: not covered by the chosen forms').and.include('Trying out: covered');
    el.value = [];
    await el.updateComplete;
    expect(warning(el).textContent!.trim()).to.equal('');
  });

  it('changes the recommendations with the goals and experience attributes', async () => {
    const el = await render(html`<laeringsform-vaelger goals="metoder" experience="begyndere"></laeringsform-vaelger>`);
    expect(formItem(el, 'udviklende-workshop').querySelector('.fit')!.textContent).to.include('Frarådes');
    expect(root(el).querySelector('[part="query"]')!.textContent!.trim()).to.equal('Forslag til metoder og teknikker for begyndere.');
    expect(described(root(el).querySelector('[part="query"] fieldset')), 'no pickers when both are given').to.equal('null');
    el.setAttribute('experience', 'meget-erfarne');
    await el.updateComplete;
    expect(formItem(el, 'udviklende-workshop').querySelector('.fit')!.textContent).to.include('Passer godt');
    el.setAttribute('goals', 'rolle, viden');
    await el.updateComplete;
    expect(formIds(el).slice(0, 4)).to.deep.equal([...learningFormTable.rolle]);
    el.goals = ['viden'];
    await el.updateComplete;
    expect(formIds(el).slice(0, 3)).to.deep.equal([...learningFormTable.viden]);
  });

  it('skips unknown goals and experience, says so and fires kompetence-invalid', async () => {
    const el = await render(html`<laeringsform-vaelger></laeringsform-vaelger>`);
    const invalid = oneEvent(el, 'kompetence-invalid');
    el.setAttribute('goals', 'metoder <b>ukendt</b>');
    const event = await invalid;
    expect(event.detail.source).to.equal('attribute');
    // The path is the id's place in what was given (the second), not among the unknown ones.
    expect(event.detail.issues[0]!.path).to.deep.equal(['goals', 1]);
    await el.updateComplete;
    expect(el.goals).to.deep.equal(['metoder']);
    expect(formIds(el).slice(0, 5)).to.deep.equal([...learningFormTable.metoder]);
    const alerts = [...root(el).querySelectorAll('[role="alert"]')].map((a) => a.textContent).join(' ');
    expect(alerts).to.include('«<b>ukendt</b>»');
    // Its own part: `::part(error)` is the value's error alone.
    expect(root(el).querySelector('[part="query-error"]')!.textContent).to.include('ukendt');
    expect(root(el).querySelectorAll('[part~="error"]').length).to.equal(1);
    expect(root(el).querySelector('[part="error"]')!.textContent).to.equal('');
    expect(described(root(el).querySelector('b')), 'markup is text').to.equal('null');
    const again = oneEvent(el, 'kompetence-invalid');
    el.experience = ['novice' as never];
    expect((await again).detail.source).to.equal('property');
    el.setAttribute('goals', 'viden');
    el.experience = [];
    await el.updateComplete;
    expect([...root(el).querySelectorAll('[role="alert"]')].map((a) => a.textContent!.trim()).join('')).to.equal('');
  });

  it('shows each fact of a form on one line where the width allows it, not squeezed into a column', async () => {
    const el = await render(html`<laeringsform-vaelger style="width: 1000px"></laeringsform-vaelger>`);
    await openFolded(el);
    const facts = [...formItem(el, 'traeningsworkshop').querySelectorAll<HTMLElement>('.facts > div')];
    const lineHeight = parseFloat(getComputedStyle(facts[0]!).lineHeight);
    expect(facts.map((f) => [f.querySelector('dt')!.textContent, Math.round(f.getBoundingClientRect().height / lineHeight)]))
      .to.deep.equal([['Egnet til', 1], ['Ressourcer', 1], ['Gruppe', 1], ['Kræver facilitator', 1], ['Dækker', 1]]);
    const top = (f: HTMLElement) => f.getBoundingClientRect().top;
    expect(top(facts[1]!), 'a short fact follows on the line before it').to.equal(top(facts[0]!));
  });

  it('prints the goals and experience the user picked with the mix, without the boxes, the forms or the hints on choosing', async () => {
    const el = await render(html`<laeringsform-vaelger value='["temadag"]'></laeringsform-vaelger>`);
    const picks = [...root(el).querySelectorAll<HTMLInputElement>('.checks input')];
    picks[1]!.click(); // Faglig viden
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      const text = (selector: string) => laidOut(root(el), selector).map((e) => (e as HTMLElement).innerText.trim());
      expect(text('.query legend, .query label'), 'the goals picked, not the experience left open').to.deep.equal([
        'Hvad skal medarbejderne lære?', 'Faglig viden']);
      expect(laidOut(root(el), 'input, .forms, select').map(described), 'no boxes, forms or filter').to.deep.equal([]);
      expect(text('.picked li')).to.deep.equal(['Temadag']);
      expect(text('.hint'), 'only the mix’s hint').to.deep.equal([
        'En træningsbane skal rumme tre tempi: vidensopbygning, afprøvning og feedback.']);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('tells unknown goals given in markup or before it is in the page in the page’s language, where the page hears it', async () => {
    const { wrapper, heard, stop } = invalidHeardIn('en');
    try {
      const upgraded = document.createElement('laeringsform-vaelger-upgraded');
      upgraded.setAttribute('goals', 'Viden');
      wrapper.append(upgraded);
      customElements.define('laeringsform-vaelger-upgraded', class extends (customElements.get('laeringsform-vaelger') as CustomElementConstructor) {});
      expect(heard.map((e) => [e.detail.source, e.detail.issues[0]!.message]), 'markup').to.deep.equal([['attribute', 'goals[0]: Unknown value “Viden”. Possible values: metoder, viden, rolle, komplekse.']]);
      heard.length = 0;
      const made = document.createElement('laeringsform-vaelger') as LaeringsformVaelger;
      made.experience = ['novice' as never];
      expect(heard.map(described), 'nothing told while out of the page').to.deep.equal([]);
      wrapper.append(made);
      expect(heard.map((e) => [e.detail.source, e.detail.issues[0]!.message.startsWith('experience[0]: Unknown value “novice”')])).to.deep.equal([['property', true]]);
    } finally {
      stop();
    }
  });

  it('keeps its value on unknown ids, fires kompetence-invalid and shows them as text', async () => {
    const el = await render(html`<laeringsform-vaelger value='["temadag"]'></laeringsform-vaelger>`);
    const invalid = oneEvent(el, 'kompetence-invalid');
    el.setAttribute('value', '["temadag", "<img src=x>"]');
    const event = await invalid;
    expect(event.detail.issues.map((i: { path: unknown }) => i.path)).to.deep.equal([[1]]);
    await el.updateComplete;
    expect(el.value).to.deep.equal(['temadag']);
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('«<img src=x>»');
    expect(described(root(el).querySelector('img'))).to.equal('null');
  });

  it('shows the mix read-only', async () => {
    const el = await render(html`<laeringsform-vaelger readonly goals="metoder" .value=${['temadag']}></laeringsform-vaelger>`);
    const boxes = [...root(el).querySelectorAll<HTMLInputElement>('input[data-form]')];
    expect(boxes.length, 'the forms are shown').to.be.greaterThan(0);
    expect(boxes.filter((i) => !i.disabled).map((i) => i.dataset['form']), 'forms that can be chosen').to.deep.equal([]);
    expect(described(root(el).querySelector('[part="mix"] button'))).to.equal('null');
    expect(root(el).querySelector('[part="mix"]')!.textContent).to.include('Temadag');
  });

  /** A chooser inside a plan provider (as in <kompetence-model>) that gives `plan`. */
  async function inPlan(plan: Plan): Promise<LaeringsformVaelger> {
    const host = await fixture<HTMLElement>(html`<div><laeringsform-vaelger></laeringsform-vaelger></div>`);
    new ContextProvider(host, { context: planContext }).setValue({ plan, edit: () => {} });
    const el = host.querySelector('laeringsform-vaelger')!;
    // The element asked for the context before the provider existed: connect again.
    el.remove();
    host.append(el);
    await el.updateComplete;
    return el;
  }

  it('takes goals and experience from the plan inside a plan provider, unless given', async () => {
    const plan = createPlan({
      laeringsmaal: {
        metoder: { beskrivelse: 'Ny dokumentationsmetode', typer: [] },
        viden: { beskrivelse: '', typer: [] },
        rolle: { beskrivelse: '', typer: [] },
      },
      ansvar: [{ id: 'a', maalgruppe: 'Nye', nuvaerende: 'begyndere' }],
    } as Partial<Plan>);
    const el = await inPlan(plan);
    await nextFrame();
    expect(formIds(el).slice(0, 5)).to.deep.equal([...learningFormTable.metoder]);
    expect(formItem(el, 'udviklende-workshop').querySelector('.fit')!.textContent).to.include('Frarådes');
    expect(described(root(el).querySelector('[part="query"] fieldset'))).to.equal('null');
    el.setAttribute('goals', 'rolle');
    await el.updateComplete;
    expect(formIds(el).slice(0, 4)).to.deep.equal([...learningFormTable.rolle]);
  });

  it('says, inside a plan with no goal described, that field 3\'s goals give the suggestions; standing alone, to choose them', async () => {
    const hint = (el: HTMLElement) => root(el).querySelector('[part="query"] fieldset .hint')!.textContent;
    const alone = await render(html`<laeringsform-vaelger></laeringsform-vaelger>`);
    expect(hint(alone)).to.equal('Vælg et eller flere læringsmål for at få forslag.');
    const el = await inPlan(createPlan());
    expect(hint(el)).to.equal('Beskriv læringsmålene i felt 3, eller vælg dem her for at få forslag.');
  });

  it('is axe clean as a guide with pickers, in English', async () => {
    const el = await render(html`<laeringsform-vaelger lang="en"></laeringsform-vaelger>`);
    await expectAccessible(el);
    expect(root(el).textContent).to.include('What must staff learn?');
  });

  it('is required until a form is chosen', async () => {
    const el = await render(html`<laeringsform-vaelger required></laeringsform-vaelger>`);
    expect((el as unknown as FieldElementLike).checkValidity()).to.equal(false);
    expect(el.validationMessage).to.include('mindst én læringsform');
    // The browser points at the way to the forms (with no goal, the first family's summary), not at
    // the goal filter before them; at the first form to choose once there are forms.
    (el as unknown as HTMLElement & { reportValidity(): boolean }).reportValidity();
    expectSameNode(root(el).activeElement, root(el).querySelector('.forms summary'));
    await openFolded(el);
    (el as unknown as HTMLElement & { reportValidity(): boolean }).reportValidity();
    expectSameNode(root(el).activeElement, root(el).querySelector('input[data-form]'));
    root(el).querySelector<HTMLInputElement>('input[data-form="temadag"]')!.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['temadag']);
    expect((el as unknown as FieldElementLike).checkValidity(), 'valid once a form is chosen').to.equal(true);
    expect(el.validationMessage).to.equal('');
  });
});
