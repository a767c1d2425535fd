import { expect } from '@open-wc/testing';
import { controllableArgTypes } from '../../.storybook/manifest-api.js';

describe('Storybook: the controls read from custom-elements.json', () => {
  it('gives each CSS custom property a control Storybook can show: a colour picker for colours, else a text field', () => {
    const argTypes = controllableArgTypes('opgave-felt');
    expect(argTypes['--kompetence-color-accent']?.control).to.deep.equal({ type: 'color' });
    expect(argTypes['--kompetence-radius']?.control).to.deep.equal({ type: 'text' });
    const tokens = Object.keys(argTypes).filter((name) => name.startsWith('--kompetence-'));
    expect(tokens.length, 'every token of the element').to.be.above(10);
    for (const name of tokens) expect(argTypes[name]!.control, name).to.have.property('type');
  });

  it('gives attributes a type Storybook makes a control of (boolean or text)', () => {
    const argTypes = controllableArgTypes('kompetence-model');
    expect(argTypes['readonly']?.type).to.deep.equal({ name: 'boolean' });
    expect(argTypes['storage-key']?.type).to.deep.equal({ name: 'string' });
  });
});
