/**
 * States and focus that must stay visible without colour: under forced colours (Windows High
 * Contrast) backgrounds and box-shadows are dropped and every border gets one colour, so a state
 * shown only that way disappears. Focus rings are outlines, which forced colours keep.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define/kompetence-model.js';
import '../../src/define/ansvars-trappe.js';
import '../../src/define/laeringsform-vaelger.js';
import '../../src/define/laeringsmaal-pyramide.js';
import '../../src/define/mobilitet-aftale.js';
import '../../src/define/opgave-felt.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import { settle } from '../helpers/dom.js';
import { hostTag, tabTo } from '../helpers/keyboard.js';

const style = (root: ParentNode, selector: string, pseudo?: string) =>
  getComputedStyle(root.querySelector(selector)!, pseudo);

/**
 * How many pixels at the right end of `control`, inside its border, are light: what the browser draws
 * there itself (a date box's calendar button), which only pixels show.
 */
async function lightPixels(control: Element): Promise<number> {
  const box = control.getBoundingClientRect();
  const png = await executeServerCommand<string, object>('screenshot', { x: box.right - 30, y: box.top + 4, width: 26, height: box.height - 8 });
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const rgba = context.getImageData(0, 0, image.width, image.height).data;
  let light = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! > 450) light++;
  return light;
}

