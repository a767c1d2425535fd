/**
 * What the shared value core does around bad input, unset values, registration and the plan
 * context, as a user or integrator meets it (each found untested by a mutation review).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/perspektiv-felt.js';
import { html as lit } from 'lit';
import { KompetenceFieldElement } from '../../src/internal/field-element.js';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';
import { commonMessages } from '../../src/i18n/common.js';
import { createPlan } from '../../src/model/parse.js';
import '../helpers/conformance.js'; // test-plan-provider
import { described } from '../helpers/dom.js';

/** A field element with one control that names no control for its gap: the base's fallback. */
class BareField extends KompetenceFieldElement<'perspektiv'> {
  protected readonly planPart = 'perspektiv';
  protected override missing(value: { kerneopgave: string }): string[] { return value.kerneopgave ? [] : ['kerne']; }
  override render() { return lit`<textarea id="k" .value=${this.value.kerneopgave}></textarea>`; }
}
defineElement('test-bare-field', BareField);

/** A field whose first controls the user cannot reach: one disabled, one hidden (as read-only hides date boxes). */
class FieldWithLockedStart extends BareField {
  override render() { return lit`<button disabled>a</button><input type="date" style="display: none"><textarea id="k"></textarea>`; }
}
defineElement('test-locked-start', FieldWithLockedStart);
type El = HTMLElement & { value: unknown; updateComplete: Promise<boolean> };
const alertText = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '';

/** A field made by code, not in the page yet, and the invalid events its future parent hears. */
async function notInPageYet(): Promise<{ wrapper: HTMLElement; heard: Event[]; el: El }> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const heard: Event[] = [];
  wrapper.addEventListener('kompetence-invalid', (e) => heard.push(e));
  return { wrapper, heard, el: document.createElement('perspektiv-felt') as El };
}

/** A page's own component (an intranet card) holding one of ours in its shadow root. */
class TestCard extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }); }
}
defineElement('test-card', TestCard);

