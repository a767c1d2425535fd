import { expect } from '@open-wc/testing';
// The package root, as an integrator imports it to register the classes under tags of their own.
import * as root from '../../src/index.js';

/** Every tag the package registers (src/define/<tag>.ts; package.node.test.mjs checks that list). */
const tags = [
  'kompetence-model', 'opgave-felt', 'perspektiv-felt', 'laeringsmaal-pyramide', 'ansvars-trappe',
  'traeningsbane-plan', 'laeringsform-vaelger', 'forankring-tjekliste', 'mobilitet-aftale', 'kompetence-plan-visning',
];

describe('the package root (`.`)', () => {
  it('exports the element classes but registers no element', () => {
    for (const tag of tags) expect(customElements.get(tag), tag).to.equal(undefined);
    expect(root.KompetenceModel).to.be.a('function');
    expect(root.parsePlan).to.be.a('function');
  });

  it('lets a page register a class under its own tag', async () => {
    customElements.define('min-plan-visning', class extends root.KompetencePlanVisning {});
    const el = document.createElement('min-plan-visning') as InstanceType<typeof root.KompetencePlanVisning>;
    document.body.append(el);
    el.plan = root.examples.jobcenter;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(root.examples.jobcenter.titel);
    el.remove();
  });
});

describe('classes registered from the package root in any order', () => {
  it('gives a training ground registered before the chooser its texts\' tempi when the chooser is defined (it said "ikke dækket" for them)', async () => {
    // The training ground first: it renders its chooser as an unknown element, and sets the
    // tempi its texts cover on it as a plain property, before the chooser's class exists.
    customElements.define('traeningsbane-plan', root.TraeningsbanePlan);
    const el = document.createElement('traeningsbane-plan');
    el.value = { afproevning: 'Rollespil i par', feedback: 'Kollegaen siger sin mening' };
    document.body.append(el);
    await el.updateComplete;
    customElements.define('laeringsform-vaelger', root.LaeringsformVaelger);
    const chooser = el.shadowRoot!.querySelector('laeringsform-vaelger')!;
    await chooser.updateComplete;
    expect([...chooser.shadowRoot!.querySelectorAll('[part="tempi"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Vidensopbygning: ikke dækket af de valgte former',
      'Afprøvning: dækket af din tekst ovenfor',
      'Feedback: dækket af din tekst ovenfor',
    ]);
    el.remove();
  });
});