describe('states visible under forced colours', () => {
  beforeEach(async () => {
    await emulateMedia({ forcedColors: 'active' });
  });
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none' });
  });

  it('emulates forced colours (backgrounds and box-shadows go)', async () => {
    const el = await fixture<KompetenceModel>(html`<kompetence-model></kompetence-model>`);
    await settle(el);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(style(el.shadowRoot!, '.tab[aria-selected="true"]').boxShadow).to.equal('none');
  });

  it('shows a date box\'s calendar button on a dark high-contrast theme (it was drawn dark on black)', async () => {
    await emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    try {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<mobilitet-aftale></mobilitet-aftale>`);
      await el.updateComplete;
      const date = el.shadowRoot!.querySelector('input[type="date"]')!;
      expect(await lightPixels(date), 'the button, light on black').to.be.greaterThan(20);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  /** A model on the training ground with two mobility arrangements, the second current. */
  async function twoArrangements(): Promise<ShadowRoot> {
    const el = await fixture<KompetenceModel>(html`<kompetence-model></kompetence-model>`);
    await settle(el);
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('#tab-traeningsbane')!.click();
    await settle(el);
    for (const _ of [0, 1]) {
      root.querySelector<HTMLButtonElement>('#add-arr')!.click();
      await settle(el);
    }
    return root;
  }

  it('<kompetence-model>: the selected field tab and the current arrangement stand out from the others', async () => {
    const root = await twoArrangements();
    expect(root.querySelector('#arr-1')!.getAttribute('aria-current')).to.equal('true');

    const selected = style(root, '#tab-traeningsbane');
    for (const other of ['opgave', 'perspektiv', 'laeringsmaal', 'hverdag']) {
      const tab = style(root, `#tab-${other}`);
      expect(selected.borderLeftWidth, other).not.to.equal(tab.borderLeftWidth);
      expect(selected.borderLeftColor, other).not.to.equal(tab.borderLeftColor);
    }
    expect(style(root, '#arr-1').borderLeftWidth).not.to.equal(style(root, '#arr-0').borderLeftWidth);
    expect(style(root, '#arr-1').borderLeftColor).not.to.equal(style(root, '#arr-0').borderLeftColor);
  });

  it('<kompetence-model>: the keyboard focus ring has another colour than the current arrangement\'s border', async () => {
    const root = await twoArrangements();
    const focused = await tabTo((e) => e?.id === 'arr-0', 'the first arrangement');
    expect(focused.matches(':focus-visible')).to.equal(true);
    const ring = getComputedStyle(focused).outlineColor;
    expect(ring).not.to.equal(style(root, '#arr-1').borderLeftColor);
  });

  it('<laeringsform-vaelger>: a chosen form has a bar at its edge, the others none', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean>; value: string[] }>(
      html`<laeringsform-vaelger goals="metoder"></laeringsform-vaelger>`);
    el.value = ['traeningsworkshop'];
    await settle(el);
    const item = (id: string) => getComputedStyle(el.shadowRoot!.querySelector(`input[data-form="${id}"]`)!.closest('li')!);
    expect(item('traeningsworkshop').borderLeftWidth).to.equal('4px');
    expect(item('sidemandsoplaering').borderLeftWidth).to.equal('0px');
  });

  it('<laeringsmaal-pyramide>: the apex is still drawn (outline and inside differ)', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<laeringsmaal-pyramide></laeringsmaal-pyramide>`);
    await settle(el);
    const root = el.shadowRoot!;
    expect(style(root, '.rolle', '::before').backgroundColor).not.to.equal(style(root, '.rolle', '::after').backgroundColor);
  });
});

describe('focus ring on <summary>', () => {
  it('is the themed 3px outline, not the browser\'s thin ring', async () => {
    await fixture<HTMLElement>(html`<opgave-felt></opgave-felt>`);
    const summary = await tabTo((e) => e?.localName === 'summary' && hostTag(e) === 'opgave-felt', 'summary');
    const ring = getComputedStyle(summary);
    expect(summary.matches(':focus-visible')).to.equal(true);
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineWidth).to.equal('3px');
  });
});

describe('focus ring on a date box\'s calendar button', () => {
  it('the box shows the themed outline while its calendar button has the focus (the browser\'s thin ring was all)', async () => {
    await fixture<HTMLElement>(html`<mobilitet-aftale></mobilitet-aftale>`);
    const date = await tabTo((e) => e?.matches('input[type="date"]') ?? false, 'a date box');
    for (let i = 0; i < 4 && date.matches(':focus'); i++) await sendKeys({ press: 'Tab' });
    expect(date.matches(':focus-within') && !date.matches(':focus'), 'the calendar button inside the box has the focus').to.equal(true);
    const ring = getComputedStyle(date);
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineWidth).to.equal('3px');
  });
});

describe('choices visible when read-only', () => {
  // A read-only choice is a disabled control, which the browser greys out beyond the reach of CSS:
  // the chosen one was hard to tell from the others. Its label says it in bold.
  const weight = (label: Element) => getComputedStyle(label).fontWeight;

  it('<ansvars-trappe>: the chosen step’s label is bold, the others not, and only while read-only', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<ansvars-trappe
      .value=${[{ id: 'g', maalgruppe: 'Alle', nuvaerende: 'begyndere', fremtidigt: 'med-stoette' }]}></ansvars-trappe>`);
    await el.updateComplete;
    const label = (id: string) => el.shadowRoot!.querySelector(`label[for="${id}"]`)!;
    const before = weight(label('g0-goal-med-stoette'));
    el.setAttribute('readonly', '');
    await el.updateComplete;
    expect(weight(label('g0-goal-med-stoette')), 'chosen').to.equal('700');
    expect(weight(label('g0-now-begyndere')), 'chosen').to.equal('700');
    expect(weight(label('g0-goal-selvstaendigt')), 'not chosen').to.not.equal('700');
    expect(before, 'editable: as the other labels').to.equal(weight(label('g0-goal-selvstaendigt')));
  });

  it('<mobilitet-aftale>: the chosen form and weekdays are bold (their labels hold the control)', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<mobilitet-aftale readonly
      .value=${{ id: 'm', form: 'udlaan', omfang: 'deltid', ugedage: ['tirsdag'] }}></mobilitet-aftale>`);
    await el.updateComplete;
    const labels = [...el.shadowRoot!.querySelectorAll('label.inline')];
    const bold = labels.filter((l) => weight(l) === '700').map((l) => l.querySelector('input')!.checked);
    expect(bold.length, 'some bold').to.be.greaterThan(2);
    expect(bold.every(Boolean), 'only the chosen').to.equal(true);
    expect(labels.filter((l) => l.querySelector('input')!.checked).every((l) => weight(l) === '700'), 'every chosen').to.equal(true);
  });
});
