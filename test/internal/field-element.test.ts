/**
 * The shared base of the field elements, exercised through a minimal element that edits the
 * perspective, and run through the same conformance checks as every real element.
 */
import { expect, fixture, html as testHtml, oneEvent } from '@open-wc/testing';
import { html, nothing, type TemplateResult } from 'lit';
import { KompetenceFieldElement } from '../../src/internal/field-element.js';
import { baseStyles } from '../../src/internal/styles.js';
import { editingStyles } from '../../src/internal/editing-styles.js';
import { defineElement } from '../../src/internal/define.js';
import type { Perspektiv, Plan } from '../../src/model/plan.js';
import { runConformance } from '../helpers/conformance.js';

const texts = {
  da: { legend: 'Perspektiv', kerne: 'Værdi for kerneopgaven', missing: 'værdi for kerneopgaven' },
  en: { legend: 'Perspective', kerne: 'Value for the core task', missing: 'value for the core task' },
};

class TestPerspektiv extends KompetenceFieldElement<'perspektiv'> {
  static override styles = [baseStyles, editingStyles];
  protected readonly planPart = 'perspektiv';
  protected override readonly planSlice = {
    read: (plan: Plan) => plan.perspektiv,
    write: (plan: Plan, value: Perspektiv) => ({ ...plan, perspektiv: value }),
  };
  protected override missing(value: Perspektiv): string[] {
    return value.kerneopgave ? [] : [texts[this.locale].missing];
  }
  override render(): TemplateResult {
    const m = texts[this.locale];
    return html`${this.renderInputIssues()}
      <fieldset>
        <legend>${m.legend}</legend>
        ${this.readonly && !this.value.kerneopgave ? nothing : html`<label for="k">${m.kerne}</label>
          <textarea
            id="k"
            .value=${this.value.kerneopgave}
            ?readonly=${!this.editable}
            @input=${(e: Event) => this.commit({ ...this.value, kerneopgave: (e.target as HTMLTextAreaElement).value })}
          ></textarea>`}
        <p>${this.value.arbejdsplads}</p>
      </fieldset>`;
  }
}
defineElement('test-perspektiv', TestPerspektiv);

const sample = { kerneopgave: 'Borgerne får ro', arbejdsplads: 'Færre konflikter', fortolkninger: '' };

runConformance({
  tag: 'test-perspektiv',
  sample,
  withUserText: (text) => ({ ...sample, arbejdsplads: text }),
  badAttributeValues: ['{not json', '{"kerneopgave": 5}', '{"kerneopgav": "x"}'],
  badPropertyValues: [42, { kerneopgave: ['x'] }],
  keyboardEdit: async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ type: ' mere' });
  },
  plan: { sample: { perspektiv: sample } as Partial<Plan> as Plan, read: (plan) => plan.perspektiv },
  incomplete: { ...sample, kerneopgave: '' },
});

describe('guarded registration', () => {
  it('ignores a second definition of the same tag', () => {
    expect(() => defineElement('test-perspektiv', TestPerspektiv)).not.to.throw();
  });
  it('warns when another version defined the tag', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      customElements.define('test-other-version', class extends HTMLElement { static version = '0.0.1'; });
      defineElement('test-other-version', TestPerspektiv);
    } finally {
      console.warn = original;
    }
    expect(warnings.length).to.equal(1);
  });
  it('keeps quiet when another copy of this version defined the tag (the bundle and a per-element module on one page)', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('test-perspektiv', class extends TestPerspektiv {});
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });
});

describe('upgrade', () => {
  it('uses a value that a page set before the element was defined', async () => {
    const element = document.createElement('test-perspektiv-late') as TestPerspektiv;
    (element as { value: unknown }).value = { kerneopgave: 'Sat før definitionen' };
    document.body.append(element);
    customElements.define('test-perspektiv-late', class extends TestPerspektiv {});
    await element.updateComplete;
    expect(element.value.kerneopgave).to.equal('Sat før definitionen');
    expect(element.value.arbejdsplads).to.equal('');
    expect(element.shadowRoot!.querySelector('textarea')!.value).to.equal('Sat før definitionen');
    element.remove();
  });
});

describe('language', () => {
  it('uses the element lang over the page and matches the primary subtag', async () => {
    const el = await fixture<TestPerspektiv>(testHtml`<div lang="da"><test-perspektiv lang="en-GB"></test-perspektiv></div>`);
    const inner = el.querySelector<TestPerspektiv>('test-perspektiv')!;
    await inner.updateComplete;
    expect(inner.shadowRoot!.querySelector('legend')!.textContent).to.equal('Perspective');
  });
  it('falls back to Danish for other languages', async () => {
    const el = await fixture<TestPerspektiv>(testHtml`<test-perspektiv lang="de"></test-perspektiv>`);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Perspektiv');
  });
  it('shows input errors in the new language after a switch', async () => {
    const wrap = await fixture<HTMLElement>(testHtml`<div lang="da"><test-perspektiv value="{oops"></test-perspektiv></div>`);
    const el = wrap.firstElementChild as TestPerspektiv;
    await el.updateComplete;
    const da = el.shadowRoot!.querySelector('[role=alert]')!.textContent;
    wrap.lang = 'en';
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.not.equal(da);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.include('JSON');
  });
  it('fires kompetence-invalid for a bad attribute at upgrade', async () => {
    const wrap = document.createElement('div');
    document.body.append(wrap);
    const invalid = oneEvent(wrap, 'kompetence-invalid');
    wrap.innerHTML = '<test-perspektiv value="[1,2]"></test-perspektiv>';
    const event = await invalid;
    expect(event.detail.source).to.equal('attribute');
    wrap.remove();
  });
});
