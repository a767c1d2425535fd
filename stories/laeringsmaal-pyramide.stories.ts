import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/laeringsmaal-pyramide.js';
import { examples } from '../src/model/examples/index.js';
import type { Laeringsmaal } from '../src/model/plan.js';
import { langArgType } from './form-states.js';

interface Args {
  value: Partial<Laeringsmaal> | string;
  lang: string;
  readonly: boolean;
  required: boolean;
}

/** One level only: a new way of documenting, nothing about knowledge or role. */
const oneLevel: Partial<Laeringsmaal> = {
  metoder: {
    beskrivelse: 'Alle dokumenterer borgerens mål i det nye system under besøget, ikke bagefter.',
    typer: ['fremgangsmaader', 'teknologi'],
  },
};

/** Worked example 6's sub-types ticked, no goal written yet. */
const typesOnly: Partial<Laeringsmaal> = {
  metoder: { beskrivelse: '', typer: ['teknologi', 'fremgangsmaader'] },
  rolle: { beskrivelse: '', typer: ['vaerdier'] },
};

/** Worked example 6's goal on methods written; the role chosen by its sub-type, its goal not written. */
const roleUndescribed: Partial<Laeringsmaal> = {
  metoder: examples['plejecenter-dokumentation'].laeringsmaal.metoder,
  rolle: { beskrivelse: '', typer: ['vaerdier'] },
};

const english: Laeringsmaal = {
  rolle: {
    beskrivelse: 'From deciding alone to leading the meeting so that everyone’s knowledge is heard.',
    typer: ['selvforstaaelse'],
  },
  viden: { beskrivelse: 'Know the basics of how other departments work with the same citizens.', typer: ['organisationsteorier'] },
  metoder: { beskrivelse: 'Simple techniques for chairing a meeting that newcomers can lean on.', typer: ['arbejdsteknikker'] },
};

const meta: Meta<Args> = {
  title: 'Elementer/3 Læringsmål/laeringsmaal-pyramide',
  component: 'laeringsmaal-pyramide',
  args: { value: {}, lang: '', readonly: false, required: false },
  argTypes: {
    value: { control: 'object' },
    lang: langArgType,
  },
  render: ({ value, lang, readonly, required }) => html`<laeringsmaal-pyramide
    value=${typeof value === 'string' ? value : JSON.stringify(value)}
    lang=${lang || nothing}
    ?readonly=${readonly}
    ?required=${required}
  ></laeringsmaal-pyramide>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * No goals yet: the pyramid with its sub-types, and no advice. The advice comes once the user
 * leaves a box or control in the element, or it holds something.
 */
export const Empty: Story = { name: 'Tom' };

/**
 * The nursing home's sub-types ticked for methods and role (worked example 6), no goal written:
 * the advice warns that at least one goal must be described.
 */
export const TypesOnlyWithAdvice: Story = { name: 'Kun undertyper med råd', args: { value: typesOnly } };

/**
 * The goal on methods written, the role chosen by its sub-type alone: a tip asks what staff must
 * be able to do in their role afterwards.
 */
export const RoleUndescribedWithAdvice: Story = { name: 'Rolle uden beskrivelse med råd', args: { value: roleUndescribed } };

/** The job centre's goals on all three levels, each with the manager's role. */
export const Filled: Story = { name: 'Udfyldt', args: { value: examples.jobcenter.laeringsmaal } };

/** Only methods and techniques: the other levels stay open, and only their manager's role is shown. */
export const OneLevel: Story = { name: 'Ét niveau', args: { value: oneLevel } };

/** In English. */
export const English: Story = { name: 'Engelsk', args: { value: english, lang: 'en' } };

/** Read-only: the job centre's goals shown, nothing to change. */
export const Readonly: Story = { name: 'Skrivebeskyttet', args: { value: examples.jobcenter.laeringsmaal, readonly: true } };

/** A JSON attribute that cannot be used (a role sub-type on the knowledge level, a number as description): the error is shown and announced. */
export const BadInput: Story = {
  name: 'Ugyldigt input',
  // A text field, so the bad JSON shows as typed (the object control showed it as an escaped string).
  argTypes: { value: { control: 'text' } },
  args: { value: '{"viden": {"typer": ["vaerdier"]}, "metoder": {"beskrivelse": 5}}' },
};
