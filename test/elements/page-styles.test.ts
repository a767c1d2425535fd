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

  for (const tag of ['kompetence-model', 'kompetence-plan-visning'] as const) {
    it(`<${tag}>: takes the width there is in boxes that size to their content (a dialog, an inline-block column: it was 0 px wide)`, async () => {
      const page = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
      for (const box of ['div style="display: inline-block"', 'table', 'dialog']) {
        page.innerHTML = `<${box}><div></div></${box.split(' ')[0]}>`;
        const dialog = page.querySelector('dialog');
        dialog?.show();
        const el = document.createElement(tag) as Host;
        el.plan = examples.jobcenter;
        page.querySelector('div')!.append(el);
        await settle(el);
        expect(el.getBoundingClientRect().width, box).to.be.above(600);
        dialog?.close();
      }
    });
  }

  it('<mobilitet-aftale>: is no wider than its content needs in a narrow sidebar, strut or not', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 280px"><div style="display: inline-block"></div></div>`);
    const el = document.createElement('mobilitet-aftale') as Host;
    wrapper.firstElementChild!.append(el);
    await settle(el);
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
  });

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

  it('keeps words whole and labels unindented in a text block that breaks words anywhere and indents', async () => {
    const el = await inPage('mobilitet-aftale', 'width: 700px; word-break: break-all; text-indent: 2em');
    const label = getComputedStyle(el.shadowRoot!.querySelector('label')!);
    expect([label.wordBreak, label.textIndent]).to.deep.equal(['normal', '0px']);
  });

  it('shows focus and button borders when a theme token holds no colour (Sass copies `$focus` as it is)', async () => {
    const el = await inPage('kompetence-model', '--kompetence-color-focus: $focus; --kompetence-color-accent: $brand');
    const button = el.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).borderTopStyle).to.equal('solid');
    const box = el.shadowRoot!.querySelector('textarea')!;
    box.focus();
    const ring = getComputedStyle(box);
    expect([ring.outlineStyle, ring.outlineWidth]).to.deep.equal(['solid', '3px']);
  });

  it('keeps typed text dark on its light boxes under a dark page\'s `* { color: inherit }`', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.dark-page, .dark-page * { color: inherit } .dark-page { color: #eee; background: #1e1e1e }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const wrapper = await fixture<HTMLElement>(html`<div class="dark-page"><mobilitet-aftale></mobilitet-aftale></div>`);
      const el = wrapper.firstElementChild as Host;
      await settle(el);
      expect(getComputedStyle(el.shadowRoot!.querySelector('textarea')!).color).to.equal('rgb(26, 26, 26)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
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
