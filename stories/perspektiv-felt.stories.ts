import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/perspektiv-felt.js';
import { examples } from '../src/model/examples/index.js';
import type { Perspektiv } from '../src/model/plan.js';
import { langArgType } from './form-states.js';

interface Args {
  value: Partial<Perspektiv> | string;
  lang: string;
  readonly: boolean;
  required: boolean;
}

const boernehus = examples.boernehus.perspektiv;

/**
 * The core task begun with the starter phrase and no more, and how staff read the change noted
 * (worked example 6): no gain stated yet.
 */
const starterOnly: Partial<Perspektiv> = {
  kerneopgave: 'Vi bliver bedre til, at ',
  fortolkninger: examples['plejecenter-dokumentation'].perspektiv.fortolkninger,
};

const meta: Meta<Args> = {
  title: 'Elementer/2 Perspektiv/perspektiv-felt',
  component: 'perspektiv-felt',
  args: { value: {}, lang: '', readonly: false, required: false },
  argTypes: {
    value: { control: 'object' },
    lang: langArgType,
  },
  render: ({ value, lang, readonly, required }) =>
    html`<perspektiv-felt
      value=${typeof value === 'string' ? value : JSON.stringify(value)}
      lang=${lang || nothing}
      ?readonly=${readonly}
      ?required=${required}
    ></perspektiv-felt>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Nothing written yet: both value texts offer to start with «Vi bliver bedre til, at …», and no
 * advice. The advice comes once the user leaves a box or control in the element, or it holds something.
 */
export const Empty: Story = { name: 'Tom' };

/**
 * The core task holds only the starter phrase, and how staff read the change is noted: the phrase
 * alone states no gain, so the advice warns that the perspective is missing.
 */
export const StarterOnlyWithAdvice: Story = { name: 'Kun startfrasen med råd', args: { value: starterOnly } };

/** The children's house (worked example): what the children and the staff gain from a shared way of handling conflicts. */
export const Filled: Story = { name: 'Udfyldt', args: { value: boernehus } };

/** Only the workplace's gain is written: the advice asks what citizens gain and how staff may read the change. */
export const OnlyOrganisationalWithAdvice: Story = {
  name: 'Kun arbejdspladsen med råd',
  args: { value: { arbejdsplads: 'Vi kan klare vagterne med én medarbejder færre om aftenen.' }, required: true },
};

/** In English, with the core task begun from the starter phrase. */
export const English: Story = {
  name: 'Engelsk',
  args: {
    lang: 'en',
    value: {
      kerneopgave: 'We get better at meeting children in conflicts the same way, so they feel understood.',
      arbejdsplads: 'Fewer disagreements among staff about how each child is handled.',
      fortolkninger: 'Some hear "so we have been doing it wrong". We will say what already works.',
    },
  },
};

/** Read-only: the children's house shown, nothing to change and no starter buttons. */
export const Readonly: Story = { name: 'Skrivebeskyttet', args: { value: boernehus, readonly: true } };

/** A JSON attribute that cannot be used: the error is shown and announced, and the element stays empty. */
export const BadInput: Story = {
  name: 'Ugyldigt input',
  // A text field, so the bad JSON shows as typed (the object control showed it as an escaped string).
  argTypes: { value: { control: 'text' } },
  args: { value: '{"kerneopgave": 5, "fortolkning": "slåfejl"}' },
};
