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

/** The theme day and the talk, with the period's dates typed the wrong way round. */
const datesSwapped: Partial<Traeningsbane> = {
  ...onlyKnowledge,
  periode: { start: '2026-10-31', slut: '2026-09-01' },
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
  title: 'Elementer/4 Træningsbane/traeningsbane-plan',
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

/**
 * A new training ground in a plan whose learning goal is on methods and techniques, for staff with a
 * little experience: nothing planned yet and no advice; the chooser recommends learning forms for
 * that goal (the method's table first, the rest of the catalog folded). In `<kompetence-model>` the goals and
 * the experience come from the plan's pyramid and staircase; here `goals` and `experience` give
 * them. The first story (and the one at the top of the docs page): a page usually meets the
 * element so, and it is about half as long as the one with no goals.
 */
export const EmptyWithGoals: Story = { name: 'Tom med læringsmål', args: { goals: 'metoder', experience: 'lidt-erfarne' } };

/**
 * A new training ground with no goals given: nothing planned yet, and no advice until the user
 * leaves a box or control in it. With no goals to recommend for, the chooser asks for them and meanwhile
 * offers the whole catalog of learning forms by family, each folded (as on a page without a plan).
 * Choose a goal in the chooser and it recommends instead.
 */
export const Empty: Story = { name: 'Tom' };

/** The nursing home's training ground, with learning forms recommended for methods and role goals. */
export const Filled: Story = { name: 'Udfyldt', args: { value: maaltid, goals: 'metoder rolle', experience: 'begyndere' } };

/**
 * Only knowledge building: the big-pitfall warning. Choose e.g. side-by-side training in the
 * chooser, and the warning goes.
 */
export const OnlyKnowledgeBuilding: Story = { name: 'Kun vidensopbygning', args: { value: onlyKnowledge, goals: 'metoder', required: true } };

/**
 * The theme day with its dates typed the wrong way round: an error on the period, the big pitfall's
 * warning, and tips on ground rules and on who covers the work. Every kind of advice at once.
 */
export const DatesSwappedWithAdvice: Story = { name: 'Byttede datoer med råd', args: { value: datesSwapped, goals: 'metoder' } };

/** A complete training ground in English. */
export const English: Story = { name: 'Engelsk', args: { value: english, goals: 'metoder', lang: 'en' } };

/** Read-only: the nursing home's training ground shown, nothing to change, in the chooser either. */
export const Readonly: Story = { name: 'Skrivebeskyttet', args: { value: maaltid, goals: 'metoder rolle', readonly: true } };

/** A JSON attribute that cannot be used: the error is shown and announced, and the element stays empty. */
export const BadInput: Story = {
  name: 'Ugyldigt input',
  // A text field, so the bad JSON shows as typed (the object control showed it as an escaped string).
  argTypes: { value: { control: 'text' } },
  args: { value: '{"feedbackformer": ["skaeld-ud"], "laeringsformer": ["kaffemoede"], "periode": {"start": "1. maj"}}' },
};
