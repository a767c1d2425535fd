/**
 * The elements in an intranet page whose own CSS is not ours: its root font size, text blocks,
 * colours and layout reach them only through inherited properties and the host's box.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/ansvars-trappe.js';
import '../../src/define/forankring-tjekliste.js';
import '../../src/define/kompetence-model.js';
import '../../src/define/kompetence-plan-visning.js';
import '../../src/define/laeringsform-vaelger.js';
import '../../src/define/mobilitet-aftale.js';
import { examples } from '../../src/model/examples/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { deepElements, settle } from '../helpers/dom.js';

type Host = HTMLElement & { updateComplete: Promise<unknown>; plan?: unknown };

/** An element of `tag` (with the jobcenter plan where it takes one) appended to a fresh `<div style=…>`. */
async function inPage(tag: string, pageStyle: string): Promise<Host> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${pageStyle}></div>`);
  const el = document.createElement(tag) as Host;
  if (tag === 'kompetence-model' || tag === 'kompetence-plan-visning') el.plan = examples.jobcenter;
  wrapper.append(el);
  await settle(el);
  return el;
}

describe('on a page whose root is 62.5 % (rem counted as 10 px) and whose text is 16 px', () => {
  let rootSize = '';
  beforeEach(() => {
    rootSize = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '62.5%';
  });
  afterEach(() => {
    document.documentElement.style.fontSize = rootSize;
  });

  for (const tag of ['kompetence-model', 'kompetence-plan-visning'] as const) {
    it(`<${tag}>: no heading, legend or field number is smaller than 0.95 of the page's text`, async () => {
      const el = await inPage(tag, 'font-size: 16px');
      const sizes = deepElements(el.shadowRoot!)
        .filter((e) => /^h[1-6]$/.test(e.localName) || e.matches('legend, .num'))
        .map((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(sizes.length, 'headings found').to.be.greaterThan(3);
      expect(Math.min(...sizes)).to.be.at.least(16 * 0.95 - 0.1);
    });
  }

  it('<ansvars-trappe>: stands the staircase on end in a 480 px column, as with a 16 px root, and spaces by the text', async () => {
    const el = await inPage('ansvars-trappe', 'font-size: 16px; width: 480px');
    (el as unknown as { value: unknown }).value = [{ id: 'a', maalgruppe: 'Nye', nuvaerende: 'begyndere', fremtidigt: 'selvstaendigt' }];
    await el.updateComplete;
    const stairs = el.shadowRoot!.querySelector('.stairs')!;
    expect(getComputedStyle(stairs).gridTemplateColumns.split(' ')).to.have.length(1);
    expect(getComputedStyle(el.shadowRoot!.querySelector('fieldset')!).marginBottom).to.equal('16px');
  });
});

describe('in a page layout', () => {
  for (const tag of ['kompetence-model', 'kompetence-plan-visning', 'ansvars-trappe'] as const) {
    it(`<${tag}>: fills the rest of a flex row beside a sidebar (it had no width of its own)`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="display: flex; gap: 20px; width: 900px"><aside style="flex: 0 0 200px">Menu</aside></div>`);
      const el = document.createElement(tag) as Host;
      wrapper.append(el);
      await settle(el);
      expect(el.getBoundingClientRect().width).to.equal(680);
    });
  }

  it('<laeringsform-vaelger>: fits a narrow grid column (200 px; at 320 px with the page\'s margins its select held it 35 px wider)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: 1fr; width: 200px"></div>`);
    const el = document.createElement('laeringsform-vaelger') as Host;
    wrapper.append(el);
    await settle(el);
    expect(el.getBoundingClientRect().width).to.be.at.most(200);
  });

  it('keeps its own alignment and line breaks in a centred, pre-wrap text block', async () => {
    const plain = await inPage('mobilitet-aftale', 'width: 700px');
    const block = await inPage('mobilitet-aftale', 'width: 700px; text-align: center; white-space: pre-wrap');
    expect(block.getBoundingClientRect().height).to.equal(plain.getBoundingClientRect().height);
    expect(getComputedStyle(block.shadowRoot!.querySelector('label')!).textAlign).to.equal('start');
  });

  it('draws its checkboxes and radios for its own light surface on a page in dark mode (unchecked ones looked checked)', async () => {
    const el = await inPage('forankring-tjekliste', 'color-scheme: dark; background: #111; color: #eee');
    const radio = el.shadowRoot!.querySelector('input[type="radio"]')!;
    expect(getComputedStyle(radio).colorScheme).to.equal('light');
  });

  it('draws them for a dark surface when a theme on an ancestor says so with --kompetence-color-scheme', async () => {
    const el = await inPage('forankring-tjekliste', '--kompetence-color-scheme: dark; --kompetence-color-surface: #1c2025');
    expect(getComputedStyle(el.shadowRoot!.querySelector('input[type="radio"]')!).colorScheme).to.equal('dark');
  });

  it('grows its checkboxes with the page’s text (they stayed at the size of the browser’s 13 px controls)', async () => {
    const el = await inPage('forankring-tjekliste', 'font-size: 32px');
    const box = el.shadowRoot!.querySelector('input[type="checkbox"], input[type="radio"]')!.getBoundingClientRect();
    expect(box.width).to.be.closeTo(1.15 * 32, 1);
  });

  it('keeps its text boxes inside their columns under a page\'s `* { box-sizing: inherit }` in a content-box wrapper (the page\'s rule matches the host too)', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('html { box-sizing: border-box } *, *::before, *::after { box-sizing: inherit } .legacy { box-sizing: content-box }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      for (const tag of ['kompetence-model', 'ansvars-trappe', 'mobilitet-aftale']) {
        const wrapper = await fixture<HTMLElement>(html`<div class="legacy" style="width: 320px"></div>`);
        const el = document.createElement(tag) as Host;
        if (tag === 'kompetence-model') el.plan = examples.jobcenter;
        wrapper.append(el);
        await settle(el);
        const right = el.getBoundingClientRect().right;
        const out = deepElements(el.shadowRoot!).filter((e) => e.matches('textarea, input, select') && e.getBoundingClientRect().right > right + 0.5);
        expect(out.map((e) => e.id || e.localName), `<${tag}>: boxes past its right edge`).to.deep.equal([]);
      }
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('is readable on a dark page with the default colours (it has its own surface)', async () => {
    const el = await inPage('kompetence-model', 'background: #111; color: #eee');
    await expectAccessible(el);
  });
});
