import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/laeringsform-vaelger.js';
import { langArgType } from './form-states.js';

interface Args {
  value: string[] | string;
  goals: string;
  experience: string;
  label: string;
  lang: string;
  readonly: boolean;
  required: boolean;
}

const meta: Meta<Args> = {
  title: 'Elementer/4 Træningsbane/laeringsform-vaelger',
  component: 'laeringsform-vaelger',
  args: { value: [], goals: '', experience: '', label: '', lang: '', readonly: false, required: false },
  argTypes: {
    value: { control: 'object' },
    // Their descriptions come from the manifest (the elements' @attr tags).
    goals: { control: 'text' },
    experience: { control: 'text' },
    label: { control: 'text' },
    lang: langArgType,
  },
  render: ({ value, goals, experience, label, lang, readonly, required }) =>
    typeof value === 'string'
      ? html`<laeringsform-vaelger
          value=${value}
          goals=${goals || nothing}
          experience=${experience || nothing}
          label=${label || nothing}
          lang=${lang || nothing}
          ?readonly=${readonly}
          ?required=${required}
        ></laeringsform-vaelger>`
      : html`<laeringsform-vaelger
          .value=${value}
          goals=${goals || nothing}
          experience=${experience || nothing}
          label=${label || nothing}
          lang=${lang || nothing}
          ?readonly=${readonly}
          ?required=${required}
        ></laeringsform-vaelger>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The "which learning form fits?" guide on a page with no plan: no goals given, so the user picks
 * goals and experience in the element; until then the whole catalog is there by family, each family
 * folded under its name and number of forms.
 */
export const Guide: Story = { name: 'Uden mål' };

/** Goals on methods and techniques: the publication's five forms first, then forms that can also serve. */
export const Methods: Story = { name: 'Mål for metoder', args: { goals: 'metoder' } };

/**
 * A role goal for beginners: the resource-person role and the developing workshop are marked as not
 * advised for them.
 */
export const RoleForBeginners: Story = { name: 'Mål for rollen, begyndere', args: { goals: 'rolle', experience: 'begyndere' } };

/**
 * Named for whom the choice is (`label`): the summary reads "Dit valg til nye medarbejdere", and so
 * does its region, so two choosers on one page are told apart, also in a screen reader's regions.
 */
export const Labelled: Story = {
  name: 'Med navn (label)',
  args: { goals: 'metoder', label: 'nye medarbejdere', value: ['sidemandsoplaering'] },
};

/** A mix of knowledge-building forms only: trying out and feedback are missing, and the warning says so. */
export const MixMissingTempi: Story = {
  name: 'Valg, der mangler tempi',
  args: { goals: 'viden', value: ['temadag', 'digitaliseret-laering'], required: true },
};

/** The same element in English, with a mix that covers all three tempi. */
export const English: Story = {
  name: 'Engelsk',
  args: { goals: 'metoder viden', experience: 'lidt-erfarne', value: ['vaerktoejskursus', 'sidemandsoplaering'], lang: 'en' },
};

/** Read-only: the recommendations and the mix shown, nothing to change. */
export const Readonly: Story = {
  name: 'Skrivebeskyttet',
  args: { goals: 'metoder', value: ['traeningsworkshop', 'sidemandsoplaering'], readonly: true },
};

/**
 * Input that cannot be used: an unknown learning form in the value and an unknown goal. The errors
 * are shown and announced; the value stays empty, the known goal is used.
 */
export const BadInput: Story = {
  name: 'Ugyldigt input',
  // A text field, so the bad JSON shows as typed (the object control showed it as an escaped string).
  argTypes: { value: { control: 'text' } },
  args: { value: '["traeningsworkshop", "kaffemoede"]', goals: 'metoder hygge' },
};
