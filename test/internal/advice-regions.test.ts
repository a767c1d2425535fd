/**
 * Advice regions are named after the part of the plan they advise on, so a screen-reader user
 * moving between regions can tell the two in one tab of <kompetence-model> apart (axe best
 * practice `landmark-unique`), and the plan view's regions per field. Their lists change only
 * where the advice does, so a polite region announces what is new, not all the advice again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { examples } from '../../src/model/examples/index.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import type { KompetencePlanVisning } from '../../src/elements/kompetence-plan-visning/kompetence-plan-visning.js';
import type { TraeningsbanePlan } from '../../src/elements/traeningsbane-plan/traeningsbane-plan.js';
import type { Traeningsbane } from '../../src/model/plan.js';
import { described, expectSameNode } from '../helpers/dom.js';

/** The names of the advice regions (landmarks: named) under `root`, through the field elements' shadow roots. */
function adviceRegionNames(root: ParentNode): string[] {
  const names = [...root.querySelectorAll('section[part="advice"][aria-label]')].map((s) => s.getAttribute('aria-label')!);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) names.push(...adviceRegionNames(el.shadowRoot));
  return names;
}

describe('advice regions', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`have distinct names in every tab of <kompetence-model> (${lang})`, async () => {
      const el = await fixture<KompetenceModel>(html`<kompetence-model lang=${lang}></kompetence-model>`);
      // Advice on both the task and the staircase, which share the first tab.
      const { jobcenter } = examples;
      el.plan = {
        ...jobcenter,
        opgave: { ...jobcenter.opgave, beskrivelse: 'Samarbejde' },
        ansvar: [...jobcenter.ansvar, { id: 'ny', maalgruppe: 'Nye' }],
      };
      await el.updateComplete;
      const all: string[] = [];
      for (const tab of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tab"]')) {
        tab.click();
        await el.updateComplete;
        const panel = el.shadowRoot!.querySelector('[role="tabpanel"]:not([hidden])')!;
        await Promise.all([...panel.querySelectorAll('*')].map((c) => (c as Partial<KompetenceModel>).updateComplete));
        const names = adviceRegionNames(panel);
        expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
        all.push(...names);
      }
      expect(all).to.include.members(lang === 'da'
        ? ['Gode råd om opgaven', 'Gode råd om ansvarstrappen']
        : ['Advice on the task', 'Advice on the responsibility staircase']);
    });
  }

  it('are landmarks with a heading only while they hold advice, and live all the time', async () => {
    const el = await fixture<TraeningsbanePlan>(html`<traeningsbane-plan></traeningsbane-plan>`);
    const region = el.shadowRoot!.querySelector('section[part="advice"]')!;
    // Blank, it holds its advice back (see live-advice.ts, `begun`): live, no landmark.
    expect([region.getAttribute('aria-live'), region.hasAttribute('aria-label')], 'blank').to.deep.equal(['polite', false]);
    el.value = { vidensopbygning: 'Oplæg' } as Traeningsbane;
    await el.updateComplete;
    expect(region.querySelector('li'), 'knowledge building alone has advice').not.to.equal(null);
    expect(region.getAttribute('aria-label')).to.equal('Gode råd om træningsbanen');
    expect(region.querySelector('h3')?.textContent).to.equal('Gode råd om træningsbanen');
    el.value = {
      vidensopbygning: 'Oplæg', afproevning: 'Øvelse', feedback: 'Samtale', feedbackformer: [], laeringsformer: [], spilleregler: 'Vi må fejle',
      daekning: 'Vikarer', periode: { start: '2027-01-01', slut: '2027-02-01' },
    };
    await el.updateComplete;
    expect(described(region.querySelector('li')), 'no advice left').to.equal('null');
    expect(region.hasAttribute('aria-label'), 'not a landmark while empty').to.equal(false);
    expect(described(region.querySelector('h3')), 'no heading over nothing').to.equal('null');
    expect(region.getAttribute('aria-live')).to.equal('polite');
  });

  it('are named after their field in <kompetence-plan-visning advice>', async () => {
    const el = await fixture<KompetencePlanVisning>(html`<kompetence-plan-visning advice lang="en"></kompetence-plan-visning>`);
    el.plan = { ...examples.jobcenter, titel: '', opgave: { ...examples.jobcenter.opgave, beskrivelse: 'Samarbejde' } };
    await el.updateComplete;
    const names = adviceRegionNames(el.shadowRoot!);
    expect(names).to.include('Advice on the task');
    expect(new Set(names).size).to.equal(names.length);
  });

  describe('lists', () => {
    const onlyKnowledge: Traeningsbane = {
      vidensopbygning: 'Oplæg', afproevning: '', feedback: '', feedbackformer: [], laeringsformer: [], spilleregler: 'Vi må fejle', daekning: '',
    };
    const items = (root: ParentNode) => [...root.querySelectorAll<HTMLLIElement>('[part="advice"] li[data-advice]')];

    it('keep the node and text of advice that stays when advice before it goes', async () => {
      const el = await fixture<TraeningsbanePlan>(html`<traeningsbane-plan .value=${onlyKnowledge}></traeningsbane-plan>`);
      const before = items(el.shadowRoot!);
      expect(before.map((li) => li.dataset['advice'])).to.deep.equal(['traeningsbane-kun-viden', 'periode-mangler']);
      const [, stays] = before;
      const text = stays!.textContent;
      const changed: MutationRecord[] = [];
      new MutationObserver((records) => changed.push(...records)).observe(stays!, { subtree: true, characterData: true, childList: true });

      // A form that covers trying out and feedback: the first advice goes at once.
      el.value = { ...onlyKnowledge, laeringsformer: ['sidemandsoplaering'] };
      await el.updateComplete;
      const after = items(el.shadowRoot!);
      expect(after.map((li) => li.dataset['advice'])).to.deep.equal(['periode-mangler']);
      expectSameNode(after[0], stays);
      expect(after[0]!.textContent).to.equal(text);
      await Promise.resolve();
      expect(changed.map((r) => `${r.type} in ${described(r.target)}`)).to.deep.equal([]);
    });

    it('keep the node of advice that stays when advice is added before it, and in the model\'s overview', async () => {
      const el = await fixture<KompetenceModel>(html`<kompetence-model></kompetence-model>`);
      // With a reason for the change: its hint, first in the example, goes with the task.
      const plan = { ...examples.jobcenter, opgave: { ...examples.jobcenter.opgave, anledninger: ['ny-opgave' as const] } };
      el.plan = plan;
      await el.updateComplete;
      const overview = () => items(el.shadowRoot!.querySelector('.all-advice')!);
      const [first] = overview();
      expect(first, 'the example has advice').to.exist;
      const { textContent: text, dataset: { advice: id } } = first!;
      el.plan = { ...plan, opgave: { ...plan.opgave, beskrivelse: '' } };
      await el.updateComplete;
      const now = overview();
      expect(now[0]!.dataset['advice']).to.equal('opgave-mangler');
      expectSameNode(now.find((li) => li.dataset['advice'] === id), first);
      expect(first!.textContent).to.equal(text);
      // The link's name still ends with its own item's advice.
      const go = first!.querySelector('button')!;
      const advice = go.getAttribute('aria-label')!.split(': ').slice(1).join(': ');
      expect(advice).not.to.equal('');
      expect(first!.textContent).to.include(advice);
    });

    for (const [lang, severity] of [['da', 'Bør gøres'], ['en', 'Should be done']] as const) {
      it(`read the severity and the advice as words apart (${lang})`, async () => {
        const el = await fixture<TraeningsbanePlan>(html`<traeningsbane-plan lang=${lang} .value=${onlyKnowledge}></traeningsbane-plan>`);
        const li = items(el.shadowRoot!)[0]!;
        // Text, not a CSS margin, parts the words, so an accessible name or a screen reader's text gets the space.
        expect(li.textContent!.replace(/\s+/g, ' ').trim()).to.match(new RegExp(`^${severity}: \\p{Lu}`, 'u'));
      });
    }
  });
});