describe('the value core around bad input, unset values and registration', () => {
  /** One of ours inside a page's own component (a card): what `act` makes reach the page as `type`. */
  async function heardAtPage(type: string, act: (el: El) => unknown): Promise<{ card: HTMLElement; targets: unknown[] }> {
    const card = await fixture<HTMLElement>(html`<test-card></test-card>`);
    const el = card.shadowRoot!.appendChild(document.createElement('perspektiv-felt')) as El;
    await el.updateComplete;
    const targets: unknown[] = [];
    const listen = (e: Event) => targets.push(e.target);
    document.addEventListener(type, listen);
    try {
      await act(el);
    } finally {
      document.removeEventListener(type, listen);
    }
    return { card, targets };
  }

  it('a user edit inside a page\'s own component reaches the page once (only a parent of ours keeps it inside)', async () => {
    const { card, targets } = await heardAtPage('kompetence-change', async (el) => {
      el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.focus();
      await sendKeys({ type: 'x' });
    });
    expect(targets, 'heard at the page, from the card').to.deep.equal([card]);
  });

  it('bad input given to one of ours inside a page\'s own component is heard by the page', async () => {
    const { card, targets } = await heardAtPage('kompetence-invalid', (el) => { el.value = 42; });
    expect(targets, 'heard at the page, from the card').to.deep.equal([card]);
  });

  it('a user edit after bad input from the page takes the error away', async () => {
    const el = await fixture<El>(html`<perspektiv-felt value='{"kerneopgave":"Ro"}'></perspektiv-felt>`);
    el.setAttribute('value', '{not json');
    await el.updateComplete;
    expect(alertText(el)).to.not.equal('');
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.focus();
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(alertText(el), 'error after the user typed a new value').to.equal('');
  });

  it('removing or blanking the value attribute keeps what the user typed', async () => {
    const el = await fixture<El>(html`<perspektiv-felt value='{"kerneopgave":"Ro"}'></perspektiv-felt>`);
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.focus();
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    const typed = JSON.stringify(el.value);
    expect(typed).to.include('Rox');
    el.removeAttribute('value');
    el.setAttribute('value', '');
    await el.updateComplete;
    expect(JSON.stringify(el.value)).to.equal(typed);
  });

  it('the value attribute set again to the text it has keeps what the user typed (a framework rendering it again)', async () => {
    const json = '{"kerneopgave":"Ro"}';
    const el = await fixture<El>(html`<perspektiv-felt value=${json}></perspektiv-felt>`);
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.focus();
    await sendKeys({ type: 'x' });
    el.setAttribute('value', json);
    await el.updateComplete;
    expect(JSON.stringify(el.value)).to.include('Rox');
  });

  it('null while the page loads, then bad input: the error does not say a last good value is still shown', async () => {
    const el = await fixture<El>(html`<perspektiv-felt></perspektiv-felt>`);
    el.value = null;
    el.value = 42;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"] p')?.textContent).to.equal(commonMessages.da.badInputTitle);
  });

  it('input JSON cannot write (an object that holds itself) is refused with an error, not taken for the value held', async () => {
    const el = await fixture<El>(html`<perspektiv-felt value='{"kerneopgave":"Ro"}'></perspektiv-felt>`);
    const heard: Event[] = [];
    el.addEventListener('kompetence-invalid', (e) => heard.push(e));
    const input: Record<string, unknown> = { kerneopgave: 'Ro' };
    input.self = input;
    el.value = input;
    await el.updateComplete;
    expect([heard.length, alertText(el) != ''], 'kompetence-invalid, error shown').to.deep.equal([1, true]);
    expect(el.value).to.deep.include({ kerneopgave: 'Ro' });
  });

  it('lists the first ten issues of bad input and says how many more there are', async () => {
    const el = await fixture<El>(html`<perspektiv-felt></perspektiv-felt>`);
    const listed = async (count: number) => {
      el.value = Object.fromEntries(Array.from({ length: count }, (_, i) => [`ukendt${i}`, 'x']));
      await el.updateComplete;
      return [...el.shadowRoot!.querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
    };
    expect((await listed(10)).at(-1), 'ten: all of them').to.not.include('…');
    const items = await listed(12);
    expect(items).to.have.length(11);
    expect(items[10]).to.equal(commonMessages.da.moreIssues(2));
  });

  it('bad then good input set before the element is in the page tells nothing', async () => {
    const { wrapper, heard, el } = await notInPageYet();
    el.value = 42;
    el.value = { kerneopgave: 'Ro' };
    wrapper.append(el);
    await el.updateComplete;
    expect(heard.map(described)).to.deep.equal([]);
  });

  it('bad input set before insertion is told once, not again when a framework moves the element', async () => {
    const { wrapper, heard, el } = await notInPageYet();
    el.value = 42;
    wrapper.append(el);
    expect(heard).to.have.length(1);
    const other = document.createElement('div');
    wrapper.append(other);
    other.append(el); // a framework moving it
    el.remove();
    wrapper.append(el);
    expect(heard, 'told once').to.have.length(1);
  });

  it('a click by code moves no focus and throws nothing, as on a native control (a label\'s click by the user does: conformance)', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><div style="height: 150vh"></div><perspektiv-felt></perspektiv-felt></div>`);
    const el = wrap.lastElementChild as El;
    await el.updateComplete;
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => { errors.push(e.message); e.preventDefault(); };
    window.addEventListener('error', onError);
    try {
      const y = scrollY;
      el.click();
      el.dispatchEvent(new Event('click'));
      el.dispatchEvent(new CustomEvent('click', { bubbles: true, composed: true }));
      expect(document.activeElement, 'focus').to.equal(document.body);
      expect(scrollY, 'the page scrolled to the element').to.equal(y);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('reportValidity takes the user to the first control when no control of the gap is named', async () => {
    const el = await fixture<El & { reportValidity(): boolean }>(html`<test-bare-field required></test-bare-field>`);
    expect(el.reportValidity()).to.equal(false);
    expect(el.shadowRoot!.activeElement?.id, 'focus on the control to fill').to.equal('k');
  });

  it('focus() (a form library focusing its first invalid field) passes over disabled and hidden controls to the first the user can reach', async () => {
    const el = await fixture<El>(html`<test-locked-start></test-locked-start>`);
    el.focus();
    expect(el.shadowRoot!.activeElement?.id).to.equal('k');
  });

  it('a value set by code inside a plan provider is written to the plan', async () => {
    const provider = await fixture<HTMLElement & { setPlan(p: unknown): void; plan: { perspektiv: { kerneopgave: string } } }>(
      html`<test-plan-provider><perspektiv-felt></perspektiv-felt></test-plan-provider>`);
    provider.setPlan(createPlan());
    const el = provider.firstElementChild as El;
    await el.updateComplete;
    el.value = { kerneopgave: 'Sat af kode' };
    expect(provider.plan.perspektiv.kerneopgave).to.equal('Sat af kode');
  });

  it('no warning when the same version defined the tag (the bundle beside a per-element module)', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      customElements.define('test-same-version', class extends HTMLElement { static version = VERSION; });
      defineElement('test-same-version', class extends HTMLElement {});
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });
});

