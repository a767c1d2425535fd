/**
 * The elements' language follows `lang` wherever it is set: on a light-DOM ancestor, on `<html>`,
 * and inside a page's own web component that holds an element in its shadow DOM (an intranet card
 * with `<div lang="da">` around `<opgave-felt>`), also when that component sits in another one.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define/opgave-felt.js';
import { messages } from '../../src/elements/opgave-felt/opgave-felt.messages.js';
import type { OpgaveFelt } from '../../src/elements/opgave-felt/opgave-felt.js';
import { onLangChange, resolveLang } from '../../src/internal/lang.js';

/** A page's own component: its shadow root holds one `<div>` for content, with no `lang` of its own. */
class TestIntranetCard extends HTMLElement {
  readonly box: HTMLDivElement;
  constructor() {
    super();
    this.box = this.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
  }
}
if (!customElements.get('test-intranet-card')) customElements.define('test-intranet-card', TestIntranetCard);

function card(): TestIntranetCard {
  return document.createElement('test-intranet-card') as TestIntranetCard;
}

/** The label of the task's description: "Opgaven" in Danish, "The task" in English. */
function taskLabel(element: OpgaveFelt): string | undefined {
  return element.shadowRoot!.querySelector('label[for="beskrivelse"]')?.textContent?.trim();
}

async function settled(element: OpgaveFelt): Promise<void> {
  await nextFrame();
  await element.updateComplete;
}

describe('language of an element', () => {
  it('follows a lang change inside another component\'s shadow DOM', async () => {
    const host = await fixture<TestIntranetCard>(html`<test-intranet-card></test-intranet-card>`);
    host.box.setAttribute('lang', 'da');
    const element = host.box.appendChild(document.createElement('opgave-felt'));
    await settled(element);
    expect(taskLabel(element)).to.equal(messages.da.beskrivelse);
    host.box.setAttribute('lang', 'en');
    await settled(element);
    expect(taskLabel(element)).to.equal(messages.en.beskrivelse);
    host.box.setAttribute('lang', 'da-DK');
    await settled(element);
    expect(taskLabel(element)).to.equal(messages.da.beskrivelse);
  });

  it('follows a lang change in an outer component when components are nested', async () => {
    const outer = await fixture<TestIntranetCard>(html`<test-intranet-card></test-intranet-card>`);
    const inner = outer.box.appendChild(card());
    const element = inner.box.appendChild(document.createElement('opgave-felt'));
    await settled(element);
    expect(taskLabel(element)).to.equal(messages.da.beskrivelse);
    outer.box.setAttribute('lang', 'en');
    await settled(element);
    expect(taskLabel(element)).to.equal(messages.en.beskrivelse);
  });

  it('follows a lang change on the component\'s host and on a light-DOM ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="da"><test-intranet-card></test-intranet-card></div>`);
    const host = wrapper.firstElementChild as TestIntranetCard;
    const inCard = host.box.appendChild(document.createElement('opgave-felt'));
    const inLight = wrapper.appendChild(document.createElement('opgave-felt'));
    await settled(inCard);
    host.setAttribute('lang', 'en');
    await settled(inCard);
    expect(taskLabel(inCard)).to.equal(messages.en.beskrivelse);
    expect(taskLabel(inLight)).to.equal(messages.da.beskrivelse);
    wrapper.setAttribute('lang', 'en');
    await settled(inLight);
    expect(taskLabel(inLight)).to.equal(messages.en.beskrivelse);
  });

  it('follows <html lang> when no ancestor has one, in light and shadow DOM', async () => {
    const html0 = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.lang = 'da';
      const host = await fixture<TestIntranetCard>(html`<test-intranet-card></test-intranet-card>`);
      const inCard = host.box.appendChild(document.createElement('opgave-felt'));
      const inLight = host.parentElement!.appendChild(document.createElement('opgave-felt'));
      await settled(inCard);
      expect(taskLabel(inCard)).to.equal(messages.da.beskrivelse);
      document.documentElement.lang = 'en';
      await settled(inCard);
      await inLight.updateComplete;
      expect(taskLabel(inCard)).to.equal(messages.en.beskrivelse);
      expect(taskLabel(inLight)).to.equal(messages.en.beskrivelse);
    } finally {
      if (html0 === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', html0);
    }
  });

  it('passes over an empty lang and takes the nearest ancestor’s', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><div lang=""><span></span></div></div>`);
    const empty = wrapper.firstElementChild!;
    expect(resolveLang(empty)).to.equal('en');
    expect(resolveLang(empty.firstElementChild!)).to.equal('en');
  });

  it('lets a removed element go: a lang change no longer reaches it (the page kept every element it removed)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><opgave-felt></opgave-felt><p></p></div>`);
    const element = wrapper.firstElementChild as OpgaveFelt;
    await settled(element);
    element.remove();
    wrapper.lastElementChild!.setAttribute('lang', 'da');
    await settled(element);
    expect(taskLabel(element), 'as it was when removed').to.equal(messages.en.beskrivelse);
  });

  it('stops calling a listener once it is taken out (a disconnected element)', async () => {
    const host = await fixture<TestIntranetCard>(html`<test-intranet-card></test-intranet-card>`);
    const inside = host.box.appendChild(document.createElement('span'));
    const calls = { kept: 0, removed: 0 };
    const stopKept = onLangChange(inside, () => (calls.kept += 1));
    const stopRemoved = onLangChange(inside, () => (calls.removed += 1));
    stopRemoved();
    host.box.setAttribute('lang', 'en');
    await nextFrame();
    stopKept();
    host.box.setAttribute('lang', 'da');
    await nextFrame();
    expect(calls).to.deep.equal({ kept: 1, removed: 0 });
  });
});
