import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/forankring-tjekliste.js';
import { examples } from '../src/model/examples/index.js';
import type { Hverdag } from '../src/model/plan.js';
import { langArgType } from './form-states.js';

interface Args {
  value: Hverdag | string | undefined;
  titel: string;
  lang: string;
  readonly: boolean;
  required: boolean;
}

const empty: Hverdag = { overgang: { beskrivelse: '', ikkeKlar: '' }, forankring: [] };

const filled = (): Hverdag => {
  const hverdag = examples['plejecenter-maaltid'].hverdag;
  // The worked example has no dates; two are added here so the calendar download can be tried.
  hverdag.forankring[0]!.dato = '2027-04-15';
  hverdag.forankring[3]!.udfoert = true;
  hverdag.overgang.dato = '2027-03-15';
  return hverdag;
};

const collective: Hverdag = {
  overgang: { type: 'faelles', beskrivelse: 'Alle begynder med den nye vagtplan samme dag.', ikkeKlar: '' },
  forankring: [
    { id: 'stoette-1', type: 'loebende-stoette', beskrivelse: 'Sparring med ressourcepersonen efter behov.', ansvarlig: 'Ressourceperson', udfoert: false },
  ],
};

/** Each takes over when ready, with a resource person to ask, and nothing agreed on when or how to follow up. */
const individual: Hverdag = {
  overgang: { type: 'individuel', beskrivelse: '', ikkeKlar: '' },
  forankring: [
    { id: 'stoette-1', type: 'loebende-stoette', beskrivelse: 'Sparring med ressourcepersonen efter behov.', ansvarlig: 'Ressourceperson', udfoert: false },
  ],
};

const filledEn: Hverdag = {
  overgang: {
    type: 'individuel',
    beskrivelse: 'Manager and employee agree when each person takes over.',
    dato: '2027-03-15',
    ikkeKlar: '',
  },
  forankring: [
    { id: 'en-1', type: 'opfoelgning-paa-maal', beskrivelse: 'Talk a month after the course.', ansvarlig: 'Manager', dato: '2027-04-15', udfoert: false },
    { id: 'en-2', type: 'loebende-opfoelgning', beskrivelse: 'Short review at the team meeting every month.', ansvarlig: 'Team lead', udfoert: false },
  ],
};

const meta: Meta<Args> = {
  title: 'Elementer/5 Hverdag/forankring-tjekliste',
  component: 'forankring-tjekliste',
  args: { value: empty, titel: '', lang: '', readonly: false, required: false },
  argTypes: {
    value: { control: 'object' },
    lang: langArgType,
  },
  render: ({ value, titel, lang, readonly, required }) =>
    typeof value === 'string'
      ? html`<forankring-tjekliste
          value=${value}
          titel=${titel}
          lang=${lang || nothing}
          ?readonly=${readonly}
          ?required=${required}
        ></forankring-tjekliste>`
      : html`<forankring-tjekliste
          .value=${value}
          titel=${titel}
          lang=${lang || nothing}
          ?readonly=${readonly}
          ?required=${required}
        ></forankring-tjekliste>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Nothing agreed yet: the four kinds with their questions and examples, and no advice. The advice
 * comes once the user leaves a box or control in the element, or it holds something.
 */
export const Empty: Story = { name: 'Tom' };

/** The nursing home's meal example (with two dates added), ready for a calendar download. */
export const Filled: Story = { name: 'Udfyldt', args: { value: filled(), titel: 'Måltidet er mere end mad' } };

/** A collective transition without a date and without a word on those not ready: the model's advice shows. */
export const CollectiveWithAdvice: Story = { name: 'Fælles overgang med råd', args: { value: collective } };

/**
 * An individual transition with nothing said of when each is ready, and support agreed: a warning
 * that no follow-up on the goals is planned, and a tip on the transition.
 */
export const IndividualWithAdvice: Story = { name: 'Individuel overgang med råd', args: { value: individual } };

/** English texts. */
export const English: Story = { name: 'Engelsk', args: { value: filledEn, lang: 'en', titel: 'The meal is more than food' } };

/** Read-only: the agreements can be read and downloaded, not changed. */
export const Readonly: Story = { name: 'Skrivebeskyttet', args: { value: filled(), readonly: true } };

/** A `value` attribute that cannot be used: an accessible error, nothing lost. */
export const BadInput: Story = {
  name: 'Ugyldigt input',
  // A text field, so the bad JSON shows as typed (the object control showed it as an escaped string).
  argTypes: { value: { control: 'text' } },
  args: { value: '{"overgang": {"type": "alle"}, "forankring": [{"type": "ukendt"}]}' },
};

/**
 * Right after the user removed the first agreement: a notice takes its place, and its Undo (with the
 * focus) puts the agreement back where it was, until the next edit.
 */
export const AfterRemovingAnAgreement: Story = {
  name: 'Efter en fjernet aftale',
  args: { value: filled() },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('forankring-tjekliste')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.remove')!.click();
  },
};
