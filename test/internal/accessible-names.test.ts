/**
 * The accessible names of controls and headings whose text is built from several values keep the
 * spaces the user sees. Chromium leaves a space-only text node between two of lit's bindings out
 * of the name ("Gå til4Træningsbane"), which breaks Label in Name (WCAG 2.5.3) for voice control;
 * such texts are rendered as one binding. Checked in the browser's own accessibility tree.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { examples } from '../../src/model/examples/index.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import { accessibleDescriptions, accessibleNames } from '../helpers/accessibility-tree.js';
import { deepActiveElement, hostTag } from '../helpers/keyboard.js';


describe('accessible names built from several values', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`keep their spaces in <kompetence-model> and its fields (${lang})`, async () => {
      const model = await fixture<KompetenceModel>(html`<kompetence-model lang=${lang}></kompetence-model>`);
      model.plan = { ...examples.jobcenter, traeningsbane: { ...examples.jobcenter.traeningsbane, afproevning: '' } };
      await model.updateComplete;
      for (const id of ['traeningsbane', 'hverdag']) {
        model.shadowRoot!.querySelector<HTMLElement>(`#tab-${id}`)!.click();
        await model.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const names = await accessibleNames();
      const glued = names.filter((name) => /\d\p{L}|\p{L}\d/u.test(name));
      expect(glued, 'a number glued to a word').to.deep.equal([]);
      const expected = lang === 'da'
        ? ['Forrige: 4 Træningsbane', '5 Hverdag', 'Tilføj aftale om opfølgning på mål', 'Gå til 4 Træningsbane']
        : ['Previous: 4 Training ground', '5 Everyday work', 'Add agreement for follow-up on goals', 'Go to 4 Training ground'];
      // A "Gå til" button's name goes on with its advice's text.
      for (const name of expected) expect(names.some((n) => n === name || n.startsWith(`${name} `)), name).to.equal(true);
    });
  }
});

describe('a label followed by its text ("Vurderende: Er …")', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`keeps the space after the colon in names and descriptions (${lang})`, async () => {
      // The training ground with goals chosen: feedback kinds (names) and the chooser's fit (descriptions).
      const model = await fixture<KompetenceModel>(html`<kompetence-model lang=${lang} example="plejecenter-maaltid"></kompetence-model>`);
      model.shadowRoot!.querySelector<HTMLElement>('#tab-traeningsbane')!.click();
      await model.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const texts = [...(await accessibleNames()), ...(await accessibleDescriptions())];
      const [kind, fit] = lang === 'da' ? ['Vurderende: ', 'Passer godt: '] : ['Evaluative: ', 'Good fit: '];
      expect(texts.filter((text) => text.startsWith(kind)), 'a feedback kind').to.have.length(1);
      expect(texts.filter((text) => text.startsWith(fit)), 'a recommended form\'s fit').not.to.be.empty;
      expect(texts.filter((text) => /\p{L}:\p{L}/u.test(text)), 'a colon glued to the next word').to.deep.equal([]);
    });
  }
});

describe('fields of <kompetence-model> not shown', () => {
  it('are neither in the accessibility tree nor reached by Tab, and take no room', async function () {
    // 80 real key presses: under the full suite's load they took the default 10 s once.
    this.timeout(30_000);
    const model = await fixture<KompetenceModel>(html`<kompetence-model example="plejecenter-maaltid"></kompetence-model>`);
    await model.updateComplete;
    const root = model.shadowRoot!;
    // Every field visited (its content rendered), then the first shown.
    for (const id of ['perspektiv', 'laeringsmaal', 'traeningsbane', 'hverdag', 'opgave']) {
      root.querySelector<HTMLElement>(`#tab-${id}`)!.click();
      await model.updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const names = await accessibleNames();
    expect(names, 'the shown field').to.include('1 Opgave');
    for (const hidden of ['2 Perspektiv', '3 Læringsmål', '4 Træningsbane', '5 Hverdag']) {
      expect(names, `the heading of ${hidden}`).not.to.include(hidden);
    }
    expect(names, 'a learning form of field 4').not.to.include('Mentorforløb');
    for (const id of ['perspektiv', 'laeringsmaal', 'traeningsbane', 'hverdag']) {
      const panel = root.querySelector<HTMLElement>(`#panel-${id}`)!;
      expect(panel.getBoundingClientRect().height, id).to.equal(0);
      expect(panel.checkVisibility({ visibilityProperty: true }), id).to.equal(false);
    }
    const reached: string[] = [];
    /** The elements whose controls Tab reached in the shown field: it must see into their shadow roots. */
    const shown = new Set<string>();
    root.querySelector<HTMLElement>('#tab-opgave')!.focus();
    for (let i = 0; i < 80; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      const panel = active?.closest?.('[role="tabpanel"]') ?? hostPanel(active);
      if (panel && panel.id !== 'panel-opgave') reached.push(panel.id);
      else if (panel) shown.add(hostTag(active));
    }
    expect([...shown], 'Tab stops found in the shown field (else nothing is checked)').to.include.members(['opgave-felt', 'ansvars-trappe']);
    expect(reached, 'Tab stops in fields not shown').to.deep.equal([]);
  });
});

/** The model's panel an element in a field element's shadow DOM sits in. */
function hostPanel(element: Element | null): Element | null {
  let node: Node | null = element;
  while (node) {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) return null;
    const panel = (root.host.closest('[role="tabpanel"]'));
    if (panel) return panel;
    node = root.host;
  }
  return null;
}
