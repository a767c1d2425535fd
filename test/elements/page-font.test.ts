/** The elements' text sizes follow the text the page gives them, not the page's root font size. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/kompetence-model.js';
import '../../src/define/kompetence-plan-visning.js';
import type { KompetenceModel } from '../../src/elements/kompetence-model/kompetence-model.js';
import { examples } from '../../src/model/examples/index.js';
import { deepElements, settle } from '../helpers/dom.js';

describe('text sizes on a page whose root is 62.5 % (rem counted as 10 px) and whose text is 16 px', () => {
  let rootSize = '';
  beforeEach(() => {
    rootSize = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '62.5%';
  });
  afterEach(() => {
    document.documentElement.style.fontSize = rootSize;
  });

  /** Sizes in px of the headings, legends and field numbers in `host`, nested elements included. */
  const headingSizes = (host: Element) =>
    deepElements(host.shadowRoot!)
      .filter((e) => /^h[1-6]$/.test(e.localName) || e.matches('legend, .num'))
      .map((e) => parseFloat(getComputedStyle(e).fontSize));

  for (const tag of ['kompetence-model', 'kompetence-plan-visning'] as const) {
    it(`<${tag}>: no heading, legend or field number is smaller than 0.95 of the page's text`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="font-size: 16px"></div>`);
      const el = document.createElement(tag) as KompetenceModel;
      el.plan = examples.jobcenter;
      wrapper.append(el);
      await settle(el);
      const sizes = headingSizes(el);
      expect(sizes.length, 'headings found').to.be.greaterThan(3);
      expect(Math.min(...sizes)).to.be.at.least(16 * 0.95 - 0.1);
    });
  }
});
