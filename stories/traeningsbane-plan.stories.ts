import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/traeningsbane-plan.js';
import { examples } from '../src/model/examples/index.js';
import type { Traeningsbane } from '../src/model/plan.js';
import { langArgType } from './form-states.js';

interface Args {
  value: Partial<Traeningsbane> | string;
  goals: string;
  experience: string;
  lang: string;
  readonly: boolean;
  required: boolean;
}

/** The nursing home's training ground (worked example 3): every tempo covered, no period agreed yet. */
const maaltid = examples['plejecenter-maaltid'].traeningsbane;

/** The big pitfall: a theme day and a talk, with no trying out and no feedback. */
const onlyKnowledge: Partial<Traeningsbane> = {
  vidensopbygning: 'Temadag om den nye dokumentationsmetode, og et oplæg på personalemødet.',
  laeringsformer: ['temadag'],
  periode: { start: '2026-09-01', slut: '2026-10-31' },
};

const english: Traeningsbane = {
  vidensopbygning: 'A talk on the new way of documenting, at the staff meeting.',
  afproevning: 'Each writes two records the new way with a colleague alongside.',
  feedback: 'The colleague and the writer go through the records together every Friday.',
  feedbackformer: ['instruerende', 'reflekterende'],
  laeringsformer: ['sidemandsoplaering'],
  periode: { start: '2026-09-01', slut: '2026-11-30' },
  spilleregler: 'Here one may try and fail; we talk about what worked before what did not.',
  daekning: 'A temp covers two shifts a week.',
};

const meta: Meta<Args> = {
  title: 'Elementer/traeningsbane-plan',
  component: 'traeningsbane-plan',
  args: { value: {}, goals: '', experience: '', lang: '', readonly: false, required: false },
  argTypes: {
    value: { control: 'object' },
    // Their descriptions come from the manifest (the elements' @attr tags).
    goals: { control: 'text' },
    experience: { control: 'text' },
    lang: langArgType,
  },
  render: ({ value, goals, experience, lang, readonly, required }) => html`<traeningsbane-plan
    value=${typeof value === 'string' ? value : JSON.stringify(value)}
    goals=${goals || nothing}
    experience=${experience || nothing}
    lang=${lang || nothing}
    ?readonly=${readonly}
    ?required=${required}
  ></traeningsbane-plan>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A new training ground: nothing planned yet; the advice asks for the three tempi and a period. */
export const Empty: Story = {};

/** The nursing home's training ground, with learning forms recommended for methods and role goals. */
export const Filled: Story = { args: { value: maaltid, goals: 'metoder rolle', experience: 'begyndere' } };

/**
 * Only knowledge building: the big-pitfall warning. Choose e.g. side-by-side training in the
 * chooser, and the warning goes.
 */
export const OnlyKnowledgeBuilding: Story = { args: { value: onlyKnowledge, goals: 'metoder', required: true } };

/** A complete training ground in English. */
export const English: Story = { args: { value: english, goals: 'metoder', lang: 'en' } };

/** Read-only: the nursing home's training ground shown, nothing to change, in the chooser either. */
export const Readonly: Story = { args: { value: maaltid, goals: 'metoder rolle', readonly: true } };

/** A JSON attribute that cannot be used: the error is shown and announced, and the element stays empty. */
export const BadInput: Story = {
  args: { value: '{"feedbackformer": ["skaeld-ud"], "laeringsformer": ["kaffemoede"], "periode": {"start": "1. maj"}}' },
};
