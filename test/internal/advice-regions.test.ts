/**
 * Advice regions are named after the part of the plan they advise on, so a screen-reader user
 * moving between regions can tell the two in one tab of <kompetence-model> apart (axe best
 * practice `landmark-unique`), and the plan view's regions per field.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { examples } from '../../src/model/examples/index.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import type { KompetencePlanVisning } from '../../src/elements/kompetence-plan-visning/kompetence-plan-visning.js';

/** The names of the advice regions under `root`, through the field elements' shadow roots. */
function adviceRegionNames(root: ParentNode): string[] {
  const names = [...root.querySelectorAll('section[part="advice"]')].map((s) => s.getAttribute('aria-label') ?? '');
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) names.push(...adviceRegionNames(el.shadowRoot));
  return names;
}

describe('advice regions', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`have distinct names in every tab of <kompetence-model> (${lang})`, async () => {
      const el = await fixture<KompetenceModel>(html`<kompetence-model lang=${lang}></kompetence-model>`);
      el.plan = examples.jobcenter;
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
      expect(all).to.include(lang === 'da' ? 'Gode råd om ansvarstrappen' : 'Advice on the responsibility staircase');
      expect(all).to.have.length.of.at.least(6);
    });
  }

  it('are named after their field in <kompetence-plan-visning advice>', async () => {
    const el = await fixture<KompetencePlanVisning>(html`<kompetence-plan-visning advice lang="en"></kompetence-plan-visning>`);
    el.plan = { ...examples.jobcenter, titel: '', opgave: { ...examples.jobcenter.opgave, beskrivelse: 'Samarbejde' } };
    await el.updateComplete;
    const names = adviceRegionNames(el.shadowRoot!);
    expect(names).to.include('Advice on the task');
    expect(new Set(names).size).to.equal(names.length);
  });
});
